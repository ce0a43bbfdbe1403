/**
 * facts16: a fact told over two units that are NOT neighbours (the union cause: "17/19", "3/27", "6/11").
 * On the nine DEV sets, every unit u of a related article R that the report ADDS while leaving it free is
 * compared with every pair of X's units among u's `--top=` best (default 6), the two read as one text and
 * weighed with the story IDF (as report.ts `toldByNeighbours` reads two neighbours). u would be told when the
 * pair reaches the strong floor for the matrix and beats the better unit alone by the alignment's margin,
 * and that unit alone stays under the mutual floor (toldByNeighbours' three conditions). The labels say
 * whether X tells u. Prints told / missing among the units such a rule would pair.
 *   npx tsx bench/facts16-pairs.ts [--top=6] [--loose] [--list]
 * Held-out sets are never read (facts-causes.ts DEV_SETS only).
 */
import { REPORT_ALIGN, sentenceUnit, unitSimilarity, weigh } from '../lib/engine/align.ts';
import { unitFeatures } from '../lib/engine/features.ts';
import { freeAddedUnits } from './facts-free.ts';

const list = process.argv.includes('--list');
const loose = process.argv.includes('--loose'); // drop the third condition (the better unit alone under the mutual floor)
const top = Number(process.argv.find((a) => a.startsWith('--top='))?.slice(6) ?? 6);
const out = { told: 0, missing: 0, toldBig: 0, missingBig: 0, free: 0, freeTold: 0 };
for await (const { name, x, rid, u, i, gold, X, cells, floor, floorMutual, idf } of freeAddedUnits()) {
  out.free++;
  if (!gold) out.freeTold++;
  const row = X.map((v) => ({ v, s: unitSimilarity(u, v) })).sort((a, b) => b.s - a.s).slice(0, top);
  let hit: string | null = null;
  for (let a = 0; a < row.length && !hit; a++)
    for (let b = a + 1; b < row.length && !hit; b++) {
      const [p, q] = [row[a]!, row[b]!].sort((m, n) => m.v.f.unit.i - n.v.f.unit.i) as [typeof row[number], typeof row[number]];
      const one = Math.max(p.s, q.s);
      if (!loose && one >= floorMutual) continue;
      const j = weigh(unitFeatures(sentenceUnit(`${p.v.f.unit.text} ${q.v.f.unit.text}`)), idf.words, idf.grams);
      const s = unitSimilarity(u, j);
      if (s >= floor && s >= REPORT_ALIGN.margin * one) hit = `${p.v.f.unit.i}/${q.v.f.unit.i} s=${s.toFixed(3)} one=${one.toFixed(3)}`;
    }
  if (!hit) continue;
  if (gold) (out.missing++, cells > 300 && out.missingBig++);
  else (out.told++, cells > 300 && out.toldBig++);
  if (list) console.log(`[${name} ${x.id.slice(0, 3)}<-${rid.slice(0, 3)}#${i}] ${gold ? 'MISSING' : 'TOLD'} cells=${cells} ${hit} "${u.f.unit.text.slice(0, 90)}"`);
}
console.log(`free added units: ${out.free} (${out.freeTold} told by X). Paired by two units among the top ${top}: told ${out.told} / missing ${out.missing} (in matrices > 300 cells: ${out.toldBig} / ${out.missingBig})`);
