/**
 * veto81: what the alignment's two vetoes refuse on the 17 dev sets (bench/audit62-marked.ts MARKED_SETS), judged by the
 * facts labels (both units carry gold facts: one shared = right, none = wrong; otherwise unscored). A pair is counted
 * where `align` asks the vetoes: it is on one of the rules (strong, mutual, one-sided) or its row's or column's best.
 * For each veto (the actor veto `differentActors`, asked first; the predicate veto `predicateVetoed`, asked second):
 * the pairs refused, right / wrong / unscored; of those, the ones the rest of the decision would have taken (the strong
 * rule, or the same-fact model for a weak pair); and the ones that are their row's or column's best. Then the pairs the
 * report gains when a vetoed pair leaves its row's and column's tops (AlignParams.vetoedLeaveTops): in a vetoed pair's
 * row or column, right / wrong / unscored (only with bench/veto81-tops.patch applied). Every reading is counted (a pair
 * of articles twice, once each way).
 *
 *   nice npx tsx bench/veto81-census.ts [--show] [--arm=predicate]   # counts; --show: each refused pair the labels call
 *                                                                   # right and each pair gained (stdout only)
 *
 * Each article is read against its labelled related group (bench/audit62-marked.ts labelledReadings), as
 * strong78-census.ts reads them. NewsWCL50 and BASIL texts are printed to the terminal only, never written.
 */
import { align, differentActors, disjointActors, factMatrix, matrixRules, predicateVetoed, REPORT_ALIGN, sameFact, type AlignParams } from '../lib/engine/align.ts';
import { SAME_FACT } from '../lib/engine/fitted/align.ts';
import { labelledReadings } from './audit62-marked.ts';

const show = process.argv.includes('--show');
/** --arm=predicate: only the predicate veto's pairs leave the tops (AlignParams.vetoedLeaveTops 'predicate'). */
const ARM = process.argv.includes('--arm=predicate') ? ('predicate' as const) : true;
const P = REPORT_ALIGN;
type Verdict = 'right' | 'wrong' | 'unscored';
const blank = () => ({ right: 0, wrong: 0, unscored: 0 });
const t = {
  actor: { refused: blank(), wouldTake: blank(), top: blank(), topTake: blank() },
  predicate: { refused: blank(), wouldTake: blank(), top: blank(), topTake: blank() },
  gained: blank(),
  lost: blank(),
  check: { mine: 0, align: 0 },
};

