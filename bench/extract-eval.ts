/**
 * Extraction on public test sets other than zyte, scored with the zyte benchmark's word metric
 * (bench/extract-metric.ts), for plain Readability.js and for Parallax (the same path as
 * `cli list`: decodeTextBytes → lib/ingest ingestFile with linkedom → units joined by newlines).
 *
 *   npx tsx bench/extract-eval.ts [--sets l3s,dragnet,cleaneval,readability,zyte,big9,chaos] [--split dev|held|all]
 *                                 [--worst N] [--json out.json] [--page ID] [--declared GRAM,SHARE]
 *                                 [--blocks dev|THRESHOLD] [--unwrap]
 *                                 [--extractor parallax|defuddle|parallax-defuddle|parallax-fallback|parallax-rescue|parallax-prune]
 *
 * `--extractor` chooses what the second column scores (docs/notes/extract58.md; bench/extract58-defuddle.ts):
 * `parallax` (default) main's pipeline; `defuddle` Defuddle alone (its article's text, as plain Readability's
 * is read); `parallax-defuddle` main's pipeline with Defuddle's article in Readability's place;
 * `parallax-fallback` main's pipeline, Defuddle only when Readability finds under 500 characters;
 * `parallax-rescue` the same when Readability finds no text at all; `parallax-prune` Readability's article less
 * the blocks Defuddle's lacks (bench/extract58-defuddle.ts). The
 * per-page time of the column is printed beside it (load varies: read with `uptime`).
 *
 * `--declared 3,0.5` runs with the declared-body rule (lib/extract.ts DECLARED_FIT) set to those
 * constants for this run only (it is off in the shipped fit; bench/extract-declared.ts fits it).
 * `--blocks dev` runs with the fitted block decision (lib/text/blocks-fit.ts) at the threshold
 * chosen on the dev halves, `--blocks 0.3` at that threshold, for this run only.
 *
 * Sets (read from mirrors, never committed; a set whose data is absent is skipped with the reason):
 * - l3s:        L3S-GN1 (Kohlschütter et al. 2010; 621 Google-News articles, 408 sites); truth = the
 *               spans labelled "full text" (x-nc-sel2) in the annotated copy. News.
 * - dragnet:    Dragnet (Moz 2012; 1,381 news and blog pages); truth = the corrected text before the
 *               comments marker. Mostly news.
 * - cleaneval:  CleanEval dev + final (2007; general web pages: blogs, forums, lists); truth = the
 *               gold text without its <p>/<h>/<l> markers. Not news.
 * - readability: mozilla/readability test/test-pages; truth = expected.html, which is Readability's
 *               own output (so plain Readability scores ~1 by construction: this set measures how much
 *               the cleaning removes that Readability kept, not extraction quality). `news` subset listed.
 * - zyte:       ../shared/data/zyte-article-extraction (in-sample: the cleaning rules were written on it).
 * - cleanportal: CleanPortalEval (71 news-portal pages, 2013): never read for fitting; only for the
 *               final before/after of docs/notes/extract8.md (`--sets cleanportal --split all`).
 * - big9, chaos: Utomo & Leu's sets (github:MSVCode/ir-research-data; see their loader below), read
 *               first as held-out in docs/notes/extract10.md.
 * The first four come from github:j-szulc/html-cleaning-dataset-merged (a mirror of CleanEval,
 * Dragnet, L3S-GN1 "page-signal" and readability; EXTRACT_MERGED_GIT overrides its git dir) and
 * github:mozilla/readability (EXTRACT_READABILITY_GIT).
 *
 * Split: every set is split by index parity of its sorted page ids before any error was looked at:
 * even = dev (look at errors, fit), odd = held-out (report only).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { nodeEnv, nodeParseHtml } from '../cli/node-env.ts';
import { DECLARED_FIT, useBlockDecision } from '../lib/extract.ts';
import { decideBlocks } from '../lib/text/blocks.ts';
import { BLOCK_DEV_THRESHOLD, BLOCK_MODEL } from '../lib/text/blocks-fit.ts';
import { ingestFile } from '../lib/ingest/index.ts';
import { decodeTextBytes, normalizeInline } from '../lib/text/normalize.ts';
import { decodeEntities } from '../lib/text/entities.ts';
import { f1Of, metrics, precisionOf, recallOf, shingleMatch, type TpFpFn } from './extract-metric.ts';
import { optionValue } from './args.ts';
import { scoreSnippets } from './extract-snippets.ts';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..');
const MERGED_GIT = process.env.EXTRACT_MERGED_GIT ?? '/work/.mirror/j-szulc+html-cleaning-dataset-merged/repo';
const READABILITY_GIT = process.env.EXTRACT_READABILITY_GIT ?? '/work/.mirror/mozilla+readability/repo';
const ZYTE_DIR = process.env.ZYTE_DIR ?? resolve(repo, '../shared/data/zyte-article-extraction');
const CACHE = join(tmpdir(), 'parallax-extract-eval');

export interface EvalPage {
  set: string;
  id: string;
  html: string;
  truth: string;
  news: boolean;
  /** The set's own split when it is not index parity (wceb: id parity). */
  split?: 'dev' | 'held';
  /** Snippets the extraction must / must not contain (wceb's `with` / `without`). */
  must?: string[];
  not?: string[];
  /** The set's page-type label and the page's address (wceb). */
  kind?: string;
  url?: string;
}

