/**
 * perf47: the cold first compare, base against branch in one process. Each arm is a `git archive` export (node_modules
 * linked) with its own in-memory corpus (bench/probe-corpus.ts of that export: the seeds, tests/data's sets, the zyte
 * pages and Zipf articles up to --size) and its own engine; each run is a probe's first compare with nothing derived
 * (features.ts forgetDerived), every article read handed over as a new object and no kept story vectors (as
 * bench/compare-slow.ts --fresh). Rounds alternate the arms A B B A (same process, same load); per arm the wall
 * median and p95 and the process CPU median and p95 per compare; and whether the two arms' reports agree.
 *
 *   ZYTE_HTML_DIR=… nice npx tsx bench/perf47-compare.ts --base /tmp/perf47/base --branch /tmp/perf47/br [--size 20000] [--rounds 8] [--warm]
 *
 * `--warm` (perf49): each compare a warm one instead, nothing forgotten (every article's derived record, with its unit
 * features and prepared vectors, kept from the compares before: a panel's next compare).
 */
import { resolve } from 'node:path';
import { loadavg } from 'node:os';
import { armDirs, optionValue } from './args.ts';
import type { Article, CorpusIndex } from '../lib/types.ts';

const args = process.argv.slice(2);
process.env.PARALLAX_CACHE ??= 'off';
const dirs = armDirs(args);
const size = Number(optionValue('--size', args) ?? 20_000);
const rounds = Number(optionValue('--rounds', args) ?? 8);
const warm = args.includes('--warm');
type Arm = 'base' | 'branch';
type Engine = typeof import('../lib/engine/index.ts');
type Features = typeof import('../lib/engine/features.ts');
type Probe = typeof import('./probe-corpus.ts');

const arms = {} as Record<Arm, { compare: Engine['compareArticle']; forget: Features['forgetDerived']; index: CorpusIndex; byId: Map<string, Article>; probes: string[] }>;
for (const arm of ['base', 'branch'] as const) {
  const dir = dirs[arm]!;
  const engine = (await import(resolve(dir, 'lib/engine/index.ts'))) as Engine;
  const features = (await import(resolve(dir, 'lib/engine/features.ts'))) as Features;
  const { index, byId, probes } = await ((await import(resolve(dir, 'bench/probe-corpus.ts'))) as Probe).probeCorpus(size);
  // Every article read is a new object (as the store hands them over): nothing kept on them from an earlier run.
  const fresh: CorpusIndex = new Proxy(index, {
    get(t, p, r) {
      if (p === 'getMany') return async (ids: string[]) => (await t.getMany(ids)).map((a) => structuredClone(a));
      const v = Reflect.get(t, p, r);
      return typeof v === 'function' ? v.bind(t) : v;
    },
  });
  arms[arm] = { compare: engine.compareArticle, forget: features.forgetDerived, index: fresh, byId, probes };
}
const probes = arms.base.probes;
console.log(`${size} articles, ${probes.length} probes, ${rounds} rounds, ${warm ? 'warm' : 'cold first'} compares`);
// Warm both arms' code once (JIT), as compare-slow.ts does.
for (const arm of ['base', 'branch'] as const) for (const id of probes) await arms[arm].compare(structuredClone(arms[arm].byId.get(id)!), arms[arm].index);

const rows: Record<Arm, Array<{ id: string; ms: number; cpu: number }>> = { base: [], branch: [] };
const picked: Record<Arm, Map<string, string>> = { base: new Map(), branch: new Map() };
const loads: number[] = [];
for (let r = 0; r < rounds; r++) {
  const arm: Arm = r % 4 === 0 || r % 4 === 3 ? 'branch' : 'base';
  loads.push(loadavg()[0]!);
  const x = arms[arm];
  for (const id of probes) {
    if (!warm) x.forget();
    const a = structuredClone(x.byId.get(id)!);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const res = await x.compare(a, x.index);
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    rows[arm].push({ id, ms, cpu: (c.user + c.system) / 1000 });
    picked[arm].set(id, JSON.stringify(res));
  }
}
const at = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
console.log(`load ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`);
for (const arm of ['base', 'branch'] as const) {
  const ms = rows[arm].map((x) => x.ms);
  const cpu = rows[arm].map((x) => x.cpu);
  console.log(`${arm.padEnd(6)} ${ms.length} compares: wall median ${at(ms, 0.5).toFixed(0)} ms, p95 ${at(ms, 0.95).toFixed(0)} ms; CPU median ${at(cpu, 0.5).toFixed(0)} ms, p95 ${at(cpu, 0.95).toFixed(0)} ms, mean ${(cpu.reduce((a, b) => a + b, 0) / cpu.length).toFixed(0)} ms`);
}
// Per probe, the CPU median of each arm and their ratio; the geometric mean of the ratios (each probe weighs the same).
let logs = 0;
const per = probes.map((id) => {
  const m = (arm: Arm) => at(rows[arm].filter((x) => x.id === id).map((x) => x.cpu), 0.5);
  logs += Math.log(m('branch') / m('base'));
  return `${id.slice(0, 6)} ${m('base').toFixed(0)}→${m('branch').toFixed(0)}`;
});
console.log(`CPU median per probe, base→branch (ms): ${per.join(', ')}; geometric mean of the ratios ${Math.exp(logs / probes.length).toFixed(3)}`);
const differ = probes.filter((id) => picked.base.get(id) !== picked.branch.get(id));
console.log(`probes whose reports differ between the arms: ${differ.length}${differ.length ? ` (${differ.join(', ')})` : ''}`);
