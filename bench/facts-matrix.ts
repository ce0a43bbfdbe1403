/**
 * facts13: do the matrix-level rules (floors, z, margins) lose rewordings the pair score ranks first?
 * On the nine DEV sets, every unit u of a related article R that the report ADDS while leaving it free
 * (no aligned or reworded counterpart) is placed in the full X × R fact similarity matrix: its best unit
 * v in X, and whether u is also v's best among R's units (a mutual best), with the margin over the
 * runner-up of u's row and v's column. The labels say whether u is told by X (the report is wrong to add
 * it: a paraphrase miss, or a fact told over two units) or missing (right to add it). Pairing u with v
 * helps only in a band where "told" outnumbers "missing".
 *   npx tsx bench/facts-matrix.ts [--list]
 * Held-out sets are never read (facts-causes.ts DEV_SETS only).
 */
import { unitSimilarity, sameFact } from '../lib/engine/align.ts';
import { freeAddedUnits } from './facts-free.ts';

const list = process.argv.includes('--list');
type Row = { set: string; told: boolean; mutual: boolean; s: number; margin: number; p: number; rel: number; big: boolean; tu: string; tv: string };
const rows: Row[] = [];
for await (const { name, u, gold, X, RR, cells, floor } of freeAddedUnits()) {
  const row = X.map((v) => unitSimilarity(u, v));
  let b = 0;
  for (let j = 1; j < row.length; j++) if (row[j]! > row[b]!) b = j;
  const s = row[b]!;
  if (!(s > 0)) continue;
  const v = X[b]!;
  const col = RR.map((w) => unitSimilarity(w, v));
  const colBest = Math.max(...col);
  const second = Math.max(0, ...row.filter((_, j) => j !== b), ...col.filter((c, j) => RR[j] !== u));
  rows.push({ set: name, told: !gold, mutual: colBest <= s, s, margin: second > 0 ? s / second : 9, p: sameFact(u, v).probability, rel: s / floor, big: cells > 300, tu: u.f.unit.text, tv: v.f.unit.text });
}
const count = (rs: Row[]) => `${rs.filter((q) => q.told).length} / ${rs.filter((q) => !q.told).length}`;
console.log(`free added units: ${rows.length} (told by X / missing from X): ${count(rows)}; u and its best are mutual bests: ${count(rows.filter((q) => q.mutual))}`);
const S = [0, 0.08, 0.1, 0.12, 0.15, 0.2, 1];
const M = [1, 1.2, 1.5, 2, 99];
for (const big of [false, true]) {
  console.log(`\nmutual bests, ${big ? 'matrices > 300 cells' : 'matrices ≤ 300 cells'}: told / missing by similarity (rows) × margin over the runner-up (columns)`);
  console.log(`| s \\ margin | ${M.slice(0, -1).map((m, j) => `${m}–${M[j + 1]}`).join(' | ')} |\n|---|${M.slice(0, -1).map(() => '---|').join('')}`);
  for (let a = 0; a + 1 < S.length; a++) {
    const cells = M.slice(0, -1).map((m, j) => count(rows.filter((q) => q.mutual && q.big === big && q.s >= S[a]! && q.s < S[a + 1]! && q.margin >= m && q.margin < M[j + 1]!)));
    console.log(`| ${S[a]}–${S[a + 1]} | ${cells.join(' | ')} |`);
  }
}
console.log(`\nmutual bests by pair probability (sameFact): told / missing`);
for (const [lo, hi] of [[0, 0.05], [0.05, 0.1], [0.1, 0.2], [0.2, 0.4], [0.4, 1.01]] as const) console.log(`p ${lo}–${hi}: ${count(rows.filter((q) => q.mutual && q.p >= lo && q.p < hi))}`);
if (list) for (const q of rows.filter((q) => q.mutual).sort((a, b) => b.s - a.s)) console.log(`${q.told ? 'TOLD' : 'miss'} ${q.set} s=${q.s.toFixed(3)} m=${q.margin.toFixed(2)} p=${q.p.toFixed(2)} s/floor=${q.rel.toFixed(2)}\n   u: ${q.tu.slice(0, 120)}\n   v: ${q.tv.slice(0, 120)}`);
