/**
 * Fits the report's floor growth (lib/engine/align.ts FloorGrowth, lib/engine/fitted/align.ts FLOOR_GROWTH):
 * the matrix size `cells` up to which the calibrated floors are kept, and whether the mutual floor rises
 * too. `perDecade` is measured (bench/calibrate.ts), not fitted. Each grid point is one run of
 * `bench/eval.ts --report-floor=…` over the DEV sets (held-out sets are never read here); the score of
 * a run is the mean over sets of the mean of added and left-out F1.
 *   npx tsx bench/fit-floor.ts [--per-decade=0.04]
 * Prints every grid point, the best in-sample, and leave-one-set-out: each dev set scored at the point
 * chosen on the other eight (ties go to the larger `cells`, the smaller change).
 */
import { execFileSync } from 'node:child_process';
import { DEV_SETS } from './facts-causes.ts';

const perDecade = Number(process.argv.find((a) => a.startsWith('--per-decade='))?.slice(13) ?? 0.04);
const CELLS = [100, 150, 225, 300, 400, 600, 1000];
const grid: Array<{ name: string; arg: string; cells: number }> = [{ name: 'off', arg: 'off', cells: Infinity }];
for (const mutual of [false, true]) for (const c of CELLS) grid.push({ name: `${c}${mutual ? '+mutual' : ''}`, arg: `${perDecade},${c},${mutual}`, cells: c });

const runs: Array<{ name: string; cells: number; f1: Record<string, number> }> = [];
for (const g of grid) {
  const out = execFileSync('npx', ['tsx', 'bench/eval.ts', `--only=${DEV_SETS.join(',')}`, `--report-floor=${g.arg}`], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const line = out.split('\n').find((l) => l.startsWith('F1S '));
  if (!line) throw new Error(`no F1S line for ${g.name}`);
  const f1s = JSON.parse(line.slice(4)) as Record<string, [number, number]>;
  const f1 = Object.fromEntries(Object.entries(f1s).map(([k, [a, l]]) => [k, (a + l) / 2]));
  runs.push({ name: g.name, cells: g.cells, f1 });
  const sets = Object.keys(f1);
  console.log(`${g.name.padEnd(14)} ${sets.map((s) => `${s} ${f1[s]!.toFixed(3)}`).join('  ')}  mean ${(sets.reduce((t, s) => t + f1[s]!, 0) / sets.length).toFixed(4)}`);
}
const sets = Object.keys(runs[0]!.f1);
const mean = (r: (typeof runs)[number], skip?: string) => {
  const ss = sets.filter((s) => s !== skip);
  return ss.reduce((t, s) => t + r.f1[s]!, 0) / ss.length;
};
const best = (skip?: string) => [...runs].sort((p, q) => mean(q, skip) - mean(p, skip) || q.cells - p.cells)[0]!;
const b = best();
console.log(`\nbest in-sample: ${b.name} (mean ${mean(b).toFixed(4)}; off ${mean(runs[0]!).toFixed(4)})`);
console.log('\nleave one set out: | set | chosen on the other sets | F1 there | F1 off |');
let lo = 0;
let off = 0;
for (const s of sets) {
  const c = best(s);
  lo += c.f1[s]!;
  off += runs[0]!.f1[s]!;
  console.log(`| ${s} | ${c.name} | ${c.f1[s]!.toFixed(3)} | ${runs[0]!.f1[s]!.toFixed(3)} |`);
}
console.log(`| **mean** | | ${(lo / sets.length).toFixed(4)} | ${(off / sets.length).toFixed(4)} |`);
