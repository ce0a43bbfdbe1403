/**
 * draw81: how many of r81's drawn Dragnet pages are blog posts? Dragnet's gold texts carry no URL, so each drawn page's raw HTML
 * (dragnet_data/input/<n>.html of the same mirror) is read for where it lives: its canonical or og:url address, else the host most of
 * its links name, and its generator meta tag. A page counts as a blog when that address names "blog" (blogspot, a /blog/ path, a
 * blog host) or the generator is a blogging tool (Blogger, WordPress, TypePad, Movable Type, Tumblr). A rough count, for the note
 * only: nothing is dropped (a blog post is drawn as any text is, its quote judged from the sheet). Prints hosts, never text.
 *   npx tsx bench/draw81-blogs.ts /tmp/speakers-r81-sealed-skeleton.json
 */
import { readFileSync } from 'node:fs';
import { L3S_GIT } from './data/gold-pages.ts';
import { mirrorFile } from './data/mirror.ts';

const file = process.argv[2] ?? 'tests/data/quotes/speakers-r81-sealed.json';
const raw = JSON.parse(readFileSync(file, 'utf8')) as Array<{ page: string }> | { quotes: Array<{ page: string }> };
const pages = [...new Set((Array.isArray(raw) ? raw : raw.quotes).map((q) => q.page))];
const BLOG_TOOL = /<meta[^>]+name=["']generator["'][^>]*content=["'][^"']*(blogger|wordpress|typepad|movable type|tumblr)/i;
let blogs = 0;
const hosts = new Map<string, number>();
for (const page of pages) {
  const html = mirrorFile(L3S_GIT, `dragnet_data/input/${page.replace(/^dn-/, '')}.html`).toString('latin1');
  const own = /<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)/i.exec(html)?.[1] ?? /<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)/i.exec(html)?.[1];
  const counts = new Map<string, number>();
  for (const [, h] of html.matchAll(/href=["']https?:\/\/(?:www\.)?([^/"':]+)/gi)) counts.set(h!.toLowerCase(), (counts.get(h!.toLowerCase()) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '?';
  const where = own ?? `http://${top}/`;
  const host = /^https?:\/\/(?:www\.)?([^/]+)/.exec(where)?.[1] ?? top;
  const tool = BLOG_TOOL.exec(html)?.[1];
  const blog = /blog/i.test(where) || !!tool;
  if (blog) blogs++;
  hosts.set(host, (hosts.get(host) ?? 0) + 1);
  console.log(`${page}\t${host}\t${blog ? `blog${tool ? ` (${tool})` : ''}` : 'news or other'}`);
}
console.log(`${pages.length} pages, ${blogs} blogs by the rule, ${hosts.size} hosts`);
