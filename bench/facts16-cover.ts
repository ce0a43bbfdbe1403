/**
 * facts16: can a free unit be told clause by clause (a fact told over several units of the other article)?
 * On the nine DEV sets, every unit u of a related article R that the report ADDS while leaving it free
 * (no aligned or reworded counterpart) and that lib/nlp/clauses.ts `predications` cuts into two or more
 * clauses is checked the way the report's clause check (report.ts `untoldClauses`) checks an aligned
 * unit: each clause with ≥ 2 content words that is not an attribution is weighed with the story IDF and
 * compared with every fact unit of the article read X. u is "covered" when every such clause reaches the
 * floor (strong / mutual, grown with the matrix) against some unit of X. The labels say whether X tells u
 * (adding it was wrong) or not. Covering can only gain where "told" outnumbers "missing".
 *   npx tsx bench/facts16-cover.ts [--list]
 * Held-out sets are never read (facts-causes.ts DEV_SETS only).
 */
import { REPORT_ALIGN, sentenceUnit, unitSimilarity, weigh } from '../lib/engine/align.ts';
import { unitFeatures } from '../lib/engine/features.ts';
import { isAttribution } from '../lib/engine/report.ts';
import { predications } from '../lib/nlp/clauses.ts';
import { freeAddedUnits } from './facts-free.ts';

const list = process.argv.includes('--list');
type Row = { set: string; told: boolean; big: boolean; minRel: number; minRelM: number; units: number; text: string };
const rows: Row[] = [];
let freeAdded = 0;
for await (const { name, x, rid, u, i, gold, X, cells, floor, floorMutual, idf } of freeAddedUnits()) {
  freeAdded++;
  const cl = predications(u.f.unit.text).filter((c) => !isAttribution(c.text));
  const checked = cl.map((c) => unitFeatures(sentenceUnit(c.text))).filter((f) => f.lex.length >= 2);
  if (checked.length < 2) continue;
  let minRel = Infinity;
  let minRelM = Infinity;
  const bests = new Set<number>();
  const desc: string[] = [];
  for (const f of checked) {
    const cw = weigh(f, idf.words, idf.grams);
    let best = 0;
    let at = -1;
    for (const v of X) {
      const s = unitSimilarity(cw, v);
      if (s > best) (best = s), (at = v.f.unit.i);
    }
    bests.add(at);
    minRel = Math.min(minRel, best / floor);
    minRelM = Math.min(minRelM, best / floorMutual);
    desc.push(`${best.toFixed(3)}@${at} "${f.unit.text.slice(0, 60)}"`);
  }
  rows.push({ set: name, told: !gold, big: cells > 300, minRel, minRelM, units: bests.size, text: u.f.unit.text });
  if (list) console.log(`[${name} ${x.id.slice(0, 3)}<-${rid.slice(0, 3)}#${i}] ${gold ? 'MISSING' : 'TOLD'} cells=${cells} floor=${floor.toFixed(3)} ${desc.join(' | ')}`);
}
const count = (rs: Row[]) => `${rs.filter((q) => q.told).length} told / ${rs.filter((q) => !q.told).length} missing`;
console.log(`free added units: ${freeAdded}; cut into ≥ 2 checked clauses: ${count(rows)}`);
for (const big of [false, true]) {
  const rs = rows.filter((q) => q.big === big);
  console.log(`\n${big ? 'matrices > 300 cells' : 'matrices ≤ 300 cells'}: ${count(rs)}`);
  console.log(`  every clause ≥ strong floor: ${count(rs.filter((q) => q.minRel >= 1))}; of which by ≥ 2 units: ${count(rs.filter((q) => q.minRel >= 1 && q.units >= 2))}`);
  console.log(`  every clause ≥ mutual floor: ${count(rs.filter((q) => q.minRelM >= 1))}; of which by ≥ 2 units: ${count(rs.filter((q) => q.minRelM >= 1 && q.units >= 2))}`);
}
