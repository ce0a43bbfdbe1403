/**
 * Fits the report's clause check (align.ts `ClauseTold`, lib/engine/fitted/align.ts CLAUSE_TOLD) on the
 * nine DEV sets: each grid point is one run of `bench/eval.ts --clauses=…` (its F1S line); the score of
 * a set is the mean of its added and left-out F1, a point's score the mean over sets. Prints the grid,
 * the in-sample best, and leave-one-set-out (each set scored at the point chosen on the other eight;
 * "off" is a candidate too).
 *
 *   npx tsx bench/fit-clauses.ts [--gated]   (about 20 s per point; --gated adds points checked only in matrices above 300 cells)
 */
import { execFileSync } from 'node:child_process';
import { DEV_SETS } from './facts-causes.ts';

const points = ['off'];
for (const n of [2, 3, 4]) for (const fresh of [0, 0.3, 0.5, 0.7]) points.push(`${n},mutual,${fresh}`);
for (const fresh of [0.5, 0.7]) points.push(`3,strong,${fresh}`);
// Only in long stories' matrices (above FLOOR_GROWTH.cells = 300, facts6's fitted size), with --gated.
if (process.argv.includes('--gated')) for (const n of [2, 3]) for (const fl of ['mutual', 'strong']) for (const fresh of [0, 0.5]) points.push(`${n},${fl},${fresh},300`);
const grid = new Map<string, Record<string, number>>();
for (const p of points) {
  const out = execFileSync('npx', ['tsx', 'bench/eval.ts', `--only=${DEV_SETS.join(',')}`, `--clauses=${p}`], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const line = out.split('\n').find((l) => l.startsWith('F1S '))!;
  const f1 = JSON.parse(line.slice(4)) as Record<string, [number, number]>;
  const row = Object.fromEntries(DEV_SETS.map((s) => [s, (f1[s]![0] + f1[s]![1]) / 2]));
  grid.set(p, row);
  const mean = DEV_SETS.reduce((a, s) => a + row[s]!, 0) / DEV_SETS.length;
  console.log(`| ${p} | ${DEV_SETS.map((s) => row[s]!.toFixed(3)).join(' | ')} | ${mean.toFixed(4)} |`);
}
const meanOver = (p: string, sets: string[]) => sets.reduce((a, s) => a + grid.get(p)![s]!, 0) / sets.length;
const best = (sets: string[]) => points.reduce((b, p) => (meanOver(p, sets) > meanOver(b, sets) + 1e-9 ? p : b), 'off');
console.log(`in sample: ${best(DEV_SETS)} ${meanOver(best(DEV_SETS), DEV_SETS).toFixed(4)} (off ${meanOver('off', DEV_SETS).toFixed(4)})`);
let loso = 0;
for (const s of DEV_SETS) {
  const p = best(DEV_SETS.filter((t) => t !== s));
  loso += grid.get(p)![s]!;
  console.log(`  without ${s}: chose ${p}; ${s} ${grid.get(p)![s]!.toFixed(3)} (off ${grid.get('off')![s]!.toFixed(3)})`);
}
console.log(`leave one set out: mean ${(loso / DEV_SETS.length).toFixed(4)} vs off ${meanOver('off', DEV_SETS).toFixed(4)}`);
