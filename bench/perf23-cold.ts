/**
 * A page's first compare in a fresh Node process against its later ones: process CPU and a V8 CPU
 * profile of each, split by phase (time under each named engine function, any file). The corpus is
 * bench/probe-corpus.ts's (seeds, tests/data's sets, zyte pages, Zipf articles up to --size) in a
 * MemoryIndex; each compare is run as compare-slow.ts --fresh runs it (derived records forgotten, the
 * article and every article read handed over as new objects). Building the index runs the keys code
 * (tokeniser, stemmer) before the first compare, so "cold" here is the engine beyond the keys: the
 * panel's first compare also pays those, this bench does not.
 *
 *   nice npx tsx bench/perf23-cold.ts [--size 100000] [--probe 003] [--warm 6] [--top 25] [--phases a,b,…]
 *   nice npx tsx bench/perf23-cold.ts --size 100000 --dump FILE      (write the corpus and its keys, v8-serialised)
 *   nice npx tsx bench/perf23-cold.ts --from FILE [--probe 003] …      (a fresh process on that corpus: no engine
 *     code has run before the first compare, every module cache empty, as in a newly opened side panel)
 *
 * Prints: the first compare's CPU and phases; then the same probe's next --warm compares (median);
 * then the first compare of each other probe (warm code, their own data).
 */
import { probeCorpus, probeCorpusFrom } from './probe-corpus.ts';
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import { writeFileSync } from 'node:fs';
import { serialize } from 'node:v8';
import { forgetDerived } from '../lib/engine/features.ts';
import type { Article, CorpusIndex } from '../lib/types.ts';
import { Session } from 'node:inspector';
import { optionValue } from './args.ts';

const args = process.argv.slice(2);
const flag = (name: string) => optionValue(name, args);
const size = Number(flag('--size') ?? 100_000);
const probe = flag('--probe') ?? '003';
const warm = Number(flag('--warm') ?? 6);
const top = Number(flag('--top') ?? 25);
const PHASES = (
  flag('--phases') ??
  'findRelated,closeStory,storyPool,ownFeatures,makeStage,featuresOf,articleFeatures,reportFeatures,unitIdf,weighAll,align,buildReport,rankReport,describeConflicts,keepVectorsLater,getMany,stemUncached,quantities,(garbage collector)'
)
  .split(',')
  .filter(Boolean);
process.env.PARALLAX_CACHE ??= 'off';

const dump = flag('--dump');
const from = flag('--from');
const c00 = process.cpuUsage();
let index: MemoryIndex;
let byId: Map<string, Article>;
let probes: string[];
if (from) ({ index, byId, probes } = probeCorpusFrom(from));
else ({ index, byId, probes } = await probeCorpus(size));
const cBuild = process.cpuUsage(c00);
console.log(`${byId.size} articles ${from ? 'read' : 'built'} in ${((cBuild.user + cBuild.system) / 1000).toFixed(0)} ms CPU`);
if (dump) {
  const m = index as unknown as { keysOf: Map<string, string[]> };
  const articles = [...byId.values()];
  writeFileSync(dump, serialize({ articles, keys: articles.map((a) => m.keysOf.get(a.id)!), probes }));
  console.log(`wrote ${dump}`);
  process.exit(0);
}
const corpus: CorpusIndex = new Proxy(index, {
  get(t, p, r) {
    if (p === 'getMany') return async (ids: string[]) => (await t.getMany(ids)).map((a) => structuredClone(a));
    const v = Reflect.get(t, p, r);
    return typeof v === 'function' ? v.bind(t) : v;
  },
});

const session = new Session();
session.connect();
const post = (m: string, p?: object) => new Promise<any>((res, rej) => session.post(m, p ?? {}, (e, r) => (e ? rej(e) : res(r))));
await post('Profiler.enable');
await post('Profiler.setSamplingInterval', { interval: 100 });

interface PNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
type Split = { cpu: number; sampled: number; phases: Map<string, number>; self: Map<string, number> };

async function profiled(id: string): Promise<Split> {
  const a: Article = structuredClone(byId.get(id)!);
  forgetDerived();
  await post('Profiler.start');
  const c0 = process.cpuUsage();
  await compareArticle(a, corpus);
  const c1 = process.cpuUsage(c0);
  const { profile } = await post('Profiler.stop');
  const nodes = new Map<number, PNode>((profile.nodes as PNode[]).map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of nodes.values()) for (const c of n.children ?? []) parent.set(c, n.id);
  const phases = new Map<string, number>();
  const self = new Map<string, number>();
  let sampled = 0;
  profile.samples.forEach((sid: number, k: number) => {
    const dt = (profile.timeDeltas[k + 1] ?? 0) / 1000;
    sampled += dt;
    const f = nodes.get(sid)!.callFrame;
    const name = `${f.functionName || '(anon)'} ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + dt);
    const seen = new Set<string>();
    for (let n: number | undefined = sid; n !== undefined; n = parent.get(n)) {
      const fn = nodes.get(n)!.callFrame.functionName;
      if (PHASES.includes(fn) && !seen.has(fn)) (seen.add(fn), phases.set(fn, (phases.get(fn) ?? 0) + dt));
    }
  });
  return { cpu: (c1.user + c1.system) / 1000, sampled, phases, self };
}

const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? 0;
const target = probes.find((p) => p.startsWith(probe))!;
const first = await profiled(target);
const later: Split[] = [];
for (let k = 0; k < warm; k++) later.push(await profiled(target));
const others: Array<[string, Split]> = [];
for (const id of probes) if (id !== target) others.push([id, await profiled(id)]);

const row = (s: Split[]) => `CPU ${med(s.map((x) => x.cpu)).toFixed(0)} ms (sampled ${med(s.map((x) => x.sampled)).toFixed(0)})`;
console.log(`probe ${target}: first compare ${row([first])}; next ${warm} median ${row(later)}`);
console.log(`other probes' first compares (warm code): ${others.map(([id, s]) => `${id.slice(0, 6)} ${s.cpu.toFixed(0)}`).join(', ')}`);
console.log('phase (time under it, ms): first / later median');
for (const p of PHASES) console.log(`  ${p.padEnd(22)} ${(first.phases.get(p) ?? 0).toFixed(1).padStart(7)} / ${med(later.map((x) => x.phases.get(p) ?? 0)).toFixed(1).padStart(7)}`);
const diff = new Map<string, number>();
for (const [k, v] of first.self) diff.set(k, v - med(later.map((x) => x.self.get(k) ?? 0)));
console.log(`top self time of the first compare (ms), with the later median beside it:`);
for (const [k, v] of [...first.self].sort((x, y) => y[1] - x[1]).slice(0, top))
  console.log(`  ${v.toFixed(1).padStart(7)} ${med(later.map((x) => x.self.get(k) ?? 0)).toFixed(1).padStart(7)}  ${k}`);
console.log(`largest first-minus-later self time (ms): the cold code`);
for (const [k, v] of [...diff].sort((x, y) => y[1] - x[1]).slice(0, top)) console.log(`  ${v.toFixed(1).padStart(7)}  ${k}`);
