/**
 * The slow compares in memory: the browser bench's corpus (seeds, tests/data's sets, the zyte pages,
 * then Zipf-law articles up to --size) in a MemoryIndex, its probes compared warm (each twice first),
 * and each run's time split: the page's own story decision, the story step after it (closure,
 * coherence, consistency: the extra decisions), the report. Run under `node --cpu-prof` (through
 * `npx tsx --cpu-prof ...`) to see where the slow ones spend it.
 *
 *   nice npx tsx bench/compare-slow.ts [--size 10000] [--rounds 3] [--only ID-PREFIX] [--fresh] [--toggle closure-turn|stage-memo]
 *
 * --fresh: each run as a probe's first compare on a freshly filled database (bench:browser's compare
 * row right after the fill): every derived record forgotten before it (features.ts `forgetDerived`)
 * and every article read handed over as a new object (as the store does), with no kept story vectors.
 *
 * --toggle NAME: rounds alternate the toggle on and off (A B B A …, same process and load), each arm's
 * median, p95 and process CPU printed apart (`closure-turn`: closure.ts closureInTurn, perf18).
 */
import { probeCorpus } from './probe-corpus.ts';
import { compareArticle, findRelated } from '../lib/engine/index.ts';
import { closeStory, storyAsker } from '../lib/engine/closure.ts';
import { readOnce } from '../lib/engine/read-cache.ts';
import type { Article, CorpusIndex } from '../lib/types.ts';
import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';
import { optionValue } from './args.ts';
import { abbaOn, engineToggle } from './toggles.ts';

const args = process.argv.slice(2);
const flag = (name: string) => optionValue(name, args);
const size = Number(flag('--size') ?? 10_000);
const rounds = Number(flag('--rounds') ?? 3);
const only = flag('--only');
const fresh = args.includes('--fresh');
const toggleName = flag('--toggle');
const toggle = engineToggle(toggleName);
import { forgetDerived } from '../lib/engine/features.ts';
process.env.PARALLAX_CACHE ??= 'off';

const { all, index, byId, probes } = await probeCorpus(size);
const probeIds = probes.filter((id) => !only || id.startsWith(only));
console.log(`${all.length} articles, ${probeIds.length} probes`);

let decisions = 0;
const counted: CorpusIndex = new Proxy(index, {
  get(t, p, r) {
    if (p === 'findSame') return (a: Article) => (decisions++, t.findSame(a));
    if (p === 'getMany' && fresh) return async (ids: string[]) => (await t.getMany(ids)).map((a) => structuredClone(a));
    const v = Reflect.get(t, p, r);
    return typeof v === 'function' ? v.bind(t) : v;
  },
});
for (const id of probeIds) for (let k = 0; k < 2; k++) await compareArticle(structuredClone(byId.get(id)!), counted);

// --profile OUT: a V8 CPU profile of the timed runs only, and its top functions by self time.
const profileOut = flag('--profile');
const session = profileOut ? new Session() : null;
const post = (m: string, p?: object) => new Promise<any>((res, rej) => session!.post(m, p ?? {}, (e, r) => (e ? rej(e) : res(r))));
if (session) {
  session.connect();
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 200 });
  await post('Profiler.start');
}
const rows: Array<{ id: string; ms: number; own: number; step: number; decisions: number; how: string; cpu: number }> = [];
// Process CPU of the timed compareArticle runs (a loaded machine inflates their wall time, less their CPU).
let cpuMs = 0;
for (let r = 0; r < rounds; r++) {
  const how = !toggle ? '' : abbaOn(r) ? 'on' : 'off';
  toggle?.(how === 'on');
  for (const id of probeIds) {
    const a = structuredClone(byId.get(id)!);
    decisions = 0;
    if (fresh) forgetDerived();
    const t0 = performance.now();
    const once = readOnce(counted);
    const { candidates } = await findRelated(a, once);
    const t1 = performance.now();
    await closeStory(candidates, storyAsker(once));
    const t2 = performance.now();
    decisions = 0;
    if (fresh) forgetDerived();
    const b = fresh ? structuredClone(byId.get(id)!) : a;
    const t3 = performance.now();
    const c0 = process.cpuUsage();
    await compareArticle(b, counted);
    const c1 = process.cpuUsage(c0);
    cpuMs += (c1.user + c1.system) / 1000;
    const t4 = performance.now();
    rows.push({ id, ms: t4 - t3, own: t1 - t0, step: t2 - t1, decisions: 0, how, cpu: (c1.user + c1.system) / 1000 });
  }
}
toggle?.(true);
if (session) {
  const { profile } = await post('Profiler.stop');
  writeFileSync(profileOut!, JSON.stringify(profile));
  const self = new Map<string, number>();
  const dt = new Map<number, number>();
  profile.samples.forEach((id: number, k: number) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[k] ?? 0)));
  for (const n of profile.nodes) {
    const f = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber + 1}`;
    self.set(f, (self.get(f) ?? 0) + (dt.get(n.id) ?? 0) / 1000);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`profile: ${total.toFixed(0)} ms sampled; top by self time:`);
  for (const [f, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${t.toFixed(0).padStart(6)} ms  ${f}`);
}
rows.sort((x, y) => y.ms - x.ms);
for (const x of rows.slice(0, 12)) console.log(`${x.id.slice(0, 14)}${x.how ? ` ${x.how}` : ''} compare ${x.ms.toFixed(0)} ms; story: own decision ${x.own.toFixed(0)}, closure+checks ${x.step.toFixed(0)}`);
const q = (p: number) => [...rows].sort((x, y) => x.ms - y.ms)[Math.min(rows.length - 1, Math.floor(p * rows.length))]!.ms;
console.log(`compare median ${q(0.5).toFixed(0)} ms, p95 ${q(0.95).toFixed(0)} ms over ${rows.length} runs; process CPU ${cpuMs.toFixed(0)} ms in all (${(cpuMs / rows.length).toFixed(0)} per compare)`);
if (toggle)
  for (const how of ['on', 'off']) {
    const xs = rows.filter((x) => x.how === how).sort((x, y) => x.ms - y.ms);
    const at = (p: number) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))]!.ms;
    const cpu = xs.reduce((a, x) => a + x.cpu, 0) / xs.length;
    const slow = xs.filter((x) => x.id.startsWith('0584'));
    const per = [...new Set(xs.map((x) => x.id))].sort().map((id) => {
      const cs = xs.filter((x) => x.id === id).map((x) => x.cpu).sort((a, b) => a - b);
      return `${id.slice(0, 6)} ${cs[Math.floor(cs.length / 2)]!.toFixed(0)}`;
    });
    console.log(`${toggleName} ${how}: process CPU median per probe (ms): ${per.join(', ')}`);
    console.log(`${toggleName} ${how}: median ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms over ${xs.length} runs; process CPU ${cpu.toFixed(0)} per compare${slow.length ? `; 0584…: ${slow.map((x) => x.ms.toFixed(0)).join(', ')} ms` : ''}`);
  }
