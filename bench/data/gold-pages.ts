/**
 * Gold texts of three extraction sets no conflicts round read, as articles (round 25, bench/conf45-round.ts):
 *
 * L3S-GN1's gold texts (Kohlschütter et al. 2010: 621 pages of 408 sites, linked from Google News in 2008), as mirrored
 * in github:j-szulc/html-cleaning-dataset-merged (page-signal-master/GoldStandard: each page's HTML with its spans
 * labelled x-nc-sel1 headline, x-nc-sel2 full text, …; no licence stated, read from the mirror only, nothing committed).
 * bench/extract-eval.ts reads these pages for extraction (`--sets l3s`); read here as an article the way
 * bench/data/big9.ts reads a gold text: the first headline span as the headline, every full-text span as a paragraph,
 * so what a round measures is the engine, not page extraction. L3S gives no URL or site, and the host a page links to
 * most is often an ad server, so the outlet is "unknown" (a round reads every page against every other). `loadL3s` returns null when the mirror is absent.
 */
import { existsSync } from 'node:fs';
import { nodeParseHtml } from '../../cli/node-env.ts';
import { ingestFile } from '../../lib/ingest/index.ts';
import { decodeTextBytes } from '../../lib/text/normalize.ts';
import type { Article } from '../../lib/types.ts';
import { shingles } from './fnv.ts';
import { mirrorFile, mirrorPaths } from './mirror.ts';

/** An article of a headline and paragraphs, read as the product reads a Markdown file (front matter, paragraphs). */
export function goldArticle(id: string, title: string, outlet: string, body: string[], date?: string): Article | null {
  const front = [`title: ${JSON.stringify(title)}`, `outlet: ${JSON.stringify(outlet)}`, ...(date ? [`date: ${JSON.stringify(date)}`] : [])];
  const md = ['---', ...front, '---', body.join('\n\n')].join('\n');
  const a = ingestFile({ name: `${id}.md`, content: md + '\n' }).articles[0];
  return a && a.units.length > 0 ? { ...a, id } : null;
}

/**
 * A filter of article bodies for a loader that leaves out repeats: true the first time a non-empty body (its
 * paragraphs joined) is met, false for an empty body or one met before.
 */
export function firstTellings(): (body: readonly string[]) => boolean {
  const seen = new Set<string>();
  return (body) => {
    const key = body.join(' ');
    if (!body.length || seen.has(key)) return false;
    seen.add(key);
    return true;
  };
}

/** English by the plainest test: "the" is the text's most frequent word. */
export function english(paras: readonly string[]): boolean {
  const n = new Map<string, number>();
  for (const w of paras.join(' ').toLowerCase().match(/\p{L}+/gu) ?? []) n.set(w, (n.get(w) ?? 0) + 1);
  const the = n.get('the') ?? 0;
  return the > 0 && [...n.values()].every((c) => c <= the);
}

export interface GoldRecord {
  id: string;
  outlet: string;
  article: Article;
}

/** An article a mirrored source holds: its paragraphs as a reader sees them, its text, and its record once kept. */
export interface Candidate {
  body: string[];
  text: string;
  record: () => GoldRecord | null;
}

/**
 * A mirrored source's articles, each once (bench/data/fundus.ts, postlight.ts: every version in a repository's history):
 * each blob's candidates, in blob order, kept when English, a first telling (`firstTellings`) and the first version of
 * its article — a text sharing three eight-word shingles with one kept before (a parser's change, a retitled page) is
 * the same article.
 */
export function freshArticles<T>(items: readonly T[], blobs: ReadonlyArray<Buffer | null>, candidates: (item: T, raw: Buffer) => Iterable<Candidate>): GoldRecord[] {
  const fresh = firstTellings();
  const kept = new Set<number>();
  const out: GoldRecord[] = [];
  items.forEach((item, i) => {
    const raw = blobs[i];
    if (!raw) return;
    for (const c of candidates(item, raw)) {
      if (!english(c.body) || !fresh(c.body)) continue;
      const sh = shingles(c.text);
      if (sh.filter((h) => kept.has(h)).length >= 3) continue;
      for (const h of sh) kept.add(h);
      const r = c.record();
      if (r) out.push(r);
    }
  });
  return out;
}

/**
 * Sentences joined into paragraphs: a paragraph ends where no quotation is left open, so a quotation running over several
 * sentences stays in one (bench/data/pac.ts, duc.ts). `straight`: straight double quotes must pair up too.
 */
