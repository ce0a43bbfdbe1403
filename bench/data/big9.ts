/**
 * Utomo & Leu's "Big9" news pages (github.com/MSVCode/ir-research-data, Extraction/big5-{05,09,13,17}; "only
 * for research purpose"): 360 pages, ten per outlet per year from nine sites (Ars Technica, BBC, CNN, Forbes,
 * Fox News, LA Times, NY Mag, NY Post, Yahoo News) in 2005, 2009, 2013 and 2017, each with a hand-made gold text
 * (headline, then the body's paragraphs). bench/extract-eval.ts reads their HTML for extraction; speak11 reads
 * the gold texts for speakers (no sample before speak11 read them for speakers).
 *
 * Read from the public mirror (fetch github:MSVCode/ir-research-data); nothing of it is committed: a judged
 * sample keeps only the page id, an offset and the judged name. The gold text is read as Markdown with the
 * headline and outlet in front matter, the body's paragraphs as the file gives them (the way bench/data/
 * polnear.ts reads PolNeAR), so what is measured is the speaker rules, not page extraction. The outlet is the
 * site whose address the page's HTML names most often. `loadBig9` returns null when the mirror is absent.
 */
import { existsSync } from 'node:fs';
import { ingestFile } from '../../lib/ingest/index.ts';
import { decodeTextBytes } from '../../lib/text/normalize.ts';
import type { Article } from '../../lib/types.ts';
import { mirrorFile, mirrorPaths } from './mirror.ts';

export const BIG9_GIT = process.env.EXTRACT_UTOMO_GIT ?? '/work/.mirror/MSVCode+ir-research-data/repo';
const SITES: Record<string, string> = { arstechnica: 'Ars Technica', bbc: 'BBC', cnn: 'CNN', forbes: 'Forbes', foxnews: 'Fox News', latimes: 'LA Times', nymag: 'NY Mag', nypost: 'NY Post', yahoo: 'Yahoo News' };

export interface Big9Doc {
  /** "b9-YY-<name>" ("b9-17-bannon (1)"). */
  id: string;
  year: string;
  outlet: string;
  article: Article;
}

/** Every big9 page with a gold text, in id order; null when the mirror is absent. */
export function loadBig9(gitDir = BIG9_GIT): Big9Doc[] | null {
  if (!existsSync(gitDir)) return null;
  const files = mirrorPaths(gitDir, 'Extraction/').filter((f) => /^Extraction\/big5-\d\d\//.test(f));
  const blob = (path: string) => mirrorFile(gitDir, path);
  const out: Big9Doc[] = [];
  for (const gold of files.filter((f) => f.includes('/gold/') && f.endsWith('.txt'))) {
    const [, yy, name] = /big5-(\d\d)\/gold\/(.+)\.txt$/.exec(gold)!;
    const html = files.find((f) => f === `Extraction/big5-${yy}/html/${name}.htm` || f === `Extraction/big5-${yy}/html/${name}.html`);
    if (!html) continue;
    const page = decodeTextBytes(blob(html)).text;
    const counts = Object.keys(SITES).map((k) => [k, (page.match(new RegExp(`\\b${k}\\.(?:com|co\\.uk)`, 'g')) ?? []).length] as const);
    const site = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
    const text = decodeTextBytes(blob(gold)).text.replace(/\r\n?/g, '\n').trim();
    const [title, ...rest] = text.split(/\n+/);
    const body = rest.map((p) => p.trim()).filter(Boolean);
    if (!title || !body.length) continue;
    const id = `b9-${yy}-${name}`;
    const md = ['---', `title: ${JSON.stringify(title.trim())}`, `outlet: ${JSON.stringify(SITES[site[0]])}`, '---', body.join('\n\n')].join('\n');
    const a = ingestFile({ name: `${id}.md`, content: md + '\n' }).articles[0];
    if (!a || a.units.length === 0) continue;
    out.push({ id, year: `20${yy}`, outlet: SITES[site[0]]!, article: { ...a, id } });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/**
 * Utomo & Leu's "chaos" pages (the same mirror, Extraction/chaos-all; "only for research purpose"): 360 pages of 2017 from
 * ~240 sites, the top Google results of 36 queries, each with a hand-made gold text (headline, then paragraphs), read as
 * `loadBig9` reads its gold texts. No speaker sample read them before label16 (bench/extract-eval.ts reads their HTML for
 * extraction only). The outlet is the host of the page's canonical or og:url address (without "www."), else "unknown".
 * Page id "ch-<name>". Null when the mirror is absent.
 */
export function loadChaos(gitDir = BIG9_GIT): Big9Doc[] | null {
  if (!existsSync(gitDir)) return null;
  const files = mirrorPaths(gitDir, 'Extraction/chaos-all/');
  const blob = (path: string) => mirrorFile(gitDir, path);
  const out: Big9Doc[] = [];
  for (const gold of files.filter((f) => f.includes('/gold/') && f.endsWith('.txt'))) {
    const name = /gold\/(.+)\.txt$/.exec(gold)![1]!;
    const html = files.find((f) => f === `Extraction/chaos-all/html/${name}.htm` || f === `Extraction/chaos-all/html/${name}.html`);
    if (!html) continue;
    const page = decodeTextBytes(blob(html)).text;
    const url = /<link[^>]*rel=["']canonical["'][^>]*href=["']([^"']+)|<link[^>]*href=["']([^"']+)["'][^>]*rel=["']canonical|og:url["']\s+content=["']([^"']+)/i.exec(page);
    const host = url ? /^https?:\/\/(?:www\.)?([^/:]+)/i.exec(url[1] ?? url[2] ?? url[3] ?? '')?.[1]?.toLowerCase() : undefined;
    const text = decodeTextBytes(blob(gold)).text.replace(/\r\n?/g, '\n').trim();
    const [title, ...rest] = text.split(/\n+/);
    const body = rest.map((p) => p.trim()).filter(Boolean);
    if (!title || !body.length) continue;
    const id = `ch-${name}`;
    const outlet = host ?? 'unknown';
    const md = ['---', `title: ${JSON.stringify(title.trim())}`, `outlet: ${JSON.stringify(outlet)}`, '---', body.join('\n\n')].join('\n');
    const a = ingestFile({ name: `${id}.md`, content: md + '\n' }).articles[0];
    if (!a || a.units.length === 0) continue;
    out.push({ id, year: '2017', outlet, article: { ...a, id } });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}
