/**
 * A grid of `bench/eval.ts` runs over the DEV sets and its leave-one-set-out reading, shared by the
 * fitting scripts of the report (bench/fit-floor.ts, bench/fit-predicates.ts). The score of a run is
 * the mean over sets of the mean of added and left-out F1; held-out sets are never read.
 */
import { execFileSync } from 'node:child_process';
import { DEV_SETS } from './facts-causes.ts';

export interface GridRun {
  name: string;
  f1: Record<string, number>;
}

/** One eval.ts run per grid point (extra arguments each), printed as it comes; `sets`: the dev sets read (default the nine). */
export function runDevGrid<P extends { name: string; args: string[] }>(grid: P[], pad = 14, sets: readonly string[] = DEV_SETS): Array<P & GridRun> {
  const runs: Array<P & GridRun> = [];
  for (const g of grid) {
    const out = execFileSync('npx', ['tsx', 'bench/eval.ts', `--only=${sets.join(',')}`, ...g.args], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const line = out.split('\n').find((l) => l.startsWith('F1S '));
    if (!line) throw new Error(`no F1S line for ${g.name}`);
    const f1s = JSON.parse(line.slice(4)) as Record<string, [number, number]>;
    const f1 = Object.fromEntries(Object.entries(f1s).map(([k, [a, l]]) => [k, (a + l) / 2]));
    runs.push({ ...g, f1 });
    const read = Object.keys(f1);
    console.log(`${g.name.padEnd(pad)} ${read.map((s) => `${s} ${f1[s]!.toFixed(3)}`).join('  ')}  mean ${(read.reduce((t, s) => t + f1[s]!, 0) / read.length).toFixed(4)}`);
  }
  return runs;
}

/**
 * Prints the best point in sample and leave one set out: each set scored at the point chosen on the
 * others. The first run is "off". Ties (within 1e-9) go to `tie` (negative: the first argument
 * wins), then to the earlier point.
 */
export function reportFit<R extends GridRun>(runs: R[], tie: (a: R, b: R) => number = () => 0): { best: R; loso: number } {
  const sets = Object.keys(runs[0]!.f1);
  const mean = (r: R, skip?: string) => {
    const ss = sets.filter((s) => s !== skip);
    return ss.reduce((t, s) => t + r.f1[s]!, 0) / ss.length;
  };
  const best = (skip?: string) =>
    [...runs].sort((p, q) => {
      const d = mean(q, skip) - mean(p, skip);
      return Math.abs(d) > 1e-9 ? d : tie(p, q);
    })[0]!;
  const b = best();
  console.log(`\nbest in-sample: ${b.name} (mean ${mean(b).toFixed(4)}; off ${mean(runs[0]!).toFixed(4)})`);
  console.log('\nleave one set out: | set | chosen on the other sets | F1 there | F1 off |\n|---|---|---|---|');
  let lo = 0;
  let off = 0;
  for (const s of sets) {
    const c = best(s);
    lo += c.f1[s]!;
    off += runs[0]!.f1[s]!;
    console.log(`| ${s} | ${c.name} | ${c.f1[s]!.toFixed(3)} | ${runs[0]!.f1[s]!.toFixed(3)} |`);
  }
  console.log(`| **mean** | | ${(lo / sets.length).toFixed(4)} | ${(off / sets.length).toFixed(4)} |`);
  return { best: b, loso: lo / sets.length };
}
