/**
 * perf18: where the slow probe's fresh compare spends its time, phase by phase, in memory (the browser
 * bench's corpus in a MemoryIndex, as bench/compare-slow.ts --fresh: derived records forgotten, every
 * article read handed over as a new object): the page's own story decision, then closure, coherence
 * and consistency (the extra decisions); per phase wall and process CPU ms. `--profile`: a V8 CPU
 * profile of each phase alone (profiler started and stopped around it), summed by self time.
 * `--toggle closure-turn`: rounds alternate closure.ts closureInTurn on and off (A B B A …), each
 * arm printed apart.
 *
 * `--stored` (perf19): every article read comes with its packed story vectors, as lib/store hands them
 * over (vectors.ts keepStoredVectors; the browser's 100k database has them from the import), so what is
 * left is what a browser compare computes.
 *
 * `--inclusive f,g,…` (with --profile): the time under each of these functions too.
 * `--from FILE`: the corpus bench/perf23-cold.ts --dump wrote (no 100k build in this process).
 *
 *   nice npx tsx bench/perf18-phases.ts [--size 10000 | --from FILE] [--rounds 8] [--only 0584] [--profile] [--stored] [--toggle closure-turn|stage-memo]
 */
import { Session } from 'node:inspector';
import { probeCorpus, probeCorpusFrom } from './probe-corpus.ts';
import { findRelated } from '../lib/engine/index.ts';
import { closeStory, storyAsker } from '../lib/engine/closure.ts';
import { readOnce } from '../lib/engine/read-cache.ts';
import { forgetDerived } from '../lib/engine/features.ts';
import { keepStoredVectors, packedVectorsOf } from '../lib/engine/vectors.ts';
import type { Article, CorpusIndex } from '../lib/types.ts';
import { optionValue } from './args.ts';
import { abbaOn, engineToggle } from './toggles.ts';
import { median } from './baseline.ts';

const args = process.argv.slice(2);
const flag = (name: string) => optionValue(name, args);
const size = Number(flag('--size') ?? 10_000);
const rounds = Number(flag('--rounds') ?? 8);
const only = flag('--only') ?? '0584';
const profiling = args.includes('--profile');
const toggleName = flag('--toggle');
const toggle = engineToggle(toggleName);
const stored = args.includes('--stored');
process.env.PARALLAX_CACHE ??= 'off';

