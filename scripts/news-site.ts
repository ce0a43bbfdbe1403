/**
 * A small local news site on 127.0.0.1 that serves the seed articles the way real outlets do:
 * site header and navigation, ads, a share bar, the article (<article>, <h1>, byline, <time>,
 * og: meta tags), related links, a comments section and a footer. Used by `npm start` and the
 * end-to-end tests, so the extension meets page furniture it has to ignore.
 *
 * Each article's text is the clean text from lib/ingest (the same code the extension uses), so the
 * page shows what the corpus holds and the comparison has something real to find.
 *
 *   /                 a home page: many headlines and teasers, not an article
 *   /article/<id>     the article page for seed <id> (file name without extension)
 *   /spa/<id>         the same page, but links to other articles navigate in place (pushState),
 *                     like a single-page app
 *   /wire/feed.xml    "Port Digest", an RSS feed whose items carry only a one-paragraph summary
 *                     (like most news feeds), of the harbor story (tests/data/engine/harbor, written
 *                     for the tests); `feed.publishNext()` adds the next item ("a day later")
 *   /wire/story/<id>  each item's full article page; the page of `feed.failing` answers 500
 *
 * Run alone: `npx tsx scripts/news-site.ts [port]`.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestFile } from '../lib/ingest';
import type { Article } from '../lib/types';

export interface NewsSite {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  /** The home page (not an article). */
  home: string;
  /** The article page of a seed id ("003_38879e5049cf1087"). Throws for an unknown id. */
  url(id: string): string;
  /** The single-page-app variant of an article page. */
  spaUrl(id: string): string;
  /** The articles served, as ingested. */
  articles: Article[];
  /** The summary-only RSS feed and its article pages. */
  feed: WireFeed;
  close(): Promise<void>;
}

