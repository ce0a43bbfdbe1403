/**
 * draw82: what is left for a fresh speakers sample after r82 (DUC 2003 + 2004 as one source, 'duc0304')? As bench/draw81-next.ts:
 * for each candidate already loadable here (mirrors under /work/.mirror, read at run time only), its articles, those sharing three
 * eight-word shingles or more with every earlier speaker source (the prior r82's draw read, plus r82's own source, duc0304: what
 * `--draw r83` would leave out), the rest, and the direct quotes the product extracts from the rest. Dragnet's remainder is counted
 * against that prior without dragnet itself, less the pages r81 drew; duc0304's against the prior r82's draw read, less the pages r82
 * drew. Nothing is drawn and no quote is printed.
 *
 *   PRIOR_CACHE=/tmp/draw82/prior nice npx tsx bench/draw82-next.ts /tmp/draw82/draw-r82.out
 *
 * The prior is read from the shingle files the draw's output names ("prior X: N shingles from FILE"); a source the draw shingled
 * itself ("prior X: N pages") is read from the file it wrote under PRIOR_CACHE (priorCacheKey), else shingled again here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shingles } from './data/fnv.ts';
import { loadWceb } from './data/gold-pages.ts';
import { loadPac } from './data/pac.ts';
import { directQuoteYield, type Page, type Source, loadDragnetPages, loadDuc0304Pages, pagesOf } from './speakers-data.ts';
import { priorCacheKey, ShingleSet } from './speakers-big9.ts';

const out = process.argv[2] ?? '/tmp/draw82/draw-r82.out';
if (!existsSync(out)) {
  console.log(`no draw output at ${out}: run bench/speakers-big9.ts --draw r82 first`);
  process.exit(0);
}
const read = (f: string) => {
  const b = readFileSync(f);
  return new Uint32Array(b.buffer, b.byteOffset, b.length / 4);
};
const prior = new ShingleSet();
const dragnetShingles: number[] = [];
let sources = 0;
for (const line of readFileSync(out, 'utf8').split('\n')) {
  const file = /^prior (\S+): \d+ shingles from (\S+)$/.exec(line);
  const shingled = /^prior (\S+): \d+ pages$/.exec(line);
  let hs: Iterable<number> = [];
  if (file) hs = read(file[2]!);
  else if (shingled) {
    const cached = process.env.PRIOR_CACHE ? join(process.env.PRIOR_CACHE, `prior-${shingled[1]}-${priorCacheKey(shingled[1] as Source)}.u32`) : '';
    hs = cached && existsSync(cached) ? read(cached) : (pagesOf(shingled[1] as Source) ?? []).flatMap((p) => shingles(p.article.text));
  } else continue;
  sources++;
  const src = (file ?? shingled)![1];
  if (src === 'dragnet') for (const h of hs) dragnetShingles.push(h); // held back: Dragnet's own remainder is counted without it
  else for (const h of hs) prior.add(h);
}
console.log(`prior: ${sources} sources of the r82 draw`);
const fresh = (pages: Page[]) => pages.filter((p) => shingles(p.article.text).filter((h) => prior.has(h)).length < 3);
const drawnOf = (file: string) => new Set((JSON.parse(readFileSync(file, 'utf8')) as { quotes: Array<{ page: string }> }).quotes.map((q) => q.page));
const count = (name: string, pages: Page[], left: Page[]) => {
  const { quotes, withQuote } = directQuoteYield(left);
  console.log(`${name}: ${pages.length} articles, ${pages.length - left.length} held by an earlier source or drawn, ${left.length} left; ${quotes} direct quotes in ${withQuote} of them`);
};

// duc0304's remainder: fresh against the prior r82's draw read (dragnet included), less r82's drawn pages.
const dragnetSet = new Set(dragnetShingles);
const duc = loadDuc0304Pages();
const r82 = drawnOf('tests/data/quotes/speakers-r82-sealed.json');
const ducLeft = duc.filter((p) => !r82.has(p.page) && shingles(p.article.text).filter((h) => prior.has(h) || dragnetSet.has(h)).length < 3);
count('duc0304 after r82 (its fresh articles less the 100 r82 drew)', duc, ducLeft);
for (const p of duc) for (const h of shingles(p.article.text)) prior.add(h); // now an earlier source

// Dragnet's remainder: fresh against every source but dragnet (duc0304 now among them), less r81's drawn pages.
const dragnet = loadDragnetPages();
const r81 = drawnOf('tests/data/quotes/speakers-r81-sealed.json');
count('dragnet after r81 and r82 (its fresh articles less the 100 r81 drew)', dragnet, fresh(dragnet).filter((p) => !r81.has(p.page)));
for (const h of dragnetShingles) prior.add(h); // now an earlier source

const candidates: Array<[string, () => Page[]]> = [
  ['wceb (web-content-extraction-benchmark ground truths, pages of 2025, typed article)', () => (loadWceb() ?? []).map((d) => ({ page: d.id, article: d.article }))],
  ['pac (Partisan-Event-Dataset, AllSides stories 2012-2023, all splits)', () => (loadPac(['train', 'dev', 'test']) ?? []).map((d) => ({ page: d.id, article: d.article }))],
];
for (const [name, load] of candidates) {
  const pages = load();
  count(name, pages, fresh(pages));
}
