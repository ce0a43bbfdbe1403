/**
 * perf57: the main thread's CPU of cold compares on a lib/store Corpus (fake-indexeddb), with closure.ts's perf57 steps
 * on (consistencyInTwoSteps: c's decisions of the reading's own story first, the others only when needed;
 * coherenceInTurn: m's question first, c's own decision only when m relates to c) and off (main's). CPU time of this process
 * (process.cpuUsage), not wall time. Before each compare the kept story vectors are cleared and every derived record is
 * forgotten (a fresh compare's derivations, as bench/browser.ts --fresh does). Arms alternate A B B A per round; the
 * reports of the two arms must be equal. Compares whose story needs more than one story decision are reported apart
 * (counted through the corpus's key-count reads: one per decision).
 * Dev data only: the labelled engine sets but the facts held set europa, the zyte pages, and `--zipf N` synthetic
 * articles (bench/synthetic.ts) so that more pools fill to 40.
 *
 *   ZYTE_HTML_DIR=… nice npx tsx bench/perf57-cpu.ts [--rounds 2] [--zipf 1500]
 */
import { compareArticle } from '../lib/engine/compare';
import { coherenceInTurn, consistencyInTwoSteps } from '../lib/engine/closure';
import type { Corpus } from '../lib/store/corpus';
import type { Article, CorpusIndex } from '../lib/types';
import { alternateArms, devCorpus, forgetCompares } from './ab';
import { optionValue } from './args';

const args = process.argv.slice(2);
const rounds = Number(optionValue('--rounds', args) ?? 2);
const zipf = Number(optionValue('--zipf', args) ?? 1500);
const { queries, zyte, corpus } = await devCorpus('perf57', zipf);

// The story decisions of a compare: each one asks the counts of its article's keys once (story.ts storyPool).
let decisions = 0;
const counted: CorpusIndex = Object.create(corpus, {
  keyCounts: { value: (keys: string[], b?: unknown) => (decisions++, (corpus.keyCounts as (k: string[], b?: unknown) => ReturnType<Corpus['keyCounts']>)(keys, b)) },
});

const cpu = { on: [] as number[], off: [] as number[] };
const multi = { on: [] as number[], off: [] as number[] };
const once = async (q: Article, on: boolean) => {
  consistencyInTwoSteps(on);
  coherenceInTurn(on);
  await forgetCompares(corpus);
  decisions = 0;
  const t = process.cpuUsage();
  const rep = await compareArticle(structuredClone(q), counted);
  const d = process.cpuUsage(t);
  const ms = (d.user + d.system) / 1000;
  cpu[on ? 'on' : 'off'].push(ms);
  if (decisions > 1) multi[on ? 'on' : 'off'].push(ms);
  return JSON.stringify(rep);
};
for (const q of queries.slice(0, 5)) await once(q, true); // warm code
cpu.on = [];
multi.on = [];
const differ = await alternateArms(queries, rounds, once);
consistencyInTwoSteps(true);
coherenceInTurn(true);
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const mean = (xs: number[]) => (xs.length ? sum(xs) / xs.length : NaN);
console.log(`corpus ${queries.length + zyte.length + zipf}; ${rounds} rounds × ${queries.length} queries per arm, A B B A; reports differing ${differ}`);
console.log(`all compares: on ${mean(cpu.on).toFixed(1)} ms / off ${mean(cpu.off).toFixed(1)} ms CPU per compare (${(100 * (mean(cpu.on) / mean(cpu.off) - 1)).toFixed(1)} %)`);
console.log(
  `compares of more than one decision (${multi.on.length} / ${multi.off.length}): on ${mean(multi.on).toFixed(1)} / off ${mean(multi.off).toFixed(1)} ms (${(100 * (mean(multi.on) / mean(multi.off) - 1)).toFixed(1)} %)`,
);
