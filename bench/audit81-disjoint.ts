/**
 * audit81: how often the disjoint-names check alone refuses a pair in the report's alignment — for every panel audit's
 * readings (audits 70–81, their `LOADERS`, each page against its related articles as the panel relates them), the cells
 * that `align` (lib/engine/align.ts) would keep as a mutual or one-sided best with a same-fact probability ≥ vetoBelow,
 * past the actor and predicate vetoes, and that only `disjointActors` refuses (the two units' names share nothing).
 * Each such pair is printed with both units' names and texts, so a reader can say whether the check was right
 * (two facts about different people) or wrong (one fact, the place or person named two ways: "Connecticut" / "Bridgeport").
 *
 *   ZYTE_HTML_DIR= npx tsx bench/audit81-disjoint.ts [--audits 70,71,74,75,77,78,79,80,81]
 *
 * Multi-News and GVC texts are not redistributable: everything goes to stdout, nothing is written.
 */
import { differentActors, disjointActors, factMatrix, matrixRules, predicateVetoed, REPORT_ALIGN, sameFact } from '../lib/engine/align.ts';
import { optionValue } from './args.ts';
import { auditPages, panelUnits } from './audit70-shots.ts';

const audits = (optionValue('--audits', process.argv.slice(2)) ?? '70,71,74,75,77,78,79,80,81').split(',').map(Number);
const P = REPORT_ALIGN;
let pairs = 0;
let cellsAll = 0;
let readings = 0;
for await (const { event, page, corpus } of auditPages(audits)) {
  readings++;
  const { weighted: here, related } = await panelUnits(page, corpus);
  for (const { article: other, weighted } of related) {
    const m = factMatrix(here, weighted, P.wordBonus);
    if (m.S.length === 0 || m.bi.length === 0) continue;
    const rules = matrixRules(m.S, m.bi.length, P);
    cellsAll += rules.cells;
    for (let x = 0; x < m.ai.length; x++) {
      for (let y = 0; y < m.bi.length; y++) {
        const { s, z, strong, mutual, oneSided } = rules.rule(x, y);
        if (strong) continue;
        if (!mutual && !oneSided) continue;
        const [a, b] = [m.ai[x]!, m.bi[y]!];
        if (differentActors(a, m.actA[m.ix[x]!]!, b, m.actB[m.iy[y]!]!) || predicateVetoed(a, b, s, rules.cells, P.predicates)) continue;
        const fact = sameFact(a, b, P.model);
        if (fact.same || fact.probability < P.vetoBelow || !disjointActors(a.f, b.f)) continue;
        pairs++;
        console.log(`${event} page #${a.f.unit.i} / ${other.id} #${b.f.unit.i}: s ${s.toFixed(3)} z ${z.toFixed(1)} ${mutual ? 'mutual' : 'one-sided'} p ${fact.probability.toFixed(3)}`);
        console.log(`   names ${[...a.f.names].join('/')} | ${[...b.f.names].join('/')}`);
        console.log(`   page:  ${a.f.unit.text.slice(0, 220)}`);
        console.log(`   there: ${b.f.unit.text.slice(0, 220)}`);
      }
    }
  }
}
console.log(`\n${pairs} pairs refused by the disjoint-names check alone, of ${cellsAll} cells in ${readings} readings (audits ${audits.join(', ')})`);