/** Files of a git tree under `prefix`, unpacked once into the cache (git archive). */
function unpack(gitDir: string, prefix: string): string | null {
  if (!existsSync(gitDir)) return null;
  const out = join(CACHE, 'data', gitDir.replace(/[^\w]+/g, '_'));
  const mark = join(out, prefix.replace(/[^\w]+/g, '_') + '.done');
  if (!existsSync(mark)) {
    mkdirSync(out, { recursive: true });
    execFileSync('sh', ['-c', `git --git-dir="${gitDir}" archive HEAD "${prefix}" | tar x -C "${out}"`], { maxBuffer: 1 << 30 });
    writeFileSync(mark, '');
  }
  return join(out, prefix);
}

const decode = (path: string) => decodeTextBytes(readFileSync(path)).text;

function textOf(html: string, selector?: string): string {
  const doc = nodeParseHtml(/<html[\s>]/i.test(html) ? html : `<html><body>${html}</body></html>`);
  if (!selector) return doc.body?.textContent ?? '';
  return Array.from(doc.querySelectorAll(selector))
    .map((e) => e.textContent ?? '')
    .join('\n');
}

/**
 * The text labelled `cls` in an L3S annotated page. Labelled spans nest (a full-text span inside
 * another), so each text node counts once, under its nearest labelled ancestor.
 */
function labelledText(html: string, cls: string): string {
  const doc = nodeParseHtml(html);
  const LABEL = /\bx-nc-sel\d\b/;
  const out: string[] = [];
  const collect = (el: Element) => {
    for (const n of Array.from(el.childNodes)) {
      if (n.nodeType === 3) out.push(n.textContent ?? '');
      else if (n.nodeType === 1 && !LABEL.test((n as Element).getAttribute('class') ?? '')) collect(n as Element);
    }
  };
  for (const el of Array.from(doc.querySelectorAll(`.${cls}`))) collect(el);
  return out.join(' ');
}