export function quoteParagraphs(sentences: readonly string[], straight: boolean): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  for (const s of sentences) {
    cur.push(s);
    const text = cur.join(' ');
    const open = (text.match(/\u201c/g) ?? []).length - (text.match(/\u201d/g) ?? []).length;
    if (open <= 0 && (!straight || (text.match(/"/g) ?? []).length % 2 === 0)) (out.push(text), (cur = []));
  }
  if (cur.length) out.push(cur.join(' '));
  return out;
}

export const L3S_GIT = process.env.EXTRACT_MERGED_GIT ?? '/work/.mirror/j-szulc+html-cleaning-dataset-merged/repo';

export interface GoldDoc {
  /** "l3s-<first 8 hex of the page's uuid>", "dn-<file>", "wceb-<file>". */
  id: string;
  outlet: string;
  article: Article;
}

/** The texts of the elements labelled `cls`, each without its labelled descendants (they are spans of their own). */
function labelled(doc: Document, cls: string): string[] {
  const LABEL = /\bx-nc-sel\d\b/;
  const textOf = (el: Element): string =>
    Array.from(el.childNodes)
      .map((n) => (n.nodeType === 3 ? (n.textContent ?? '') : n.nodeType === 1 && !LABEL.test((n as Element).getAttribute('class') ?? '') ? textOf(n as Element) : ''))
      .join(' ');
  return Array.from(doc.querySelectorAll(`.${cls}`)).map((e) => textOf(e).replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** Every L3S-GN1 page with a headline and a full text, in id order; null when the mirror is absent. */
export function loadL3s(gitDir = L3S_GIT): GoldDoc[] | null {
  if (!existsSync(gitDir)) return null;
  const out: GoldDoc[] = [];
  for (const gold of mirrorPaths(gitDir, 'page-signal-master/GoldStandard/').filter((f) => f.endsWith('.txt'))) {
    const uuid = /([0-9a-f-]+)\.txt$/.exec(gold)![1]!;
    const html = decodeTextBytes(mirrorFile(gitDir, gold)).text;
    const outlet = 'unknown';
    const doc = nodeParseHtml(html);
    const title = labelled(doc, 'x-nc-sel1')[0];
    const body = labelled(doc, 'x-nc-sel2');
    if (!title || !body.length) continue;
    const id = `l3s-${uuid.slice(0, 8)}`;
    const article = goldArticle(id, title, outlet, body);
    if (article) out.push({ id, outlet, article });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/**
 * Dragnet's gold texts (Moz 2012: 1,381 news and blog pages of about 2010-2012, the same mirror's dragnet_data): the
 * first line is the headline, the text before the comments marker the body, one paragraph a line. No URL: outlet
 * "unknown". Null when the mirror is absent.
 */
export function loadDragnet(gitDir = L3S_GIT): GoldDoc[] | null {
  if (!existsSync(gitDir)) return null;
  const out: GoldDoc[] = [];
  for (const gold of mirrorPaths(gitDir, 'dragnet_data/GoldStandard/').filter((f) => f.endsWith('.txt'))) {
    const text = decodeTextBytes(mirrorFile(gitDir, gold)).text.split('!@#$%^&*() COMMENTS')[0]!.replace(/\r\n?/g, '\n');
    const [title, ...body] = text.split('\n').map((l) => l.trim()).filter(Boolean);
    if (!title || !body.length) continue;
    const id = `dn-${/([^/]+)\.txt$/.exec(gold)![1]}`;
    const article = goldArticle(id, title, 'unknown', body);
    if (article) out.push({ id, outlet: 'unknown', article });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}

export const WCEB_GIT = process.env.WCEB_GIT ?? '/work/.mirror/tiptopjaw+web-content-extraction-benchmark/repo';

/**
 * The web-content-extraction-benchmark's ground truths (github:tiptopjaw/web-content-extraction-benchmark, 1,000 pages
 * of 2025, benchmark/ground-truth/NNNN.json): the pages typed "article", with title, main content (paragraphs split on
 * blank lines), publish date and the URL's host as outlet. Null when the mirror is absent.
 */
export function loadWceb(gitDir = WCEB_GIT): GoldDoc[] | null {
  if (!existsSync(gitDir)) return null;
  const out: GoldDoc[] = [];
  for (const f of mirrorPaths(gitDir, 'benchmark/ground-truth/').filter((x) => /\/\d+\.json$/.test(x))) {
    const t = JSON.parse(decodeTextBytes(mirrorFile(gitDir, f)).text) as {
      url?: string;
      _internal?: { page_type?: { primary?: string } };
      ground_truth?: { title?: string; publish_date?: string | null; main_content?: string };
    };
    if (t._internal?.page_type?.primary !== 'article' || !t.ground_truth?.title || !t.ground_truth.main_content) continue;
    const outlet = /^https?:\/\/(?:www\.)?([^/]+)/.exec(t.url ?? '')?.[1] ?? 'unknown';
    const body = t.ground_truth.main_content.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
    const id = `wceb-${/(\d+)\.json$/.exec(f)![1]}`;
    const article = goldArticle(id, t.ground_truth.title, outlet, body, t.ground_truth.publish_date ?? undefined);
    if (article) out.push({ id, outlet, article });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}
