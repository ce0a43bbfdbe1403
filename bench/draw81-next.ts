/**
 * draw81: what is left for a fresh speakers sample after r81 (Dragnet's gold texts)? For each candidate already loadable here
 * (mirrors under /work/.mirror, read at run time only): its articles, those sharing three eight-word shingles or more with every
 * earlier speaker source (the prior r81's draw read, plus r81's own source, dragnet: what `--draw r82` would leave out), the rest,
 * and the direct quotes the product extracts from the rest. Dragnet's own remainder is counted against the prior without it,
 * less the pages r81 drew (its sealed file's pages). Nothing is drawn and no quote is printed.
 *
 *   PRIOR_CACHE=/tmp/draw81/prior nice npx tsx bench/draw81-next.ts /tmp/draw81/draw-r81.out
 *
 * The prior is read from the shingle files the draw's output names ("prior X: N shingles from FILE"); a source the draw shingled
 * itself ("prior X: N pages") is read from the file it wrote under PRIOR_CACHE (priorCacheKey), else shingled again here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shingles } from './data/fnv.ts';
import { loadWceb } from './data/gold-pages.ts';
import { loadPac } from './data/pac.ts';
import { loadDuc, loadDuc2003 } from './data/duc.ts';
import { directQuoteYield, type Page, type Source, loadDragnetPages, pagesOf } from './speakers-data.ts';
import { priorCacheKey, ShingleSet } from './speakers-big9.ts';

const out = process.argv[2] ?? '/tmp/draw81/draw-r81.out';
if (!existsSync(out)) {
  console.log(`no draw output at ${out}: run bench/speakers-big9.ts --draw r81 first`);
  process.exit(0);
}
const prior = new ShingleSet();
const addFile = (f: string) => {
  const b = readFileSync(f);
  for (const h of new Uint32Array(b.buffer, b.byteOffset, b.length / 4)) prior.add(h);
};
let sources = 0;
for (const line of readFileSync(out, 'utf8').split('\n')) {
  const file = /^prior (\S+): \d+ shingles from (\S+)$/.exec(line);
  const shingled = /^prior (\S+): \d+ pages$/.exec(line);
  if (file) addFile(file[2]!), sources++;
  else if (shingled) {
    const cached = process.env.PRIOR_CACHE ? join(process.env.PRIOR_CACHE, `prior-${shingled[1]}-${priorCacheKey(shingled[1] as Source)}.u32`) : '';
    if (cached && existsSync(cached)) addFile(cached);
    else for (const p of pagesOf(shingled[1] as Source) ?? []) for (const h of shingles(p.article.text)) prior.add(h);
    sources++;
  }
}
console.log(`prior: ${sources} sources of the r81 draw`);
const fresh = (pages: Page[]) => pages.filter((p) => shingles(p.article.text).filter((h) => prior.has(h)).length < 3);
const count = (name: string, pages: Page[], left: Page[]) => {
  const { quotes, withQuote } = directQuoteYield(left);
  console.log(`${name}: ${pages.length} articles, ${pages.length - left.length} held by an earlier source or drawn, ${left.length} left; ${quotes} direct quotes in ${withQuote} of them`);
};

// Dragnet's remainder: fresh against the prior without dragnet, less r81's drawn pages.
const dragnet = loadDragnetPages();
const drawn = new Set((JSON.parse(readFileSync('tests/data/quotes/speakers-r81-sealed.json', 'utf8')) as { quotes: Array<{ page: string }> }).quotes.map((q) => q.page));
count('dragnet after r81 (its fresh articles less the 100 r81 drew)', dragnet, fresh(dragnet).filter((p) => !drawn.has(p.page)));
for (const p of dragnet) for (const h of shingles(p.article.text)) prior.add(h); // now an earlier source

const candidates: Array<[string, () => Page[]]> = [
  ['duc04 (DUC 2004 task 2: TDT newswire of 1998, AP and NYT, 50 clusters)', () => (loadDuc() ?? []).map((d) => ({ page: d.id, article: d.article }))],
  ['duc03 (DUC 2003 task 4: TREC newswire of 1996-2000, AP, NYT and Xinhua, 30 clusters)', () => (loadDuc2003() ?? []).map((d) => ({ page: d.id, article: d.article }))],
  ['wceb (web-content-extraction-benchmark ground truths, pages of 2025, typed article)', () => (loadWceb() ?? []).map((d) => ({ page: d.id, article: d.article }))],
  ['pac (Partisan-Event-Dataset, AllSides stories 2012-2023, all splits)', () => (loadPac(['train', 'dev', 'test']) ?? []).map((d) => ({ page: d.id, article: d.article }))],
];
for (const [name, load] of candidates) {
  const pages = load();
  count(name, pages, fresh(pages));
}
