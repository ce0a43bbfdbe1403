/**
 * draw80: Article-Bias-Prediction is spent after r80. How many fresh texts would the next candidate sources give? For each
 * candidate already loadable here (mirrors under /work/.mirror, read at run time only), the articles, those sharing three
 * eight-word shingles or more with every earlier speaker source (the prior r80's draw read, plus r80's own source abp16:
 * what `--draw r81` would leave out), the rest, and the direct quotes the product extracts from the rest. Nothing is drawn
 * and no quote is printed.
 *
 *   nice npx tsx bench/draw80-next.ts /tmp/draw80/draw-r80.out
 *
 * The prior is read from the shingle files the draw's output names ("prior X: N shingles from FILE"), so it is exactly the
 * draw's; a source the draw had to shingle itself ("prior X: N pages") is shingled again here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { shingles } from './data/fnv.ts';
import { loadDragnet, loadWceb } from './data/gold-pages.ts';
import { loadPac } from './data/pac.ts';
import { directQuoteYield, type Page, type Source, loadAbpFiles, pagesOf } from './speakers-data.ts';

const out = process.argv[2] ?? '/tmp/draw80/draw-r80.out';
if (!existsSync(out)) {
  console.log(`no draw output at ${out}: run bench/speakers-big9.ts --draw r80 first`);
  process.exit(0);
}
const parts = Array.from({ length: 8 }, () => new Set<number>());
const add = (h: number) => parts[h & 7]!.add(h);
const has = (h: number) => parts[h & 7]!.has(h);
let sources = 0;
for (const line of readFileSync(out, 'utf8').split('\n')) {
  const file = /^prior (\S+): \d+ shingles from (\S+)$/.exec(line);
  const shingled = /^prior (\S+): \d+ pages$/.exec(line);
  if (file) {
    const b = readFileSync(file[2]!);
    for (const h of new Uint32Array(b.buffer, b.byteOffset, b.length / 4)) add(h);
    sources++;
  } else if (shingled) {
    for (const p of pagesOf(shingled[1] as Source) ?? []) for (const h of shingles(p.article.text)) add(h);
    sources++;
  }
}
for (const p of loadAbpFiles(33000, 4554)) for (const h of shingles(p.article.text)) add(h); // r80's own source, abp16
console.log(`prior: ${sources} sources of the r80 draw + abp16`);

const candidates: Array<[string, () => Page[]]> = [
  ['wceb (web-content-extraction-benchmark ground truths, pages of 2025, typed article)', () => (loadWceb() ?? []).map((d) => ({ page: d.id, article: d.article }))],
  ['dragnet (Moz 2012 news and blog pages, gold texts)', () => (loadDragnet() ?? []).map((d) => ({ page: d.id, article: d.article }))],
  ['pac (Partisan-Event-Dataset, AllSides stories 2012-2023, all splits)', () => (loadPac(['train', 'dev', 'test']) ?? []).map((d) => ({ page: d.id, article: d.article }))],
];
for (const [name, load] of candidates) {
  const pages = load();
  const fresh = pages.filter((p) => shingles(p.article.text).filter(has).length < 3);
  const { quotes, withQuote } = directQuoteYield(fresh);
  console.log(`${name}: ${pages.length} articles, ${pages.length - fresh.length} held by an earlier source, ${fresh.length} left; ${quotes} direct quotes in ${withQuote} of them`);
}
