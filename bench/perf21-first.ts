/**
 * perf21: a page's first compares against its later ones, in memory (Node): the browser bench's
 * corpus (bench/probe-corpus.ts) in a MemoryIndex, each round comparing every probe as a freshly
 * opened panel would (derived records forgotten, each article read handed over as a new object, no
 * kept vectors). Round 0 is the process's first compares: cold code. `--warm` runs the warm-up a
 * side panel could run while it waits for its page (bench/warm-engine.ts) to its end first.
 * One process is one sample of round 0: run it several times, alternating `--warm`.
 * Prints per round the wall ms of each probe and the process CPU ms of the round.
 *
 *   ZYTE_HTML_DIR=… nice npx tsx bench/perf21-first.ts [--size 10000] [--rounds 2] [--warm [--warm-rounds 2]] [--profile FILE]
 *
 * `--profile FILE [--profile-round N]`: a V8 CPU profile of round N (default 0; DevTools protocol), written to FILE.
 */
import { freshReads, probeCorpus } from './probe-corpus.ts';
import { compareArticle } from '../lib/engine/index.ts';
import { forgetDerived } from '../lib/engine/features.ts';
import { warmEngine } from './warm-engine.ts';
import type { Article, CorpusIndex } from '../lib/types.ts';
import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';
import { optionValue } from './args.ts';

const args = process.argv.slice(2);
const flag = (name: string) => optionValue(name, args);
const size = Number(flag('--size') ?? 10_000);
const rounds = Number(flag('--rounds') ?? 2);
const prof = flag('--profile');
/** `--profile-round N`: which round `--profile` samples (default 0). */
const profRound = Number(flag('--profile-round') ?? 0);
const warm = args.includes('--warm');
/** `--warm-rounds N`: the warm-up's rounds over its story (default 2: 8 compares). */
const warmRounds = Number(flag('--warm-rounds') ?? 2);
process.env.PARALLAX_CACHE ??= 'off';
const { index, byId, probes } = await probeCorpus(size);
const fresh = freshReads(index);
if (warm) {
  const t = performance.now();
  const c = process.cpuUsage();
  const done = await warmEngine(() => false, warmRounds);
  const cpu = process.cpuUsage(c);
  console.log(`warm-up: ${done} compares, ${(performance.now() - t).toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU`);
}
const session = prof ? new Session() : null;
session?.connect();
const post = (m: string, p?: object) => new Promise<any>((res, rej) => session!.post(m, p ?? {}, (e, r) => (e ? rej(e) : res(r))));
for (let r = 0; r < rounds; r++) {
  forgetDerived();
  if (session && r === profRound) {
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', { interval: 200 });
    await post('Profiler.start');
  }
  const out: string[] = [];
  const c = process.cpuUsage();
  let tot = 0;
  for (const id of probes) {
    const t = performance.now();
    await compareArticle(structuredClone(byId.get(id)!) as Article, fresh);
    const ms = performance.now() - t;
    tot += ms;
    out.push(`${id.slice(0, 6)} ${ms.toFixed(0)}`);
  }
  const cpu = process.cpuUsage(c);
  if (session && r === profRound) writeFileSync(prof!, JSON.stringify((await post('Profiler.stop')).profile));
  console.log(`round ${r}${warm ? ' (after warm-up)' : ''}: wall ${tot.toFixed(0)} ms, CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms; ${out.join(', ')}`);
}
