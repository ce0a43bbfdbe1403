/**
 * perf57: what one cold compare's story decisions derive and compute, and how much of it repeats. Counts per compare
 * (story decisions, derivations, cosines, alignments), gathered through an optional counter the engine calls when the
 * bench installs one (`globalThis.__c`, absent in the product: no lib/ code depends on it; the counting lines are a
 * local patch, /tmp/perf57/count.patch, not committed). Without the patch the counts are all 0 and only the CPU is read.
 * Dev data only: the labelled engine sets but the facts held set europa, the zyte pages, and `--zipf N` synthetic
 * articles (bench/synthetic.ts) so that pools fill to 40 as they do at 100k.
 *
 *   ZYTE_HTML_DIR=… nice npx tsx bench/perf57-counts.ts [--zipf 2000]
 */
import { compareArticle } from '../lib/engine/compare';
import { coherenceInTurn, consistencyInTwoSteps } from '../lib/engine/closure';
import type { Article } from '../lib/types';
import { devCorpus, forgetCompares } from './ab';
import { optionValue } from './args';

const args = process.argv.slice(2);
const zipf = Number(optionValue('--zipf', args) ?? 0);
/** `--main`: closure's perf57 steps off (closure.ts consistencyInTwoSteps, coherenceInTurn): main's decisions. */
consistencyInTwoSteps(!args.includes('--main'));
coherenceInTurn(!args.includes('--main'));
const { queries, zyte, corpus } = await devCorpus('perf57', zipf);

type Tally = Map<string, { calls: number; sum: number; keys: Map<string, number> }>;
let tally: Tally = new Map();
let objs = new Map<string, Map<object, number>>();
const objRepeats = new Map<string, number>();
(globalThis as { __c?: (name: string, key: unknown, extra?: unknown) => void }).__c = (name, key, extra) => {
  let t = tally.get(name);
  if (!t) tally.set(name, (t = { calls: 0, sum: 0, keys: new Map() }));
  t.calls++;
  if (typeof key === 'number') t.sum += key;
  else if (typeof key === 'object' && key) {
    const m = (objs.get(name) ?? objs.set(name, new Map()).get(name))!;
    m.set(key, (m.get(key) ?? 0) + 1);
  }
  else {
    const k = extra === undefined ? String(key) : `${String(key)}|${String(extra)}`;
    t.keys.set(k, (t.keys.get(k) ?? 0) + 1);
  }
};

const times = new Map<string, number>();
const decisionKinds = new Map<string, number>();
let last = 0;
(globalThis as { __t?: (kind: string, label: string | null) => void }).__t = (kind, label) => {
  const now = performance.now();
  if (label === null && kind !== 'page') decisionKinds.set(kind, (decisionKinds.get(kind) ?? 0) + 0.5);
  if (label !== null) times.set(`${kind} ${label}`, (times.get(`${kind} ${label}`) ?? 0) + now - last);
  last = now;
};
const total = new Map<string, { calls: number; sum: number; repeats: number }>();
const perDecisions = new Map<number, { compares: number; cpu: number }>();
for (const q of queries) {
  await forgetCompares(corpus);
  tally = new Map();
  for (const [name, m] of objs) for (const n of m.values()) objRepeats.set(name, (objRepeats.get(name) ?? 0) + n - 1);
  objs = new Map();
  const t = process.cpuUsage();
  await compareArticle(structuredClone(q), corpus);
  const d = process.cpuUsage(t);
  const decisions = tally.get('makeStage')?.calls ?? 0;
  const pd = perDecisions.get(decisions) ?? { compares: 0, cpu: 0 };
  pd.compares++;
  pd.cpu += (d.user + d.system) / 1000;
  perDecisions.set(decisions, pd);
  for (const [name, x] of tally) {
    const o = total.get(name) ?? { calls: 0, sum: 0, repeats: 0 };
    o.calls += x.calls;
    o.sum += x.sum;
    // A repeat: the same key counted again within this compare.
    for (const n of x.keys.values()) o.repeats += n - 1;
    total.set(name, o);
  }
}
console.log(`corpus ${queries.length + zyte.length + zipf} (zipf ${zipf}); ${queries.length} cold compares`);
console.log('decisions per compare → compares, CPU ms per compare');
for (const [k, v] of [...perDecisions].sort((a, b) => a[0] - b[0])) console.log(`  ${k}: ${v.compares}, ${(v.cpu / v.compares).toFixed(1)}`);
for (const [k, v] of decisionKinds) console.log('decisions', k, v);
console.log('| counter | calls | per compare | sum (size) | repeats of a key within a compare |\n|---|---|---|---|---|');
for (const [name, o] of [...total].sort()) console.log(`| ${name} | ${o.calls} | ${(o.calls / queries.length).toFixed(1)} | ${o.sum} | ${o.repeats} |`);
console.log('| decision part (synchronous segments) | ms per compare |\n|---|---|');
for (const [k, v] of [...times].sort()) console.log(`| ${k} | ${(v / queries.length).toFixed(1)} |`);
console.log('same object again within a compare (before the last compare):', [...objRepeats]);
