/**
 * Refits the report's clause check (lib/engine/fitted/align.ts CLAUSE_TOLD) for PRECISION first (facts52): the
 * objective is the mean over the nine dev sets of each set's F0.5 (precision counted twice as much as recall), the
 * added and the left-out direction averaged, as fit-clauses.ts averages F1. Each grid point is one run of
 * `bench/eval.ts --clauses=…`; its per-set "added: right, wrong, missed" lines are read. The floor is the strong floor
 * (0), less 0.01 … 0.04, or the mutual one (0.05 below the strong one); minContent 2–4; fresh 0 / 0.5; every point
 * only in matrices above FLOOR_GROWTH.cells (the shipped gate; facts51 found it still right). "off" is a candidate. The
 * numeric floors need bench/facts52-experiments.patch applied (they are skipped, and said so, without it).
 * Prints the grid (P / R / F1 / F0.5 pooled over the nine sets, mean F1, mean F0.5), the in-sample best, and leave one
 * set out: each set scored at the point the other eight choose, with the out-of-fold P / R of that set.
 *
 * --objective=f1-keep-p (reported, not the chosen objective): the best mean F1 among the points whose pooled precision
 * on the fold's sets is at least the shipped point's.
 *
 *   npx tsx bench/facts52-fit.ts [--objective=f05|f1|f1-keep-p] [--gates] [--cache=DIR]   (about a minute a point; runs are kept in DIR)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { DEV_SETS } from './facts-causes.ts';

const arg = (k: string) => process.argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
const objective = arg('objective') ?? 'f05';
const cache = arg('cache') ?? `${process.env.TMPDIR ?? '/tmp'}/facts52-fit`;
mkdirSync(cache, { recursive: true });

// A floor between the strong and the mutual one needs bench/facts52-experiments.patch (lib on main knows only the two).
const numeric = readFileSync('bench/eval.ts', 'utf8').includes('Number(floor)');
if (!numeric) console.log('floors 0.01–0.04 below the strong one: skipped (git apply bench/facts52-experiments.patch to run them)');
const points = ['off'];
for (const n of [2, 3, 4]) for (const fl of ['strong', ...(numeric ? ['0.01', '0.02', '0.03', '0.04'] : []), 'mutual']) points.push(`${n},${fl},0,300`);
for (const n of [2, 3]) for (const fl of ['strong', 'mutual']) points.push(`${n},${fl},0.5,300`);
// --gates: the shipped point checked only in longer matrices (a stricter size gate than FLOOR_GROWTH.cells).
if (process.argv.includes('--gates')) for (const cells of [600, 1000, 2000]) points.push(`2,strong,0,${cells}`);

type Counts = { tp: number; fp: number; fn: number };
/** Per set: [added, left out] counts, from eval.ts's "(added: …; left out: …)" line after each "name: N articles" head. */
function run(p: string): Record<string, [Counts, Counts]> {
  const file = `${cache}/${p.replace(/,/g, '_')}.txt`;
  if (!existsSync(file)) {
    const out = execFileSync('npx', ['tsx', 'bench/eval.ts', `--only=${DEV_SETS.join(',')}`, `--clauses=${p}`], { encoding: 'utf8', maxBuffer: 1 << 26 });
    writeFileSync(file, out);
  }
  const res: Record<string, [Counts, Counts]> = {};
  let set = '';
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const head = /^(\w+): \d+ articles/.exec(line);
    if (head) set = head[1]!;
    const m = /^\(added: (\d+) right, (\d+) wrong, (\d+) missed; left out: (\d+) right, (\d+) wrong, (\d+) missed\)/.exec(line);
    if (m && set) {
      const n = m.slice(1).map(Number);
      res[set] = [{ tp: n[0]!, fp: n[1]!, fn: n[2]! }, { tp: n[3]!, fp: n[4]!, fn: n[5]! }];
    }
  }
  for (const s of DEV_SETS) if (!res[s]) throw new Error(`${p}: no counts for ${s}`);
  return res;
}

