/**
 * Second facts on the labelled DEV sets (facts11): every second-missed and second-false error of
 * bench/facts-causes.ts (added direction) with what the clause check saw — the matrix's cells, each
 * clause of the unit (lib/nlp/clauses.ts `predications`), its content words, its best similarity among
 * the other article's fact units (those not about another actor, as the report's check: facts49) and the strong floor it
 * had to reach.
 *   npx tsx bench/facts-second.ts [--sets=plague,dnc]
 * Held-out sets are refused.
 */
import { addedErrors, weighedByUnit } from './reading-inputs.ts';
import { differentActors, floorsFor, REPORT_ALIGN, sentenceUnit, unitSimilarity, weigh } from '../lib/engine/align.ts';
import { mainActors, midSentenceNames } from '../lib/nlp/actors.ts';
import { unitFeatures } from '../lib/engine/features.ts';
import { predications } from '../lib/nlp/clauses.ts';
import { CLAUSE_ACTORS, isAttribution } from '../lib/engine/report.ts';
import { DEV_SETS, readingsOf } from './facts-causes.ts';

const sets = process.argv.find((a) => a.startsWith('--sets='))?.slice(7).split(',') ?? DEV_SETS;
for (const s of sets) if (!DEV_SETS.includes(s)) throw new Error(`${s}: not a dev set`);
for await (const { name, r, x, rep, rel, fx, fr, idf } of readingsOf(sets)) {
  const { w: wx, a: ax } = weighedByUnit(fx, idf);
  const factsX = r.factsIn(x.id);
  for (const { R, k, u, pred, uu } of addedErrors(x, rep, rel, r)) {
    const placed = [...uu.matches, ...(uu.reworded ?? [])];
    if (placed.length === 0 || !uu.fact || r.isNonfact(R.id, u.i)) continue;
    const fu = r.factsOf(R.id, u.i);
    const shared = placed.some((m) => [...fu].some((f) => r.factsOf(x.id, m).has(f)));
    if (!pred && !shared) continue; // other-fact
    const kind = pred ? 'second-false' : 'second-missed';
    const nx = fx.filter((f) => f.fact).length;
    const nr = fr[k]!.filter((f) => f.fact).length;
    const cells = nx * nr;
    const floor = floorsFor(REPORT_ALIGN, cells).floor;
    console.log(`\n[${name} ${x.id.slice(0, 3)}<-${R.id.slice(0, 3)}#${u.i}] ${kind} cells=${cells} floor=${floor.toFixed(3)} facts=${[...fu].join(',')} absent=[${[...fu].filter((f) => !factsX.has(f)).join(',')}]\n   "${u.text.slice(0, 200)}"`);
    // The report's actor test (facts49, report.ts untoldClauses): a unit about another actor does not tell the clause.
    const known = midSentenceNames(R.units.map((v) => v.text));
    for (const c of predications(u.text)) {
      const f = unitFeatures(sentenceUnit(c.text));
      const w = weigh(f, idf.words, idf.grams);
      const act = CLAUSE_ACTORS.on ? mainActors([c.text], known)[0]! : null;
      let best = 0;
      let at = -1;
      for (const b of wx.values()) {
        if (CLAUSE_ACTORS.on && differentActors(w, act, b, ax.get(b.f.unit.i)!)) continue;
        const v = unitSimilarity(w, b, REPORT_ALIGN.wordBonus);
        if (v > best) (best = v), (at = b.f.unit.i);
      }
      console.log(`   clause s=${best.toFixed(3)}${best < floor ? ' UNTOLD' : ''} content=${f.lex.length}${isAttribution(c.text) ? ' attribution' : ''} best=#${at} "${c.text.slice(0, 110)}"`);
    }
  }
}
