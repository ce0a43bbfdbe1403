/**
 * The alignment's own numbers for named (page unit, other unit) pairs of panel-audit readings, as the report computes them
 * (compare.ts' steps: the report's fact units, the unit IDF over the story, the weighted units, the matrix, the alignment):
 * similarity s, z, the floors, the same-fact model's probability, the row's and column's best and second with the margin,
 * the vetoes, the edges the alignment keeps. Each panel audit's named pairs are data, bench/data/auditNN-pairs.tsv, printed by
 * `printAuditPairs(NN)` (bench/audit77-pairs.ts, audit78-pairs.ts, audit79-pairs.ts).
 * Multi-News and GVC texts are not redistributable: everything goes to stdout, nothing is written.
 */
import { readFileSync } from 'node:fs';
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import { align, differentActors, disjointActors, factMatrix, floorsFor, predicateVetoed, REPORT_ALIGN, sameFact, type Weighted } from '../lib/engine/align.ts';
import { reportFeatures } from '../lib/engine/features.ts';
import { featuresOf, median, unitIdf, weighAll } from '../lib/engine/story.ts';
import type { Article } from '../lib/types.ts';
import { panelReadings } from './audit70-shots.ts';

/** event, page unit, other article id, other unit, what the pair is (the judge's words). */
export type NamedPair = [string, number, string, number, string];

const r3 = (x: number) => x.toFixed(3);
/** Indices of `xs` from the largest value down. */
const ranked = (xs: number[]) => xs.map((_, n) => n).sort((p, q) => xs[q]! - xs[p]!);

/** One pair's numbers in the report's matrix of the page against one related article. */
function cell(here: Weighted[], there: Weighted[], i: number, j: number): string[] {
  const al = align(here, there, REPORT_ALIGN);
  const partners = (side: 'a' | 'b', n: number) =>
    al.matches.filter((e) => e[side] === n).map((e) => `${side === 'a' ? e.b : e.a}(${r3(e.s)})`).join(' ') || 'nothing';
  const aligned = `aligned: page #${i} with ${partners('a', i)}; there #${j} with ${partners('b', j)}`;
  const unitOf = (ws: Weighted[], n: number) => ws.find((w) => w.f.unit.i === n);
  const factUnits = `fact units: page ${unitOf(here, i)?.f.fact}, there ${unitOf(there, j)?.f.fact}`;
  const m = factMatrix(here, there, REPORT_ALIGN.wordBonus);
  // Matrix rows and columns by the units' own numbers (Unit.i), as pairSimilarity reads them.
  const [x, y] = [m.ai.findIndex((w) => w.f.unit.i === i), m.bi.findIndex((w) => w.f.unit.i === j)];
  if (x < 0 || y < 0) return [factUnits, `not in the matrix (a side is no fact unit); ${aligned}`];
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
    factUnits,
    `s ${r3(s)}, z ${r3((s - med) / spread)}, floors ${r3(floor)} strong / ${r3(floorMutual)} mutual (${cells.length} cells), same-fact p ${r3(fact.probability)}${fact.same ? ' (same)' : ''}`,
    `row: best #${m.bi[rowOrder[0]!]!.f.unit.i} there ${r3(row[rowOrder[0]!]!)}, second #${m.bi[rowOrder[1]!]!.f.unit.i} ${r3(row[rowOrder[1]!]!)}, margin ×${REPORT_ALIGN.margin} ${margin(row, rowOrder)}`,
    `column: best page #${m.ai[colOrder[0]!]!.f.unit.i} ${r3(col[colOrder[0]!]!)}, second page #${m.ai[colOrder[1]!]!.f.unit.i} ${r3(col[colOrder[1]!]!)}, margin ${margin(col, colOrder)}`,
    `vetoes: predicate ${predicateVetoed(m.ai[x]!, m.bi[y]!, s, cells.length, REPORT_ALIGN.predicates)}, ` +
      `different actors ${differentActors(m.ai[x]!, m.actA[m.ix[x]!]!, m.bi[y]!, m.actB[m.iy[y]!]!)} (${actors(m.actA[m.ix[x]!])} | ${actors(m.actB[m.iy[y]!])}), disjoint ${disjointActors(m.ai[x]!.f, m.bi[y]!.f)}`,
    aligned,
  ];
}

/** For each reading of `loaders`' events (the panel's own corpus, audit70 `panelReadings`), the numbers of its named pairs. */
export async function printPairs(loaders: Record<string, () => Article[] | null>, sheet: string, pairs: NamedPair[]): Promise<void> {
  const events = Object.entries(loaders).map(([name, load]) => ({ name, articles: load() ?? [] })).filter((e) => e.articles.length);
  for (const reading of panelReadings(events, sheet)) {
    const wanted = pairs.filter((p) => p[0] === reading.event);
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
}

/**
 * The named pairs of panel audit `audit` (bench/data/audit<NN>-pairs.tsv: reading, page unit, other article, other unit, what
 * the pair is; `#` lines are comments), printed against that audit's readings (bench/audit<NN>-shots.ts `LOADERS`, sheet aNN).
 */
export async function printAuditPairs(audit: number): Promise<void> {
  const rows = readFileSync(`bench/data/audit${audit}-pairs.tsv`, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  const pairs = rows.map((l): NamedPair => {
    const [reading, i, other, j, what] = l.split('\t');
    return [reading!, Number(i), other!, Number(j), what!];
  });
  const { LOADERS } = (await import(`./audit${audit}-shots.ts`)) as { LOADERS: Record<string, () => Article[] | null> };
  await printPairs(LOADERS, `a${audit}`, pairs);
}
