/**
 * perf64: where a cold compare's CPU goes, probe by probe, in Node. The browser bench's corpus in memory
 * (bench/probe-corpus.ts: seeds, tests/data's sets, the zyte pages, Zipf articles up to `--size`); each probe compared
 * twice to warm the code, then `--rounds R` cold compares of it (every derived record forgotten, every article read
 * handed over as a new object: no story vectors kept), under V8's sampling profiler (one profile per probe). Per probe:
 * process CPU per compare (median), story decisions, articles read, document vectors derived, characters tokenised;
 * the time under each stage's function (inclusive, a function counted once per sample) and the top functions by self
 * time.
 *
 *   ZYTE_HTML_DIR=… nice npx tsx bench/perf64-profile.ts [--size 30000] [--rounds 6] [--only 058445,001_c9] [--top 25] [--out DIR]
 */
import { Session } from 'node:inspector';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { compareArticle } from '../lib/engine/index.ts';
import { forgetDerived } from '../lib/engine/features.ts';
import { docVectorsDerived } from '../lib/engine/vectors.ts';
import { tokenisedChars } from '../lib/nlp/index.ts';
import type { Article, CorpusIndex } from '../lib/types.ts';
import { optionValue } from './args.ts';
import { median } from './baseline.ts';
import { selfTimes } from './cpu-profile.ts';
import { freshReads, probeCorpus } from './probe-corpus.ts';

process.env.PARALLAX_CACHE ??= 'off';
const args = process.argv.slice(2);
const size = Number(optionValue('--size', args) ?? 30_000);
const rounds = Number(optionValue('--rounds', args) ?? 6);
const top = Number(optionValue('--top', args) ?? 25);
const only = optionValue('--only', args)?.split(',');
const out = optionValue('--out', args);

/**
 * The stages, each by the functions it runs (lib/engine, lib/nlp). A sample goes to the first stage met walking up its
 * stack from the function running (an async function's stack after an await does not hold its caller, so times by
 * what is on the stack alone would miss them); the garbage collector is its own stage.
 */
const STAGES: ReadonlyArray<readonly [string, ReadonlySet<string>]> = [
  ['story vectors', new Set(['docVector', 'nameVector', 'figureSet', 'tokensOf', 'textFigures', 'storyVectors', 'storyVectorsOf', 'vectorsToKeep', 'packVectors'])],
  ['unit features', new Set(['baseFeatures', 'idfTerms', 'isFactUnit', 'idfFeatures', 'storyFacts', 'countedFacts', 'featuresOf', 'articleFeatures', 'articleFeaturesAfter', 'unitFeatures', 'idfFacts'])],
  ['unit IDF + weighing', new Set(['unitIdf', 'weighAll', 'weigh', 'packPrepared', 'addAll', 'addTerms', 'addGrams'])],
  ['align', new Set(['align'])],
  ['report', new Set(['buildReport', 'reportFeatures'])],
  ['story keys', new Set(['indexKeys', 'keysOf'])],
  ['furniture', new Set(['furnitureOf', 'withoutFurnitureRelations'])],
  ['pool stage, the rest (tf-idf, cosines, names)', new Set(['makeStage'])],
  ['decisions, the rest', new Set(['findRelated', 'decideOnly', 'relatedOnly', 'storyOnly'])],
  ['closure, the rest', new Set(['closeStory', 'cohereStory', 'twoGroups'])],
];
type Profile = Parameters<typeof selfTimes>[0] & { nodes: Array<{ id: number; children?: number[] }> };
/** ms by stage (see STAGES; 'other' for the rest) and the self time of lib/nlp's word functions within each. */
function byStage(p: Profile): { stage: Map<string, number>; leaf: Map<string, number> } {
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const fn = new Map(p.nodes.map((n) => [n.id, n.callFrame.functionName]));
  const memo = new Map<number, string>();
  const stageOf = (id: number): string => {
    let got = memo.get(id);
    if (got) return got;
    for (let x: number | undefined = id; x !== undefined && !got; x = parent.get(x)) {
      const f = fn.get(x)!;
      got = f === '(garbage collector)' ? 'GC' : STAGES.find(([, fs]) => fs.has(f))?.[0];
    }
    memo.set(id, (got ??= 'other'));
    return got;
  };
  const WORDS = new Set(['stem', 'foldWord', 'tokens', 'mapWords', 'wordBounds', 'scanLine', 'counts', 'isFunctionWord', 'contentStem']);
  const stage = new Map<string, number>();
  const leaf = new Map<string, number>();
  p.samples.forEach((id, k) => {
    const dt = (p.timeDeltas[k + 1] ?? 0) / 1000;
    const s = stageOf(id);
    stage.set(s, (stage.get(s) ?? 0) + dt);
    const f = fn.get(id)!;
    if (WORDS.has(f)) leaf.set(`${s}/${f}`, (leaf.get(`${s}/${f}`) ?? 0) + dt);
  });
  return { stage, leaf };
}