const from = flag('--from');
const { index, byId, probes } = from ? probeCorpusFrom(from) : await probeCorpus(size);
const packed = new Map<string, ReturnType<typeof packedVectorsOf>>();
const packedOf = (a: Article) => (packed.has(a.id) ? packed.get(a.id)! : (packed.set(a.id, packedVectorsOf(a)), packed.get(a.id)!));
const handOver = (a: Article) => {
  const copy = structuredClone(a);
  if (stored) keepStoredVectors(copy, structuredClone(packedOf(a)));
  return copy;
};
const fresh: CorpusIndex = new Proxy(index, {
  get(t, p, r) {
    if (p === 'getMany') return async (ids: string[]) => (await t.getMany(ids)).map(handOver);
    const v = Reflect.get(t, p, r);
    return typeof v === 'function' ? v.bind(t) : v;
  },
});
const session = profiling ? new Session() : null;
session?.connect();
const post = (m: string, p?: object) => new Promise<any>((res, rej) => session!.post(m, p ?? {}, (e, r) => (e ? rej(e) : res(r))));
if (session) {
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 100 });
}
type Phase = 'own' | 'step';
const self: Record<Phase, Map<string, number>> = { own: new Map(), step: new Map() };
const rows: Array<{ how: string; phase: Phase; wall: number; cpu: number }> = [];
/** `--inclusive f,g,…`: time under each of these functions (any file, counted once per sample however deep). */
const inclusive = (flag('--inclusive') ?? '').split(',').filter(Boolean);
const under: Record<Phase, Map<string, number>> = { own: new Map(), step: new Map() };
function addProfile(profile: any, into: Map<string, number>, phaseUnder: Map<string, number>) {
  const dt = new Map<number, number>();
  profile.samples.forEach((id: number, k: number) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[k] ?? 0)));
  const parent = new Map<number, any>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
  for (const n of profile.nodes) {
    const f = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber + 1}`;
    const t = (dt.get(n.id) ?? 0) / 1000;
    into.set(f, (into.get(f) ?? 0) + t);
    if (!t || !inclusive.length) continue;
    const seen = new Set<string>();
    for (let x: any = n; x; x = parent.get(x.id)) {
      const fn = x.callFrame.functionName;
      if (inclusive.includes(fn) && !seen.has(fn)) (seen.add(fn), phaseUnder.set(fn, (phaseUnder.get(fn) ?? 0) + t));
    }
  }
}
async function phase<T>(how: string, name: Phase, run: () => Promise<T>): Promise<T> {
  if (session) await post('Profiler.start');
  const t = performance.now();
  const c0 = process.cpuUsage();
  const out = await run();
  const c1 = process.cpuUsage(c0);
  rows.push({ how, phase: name, wall: performance.now() - t, cpu: (c1.user + c1.system) / 1000 });
  if (session) addProfile((await post('Profiler.stop')).profile, self[name], under[name]);
  return out;
}
const ids = probes.filter((id) => id.startsWith(only));
console.log(`${ids.length} probe(s) starting with ${only}; ${rounds} rounds`);
const once1 = async (id: string, how: string) => {
  forgetDerived();
  const once = readOnce(fresh);
  const { candidates } = await phase(how, 'own', () => findRelated(structuredClone(byId.get(id)!) as Article, once, { storyOnly: true }));
  const inner = storyAsker(once);
  const asked: string[] = [];
  const ask = Object.assign((x: Article, t: string[]) => (asked.push(`ask ${x.id.slice(0, 6)} [${t.length}]`), inner(x, t)), {
    read: (x: Article, among?: ReadonlySet<string>) => (asked.push(`read ${x.id.slice(0, 6)}${among ? ` among ${among.size}` : ''}`), inner.read!(x, among)),
  });
  await phase(how, 'step', () => closeStory(candidates, ask));
  questions.set(id, asked);
};
/** Each probe's questions to the asker in its last compare (closure, coherence, consistency). */
const questions = new Map<string, string[]>();
for (const id of ids) for (let k = 0; k < 2; k++) await once1(id, 'warm-up');
rows.length = 0;
self.own.clear();
self.step.clear();
under.own.clear();
under.step.clear();
for (let r = 0; r < rounds; r++) {
  const how = !toggle ? 'all' : abbaOn(r) ? 'on' : 'off';
  toggle?.(how === 'on');
  for (const id of ids) await once1(id, how);
}
toggle?.(true);
for (const how of [...new Set(rows.map((x) => x.how))])
  for (const p of ['own', 'step'] as const) {
    const xs = rows.filter((x) => x.how === how && x.phase === p);
    console.log(`${how} ${p === 'own' ? "page's own decision" : 'closure + checks'}: wall median ${median(xs.map((x) => x.wall)).toFixed(0)} ms, CPU median ${median(xs.map((x) => x.cpu)).toFixed(0)} ms (CPU each: ${xs.map((x) => x.cpu.toFixed(0)).join(', ')})`);
  }
for (const [id, qs] of questions) console.log(`${id.slice(0, 12)} questions: ${qs.length ? qs.join('; ') : 'none'}`);
if (session)
  for (const k of ['own', 'step'] as const) {
    if (inclusive.length) console.log(`${k === 'own' ? "page's own decision" : 'closure + checks'}, time under (ms, all rounds): ${inclusive.map((f) => `${f} ${(under[k].get(f) ?? 0).toFixed(0)}`).join(', ')}`);
    const tot = [...self[k].values()].reduce((a, b) => a + b, 0);
    console.log(`${k === 'own' ? "page's own decision" : 'closure + checks'}: sampled ${tot.toFixed(0)} ms; top self:`);
    for (const [f, t] of [...self[k]].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${t.toFixed(0).padStart(6)} ms  ${f}`);
  }
