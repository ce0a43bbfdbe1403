/**
 * perf61: reads the log of bench/perf61-abba.sh (sessions of bench/perf61-breakdown.ts, builds alternating) and
 * prints per build the medians over every load but each session's first: page text → report, the renderer main
 * threads' CPU (the stages' sum), and each stage's wall time and CPU. Not a test.
 *
 *   npx tsx bench/perf61-summary.ts LOG
 */
import { readFileSync } from 'node:fs';
import { median } from './baseline.ts';

const log = readFileSync(process.argv[2]!, 'utf8');
type Load = { total: number; stages: Map<string, { wall: number; cpu: number; idle: number }> };
const byBuild = new Map<string, Load[]>();
const loads = new Map<string, number>();
let build = '';
let index = -1;
let current: Load | null = null;
for (const line of log.split('\n')) {
  const s = /^=== session \d+ build (\S+) .* load ([\d.]+)/.exec(line);
  if (s) {
    build = s[1]!;
    loads.set(build, (loads.get(build) ?? 0) + 1);
    continue;
  }
  const l = /^load (\d+) \(load average [\d.]+\): page text → report (\d+) ms/.exec(line);
  if (l) {
    index = Number(l[1]);
    current = { total: Number(l[2]), stages: new Map() };
    if (index > 0) (byBuild.get(build) ?? byBuild.set(build, []).get(build)!).push(current);
    continue;
  }
  const st = /^(.+ → .+) \| ([\d.]+) \| ([\d.]+) \| ([\d.]+)$/.exec(line);
  if (st && current && index >= 0) current.stages.set(st[1]!, { wall: Number(st[2]), cpu: Number(st[3]), idle: Number(st[4]) });
  if (line.startsWith('medians of')) current = null;
}

for (const [b, xs] of byBuild) {
  const names = [...xs[0]!.stages.keys()];
  const cpu = (x: Load) => [...x.stages.values()].reduce((t, s) => t + s.cpu, 0);
  const upTo = (x: Load, last: string) => {
    let t = 0;
    for (const n of names) {
      t += x.stages.get(n)?.wall ?? 0;
      if (n === last) break;
    }
    return t;
  };
  const m = (f: (x: Load) => number) => median(xs.map(f).filter((v) => !Number.isNaN(v))).toFixed(0);
  console.log(`\nbuild ${b}: ${xs.length} loads (${loads.get(b)} sessions, each session's first left out); page text → report median ${m((x) => x.total)} ms; renderer main CPU ${m(cpu)} ms; page text → compare asked in the offscreen document ${m((x) => upTo(x, names.find((n) => n.endsWith('→ offscreen asked'))!))} ms`);
  console.log('stage | wall ms | CPU ms | idle ms (medians)');
  for (const n of names) console.log(`${n} | ${m((x) => x.stages.get(n)!.wall)} | ${m((x) => x.stages.get(n)!.cpu)} | ${m((x) => x.stages.get(n)!.idle)}`);
}