const { index, byId, probes } = await probeCorpus(size);
const chosen = probes.filter((id) => !only || only.some((p) => id.startsWith(p)));
let decisions = 0;
let read = 0;
const fresh = freshReads(index);
const counted: CorpusIndex = new Proxy(fresh, {
  get(t, p, r) {
    if (p === 'findSame') return (a: Article) => (decisions++, t.findSame(a));
    if (p === 'getMany') return (ids: string[]) => ((read += ids.length), t.getMany(ids));
    const v = Reflect.get(t, p, r);
    return typeof v === 'function' ? v.bind(t) : v;
  },
});
const session = new Session();
session.connect();
const post = <T = unknown>(m: string, p?: object) => new Promise<T>((ok, no) => session.post(m, p ?? {}, (e, r) => (e ? no(e) : ok(r as T))));
await post('Profiler.enable');
await post('Profiler.setSamplingInterval', { interval: 200 });
if (out) mkdirSync(out, { recursive: true });

const load0 = loadavg()[0]!;
console.log(`${byId.size} articles; ${chosen.length} probes × ${rounds} cold compares; load ${load0.toFixed(1)}`);
for (const id of chosen) {
  for (let k = 0; k < 2; k++) await compareArticle(structuredClone(byId.get(id)!), counted);
  const cpu: number[] = [];
  const c = { decisions: 0, read: 0, docs: 0, chars: 0 };
  await post('Profiler.start');
  for (let r = 0; r < rounds; r++) {
    forgetDerived();
    decisions = read = 0;
    const d0 = docVectorsDerived();
    const k0 = tokenisedChars();
    const t = process.cpuUsage();
    await compareArticle(structuredClone(byId.get(id)!), counted);
    const d = process.cpuUsage(t);
    cpu.push((d.user + d.system) / 1000);
    Object.assign(c, { decisions, read, docs: docVectorsDerived() - d0, chars: tokenisedChars() - k0 });
  }
  const { profile } = await post<{ profile: Profile }>('Profiler.stop');
  if (out) writeFileSync(`${out}/${id.slice(0, 6)}.cpuprofile`, JSON.stringify(profile));
  const { stage, leaf } = byStage(profile);
  const all = [...stage.values()].reduce((a, b) => a + b, 0);
  const per = (ms: number) => (ms / rounds).toFixed(1);
  const rows = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, ms]) => `${k} ${per(ms)} (${((100 * ms) / all).toFixed(1)} %)`).join('; ');
  console.log(`\n${id.slice(0, 6)}: CPU per compare median ${median(cpu).toFixed(1)} ms (${cpu.map((x) => x.toFixed(0)).join(' ')}); decisions ${c.decisions}, articles read ${c.read}, document vectors ${c.docs}, characters tokenised ${c.chars}; sampled ${per(all)} ms per compare`);
  console.log(`  by stage (ms per compare): ${rows(stage)}`);
  console.log(`  lib/nlp word functions' self time, by stage: ${rows(leaf)}`);
  console.log('  self (ms per compare):');
  for (const [f, ms] of selfTimes(profile).slice(0, top)) console.log(`    ${per(ms).padStart(7)}  ${f}`);
}
console.log(`\nload ${load0.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`);
