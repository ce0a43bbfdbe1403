/**
 * audit78: where the panel's reworded cards come from — for named (page unit, other unit) pairs of this audit's readings,
 * the alignment's own numbers (audit77-pairs.ts' way: the report's matrix, similarity s, z, the row's and column's best, the
 * floors, the same-fact model's probability, the edges) and whether each side is a fact unit.
 *
 *   ZYTE_HTML_DIR= npx tsx bench/audit78-pairs.ts            # the pairs of docs/notes/audit78.md §4 (text to stdout)
 *
 * Multi-News and GVC texts are not redistributable: nothing is written.
 */
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import { align, differentActors, disjointActors, factMatrix, floorsFor, predicateVetoed, REPORT_ALIGN, sameFact, type Weighted } from '../lib/engine/align.ts';
import { reportFeatures } from '../lib/engine/features.ts';
import { featuresOf, median, unitIdf, weighAll } from '../lib/engine/story.ts';
import { panelReadings } from './audit70-shots.ts';
import { LOADERS } from './audit78-shots.ts';

/** event, page unit, other article id, other unit, what the pair is (the judge's words). */
const PAIRS: Array<[string, number, string, number, string]> = [
  ['gvc24', 2, 'gvc-480407-0bcf07a2', 2, 'one fact (the page: disturbance, altercation in the parking lot, shooting; cbslocal: fight among patrons spilled into the lot, shots): A:1 W, L:5 W, S:4 P'],
  ['gvc24', 2, 'gvc-480407-d0b39a92', 1, 'one fact, aligned (the Times: an altercation among patrons spilled into the parking lot)'],
  ['gvc24', 9, 'gvc-480407-0bcf07a2', 2, 'the fight inside (L:2 P)'],
  ['gvc24', 4, 'gvc-480407-d0b39a92', 2, 'listed, another fact (security involved / four innocent patrons hit): S:5 W'],
  ['mn89', 8, 'mn-d485afe6-3', 63, 'one fact (the Dramatics interrupted and sent home / the performance stopped, the Fox evacuated): L:5 P, A:3 P'],
  ['mn89', 8, 'mn-d485afe6-3', 61, 'one fact (the Dramatics prepare to perform at the Fox)'],
  ['mn89', 6, 'mn-d485afe6-1', 20, 'one fact (the opening animated history lesson): S:2 P'],
  ['mn89', 16, 'mn-d485afe6-3', 18, 'part of one fact (Carl the first to die): L:3 P, S:3 P'],
  ['mn89', 17, 'mn-d485afe6-3', 10, 'listed, another fact (Hersey estate): S:5 P'],
  ['mn84', 27, 'mn-765fcae0-1', 4, 'one fact (if someone attacks him he will respond / any attacker will be shocked): A:2 P via AP #5'],
  ['mn84', 7, 'mn-765fcae0-1', 13, 'listed, another fact (nine wounded / these sick people): S:5 P'],
];

const r3 = (x: number) => x.toFixed(3);
/** Indices of `xs` from the largest value down. */
const ranked = (xs: number[]) => xs.map((_, n) => n).sort((p, q) => xs[q]! - xs[p]!);

/** One pair's numbers in the report's matrix of the page against one related article (compare.ts' own steps). */
function cell(here: Weighted[], there: Weighted[], i: number, j: number): string[] {
  const al = align(here, there, REPORT_ALIGN);
  const partners = (side: 'a' | 'b', n: number) =>
    al.matches.filter((e) => e[side] === n).map((e) => `${side === 'a' ? e.b : e.a}(${r3(e.s)})`).join(' ') || 'nothing';
  const aligned = `aligned: page #${i} with ${partners('a', i)}; there #${j} with ${partners('b', j)}`;
  const m = factMatrix(here, there, REPORT_ALIGN.wordBonus);
  const [x, y] = [m.ai.findIndex((w) => w.f.unit.i === i), m.bi.findIndex((w) => w.f.unit.i === j)];
  if (x < 0 || y < 0) return [`a side is no fact unit (page #${i} ${x >= 0}, there #${j} ${y >= 0}); ${aligned}`];
  const cells = m.S.flat();
  const med = median(cells);
  const spread = Math.max(1.4826 * median(cells.map((v) => Math.abs(v - med))), 0.02);
  const row = m.S[x]!;
  const col = m.S.map((r) => r[y]!);
  const [rowOrder, colOrder] = [ranked(row), ranked(col)];
  const s = row[y]!;
  const { floor, floorMutual } = floorsFor(REPORT_ALIGN, cells.length);
  const fact = sameFact(m.ai[x]!, m.bi[y]!);
  const margin = (xs: number[], order: number[]) => (s >= REPORT_ALIGN.margin * xs[order[1]!]! ? 'met' : 'MISSED');
  const actors = (set: Set<string> | null | undefined) => [...(set ?? [])].join('/');
  return [
    `s ${r3(s)}, z ${r3((s - med) / spread)}, floors ${r3(floor)} strong / ${r3(floorMutual)} mutual (${cells.length} cells), same-fact p ${r3(fact.probability)}`,
    `row: best #${m.bi[rowOrder[0]!]!.f.unit.i} there ${r3(row[rowOrder[0]!]!)}, second #${m.bi[rowOrder[1]!]!.f.unit.i} ${r3(row[rowOrder[1]!]!)}, margin ×${REPORT_ALIGN.margin} ${margin(row, rowOrder)}`,
    `column: best page #${m.ai[colOrder[0]!]!.f.unit.i} ${r3(col[colOrder[0]!]!)}, second page #${m.ai[colOrder[1]!]!.f.unit.i} ${r3(col[colOrder[1]!]!)}, margin ${margin(col, colOrder)}`,
    `vetoes: predicate ${predicateVetoed(m.ai[x]!, m.bi[y]!, s, cells.length, REPORT_ALIGN.predicates)}, ` +
      `different actors ${differentActors(m.ai[x]!, m.actA[m.ix[x]!]!, m.bi[y]!, m.actB[m.iy[y]!]!)} (${actors(m.actA[m.ix[x]!])} | ${actors(m.actB[m.iy[y]!])}), disjoint ${disjointActors(m.ai[x]!.f, m.bi[y]!.f)}`,
    aligned,
  ];
}

const events = Object.entries(LOADERS).map(([name, load]) => ({ name, articles: load() ?? [] })).filter((e) => e.articles.length);
for (const reading of panelReadings(events, 'a78')) {
  const wanted = PAIRS.filter((p) => p[0] === reading.event);
  if (wanted.length === 0) continue;
  const [page, ...corpus] = reading.own;
  const report = await compareArticle(page!, new MemoryIndex(corpus));
  const related = report.related.map((x) => corpus.find((a) => a.id === x.id)!);
  const features = [page!, ...related].map((a) => reportFeatures(a, featuresOf(a)));
  const idf = unitIdf(features);
  console.log(`\n== ${reading.event}: page ${page!.id}, related ${related.map((a) => a.id).join(' ')}`);
  for (const [, i, id, j, what] of wanted) {
    const k = related.findIndex((a) => a.id === id);
    console.log(`  page #${i} / ${id} #${j} — ${what}`);
    const lines = k < 0 ? ['not related'] : cell(weighAll(features[0]!, idf), weighAll(features[k + 1]!, idf), i, j);
    for (const l of lines) console.log(`    ${l}`);
  }
}
