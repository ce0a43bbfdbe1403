/**
 * facts61: why the report leaves a reworded fact unpaired, gate by gate. For every "paraphrase" error of
 * bench/facts-causes.ts (u of R added though one unit h of X holds all its facts), the cell (h, u) of the
 * report's alignment of X with R is re-decided the way align() and the report's rescue rules decide it, and
 * the first gate it fails is named:
 *   no-rule/below-mutual-floor  s under the mutual floor (grown with the matrix): only the pair decision can admit it
 *   no-rule/not-best            above it, but neither the best of its row nor of its column, nor within ratio of it
 *   no-rule/z | margin          best of row or column above the floor, but fails z or the runner-up margin
 *   actors                      a rule accepts it; differentActors drops it
 *   predicate                   a rule accepts it; the predicate veto drops it (s < cap, no shared predicate word)
 *   pair-decision               weak evidence only; sameFact below its threshold and (veto or disjoint names)
 * and, for `--other`, the same for each wrongly placed pair of an "other-fact" error (which gate let it in).
 *   TMPDIR=/tmp/x npx tsx bench/facts61-why.ts [--sets=a,b] [--basil] [--list] [--other]
 * Dev sets only (facts-causes refuses the held ones).
 */
import { align, differentActors, factMatrix, floorsFor, predicateVetoed, REPORT_ALIGN, sameFact, disjointActors } from '../lib/engine/align.ts';
import { SAME_FACT } from '../lib/engine/fitted/align.ts';
import { weighAll } from '../lib/engine/story.ts';
import { addedErrors, readingInputs } from './reading-inputs.ts';
import { BASIL_DEV_SETS, DEV_SETS, labelledSet } from './facts-causes.ts';
import { optionValue } from './args.ts';
import type { Article, Report } from '../lib/types.ts';
import type { Resolved } from '../tests/data/engine/eval.ts';

const P = REPORT_ALIGN;

/** The gate the cell (x of A, y of B) fails in align(A, B, REPORT_ALIGN), or 'aligned'. */
export function gateOf(A: ReturnType<typeof weighAll>, B: ReturnType<typeof weighAll>, ia: number, ib: number) {
  const { ix, iy, ai, bi, S, actA, actB } = factMatrix(A, B);
  const x = ix.findIndex((i) => A[i]!.f.unit.i === ia);
  const y = iy.findIndex((j) => B[j]!.f.unit.i === ib);
  if (x < 0 || y < 0) return { gate: 'not-fact', s: 0, info: '' };
  const all = S.flat();
  const { floor, floorMutual } = floorsFor(P, all.length);
  const sorted = [...all].sort((p, q) => p - q);
  const med = sorted[sorted.length >> 1]!;
  const dev = all.map((v) => Math.abs(v - med)).sort((p, q) => p - q);
  const spread = Math.max(1.4826 * dev[dev.length >> 1]!, 0.02);
  const s = S[x]![y]!;
  const z = (s - med) / spread;
  const row = [...S[x]!].sort((p, q) => q - p);
  const col = S.map((r) => r[y]!).sort((p, q) => q - p);
  const rowBest = s === row[0];
  const colBest = s === col[0];
  const strong = s >= floor && z >= P.zMin && (s >= P.ratio * row[0]! || s >= P.ratio * col[0]!);
  const mutual = rowBest && colBest && s >= floorMutual && z >= P.zMutual && s >= P.margin * (row[1] ?? 0) && s >= P.margin * (col[1] ?? 0);
  const oneSided = s >= floorMutual && z >= P.zMutual && ((rowBest && s >= P.marginOneSided * (row[1] ?? 0)) || (colBest && s >= P.marginOneSided * (col[1] ?? 0)));
  const info = `s=${s.toFixed(3)} floor=${floor.toFixed(3)}/${floorMutual.toFixed(3)} z=${z.toFixed(1)} rowRank=${row.indexOf(s) + 1} colRank=${col.indexOf(s) + 1} cells=${all.length}`;
  const best = rowBest || colBest;
  if (!strong && !mutual && !oneSided && !(s > 0 && best)) {
    const gate = s < floorMutual ? 'no-rule/below-mutual-floor' : !best && s < P.ratio * row[0]! && s < P.ratio * col[0]! ? 'no-rule/not-best' : 'no-rule/z-or-floor';
    return { gate, s, info };
  }
  if (differentActors(ai[x]!, actA[ix[x]!]!, bi[y]!, actB[iy[y]!]!)) return { gate: 'actors', s, info };
  if (predicateVetoed(ai[x]!, bi[y]!, s, all.length, P.predicates)) return { gate: 'predicate', s, info };
  if (!strong) {
    const fact = sameFact(ai[x]!, bi[y]!, SAME_FACT);
    const ok = fact.same || ((mutual || oneSided) && fact.probability >= P.vetoBelow && !disjointActors(ai[x]!.f, bi[y]!.f));
    if (!ok) {
      const why = mutual || oneSided ? (fact.probability < P.vetoBelow ? 'veto' : 'disjoint-names') : s < floorMutual ? 'best-below-floor' : !best ? 'not-best' : 'z-or-margin';
      return { gate: `pair-decision/${why}`, s, info: `${info} p=${fact.probability.toFixed(3)}` };
    }
  }
  return { gate: 'aligned', s, info };
}

