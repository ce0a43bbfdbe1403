/**
 * audit29: why a pair of units of a GVC reading is not aligned (numbers only, no text of the source).
 *
 *   npx tsx bench/audit29-why.ts INCIDENT PAGEUNIT OTHERID OTHERUNIT [PAGEUNIT OTHERID OTHERUNIT …]
 *
 * Rebuilds the reading of bench/audit29-cards.ts and, for each pair (unit of the page, unit of a related article),
 * prints the alignment's evidence on the report's own matrix (lib/engine/align.ts, REPORT_ALIGN): the similarity s,
 * the best and second best of its row and column, the floors of this matrix, z, the pair model's probability, and
 * the vetoes (different actors, the predicate veto, a figure conflict) — which of align()'s rules would take it.
 */
import { actorsOf, differentActors, factMatrix, floorsFor, predicateVetoed, REPORT_ALIGN, sameFact } from '../lib/engine/align.ts';
import { ambiguousFigures, figureConflict, sharedActor } from '../lib/engine/conflicts.ts';
import { reportFeatures } from '../lib/engine/features.ts';
import { featuresOf, findRelated, unitIdf, weighAll } from '../lib/engine/story.ts';
import { MemoryIndex } from '../lib/engine/index.ts';
import { loadSet, loadZyte } from '../tests/data/engine/fixtures.ts';
import { gvcReadings } from './audit29-cards.ts';

const [incident, ...rest] = process.argv.slice(2);
const rd = gvcReadings(Infinity).find((r) => r.incident === incident);
if (!rd) throw new Error(`no reading ${incident}`);
const index = new MemoryIndex([...rd.own.slice(1), ...(await loadSet('seeds')), ...loadZyte()]);
const { candidates } = await findRelated(rd.read, index);
const rel = candidates.filter((c) => c.related).map((c) => c.article);
const fx = reportFeatures(rd.read, featuresOf(rd.read));
const fr = rel.map((a) => reportFeatures(a, featuresOf(a)));
const idf = unitIdf([fx, ...fr]);
const A = weighAll(fx, idf);
const p = REPORT_ALIGN;
const f3 = (x: number) => x.toFixed(3);
for (let k = 0; k + 2 < rest.length + 2 && k < rest.length; k += 3) {
  const a = Number(rest[k]);
  const id = rest[k + 1]!;
  const b = Number(rest[k + 2]);
  const r = rel.findIndex((x) => x.id === id);
  if (r < 0) {
    console.log(`${a} ${id}#${b}: not related`);
    continue;
  }
  const B = weighAll(fr[r]!, idf);
  const { ix, iy, ai, bi, S } = factMatrix(A, B, p.wordBonus);
  const x = ai.findIndex((w) => w.f.unit.i === a);
  const y = bi.findIndex((w) => w.f.unit.i === b);
  if (x < 0 || y < 0) {
    console.log(`${a} ${id}#${b}: not a fact unit (${x < 0 ? 'page' : 'there'})`);
    continue;
  }
  const all = S.flat();
  const sorted = [...all].sort((u, v) => u - v);
  const med = sorted[sorted.length >> 1]!;
  const mad = 1.4826 * [...all.map((u) => Math.abs(u - med))].sort((u, v) => u - v)[all.length >> 1]!;
  const { floor, floorMutual } = floorsFor(p, all.length);
  const s = S[x]![y]!;
  const row = [...S[x]!].sort((u, v) => v - u);
  const col = S.map((rr) => rr[y]!).sort((u, v) => v - u);
  const z = (s - med) / Math.max(mad, 0.02);
  const actA = actorsOf(A);
  const actB = actorsOf(B);
  const fact = sameFact(ai[x]!, bi[y]!, p.model);
  const amb = { a: ambiguousFigures(A), b: ambiguousFigures(B) };
  const about = figureConflict(ai[x]!.f.figures, bi[y]!.f.figures, amb, sharedActor(actA[ix[x]!]!, actB[iy[y]!]!));
  console.log(
    `${incident} here#${a} ${id}#${b}: s ${f3(s)} | row best ${f3(row[0]!)} 2nd ${f3(row[1] ?? 0)} | col best ${f3(col[0]!)} 2nd ${f3(col[1] ?? 0)} | floor ${f3(floor)} mutual ${f3(floorMutual)} | z ${z.toFixed(1)} (zMin ${p.zMin}, zMutual ${p.zMutual}) | p(same) ${f3(fact.probability)} same ${fact.same} | differentActors ${differentActors(ai[x]!, actA[ix[x]!]!, bi[y]!, actB[iy[y]!]!)} predicateVeto ${predicateVetoed(ai[x]!, bi[y]!, s, all.length, p.predicates)} figureConflict ${about ?? '-'} | cells ${all.length}`,
  );
}
