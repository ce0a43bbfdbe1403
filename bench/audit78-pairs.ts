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
import { align, differentActors, disjointActors, factMatrix, floorsFor, predicateVetoed, REPORT_ALIGN, sameFact } from '../lib/engine/align.ts';
import { reportFeatures } from '../lib/engine/features.ts';
import { featuresOf, unitIdf, weighAll } from '../lib/engine/story.ts';
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

const evs = Object.entries(LOADERS).flatMap(([name, load]) => {
  const articles = load();
  return articles ? [{ name, articles }] : [];
});
const round = (x: number) => Math.round(x * 1000) / 1000;
for (const ev of panelReadings(evs, 'a78')) {
  const pairs = PAIRS.filter((p) => p[0] === ev.event);
  if (!pairs.length) continue;
  const page = ev.own[0]!;
  const r = await compareArticle(page, new MemoryIndex(ev.own.slice(1)));
  const related = r.related.map((x) => ev.own.find((a) => a.id === x.id)!);
  // compare.ts' own steps: the report's fact units, the unit IDF over the story, the weighted units, the alignment.
  const feats = reportFeatures(page, featuresOf(page));
  const relFeats = related.map((a) => reportFeatures(a, featuresOf(a)));
  const uidf = unitIdf([feats, ...relFeats]);
  const here = weighAll(feats, uidf);
  console.log(`\n== ${ev.event}: page ${page.id}, related ${related.map((a) => a.id).join(' ')}`);
  for (const [, i, id, j, what] of pairs) {
    const k = related.findIndex((a) => a.id === id);
    if (k < 0) {
      console.log(`  #${i} / ${id}#${j}: not related`);
      continue;
    }
    const there = weighAll(relFeats[k]!, uidf);
    const { ix, iy, ai, bi, S, actA, actB } = factMatrix(here, there, REPORT_ALIGN.wordBonus);
    // Matrix rows and columns by the units' own numbers (Unit.i), as pairSimilarity reads them.
    const x = ai.findIndex((w) => w.f.unit.i === i);
    const y = bi.findIndex((w) => w.f.unit.i === j);
    const unitOf = (ws: typeof here, n: number) => ws.find((w) => w.f.unit.i === n);
    const al = align(here, there, REPORT_ALIGN);
    const edgesA = al.matches.filter((e) => e.a === i).map((e) => `${e.b}(${round(e.s)})`);
    const edgesB = al.matches.filter((e) => e.b === j).map((e) => `${e.a}(${round(e.s)})`);
    console.log(`  page #${i} / ${id} #${j} — ${what}`);
    console.log(`    fact units: page ${unitOf(here, i)?.f.fact}, there ${unitOf(there, j)?.f.fact}`);
    if (x < 0 || y < 0) {
      console.log(`    not in the matrix (a side is not a fact unit); page #${i} aligned with ${edgesA.join(' ') || 'nothing'}`);
      continue;
    }
    const all = S.flat();
    const sorted = [...all].sort((p, q) => p - q);
    const med = sorted[sorted.length >> 1]!;
    const mad = 1.4826 * [...all.map((v) => Math.abs(v - med))].sort((p, q) => p - q)[all.length >> 1]!;
    const s = S[x]![y]!;
    const rowMax = Math.max(...S[x]!);
    const colMax = Math.max(...S.map((row) => row[y]!));
    const rowBest = bi[S[x]!.indexOf(rowMax)]!.f.unit.i;
    const colBest = ai[S.map((row) => row[y]!).indexOf(colMax)]!.f.unit.i;
    const { floor, floorMutual } = floorsFor(REPORT_ALIGN, all.length);
    const fact = sameFact(ai[x]!, bi[y]!);
    console.log(
      `    s ${round(s)} z ${round((s - med) / Math.max(mad, 0.02))}; row best ${round(rowMax)} (#${rowBest} there), column best ${round(colMax)} (page #${colBest}); ` +
        `floors ${round(floor)} / ${round(floorMutual)} (${all.length} cells); same-fact p ${round(fact.probability)}${fact.same ? ' (same)' : ''}; ` +
        `disjoint actors ${disjointActors(ai[x]!.f, bi[y]!.f)}`,
    );
    // align()'s rules for this cell (align.ts `align`): the second best of its row and column, the margins, the predicate veto.
    const second = (xs: number[]) => [...xs].sort((p, q) => q - p)[1] ?? 0;
    const row2 = second(S[x]!);
    const col2 = second(S.map((row) => row[y]!));
    const secondOfCol = ai[S.map((row) => row[y]!).indexOf(col2)]!.f.unit.i;
    const secondOfRow = bi[S[x]!.indexOf(row2)]!.f.unit.i;
    const m = REPORT_ALIGN;
    console.log(
      `    row second ${round(row2)} (#${secondOfRow} there), column second ${round(col2)} (page #${secondOfCol}); margin ${m.margin}: ` +
        `row ${s >= m.margin * row2 ? 'met' : 'MISSED'}, column ${s >= m.margin * col2 ? 'met' : 'MISSED'}; predicate veto ${predicateVetoed(ai[x]!, bi[y]!, s, all.length, m.predicates)}; different actors ${differentActors(ai[x]!, actA[ix[x]!]!, bi[y]!, actB[iy[y]!]!)} (${[...(actA[ix[x]!] ?? [])].join('/')} | ${[...(actB[iy[y]!] ?? [])].join('/')})`,
    );
    console.log(`    aligned: page #${i} with ${edgesA.join(' ') || 'nothing'}; there #${j} with ${edgesB.join(' ') || 'nothing'}`);
  }
}