function l3s(): EvalPage[] | string {
  const dir = unpack(MERGED_GIT, 'page-signal-master');
  if (!dir) return `no mirror at ${MERGED_GIT} (fetch github:j-szulc/html-cleaning-dataset-merged)`;
  return readdirSync(join(dir, 'input'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => {
      const id = f.replace(/\.html$/, '');
      return { set: 'l3s', id, html: decode(join(dir, 'input', f)), truth: labelledText(decode(join(dir, 'GoldStandard', `${id}.txt`)), 'x-nc-sel2'), news: true };
    });
}

/**
 * The pages of one set of the merged mirror: input/ID.html with GoldStandard/ID.txt (pages without a
 * gold file are left out), the truth read from the gold text by `truthOf`.
 */
function mergedPages(part: string, set: string, news: boolean, truthOf: (gold: string) => string): EvalPage[] | string {
  const dir = unpack(MERGED_GIT, part);
  if (!dir) return `no mirror at ${MERGED_GIT} (fetch github:j-szulc/html-cleaning-dataset-merged)`;
  return readdirSync(join(dir, 'input'))
    .filter((f) => f.endsWith('.html') && existsSync(join(dir, 'GoldStandard', f.replace(/\.html$/, '.txt'))))
    .map((f) => {
      const id = f.replace(/\.html$/, '');
      return { set, id, html: decode(join(dir, 'input', f)), truth: truthOf(decode(join(dir, 'GoldStandard', `${id}.txt`))), news };
    });
}

function dragnet(): EvalPage[] | string {
  return mergedPages('dragnet_data', 'dragnet', true, (gold) => gold.split('!@#$%^&*() COMMENTS')[0]!);
}

function cleaneval(): EvalPage[] | string {
  const out: EvalPage[] = [];
  for (const part of ['cleaneval-dev', 'cleaneval-final']) {
    const dir = unpack(MERGED_GIT, part);
    if (!dir) return `no mirror at ${MERGED_GIT} (fetch github:j-szulc/html-cleaning-dataset-merged)`;
    for (const f of readdirSync(join(dir, 'input')).filter((x) => x.endsWith('.html'))) {
      const id = f.replace(/\.html$/, '');
      const gold = join(dir, 'GoldStandard', `${id}.txt`);
      if (!existsSync(gold)) continue;
      const truth = decode(gold)
        .replace(/^URL:.*\n/, '')
        .replace(/<\/?[phl]>/gi, ' ');
      out.push({ set: 'cleaneval', id: `${part.replace('cleaneval-', '')}-${id}`, html: decode(join(dir, 'input', f)), truth, news: false });
    }
  }
  return out;
}

/**
 * CleanPortalEval (github:ppke-nlpg/CleanPortalEval, via the merged mirror): 71 news and news-blog
 * pages of 2013 from five portals (BBC News, WSJ Brussels blog, MSNBC TV news, two Washington Post
 * blogs), gold text in CleanEval's format. Read once, for the final before/after of
 * docs/notes/extract8.md: no rule or constant was fitted or looked at on it.
 */
function cleanportal(): EvalPage[] | string {
  return mergedPages('CleanPortalEval-master', 'cleanportal', true, (gold) =>
    gold
      .replace(/^\s*URL:.*\n/, '')
      .replace(/<\/?[phl]>/gi, ' ')
      .split('\n')
      .map((l) => normalizeInline(l, { decode: decodeEntities }).text)
      .join('\n'),
  );
}

/** Readability test pages from news outlets (by outlet, not by looking at results). */
const READABILITY_NEWS = new Set([
  'aktualne', 'ars-1', 'bbc-1', 'breitbart', 'buzzfeed-1', 'citylab-1', 'cnet', 'cnn', 'engadget', 'folha', 'gmw', 'guardian-1',
  'heise', 'herald-sun-1', 'la-nacion', 'lemonde-1', 'liberation-1', 'msn', 'nytimes-1', 'nytimes-2', 'nytimes-3', 'nytimes-4',
  'nytimes-5', 'qq', 'quanta-1', 'salon-1', 'seattletimes-1', 'telegraph', 'theverge', 'tmz-1', 'wapo-1', 'wapo-2', 'yahoo-1',
  'yahoo-2', 'yahoo-3', 'yahoo-4', 'lwn-1', 'medicalnewstoday', 'aclu',
]);

function readability(): EvalPage[] | string {
  const dir = unpack(READABILITY_GIT, 'test/test-pages');
  if (!dir) return `no mirror at ${READABILITY_GIT} (fetch github:mozilla/readability)`;
  return readdirSync(dir)
    .filter((d) => existsSync(join(dir, d, 'source.html')) && existsSync(join(dir, d, 'expected.html')))
    .map((d) => ({ set: 'readability', id: d, html: decode(join(dir, d, 'source.html')), truth: textOf(decode(join(dir, d, 'expected.html'))), news: READABILITY_NEWS.has(d) }));
}

function zyte(): EvalPage[] | string {
  const gt = join(ZYTE_DIR, 'ground-truth.json');
  if (!existsSync(gt)) return `no zyte data at ${ZYTE_DIR}`;
  const truth = JSON.parse(readFileSync(gt, 'utf8')) as Record<string, { articleBody: string }>;
  return Object.keys(truth)
    .filter((id) => existsSync(join(ZYTE_DIR, 'html', `${id}.html.gz`)))
    .map((id) => ({ set: 'zyte', id, html: decodeTextBytes(gunzipSync(readFileSync(join(ZYTE_DIR, 'html', `${id}.html.gz`)))).text, truth: truth[id]!.articleBody, news: true }));
}

/**
 * newspaper (github:codelucas/newspaper, MIT) test fixtures: pages saved with the text newspaper's own
 * extractor gives (tests/data/html/X.html with tests/data/text/Y.txt). Like the readability set, the truth
 * is another extractor's output, checked by that project's tests. Added for the language count of
 * docs/notes/extract9.md (its Spanish, German, Chinese, Japanese, Arabic and Thai pages).
 */
const NEWSPAPER_GIT = process.env.EXTRACT_NEWSPAPER_GIT ?? '/work/.mirror/codelucas+newspaper/repo';
const NEWSPAPER_PAIRS: Record<string, string> = {
  arabic_article: 'arabic', chinese_article: 'chinese', japanese_article: 'japanese', japanese_article2: 'japanese2',
  spanish_article: 'spanish', thai_article: 'thai', cnn_article: 'cnn',
};
function newspaper(): EvalPage[] | string {
  const dir = unpack(NEWSPAPER_GIT, 'tests/data');
  if (!dir) return `no mirror at ${NEWSPAPER_GIT} (fetch github:codelucas/newspaper)`;
  return readdirSync(join(dir, 'html'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.replace(/\.html$/, ''))
    .map((id) => ({ id, txt: join(dir, 'text', `${NEWSPAPER_PAIRS[id] ?? id}.txt`) }))
    .filter(({ txt }) => existsSync(txt))
    .map(({ id, txt }) => ({ set: 'newspaper', id, html: decode(join(dir, 'html', `${id}.html`)), truth: decode(txt), news: true }))
    .filter((p) => p.truth.trim().length > 0);
}

/**
 * Utomo & Leu's extraction sets (github:MSVCode/ir-research-data, Extraction/; "only for research
 * purpose": read from the mirror, never committed): html/X.htm(l) with a hand-made gold/X.txt (the
 * article's headline and body text). Added in docs/notes/extract10.md and scored first as held-out,
 * before any change of that round:
 * - big9:  90 pages from each of 2005, 2009, 2013 and 2017 (folders big5-YY), ten per outlet from nine
 *          news sites (Ars Technica, BBC, CNN, Forbes, Fox News, LA Times, NY Mag, NY Post, Yahoo News);
 *          ids `YY-name`.
 * - chaos: 360 pages of 2017 from ~240 sites, the top Google results of 36 queries.
 */
const UTOMO_GIT = process.env.EXTRACT_UTOMO_GIT ?? '/work/.mirror/MSVCode+ir-research-data/repo';
function utomo(folders: string[], set: string, idOf: (folder: string, name: string) => string): EvalPage[] | string {
  const out: EvalPage[] = [];
  for (const folder of folders) {
    const dir = unpack(UTOMO_GIT, `Extraction/${folder}`);
    if (!dir) return `no mirror at ${UTOMO_GIT} (fetch github:MSVCode/ir-research-data)`;
    for (const f of readdirSync(join(dir, 'html')).filter((x) => /\.html?$/.test(x))) {
      const name = f.replace(/\.html?$/, '');
      const gold = join(dir, 'gold', `${name}.txt`);
      if (!existsSync(gold)) continue;
      out.push({ set, id: idOf(folder, name), html: decode(join(dir, 'html', f)), truth: decode(gold), news: true });
    }
  }
  return out;
}
const big9 = () => utomo(['big5-05', 'big5-09', 'big5-13', 'big5-17'], 'big9', (folder, name) => `${folder.slice(-2)}-${name}`);
const chaos = () => utomo(['chaos-all'], 'chaos', (_folder, name) => name);

/**
 * wceb: the Web Content Extraction Benchmark (github:tiptopjaw/web-content-extraction-benchmark, Apache-2.0;
 * read from the mirror, never committed): 1,000 pages collected in 2025–2026 (release/html/ID.html.gz), truth
 * per page in benchmark/ground-truth/ID.json — `main_content` (the truth text), `with` / `without` snippets and
 * a page-type label (`_internal.page_type.primary`), all written by an LLM and then filtered (docs/notes/
 * extract31.md says how far to trust them). `news` = type article or blog (mostly blog posts and guides:
 * the set's article pages). Split by the id's own parity (even = dev, odd = held), fixed before reading.
 * A truth file without its page is skipped.
 */
const WCEB_GIT = process.env.EXTRACT_WCEB_GIT ?? '/work/.mirror/tiptopjaw+web-content-extraction-benchmark/repo';
interface WcebTruth {
  url: string;
  file_id: string;
  _internal?: { page_type?: { primary?: string } };
  ground_truth: { main_content: string; with?: string[]; without?: string[] };
}
function wceb(): EvalPage[] | string {
  const html = unpack(WCEB_GIT, 'release/html');
  const gt = unpack(WCEB_GIT, 'benchmark/ground-truth');
  if (!html || !gt) return `no mirror at ${WCEB_GIT} (fetch github:tiptopjaw/web-content-extraction-benchmark)`;
  const out: EvalPage[] = [];
  for (const f of readdirSync(gt).filter((x) => /^\d+\.json$/.test(x)).sort()) {
    const id = f.replace(/\.json$/, '');
    const page = join(html, `${id}.html.gz`);
    if (!existsSync(page)) {
      process.stderr.write(`wceb ${id}: truth without a page, skipped\n`);
      continue;
    }
    const t = JSON.parse(readFileSync(join(gt, f), 'utf8')) as WcebTruth;
    const kind = t._internal?.page_type?.primary ?? 'unknown';
    out.push({
      set: 'wceb',
      id,
      html: decodeTextBytes(gunzipSync(readFileSync(page))).text,
      truth: t.ground_truth.main_content,
      news: kind === 'article' || kind === 'blog',
      split: Number(id) % 2 === 0 ? 'dev' : 'held',
      must: t.ground_truth.with ?? [],
      not: t.ground_truth.without ?? [],
      kind,
      url: t.url,
    });
  }
  return out;
}

export const SETS: Record<string, () => EvalPage[] | string> = { l3s, dragnet, cleaneval, readability, zyte, cleanportal, newspaper, big9, chaos, wceb };

/** A set's pages, or null after `skip` was told why (an unknown name, or its data absent). */
export function pagesOf(name: string, skip: (why: string) => void): EvalPage[] | null {
  const pages = SETS[name]?.() ?? 'unknown set';
  if (typeof pages === 'string') {
    skip(pages);
    return null;
  }
  return pages;
}

/** The set's own split when it has one (wceb), else even index of the sorted ids: dev; odd: held-out. */
export function splitOf(pages: EvalPage[]): Map<string, 'dev' | 'held'> {
  const ids = pages.map((p) => p.id).sort();
  const own = new Map(pages.map((p) => [p.id, p.split]));
  return new Map(ids.map((id, k) => [id, own.get(id) ?? (k % 2 === 0 ? 'dev' : 'held')]));
}

/**
 * Must-have / must-not snippets pooled over pages, as bench/extract-snippets.ts counts them: a `must`
 * snippet found is a true positive, missed a false negative; a `not` snippet found is a false positive.
 */
export function snippetScore(items: Array<[EvalPage, string]>) {
  let tp = 0, fn = 0, fp = 0, n = 0;
  for (const [page, text] of items) {
    const r = scoreSnippets(text, { must: page.must ?? [], not: page.not ?? [] });
    tp += r.tp;
    fn += r.fn;
    fp += r.fp;
    n += (page.must?.length ?? 0) + (page.not?.length ?? 0);
  }
  const precision = tp / Math.max(1, tp + fp), recall = tp / Math.max(1, tp + fn);
  return { n, tp, fn, fp, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Plain Readability.js textContent (cached: it does not change with our code). */
export function baseline(p: EvalPage, cache: Record<string, string>): string {
  const key = `${p.set}/${p.id}`;
  if (key in cache) return cache[key]!;
  let text = '';
  try {
    text = new Readability(nodeParseHtml(p.html)).parse()?.textContent ?? '';
  } catch {
    text = '';
  }
  cache[key] = text;
  return text;
}

/**
 * `--unwrap`: CleanEval-format files (cleaneval, cleanportal) open with the dataset's own
 * `<text id="URL">` line before the doctype, so `ingestFile` does not see a whole page there and
 * reads them as fragments (all their text, no Readability). With --unwrap that line (and a closing
 * `</text>`) is removed first, as the page was served.
 */
let UNWRAP = false;
export const setUnwrap = (on: boolean) => {
  UNWRAP = on;
};
const unwrap = (html: string) => html.replace(/^\s*<text\b[^>]*>\s*/i, '').replace(/<\/text>\s*$/i, '');

/** Parallax: the CLI's path (ingestFile on a .html file with linkedom), units joined by newlines. */
export function parallax(p: EvalPage): string {
  const r = ingestFile({ name: `${p.id}.html`, content: UNWRAP ? unwrap(p.html) : p.html }, nodeEnv);
  return r.articles.map((a) => a.units.map((u) => u.text).join('\n')).join('\n');
}

const EXTRACTORS = ['parallax', 'defuddle', 'parallax-defuddle', 'parallax-fallback', 'parallax-rescue', 'parallax-prune'] as const;
type Extractor = (typeof EXTRACTORS)[number];

/** The second column's text of a page, and whether Defuddle's article was used for it. */
async function extractorOf(name: Extractor): Promise<(p: EvalPage) => { text: string; defuddle: boolean }> {
  if (name === 'parallax') return (p) => ({ text: parallax(p), defuddle: false });
  const { defuddleText, withReader } = await import('./extract58-defuddle.ts');
  if (name === 'defuddle') return (p) => ({ text: defuddleText(p.html), defuddle: true });
  const mode = name === 'parallax-defuddle' ? 'defuddle' : name === 'parallax-fallback' ? 'fallback' : name === 'parallax-prune' ? 'prune' : 'rescue';
  return (p) => {
    const r = withReader(mode, () => parallax(p));
    return { text: r.value, defuddle: r.used === 'defuddle' };
  };
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const value = (name: string) => optionValue(name, argv);
  const extractor = (value('extractor') ?? 'parallax') as Extractor;
  if (!EXTRACTORS.includes(extractor)) throw new Error(`--extractor: one of ${EXTRACTORS.join(', ')}`);
  const extract = await extractorOf(extractor);
  const sets = (value('sets') ?? 'l3s,dragnet,cleaneval,readability').split(',');
  const split = value('split') ?? 'all';
  const worst = Number(value('worst') ?? 0);
  const onePage = value('page');
  const declared = value('declared');
  if (declared) {
    const [gram, share] = declared.split(',').map(Number);
    Object.assign(DECLARED_FIT, { gram, share });
    process.stderr.write(`declared-body rule on: gram ${gram}, share ${share}\n`);
  }
  UNWRAP = argv.includes('--unwrap');
  const blocks = value('blocks');
  if (blocks) {
    const model = { ...BLOCK_MODEL, threshold: blocks === 'dev' ? BLOCK_DEV_THRESHOLD : Number(blocks) };
    useBlockDecision((b) => decideBlocks(b, model));
    process.stderr.write(`block decision on: threshold ${model.threshold}\n`);
  }
  mkdirSync(CACHE, { recursive: true });
  const baseFile = join(CACHE, 'readability-baseline.json');
  const baseCache: Record<string, string> = existsSync(baseFile) ? JSON.parse(readFileSync(baseFile, 'utf8')) : {};

  const f = (x: number) => x.toFixed(3);
  const lines: string[] = [`set          split  pages  Readability F1 (P/R)      ${extractor} F1 (P/R)`.padEnd(78) + 'better/worse'];
  const json: Record<string, unknown> = {};
  for (const name of sets) {
    const pages = pagesOf(name, (why) => lines.push(`${name.padEnd(12)} skipped: ${why}`));
    if (!pages) continue;
    const splits = splitOf(pages);
    const rows: Array<{ page: EvalPage; split: string; base: TpFpFn; ours: TpFpFn; oursText: string; ms: number; defuddle: boolean }> = [];
    const t0 = Date.now();
    for (const page of pages) {
      const s = splits.get(page.id)!;
      if (split !== 'all' && s !== split) continue;
      if (onePage && page.id !== onePage) continue;
      const t1 = performance.now();
      const { text: oursText, defuddle } = extract(page);
      const pageMs = performance.now() - t1;
      rows.push({ page, split: s, base: shingleMatch(page.truth, baseline(page, baseCache)), ours: shingleMatch(page.truth, oursText), oursText, ms: pageMs, defuddle });
    }
    const ms = Date.now() - t0;
    const groups: Array<[string, typeof rows]> = [
      ['dev', rows.filter((r) => r.split === 'dev')],
      ['held', rows.filter((r) => r.split === 'held')],
    ];
    if (name === 'readability' || name === 'wceb') {
      const sub = name === 'wceb' ? 'article' : 'news';
      groups.push([`dev·${sub}`, rows.filter((r) => r.split === 'dev' && r.page.news)], [`held·${sub}`, rows.filter((r) => r.split === 'held' && r.page.news)]);
    }
    for (const [g, rs] of groups) {
      if (!rs.length) continue;
      const b = metrics(rs.map((r) => r.base));
      const o = metrics(rs.map((r) => r.ours));
      const better = rs.filter((r) => f1Of(r.ours) > f1Of(r.base) + 0.01).length;
      const worse = rs.filter((r) => f1Of(r.ours) < f1Of(r.base) - 0.01).length;
      lines.push(`${name.padEnd(12)} ${g.padEnd(9)} ${String(rs.length).padStart(4)}  ${f(b.f1)} (${f(b.precision)}/${f(b.recall)})   ${f(o.f1)} (${f(o.precision)}/${f(o.recall)})   ${better}/${worse}`);
      const ms = rs.map((r) => r.ms).sort((x, y) => x - y);
      const usedDefuddle = rs.filter((r) => r.defuddle).length;
      lines.push(`${''.padEnd(12)} ${g.padEnd(9)} ${extractor}: median ${ms[Math.floor(ms.length / 2)]!.toFixed(0)} ms a page, p90 ${ms[Math.floor(ms.length * 0.9)]!.toFixed(0)} ms; Defuddle's article on ${usedDefuddle} pages`);
      json[`${name}/${g}`] = { pages: rs.length, readability: b, parallax: o, extractor, better, worse, medianMs: ms[Math.floor(ms.length / 2)], usedDefuddle, f1: Object.fromEntries(rs.map((r) => [r.page.id, [f1Of(r.base), f1Of(r.ours)]])) };
      if (rs.some((r) => r.page.must?.length || r.page.not?.length)) {
        const sb = snippetScore(rs.map((r) => [r.page, baseline(r.page, baseCache)]));
        const so = snippetScore(rs.map((r) => [r.page, r.oursText]));
        lines.push(`${''.padEnd(12)} ${g.padEnd(9)} snippets (${sb.n}) ${f(sb.f1)} (${f(sb.precision)}/${f(sb.recall)})   ${f(so.f1)} (${f(so.precision)}/${f(so.recall)})`);
        Object.assign(json[`${name}/${g}`] as object, { snippets: { readability: sb, parallax: so } });
      }
    }
    lines.push(`${''.padEnd(12)} (${(ms / 1000).toFixed(1)} s)`);
    process.stderr.write(lines.join('\n') + '\n');
    if (worst || onePage) {
      const ranked = rows.filter((r) => r.split === 'dev' || onePage).sort((a, b) => f1Of(a.ours) - f1Of(b.ours));
      for (const r of ranked.slice(0, worst || 1)) {
        lines.push(`  ${r.page.id.slice(0, 20).padEnd(20)} ours ${f(f1Of(r.ours))} P ${f(precisionOf(r.ours))} R ${f(recallOf(r.ours))}  base ${f(f1Of(r.base))}`);
      }
    }
    if (onePage && rows[0]) {
      process.stdout.write(`--- truth\n${rows[0].page.truth.replace(/\s*\n\s*/g, '\n').trim()}\n--- parallax\n${rows[0].oursText}\n--- readability\n${baseline(rows[0].page, baseCache).replace(/\s*\n\s*/g, '\n').trim()}\n`);
    }
  }
  writeFileSync(baseFile, JSON.stringify(baseCache));
  process.stdout.write(lines.join('\n') + '\n');
  const jsonOut = value('json');
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(json, null, 2));
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void main().then((code) => (process.exitCode = code));