/**
 * The "paraphrase" errors of one reading (bench/facts-causes.ts): u of related R (index k) added though it is placed with
 * nothing and some units of X (`holders`) hold all its labelled facts.
 */
export function* paraphraseMisses(X: Article, rep: Report, rel: Article[], r: Resolved) {
  for (const e of addedErrors(X, rep, rel, r)) {
    const placed = [...e.uu.matches, ...(e.uu.reworded ?? [])];
    if (!e.pred || r.isNonfact(e.R.id, e.u.i) || placed.length) continue;
    const fu = r.factsOf(e.R.id, e.u.i);
    const holders = X.units.filter((v) => [...fu].every((f) => r.factsOf(X.id, v.i).has(f)));
    if (holders.length) yield { ...e, holders };
  }
}

if (process.argv[1]?.endsWith('facts61-why.ts')) {
const list = process.argv.includes('--list');
const other = process.argv.includes('--other');
const sets = optionValue('sets')?.split(',') ?? (process.argv.includes('--basil') ? BASIL_DEV_SETS : DEV_SETS);
for (const s of sets) if (!DEV_SETS.includes(s) && !BASIL_DEV_SETS.includes(s)) throw new Error(`${s}: not a dev set`);
const sh = (t: string) => t.replace(/\s+/g, ' ').slice(0, 100);
const count = new Map<string, number>();
const bump = (k: string) => count.set(k, (count.get(k) ?? 0) + 1);
for (const name of sets) {
  const set = await labelledSet(name);
  if (!set) continue;
  const { articles, r, index } = set;
  const { compareArticle } = await import('../lib/engine/index.ts');
  for (const X of articles) {
    const rep = await compareArticle(X, index);
    const { rel, fx, fr, idf } = await readingInputs(X, index);
    const wx = weighAll(fx, idf);
    const wrs = fr.map((f) => weighAll(f, idf));
    for (const { R, k, u, holders } of paraphraseMisses(X, rep, rel, r)) {
      const g = holders.map((h) => ({ h, ...gateOf(wx, wrs[k]!, h.i, u.i) })).sort((p, q) => q.s - p.s)[0]!;
      bump(`paraphrase ${g.gate}`);
      if (list) console.log(`[${name} ${X.id.slice(0, 3)}<-${R.id.slice(0, 3)}#${u.i}] paraphrase ${g.gate} ${g.info}\n   u "${sh(u.text)}"\n   h "${sh(g.h.text)}"`);
    }
    for (const { R, k, u, pred, uu } of addedErrors(X, rep, rel, r)) {
      const placed = [...uu.matches, ...(uu.reworded ?? [])];
      const fu = r.factsOf(R.id, u.i);
      if (other && !pred && uu.fact && placed.length) {
        const shared = placed.some((m) => [...fu].some((f) => r.factsOf(X.id, m).has(f)));
        if (shared) continue;
        for (const m of placed) {
          const g = gateOf(wx, wrs[k]!, m, u.i);
          const rew = uu.reworded?.includes(m) ? 'reworded' : 'matched';
          const al = align(wx, wrs[k]!, P).matches.find((e) => e.a === m && e.b === u.i);
          const kind = al ? (al.strong ? 'strong' : 'weak') : rew;
          bump(`other-fact ${kind}`);
          if (list) console.log(`[${name} ${X.id.slice(0, 3)}<-${R.id.slice(0, 3)}#${u.i}] other-fact ${kind} ${g.info}\n   u "${sh(u.text)}"\n   m "${sh(X.units[m]!.text)}"`);
        }
      }
    }
  }
}
console.log('\n| gate | count |\n|---|---|');
for (const [k, v] of [...count].sort()) console.log(`| ${k} | ${v} |`);
}
