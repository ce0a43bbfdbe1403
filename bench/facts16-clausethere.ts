/**
 * facts16: the clause check's firings on the DEV sets (as bench/facts-clausefire.ts) with measures of
 * where else the untold clause might be told in the article read: its best similarity among that
 * article's CLAUSES (lib/nlp/clauses.ts `predications` of each fact unit) instead of whole units, and among
 * the aligned counterpart's clauses only. Prints the rank AUC of "the unit carries a fact X lacks" (right
 * firings above wrong ones) and, per floor, how many right / wrong firings each measure would keep.
 *   npx tsx bench/facts16-clausethere.ts [--list]
 * Held-out sets are never read (DEV_SETS).
 */
import { floorsFor, REPORT_ALIGN, sentenceUnit, unitSimilarity, weigh, type Weighted } from '../lib/engine/align.ts';
import { unitFeatures } from '../lib/engine/features.ts';
import { unitClauses } from '../lib/engine/report.ts';
import type { Article } from '../lib/types.ts';
import { untoldUnits } from './facts-untold.ts';
import { weightShare } from './marks32-measures.ts';

const list = process.argv.includes('--list');
const rows: Array<{ right: boolean; m: Record<string, number>; floor: number }> = [];
let clX: Array<{ i: number; w: Weighted }> = [];
let clOf: Article | null = null;
for await (const { name, x, rid, w, j, wx, idf, al, cells, untold, gold } of untoldUnits()) {
  if (x !== clOf) {
    // X's clauses (≥ 2 content words, no attribution), each weighed with the story IDF, with the unit it belongs to (the report's own reading).
    clOf = x;
    clX = unitClauses(wx, 2, idf);
  }
  const { floor } = floorsFor(REPORT_ALIGN, cells);
  const partners = new Set(al.matches.filter((e) => e.b === j).map((e) => e.a));
  // The unit is decided by its LEAST told clause: a measure that clears every untold clause clears the unit.
  let minClauses = Infinity;
  let minPartner = Infinity;
  let minUnits = Infinity;
  let minCont = Infinity;
  for (const c of untold) {
    const cw = weigh(unitFeatures(sentenceUnit(c.text)), idf.words, idf.grams);
    let bu = 0;
    for (const b of wx) bu = Math.max(bu, unitSimilarity(cw, b));
    let bc = 0;
    let bp = 0;
    for (const q of clX) {
      const s = unitSimilarity(cw, q.w);
      bc = Math.max(bc, s);
      if (partners.has(q.i)) bp = Math.max(bp, s);
    }
    // Containment: the share of the clause's IDF² weight whose stems one unit of X uses.
    let bcont = 0;
    for (const b of wx) bcont = Math.max(bcont, weightShare(cw, new Set(b.f.lex)));
    minCont = Math.min(minCont, bcont);
    minUnits = Math.min(minUnits, bu);
    minClauses = Math.min(minClauses, Math.max(bu, bc));
    minPartner = Math.min(minPartner, Math.max(bu, bp));
    if (list) console.log(`[${name} ${x.id.slice(0, 3)}<-${rid.slice(0, 3)}#${j}] ${gold ? 'RIGHT' : 'WRONG'} floor=${floor.toFixed(3)} units=${bu.toFixed(3)} clauses=${bc.toFixed(3)} partner=${bp.toFixed(3)} cont=${bcont.toFixed(2)} "${c.text.slice(0, 100)}"`);
  }
  const q0 = floor; // containment is not a similarity: the AUC subtracts the floor, so add it back
  rows.push({ right: gold, floor, m: { units: minUnits, clauses: minClauses, partner: minPartner, cont: minCont + q0 } });
}
const auc = (k: string) => {
  const pos = rows.filter((q) => q.right).map((q) => q.m[k]! - q.floor);
  const neg = rows.filter((q) => !q.right).map((q) => q.m[k]! - q.floor);
  let s = 0;
  for (const a of pos) for (const b of neg) s += a < b ? 1 : a === b ? 0.5 : 0;
  return pos.length && neg.length ? (s / (pos.length * neg.length)).toFixed(2) : 'n/a';
};
console.log(`units decided by an untold clause: ${rows.length} (${rows.filter((q) => q.right).length} right)`);
console.log(`AUC (right below wrong, measure − floor): ${Object.keys(rows[0]?.m ?? {}).map((k) => `${k} ${auc(k)}`).join(', ')}`);
for (const k of ['clauses', 'partner']) {
  const kept = rows.filter((q) => q.m[k]! < q.floor);
  console.log(`${k} below the floor too (still a second fact): right ${kept.filter((q) => q.right).length} / wrong ${kept.filter((q) => !q.right).length}`);
}