const fbeta = (c: Counts, b: number) => (c.tp === 0 ? 0 : ((1 + b * b) * c.tp) / ((1 + b * b) * c.tp + b * b * c.fn + c.fp));
const add = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });
const grid = new Map<string, Record<string, [Counts, Counts]>>();
/** A set's score at a point: the objective, the added and left-out directions averaged. */
const score = (p: string, s: string, b = objective.startsWith('f1') ? 1 : 0.5) => {
  const [a, l] = grid.get(p)![s]!;
  return (fbeta(a, b) + fbeta(l, b)) / 2;
};
const meanOver = (p: string, sets: readonly string[], b?: number) => sets.reduce((x, s) => x + score(p, s, b), 0) / sets.length;
const pooled = (p: string, sets: readonly string[]) => sets.reduce((c, s) => add(c, add(grid.get(p)![s]![0], grid.get(p)![s]![1])), { tp: 0, fp: 0, fn: 0 });
const pr = (c: Counts) => `${(c.tp / (c.tp + c.fp)).toFixed(3)} / ${(c.tp / (c.tp + c.fn)).toFixed(3)}`;

console.log(`objective: mean over sets of ${objective.startsWith('f1') ? 'F1' : 'F0.5'} (added and left out averaged)${objective === 'f1-keep-p' ? ', among points whose pooled precision is at least the shipped one\'s' : ''}\n`);
console.log('| point | P / R pooled (both directions) | wrong | mean F1 | mean F0.5 |');
console.log('|---|---|---|---|---|');
for (const p of points) {
  grid.set(p, run(p));
  const c = pooled(p, DEV_SETS);
  console.log(`| ${p} | ${pr(c)} | ${c.fp} | ${meanOver(p, DEV_SETS, 1).toFixed(4)} | ${meanOver(p, DEV_SETS, 0.5).toFixed(4)} |`);
}
const shipped = '2,strong,0,300';
const precision = (p: string, sets: readonly string[]) => ((c) => c.tp / (c.tp + c.fp))(pooled(p, sets));
const allowed = (p: string, sets: readonly string[]) => objective !== 'f1-keep-p' || precision(p, sets) >= precision(shipped, sets) - 1e-12;
const best = (sets: readonly string[]) => points.filter((p) => allowed(p, sets)).reduce((b, p) => (meanOver(p, sets) > meanOver(b, sets) + 1e-9 ? p : b), shipped);
const b = best(DEV_SETS);
console.log(`\nin sample: ${b} ${meanOver(b, DEV_SETS).toFixed(4)} (shipped ${shipped} ${meanOver(shipped, DEV_SETS).toFixed(4)}, off ${meanOver('off', DEV_SETS).toFixed(4)})`);
console.log('\n| left out | fold chooses | its P / R there (chosen) | P / R there (shipped) | score there (chosen / shipped) |');
console.log('|---|---|---|---|---|');
let oof: Counts = { tp: 0, fp: 0, fn: 0 };
let oofShip: Counts = { tp: 0, fp: 0, fn: 0 };
let loso = 0;
for (const s of DEV_SETS) {
  const p = best(DEV_SETS.filter((t) => t !== s));
  const c = pooled(p, [s]);
  const cs = pooled(shipped, [s]);
  oof = add(oof, c);
  oofShip = add(oofShip, cs);
  loso += score(p, s);
  console.log(`| ${s} | ${p} | ${pr(c)} | ${pr(cs)} | ${score(p, s).toFixed(3)} / ${score(shipped, s).toFixed(3)} |`);
}
console.log(`\nleave one set out: mean ${(loso / DEV_SETS.length).toFixed(4)} vs shipped ${meanOver(shipped, DEV_SETS).toFixed(4)}; out-of-fold P / R ${pr(oof)} (shipped ${pr(oofShip)})`);