export interface WireFeed {
  /** The feed's address. */
  url: string;
  /** Every article the feed can list, in publication order (the first `published` are listed). */
  articles: Article[];
  /** How many are listed now. */
  published: number;
  /** Lists one more item (the next article), as a feed does the next day. Returns it. */
  publishNext(): Article;
  /** The article page of one of them. */
  storyUrl(id: string): string;
  /** Id of the article whose page fails with HTTP 500. */
  failing: string;
  /** Requests for each story page, by id (to see what a refresh fetched). */
  hits: Map<string, number>;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

function readableDate(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

function siteName(a: Article | undefined): string {
  return a?.outlet ?? 'The Morning Ledger';
}

const STYLE = `
  :root { color-scheme: light; --ink: #1a1a1a; --muted: #666; --rule: #ddd; --brand: #8b0000; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 17px/1.6 Georgia, 'Liberation Serif', serif; color: var(--ink); background: #fafafa; }
  a { color: #0b4f8a; }
  .site-header { background: #fff; border-bottom: 3px solid var(--brand); }
  .site-header .top { display: flex; align-items: center; justify-content: space-between; max-width: 1180px; margin: 0 auto; padding: 12px 20px; }
  .brand { font: 700 28px/1 'Liberation Sans', Arial, sans-serif; color: var(--brand); text-decoration: none; }
  .site-nav { max-width: 1180px; margin: 0 auto; padding: 0 20px 8px; font: 14px 'Liberation Sans', Arial, sans-serif; }
  .site-nav a { margin-right: 16px; color: var(--ink); text-decoration: none; text-transform: uppercase; }
  .ad { background: #eee; border: 1px dashed #bbb; color: #888; font: 12px 'Liberation Sans', Arial, sans-serif; text-align: center; padding: 24px 8px; margin: 16px auto; }
  .ad-leaderboard { max-width: 728px; }
  .layout { display: grid; grid-template-columns: minmax(0, 1fr) 300px; gap: 32px; max-width: 1180px; margin: 0 auto; padding: 0 20px; }
  article { background: #fff; padding: 24px 32px; }
  .breadcrumbs { font: 13px 'Liberation Sans', Arial, sans-serif; color: var(--muted); }
  h1 { font-size: 34px; line-height: 1.2; margin: 8px 0 12px; }
  .byline { font: 14px 'Liberation Sans', Arial, sans-serif; color: var(--muted); }
  .share-bar { display: flex; gap: 8px; font: 13px 'Liberation Sans', Arial, sans-serif; margin: 12px 0; }
  .share-bar a { border: 1px solid var(--rule); border-radius: 4px; padding: 2px 8px; text-decoration: none; color: var(--ink); }
  .embedded-post { border: 1px solid var(--rule); border-radius: 12px; padding: 12px 16px; font-family: 'Liberation Sans', Arial, sans-serif; }
  .newsletter { background: #f3f0e8; padding: 16px; font: 14px 'Liberation Sans', Arial, sans-serif; }
  aside.rail section { background: #fff; padding: 16px; margin-bottom: 16px; font: 15px 'Liberation Sans', Arial, sans-serif; }
  .comments { max-width: 1180px; margin: 24px auto; padding: 16px 20px; background: #fff; font: 15px 'Liberation Sans', Arial, sans-serif; }
  .comments textarea { width: 100%; height: 80px; }
  footer { max-width: 1180px; margin: 24px auto; padding: 16px 20px; color: var(--muted); font: 13px 'Liberation Sans', Arial, sans-serif; border-top: 1px solid var(--rule); }
  .teasers { max-width: 1180px; margin: 0 auto; padding: 0 20px; display: grid; grid-template-columns: repeat(3, 1fr); gap: 20px; }
  .teasers .card { background: #fff; padding: 14px; font: 15px 'Liberation Sans', Arial, sans-serif; }
`;

function header(name: string): string {
  const sections = ['World', 'U.S.', 'Politics', 'Business', 'Tech', 'Opinion', 'Sports', 'Video'];
  return `<header class="site-header" role="banner">
  <div class="top"><a class="brand" href="/">${esc(name)}</a>
    <form class="search" role="search" action="/"><label>Search <input type="search" name="q"></label></form>
    <a href="/" class="subscribe">Subscribe</a></div>
  <nav class="site-nav" aria-label="Sections">${sections.map((s) => `<a href="/">${esc(s)}</a>`).join('')}</nav>
</header>
<div class="ad ad-leaderboard" aria-label="Advertisement">Advertisement · <a href="/">Save 40% on noise-cancelling headphones this week only</a></div>`;
}

function footer(name: string): string {
  return `<footer role="contentinfo"><nav aria-label="Footer"><a href="/">About us</a> · <a href="/">Contact</a> ·
  <a href="/">Terms of use</a> · <a href="/">Privacy policy</a> · <a href="/">Careers</a></nav>
  <p>© 2025 ${esc(name)}. All rights reserved. Market data provided by a third party.</p></footer>`;
}

function shareBar(): string {
  return `<div class="share-bar" aria-label="Share this article"><span>Share:</span>
  <a href="/">Facebook</a><a href="/">X</a><a href="/">LinkedIn</a><a href="/">Email</a><a href="/">Copy link</a></div>`;
}

/** Paragraphs of the article as HTML, with headings and embedded posts marked as such. */
function bodyHtml(a: Article): string {
  const paragraphs = a.text.split('\n\n');
  const kindOf = (p: number): 'body' | 'heading' | 'embed' => {
    const units = a.units.filter((u) => u.p === p);
    if (units.length > 0 && units.every((u) => u.kind === 'heading')) return 'heading';
    if (units.some((u) => u.kind === 'embed')) return 'embed';
    return 'body';
  };
  const out: string[] = [];
  paragraphs.forEach((text, p) => {
    if (!text.trim()) return;
    const kind = kindOf(p);
    if (kind === 'heading') out.push(`<h2>${esc(text)}</h2>`);
    else if (kind === 'embed') out.push(`<blockquote class="embedded-post"><p>${esc(text)}</p></blockquote>`);
    else out.push(`<p>${esc(text)}</p>`);
    if (p === 2) {
      out.push(`<div class="ad ad-inline" aria-label="Advertisement">Advertisement · <a href="/">Sponsored: The smart thermostat everyone is talking about</a></div>`);
    }
  });
  return out.join('\n');
}

function articlePage(a: Article, all: Article[], linkBase: '/article/' | '/spa/'): string {
  const name = siteName(a);
  const description = a.description ?? a.units[0]?.text ?? '';
  const others = all.filter((o) => o.id !== a.id);
  const related = others
    .map((o) => `<li><a href="${linkBase}${encodeURIComponent(o.id)}" data-spa-link>${esc(o.title)}</a></li>`)
    .join('');
  const date = a.date ?? '';
  const meta = [
    `<meta name="description" content="${esc(description)}">`,
    `<meta property="og:type" content="article">`,
    `<meta property="og:title" content="${esc(a.title)}">`,
    `<meta property="og:description" content="${esc(description)}">`,
    `<meta property="og:site_name" content="${esc(name)}">`,
    a.url ? `<meta property="og:url" content="${esc(a.url)}">` : '',
    a.url ? `<link rel="canonical" href="${esc(a.url)}">` : '',
    date ? `<meta property="article:published_time" content="${esc(date)}">` : '',
    a.byline ? `<meta name="author" content="${esc(a.byline)}">` : '',
  ].join('\n');
  const spaScript =
    linkBase === '/spa/'
      ? `<script>
  // Navigate between articles without reloading, like a single-page app.
  document.addEventListener('click', async (e) => {
    const link = e.target.closest && e.target.closest('a[data-spa-link]');
    if (!link) return;
    e.preventDefault();
    const res = await fetch(link.getAttribute('href').replace('/spa/', '/article/'));
    const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
    document.querySelector('main').replaceWith(doc.querySelector('main'));
    document.title = doc.title;
    // Like a single-page app's head manager: swap the page's metadata too.
    const metaSel = 'meta[property], meta[name="description"], meta[name="author"], link[rel="canonical"]';
    document.head.querySelectorAll(metaSel).forEach((m) => m.remove());
    doc.head.querySelectorAll(metaSel).forEach((m) => document.head.appendChild(m));
    history.pushState({}, '', link.getAttribute('href'));
    document.querySelectorAll('main a[data-spa-link]').forEach((l) => l.setAttribute('href', l.getAttribute('href').replace('/article/', '/spa/')));
  });
</script>`
      : '';
  return `<!doctype html>
<html lang="${esc(a.language ?? 'en')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(a.title)} | ${esc(name)}</title>
${meta}
<style>${STYLE}</style>
</head>
<body>
${header(name)}
<main>
<div class="layout">
<article class="story">
  <nav class="breadcrumbs" aria-label="Breadcrumb"><a href="/">World</a> › <a href="/">Americas</a></nav>
  <h1>${esc(a.title)}</h1>
  <p class="byline">By <a rel="author" href="/">${esc(a.byline ?? `${name} staff`)}</a>${date ? ` · Published <time datetime="${esc(date)}">${esc(readableDate(date))}</time>` : ''}</p>
  ${shareBar()}
  <div class="article-body">
${bodyHtml(a)}
  </div>
  ${shareBar()}
  <section class="newsletter" aria-label="Newsletter"><strong>Get the morning briefing.</strong> Sign up for our newsletter and never miss a story.
    <form><label>Email <input type="email" name="email"></label> <button type="button">Sign up</button></form></section>
</article>
<aside class="rail" aria-label="More stories">
  <div class="ad ad-rail" aria-label="Advertisement">Advertisement · <a href="/">Refinance today: rates as low as you think</a></div>
  <section class="related"><h2>Related coverage</h2><ul>${related}</ul></section>
  <section class="most-read"><h2>Most read</h2><ol>
    <li><a href="/">Storm warnings issued for three coastal states</a></li>
    <li><a href="/">Five takeaways from the budget negotiations</a></li>
    <li><a href="/">The quiet comeback of the neighbourhood bookshop</a></li></ol></section>
</aside>
</div>
<section class="comments" id="comments" aria-label="Comments">
  <h2>Comments (3)</h2>
  <ol>
    <li><strong>rdawson</strong> <span>2 hours ago</span><p>Would be good to see the full list of names somewhere.</p></li>
    <li><strong>M. Ortiz</strong> <span>1 hour ago</span><p>Thanks for covering this, the other coverage I read was much shorter.</p></li>
    <li><strong>kelp_forest</strong> <span>45 minutes ago</span><p>Does anyone know when the next hearing is?</p></li>
  </ol>
  <h3>Leave a Reply</h3>
  <form><p>Your email address will not be published. Required fields are marked *</p>
    <label>Comment <textarea name="comment"></textarea></label><br><label>Name * <input name="name"></label>
    <button type="button">Post Comment</button></form>
</section>
</main>
${footer(name)}
${spaScript}
</body>
</html>`;
}

function homePage(all: Article[]): string {
  const name = 'The Morning Ledger';
  const cards = all
    .map(
      (a) => `<div class="card"><h3><a href="/article/${encodeURIComponent(a.id)}">${esc(a.title)}</a></h3>
      <p>${esc((a.units[0]?.text ?? '').slice(0, 90))}…</p><small>${esc(a.outlet ?? 'Unknown outlet')}</small></div>`,
    )
    .join('\n');
  const filler = [
    'Markets close higher as tech shares rally',
    'City council approves new bike lanes downtown',
    'Weekend weather: sunshine returns after the storm',
    'Opinion: what the election means for housing',
    'Local team clinches a place in the playoffs',
    'Recipe: a winter soup that feeds a crowd',
    'Scientists map a new species of deep-sea coral',
    'Five podcasts worth your commute this month',
    'Airport delays expected over the holidays',
  ]
    .map((t) => `<div class="card"><h3><a href="/">${esc(t)}</a></h3><small>Staff</small></div>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${name} — Latest news</title>
<meta name="description" content="Breaking news and the day's top stories.">
<meta property="og:type" content="website"><meta property="og:site_name" content="${name}">
<style>${STYLE}</style></head>
<body>
${header(name)}
<main>
<h1 style="max-width:1180px;margin:16px auto;padding:0 20px">Top stories</h1>
<section class="teasers" aria-label="Top stories">
${cards}
${filler}
</section>
</main>
${footer(name)}
</body>
</html>`;
}

/** The first paragraph: what a summary-only feed item carries. */
export function summaryOf(a: Article): string {
  return a.text.split('\n\n')[0] ?? '';
}

/** RFC 822 date for RSS (the articles carry ISO days). */
function rssDate(iso: string | null): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d.toUTCString();
}

/** An RSS 2.0 feed listing `items` newest first, each with only its summary as <description>. */
export function summaryFeed(title: string, home: string, items: Array<{ article: Article; url: string }>): string {
  const entries = [...items]
    .reverse()
    .map(({ article: a, url }) => {
      const date = rssDate(a.date);
      return `<item><title>${esc(a.title)}</title><link>${esc(url)}</link><guid isPermaLink="true">${esc(url)}</guid>${date ? `<pubDate>${date}</pubDate>` : ''}
<description>${esc(`<p>${esc(summaryOf(a))}</p>`)}</description></item>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${esc(title)}</title><link>${esc(home)}</link><description>Summaries of the day's stories.</description>
${entries}
</channel></rss>`;
}

/** Reads and ingests the articles of a directory of the engine's test data (Markdown with front matter). */
export async function loadStoryArticles(dir = path.join(ROOT, 'tests', 'data', 'engine', 'harbor')): Promise<Article[]> {
  const names = (await readdir(dir)).filter((n) => /\.(md|txt)$/.test(n)).sort();
  const out: Article[] = [];
  for (const name of names) {
    const r = ingestFile({ name, content: await readFile(path.join(dir, name), 'utf8') });
    if (!r.articles.length) throw new Error(`news site: could not read ${name}`);
    out.push(...r.articles);
  }
  return out;
}

/** Reads and ingests every seed file (seeds/*.txt). */
export async function loadSeedArticles(dir = path.join(ROOT, 'seeds')): Promise<Article[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
  const articles: Article[] = [];
  for (const name of names) {
    const content = await readFile(path.join(dir, name), 'utf8');
    const result = ingestFile({ name, content });
    if (result.articles.length === 0) throw new Error(`news site: could not read seed ${name}`);
    articles.push(...result.articles);
  }
  return articles;
}

export async function startNewsSite(opts: { port?: number; articles?: Article[]; wire?: Article[] } = {}): Promise<NewsSite> {
  const articles = opts.articles ?? (await loadSeedArticles());
  const byId = new Map(articles.map((a) => [a.id, a]));
  // The wire feed: the harbor story's articles without their own addresses (served here instead).
  const wire = (opts.wire ?? (await loadStoryArticles())).map((a) => ({ ...a, url: null }));
  const wireById = new Map(wire.map((a) => [a.id, a]));
  const hits = new Map<string, number>();
  let published = Math.min(3, wire.length);
  let origin = '';
  const storyUrl = (id: string) => `${origin}/wire/story/${encodeURIComponent(id)}`;
  // The item whose page fails (kept as a summary): the second one, the wire copy of the first
  // article, so that its one-paragraph summary is clearly the same story as the first article's
  // page (a one-paragraph teaser of another angle — the third, on the oil leak — scores p 0.37 beside
  // it, under the same-story threshold: docs/notes/story.md, known limits).
  const failing = wire[Math.min(1, wire.length - 1)]?.id ?? '';

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const send = (status: number, body: string, type = 'text/html; charset=utf-8') => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method not allowed', 'text/plain');
    if (url.pathname === '/') return send(200, homePage(articles));
    const m = /^\/(article|spa)\/([^/]+)$/.exec(url.pathname);
    if (m) {
      const a = byId.get(decodeURIComponent(m[2]!));
      if (!a) return send(404, '<!doctype html><title>Not found</title><h1>Story not found</h1>');
      return send(200, articlePage(a, articles, m[1] === 'spa' ? '/spa/' : '/article/'));
    }
    if (url.pathname === '/wire/feed.xml') {
      const items = wire.slice(0, published).map((a) => ({ article: a, url: storyUrl(a.id) }));
      return send(200, summaryFeed('Port Digest', `${origin}/`, items), 'application/rss+xml; charset=utf-8');
    }
    const story = /^\/wire\/story\/([^/]+)$/.exec(url.pathname);
    if (story) {
      const id = decodeURIComponent(story[1]!);
      const a = wireById.get(id);
      hits.set(id, (hits.get(id) ?? 0) + 1);
      if (!a) return send(404, '<!doctype html><title>Not found</title><h1>Story not found</h1>');
      if (id === failing) return send(500, '<!doctype html><title>Server error</title><h1>Something went wrong</h1>');
      return send(200, articlePage({ ...a, url: storyUrl(id) }, wire, '/article/'));
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204);
      return res.end();
    }
    return send(404, '<!doctype html><title>Not found</title><h1>Page not found</h1>');
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  const check = (id: string) => {
    if (!byId.has(id)) throw new Error(`news site: no article ${id} (have ${[...byId.keys()].join(', ')})`);
    return encodeURIComponent(id);
  };
  return {
    origin,
    home: `${origin}/`,
    url: (id) => `${origin}/article/${check(id)}`,
    spaUrl: (id) => `${origin}/spa/${check(id)}`,
    articles,
    feed: {
      url: `${origin}/wire/feed.xml`,
      articles: wire,
      get published() {
        return published;
      },
      publishNext() {
        if (published >= wire.length) throw new Error('news site: the wire feed has no more articles');
        return wire[published++]!;
      },
      storyUrl,
      failing,
      hits,
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = process.argv[2] ? Number(process.argv[2]) : 0;
  startNewsSite({ port }).then((site) => {
    console.log(`News site on ${site.home}`);
    for (const a of site.articles) console.log(`  ${site.url(a.id)}  ${a.title}`);
  });
}