for await (const { name, gold, read, related, weighted } of labelledReadings()) {
  for (const rel of related) {
    const { ix, iy, ai, bi, S, actA, actB } = factMatrix(weighted, rel.weighted, P.wordBonus);
    if (!ai.length || !bi.length) continue;
    const rules = matrixRules(S, bi.length, P);
    const { rowTop, colTop } = rules;
    const verdictOf = (x: number, y: number): Verdict => {
      const fa = gold.factsOf(read.id, ai[x]!.f.unit.i);
      const fb = gold.factsOf(rel.article.id, bi[y]!.f.unit.i);
      return fa.size && fb.size ? ([...fa].some((f) => fb.has(f)) ? 'right' : 'wrong') : 'unscored';
    };
    const vetoedLines = { rows: new Set<number>(), cols: new Set<number>() };
    for (let x = 0; x < ai.length; x++) {
      for (let y = 0; y < bi.length; y++) {
        const { s, z, strong, mutual, oneSided } = rules.rule(x, y);
        const [rm] = rowTop[x]!;
        const [cm] = colTop[y]!;
        const top = s > 0 && (s === rm || s === cm);
        if (!strong && !mutual && !oneSided && !top) continue;
        const actor = differentActors(ai[x]!, actA[ix[x]!]!, bi[y]!, actB[iy[y]!]!);
        const pred = !actor && predicateVetoed(ai[x]!, bi[y]!, s, rules.cells, P.predicates);
        const fact = strong ? null : sameFact(ai[x]!, bi[y]!, P.model ?? SAME_FACT);
        const take = strong || !!fact?.same || ((mutual || oneSided) && fact!.probability >= P.vetoBelow && !disjointActors(ai[x]!.f, bi[y]!.f));
        if (!actor && !pred) {
          if (take) t.check.mine++;
          continue;
        }
        const v = verdictOf(x, y);
        const c = actor ? t.actor : t.predicate;
        c.refused[v]++;
        if (take) c.wouldTake[v]++;
        if (top) {
          c.top[v]++;
          vetoedLines.rows.add(x);
          vetoedLines.cols.add(y);
          if (take) c.topTake[v]++;
        }
        if (show && v === 'right' && take)
          console.log(
            `\n${actor ? 'ACTOR' : 'PREDICATE'} ${name} ${read.id}#${ai[x]!.f.unit.i} / ${rel.article.id}#${bi[y]!.f.unit.i}: s ${s.toFixed(3)} z ${z.toFixed(1)} cells ${rules.cells}${strong ? ' strong' : ''}${mutual ? ' mutual' : ''}${oneSided ? ' one-sided' : ''}${s === rm ? ' row-best' : ''}${s === cm ? ' col-best' : ''} actors [${[...(actA[ix[x]!] ?? [])]}] / [${[...(actB[iy[y]!] ?? [])]}]\n  A: ${ai[x]!.f.unit.text.slice(0, 260)}\n  B: ${bi[y]!.f.unit.text.slice(0, 260)}`,
          );
      }
    }
    const main = align(weighted, rel.weighted, P);
    // The switch exists with bench/veto81-tops.patch applied; without it `align` ignores it (nothing gained or lost).
    const arm = align(weighted, rel.weighted, { ...P, vetoedLeaveTops: ARM } as AlignParams);
    t.check.align += main.matches.length + main.conflicts.length;
    const key = (e: { a: number; b: number }) => `${e.a}/${e.b}`;
    const before = new Set([...main.matches, ...main.conflicts].map(key));
    const after = new Set([...arm.matches, ...arm.conflicts].map(key));
    const xOf = new Map(ai.map((w, x) => [w.f.unit.i, x]));
    const yOf = new Map(bi.map((w, y) => [w.f.unit.i, y]));
    for (const e of [...arm.matches, ...arm.conflicts]) {
      if (before.has(key(e))) continue;
      const [x, y] = [xOf.get(e.a)!, yOf.get(e.b)!];
      const v = verdictOf(x, y);
      t.gained[v]++;
      if (!vetoedLines.rows.has(x) && !vetoedLines.cols.has(y)) console.log(`gained outside a vetoed top's lines: ${name} ${read.id}#${e.a} / ${rel.article.id}#${e.b}`);
      if (show) console.log(`\nGAINED ${v} ${name} ${read.id}#${e.a} / ${rel.article.id}#${e.b}: s ${e.s.toFixed(3)}\n  A: ${ai[x]!.f.unit.text.slice(0, 200)}\n  B: ${bi[y]!.f.unit.text.slice(0, 200)}`);
    }
    for (const e of [...main.matches, ...main.conflicts]) if (!after.has(key(e))) t.lost[verdictOf(xOf.get(e.a)!, yOf.get(e.b)!)]++;
  }
}
const line = (o: Record<Verdict, number>) => `${o.right} right / ${o.wrong} wrong / ${o.unscored} unscored`;
for (const k of ['actor', 'predicate'] as const) {
  const c = t[k];
  console.log(`${k} veto: refused ${line(c.refused)}; of them the rest of the decision would take ${line(c.wouldTake)}; row's or column's best ${line(c.top)} (of those, would take ${line(c.topTake)})`);
}
console.log(`vetoedLeaveTops: pairs gained ${line(t.gained)}; lost ${line(t.lost)}`);
console.log(`check: pairs the census takes ${t.check.mine}, align's edges ${t.check.align} (must be equal)`);
