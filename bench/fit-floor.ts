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
import { reportFit, runDevGrid } from './dev-grid.ts';

const perDecade = Number(process.argv.find((a) => a.startsWith('--per-decade='))?.slice(13) ?? 0.04);
const CELLS = [100, 150, 225, 300, 400, 600, 1000];
const grid: Array<{ name: string; args: string[]; cells: number }> = [{ name: 'off', args: ['--report-floor=off'], cells: Infinity }];
for (const mutual of [false, true]) for (const c of CELLS) grid.push({ name: `${c}${mutual ? '+mutual' : ''}`, args: [`--report-floor=${perDecade},${c},${mutual}`], cells: c });

// Ties go to the larger `cells` (the smaller change).
reportFit(runDevGrid(grid), (p, q) => q.cells - p.cells);
