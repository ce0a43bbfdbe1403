/**
 * audit82: two of `align`'s decisions counted on every panel audit's readings (audits 70–82, their `LOADERS`, each page
 * against its related articles as the panel relates them), before either is proposed as a lever (docs/notes/audit82.md §4):
 *   veto   — pairs on a rule (strong, mutual or one-sided best), past the actor veto and (weak pairs) the same-fact check,
 *            that only the predicate veto drops (lib/engine/align.ts line 987: no shared predicate stem or synonym);
 *   strong — pairs kept on the strong rule whose same-fact probability is below vetoBelow (line 988: the strong rule
 *            never asks the model), i.e. what applying vetoBelow to strong pairs too would drop.
 * Each pair is printed with both texts, so a reader can say whether the decision was right or wrong.
 *
 *   ZYTE_HTML_DIR= npx tsx bench/audit82-veto.ts [--audits 70,71,74,75,77,78,79,80,81,82]
 *
 * Multi-News and GVC texts are not redistributable: everything goes to stdout, nothing is written.
 */
import { differentActors, disjointActors, factMatrix, matrixRules, predicateVetoed, REPORT_ALIGN, sameFact } from '../lib/engine/align.ts';
import { optionValue } from './args.ts';
import { auditPages, panelUnits } from './audit70-shots.ts';

const audits = (optionValue('--audits', process.argv.slice(2)) ?? '70,71,74,75,77,78,79,80,81,82').split(',').map(Number);
const P = REPORT_ALIGN;
const count = { veto: 0, vetoStrong: 0, strong: 0, strongAll: 0, cells: 0, readings: 0 };
for await (const { event, page, corpus } of auditPages(audits)) {
  count.readings++;
  const { weighted: here, related } = await panelUnits(page, corpus);
  for (const { article: other, weighted } of related) {
    const m = factMatrix(here, weighted, P.wordBonus);
    if (m.S.length === 0 || m.bi.length === 0) continue;
    const rules = matrixRules(m.S, m.bi.length, P);
    count.cells += rules.cells;
    for (let x = 0; x < m.ai.length; x++) {
      for (let y = 0; y < m.bi.length; y++) {
        const { s, z, strong, mutual, oneSided } = rules.rule(x, y);
        if (!strong && !mutual && !oneSided) continue;
        const [a, b] = [m.ai[x]!, m.bi[y]!];
        if (differentActors(a, m.actA[m.ix[x]!]!, b, m.actB[m.iy[y]!]!)) continue;
        const fact = sameFact(a, b, P.model);
        const weakOk = fact.same || (fact.probability >= P.vetoBelow && !disjointActors(a.f, b.f));
        const vetoed = predicateVetoed(a, b, s, rules.cells, P.predicates);
        let kind = '';
        if (vetoed && (strong || weakOk)) { count.veto++; if (strong) count.vetoStrong++; kind = `veto (${strong ? 'strong' : mutual ? 'mutual' : 'one-sided'})`; }
        if (!vetoed && strong) { count.strongAll++; if (fact.probability < P.vetoBelow && !fact.same) { count.strong++; kind = 'strong, p < vetoBelow'; } }
        if (!kind) continue;
        console.log(`${event} page #${a.f.unit.i} / ${other.id} #${b.f.unit.i}: ${kind} s ${s.toFixed(3)} z ${z.toFixed(1)} p ${fact.probability.toFixed(3)}`);
        console.log(`   page:  ${a.f.unit.text.slice(0, 200)}`);
        console.log(`   there: ${b.f.unit.text.slice(0, 200)}`);
      }
    }
  }
}
console.log(`\n${count.veto} pairs dropped by the predicate veto alone (${count.vetoStrong} of them strong); ${count.strong} of ${count.strongAll} kept strong pairs have p < vetoBelow; ${count.cells} cells in ${count.readings} readings (audits ${audits.join(', ')})`);
