/**
 * Which figures count as a second fact (report.ts `MEASURE_KINDS`, `isMeasure`), chosen on the nine
 * DEV sets: each point is one run of bench/eval.ts with `--measures=PERCENT,DURATION[,age]`; prints every
 * point's per-set F1 (mean of added and left out), the in-sample mean, and leave one set out (each set
 * scored at the point the other eight choose; ties go to the point listed first).
 *   npx tsx bench/facts-figures.ts            # the grid: off,none on,none off,anchored on,anchored on,anchored,age off,all on,all
 *   import { applyMeasuresArg }               # bench/eval.ts, bench/facts-causes.ts: --measures=…
 */
import { execFileSync } from 'node:child_process';
import { MEASURE_KINDS } from '../lib/engine/report.ts';

/** `--measures=PERCENT,DURATION[,age]` on the command line (on|off, none|anchored|all, age or nothing): report.ts MEASURE_KINDS for this run. */
export function applyMeasuresArg(): void {
  const arg = process.argv.find((a) => a.startsWith('--measures='))?.slice(11);
  if (!arg) return;
  const [percent, duration, age] = arg.split(',');
  MEASURE_KINDS.percent = percent === 'on';
  MEASURE_KINDS.age = age === 'age';
  if (duration !== 'anchored' && duration !== 'all' && duration !== 'none') throw new Error(`--measures=PERCENT,DURATION: DURATION is none, anchored or all (got ${duration})`);
  MEASURE_KINDS.duration = duration;
}

const DEV = ['seeds', 'harbor', 'doobie', 'plague', 'dnc', 'ukvisit', 'meth', 'pompeo', 'caravan'];

/** Per-set F1 (mean of added and left out) of one eval run. */
export function devScores(args: string[]): Record<string, number> {
  const out = execFileSync('npx', ['tsx', 'bench/eval.ts', `--only=${DEV.join(',')}`, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 26 });
  const line = out.split('\n').find((l) => l.startsWith('F1S '));
  if (!line) throw new Error('no F1S line');
  const f1 = JSON.parse(line.slice(4)) as Record<string, [number, number]>;
  return Object.fromEntries(Object.entries(f1).map(([k, [a, b]]) => [k, (a + b) / 2]));
}

/** Leave one set out over points (each a per-set score map): each set at the point the others choose. */
export function leaveOneSetOut(points: Array<{ name: string; scores: Record<string, number> }>): { mean: number; picks: Record<string, string> } {
  const sets = Object.keys(points[0]!.scores);
  const picks: Record<string, string> = {};
  let total = 0;
  for (const s of sets) {
    let best = points[0]!;
    let bestV = -Infinity;
    for (const p of points) {
      const v = sets.filter((t) => t !== s).reduce((x, t) => x + p.scores[t]!, 0);
      if (v > bestV + 1e-12) (best = p), (bestV = v);
    }
    picks[s] = best.name;
    total += best.scores[s]!;
  }
  return { mean: total / sets.length, picks };
}

if (process.argv[1]?.endsWith('facts-figures.ts')) {
  const grid = ['off,none', 'on,none', 'off,anchored', 'on,anchored', 'on,anchored,age', 'off,all', 'on,all'];
  const points = grid.map((g) => ({ name: g, scores: devScores([`--measures=${g}`]) }));
  const sets = Object.keys(points[0]!.scores);
  console.log(`| percent,duration | ${sets.join(' | ')} | mean |\n|---|${sets.map(() => '---|').join('')}---|`);
  for (const p of points) console.log(`| ${p.name} | ${sets.map((s) => p.scores[s]!.toFixed(4)).join(' | ')} | ${(sets.reduce((x, s) => x + p.scores[s]!, 0) / sets.length).toFixed(4)} |`);
  const l = leaveOneSetOut(points);
  console.log(`\nleave one set out: ${l.mean.toFixed(4)}; picks ${Object.entries(l.picks).map(([s, p]) => `${s}:${p}`).join(' ')}`);
}
