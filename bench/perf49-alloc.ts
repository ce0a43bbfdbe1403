/**
 * perf49: where a cold first compare allocates. The browser bench's corpus (bench/probe-corpus.ts) in a MemoryIndex, its
 * probes compared once warm (JIT), then `--rounds` rounds of first compares (every derived record forgotten, every
 * article read handed over as a new object: bench/compare-slow.ts --fresh) under V8's sampling heap profiler with the
 * objects that were collected counted too (so: everything allocated, not what stays). Prints the bytes allocated per
 * compare by allocating function (self) and the inclusive bytes of a few engine steps.
 *
 *   ZYTE_HTML_DIR=… nice npx tsx bench/perf49-alloc.ts [--size 20000] [--rounds 2] [--top 40]
 */
import { Session } from 'node:inspector';
import { warmedProbes } from './probe-corpus.ts';
import { compareArticle } from '../lib/engine/index.ts';
import { forgetDerived } from '../lib/engine/features.ts';
import type { Article } from '../lib/types.ts';
import { optionValue } from './args.ts';

const args = process.argv.slice(2);
const size = Number(optionValue('--size', args) ?? 20_000);
const rounds = Number(optionValue('--rounds', args) ?? 2);
const top = Number(optionValue('--top', args) ?? 40);
process.env.PARALLAX_CACHE ??= 'off';

const { index, byId, probes, fresh } = await warmedProbes(size);

const session = new Session();
session.connect();
const post = (m: string, p?: object) => new Promise<any>((res, rej) => session.post(m, p ?? {}, (e, r) => (e ? rej(e) : res(r))));
await post('HeapProfiler.enable');
await post('HeapProfiler.startSampling', { samplingInterval: 16384, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
let compares = 0;
for (let r = 0; r < rounds; r++)
  for (const id of probes) {
    forgetDerived();
    await compareArticle(structuredClone(byId.get(id)! as Article), fresh);
    compares++;
  }
const { profile } = await post('HeapProfiler.stopSampling');

type Node = { callFrame: { functionName: string; url: string; lineNumber: number }; selfSize: number; children: Node[] };
const name = (n: Node) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber + 1}`;
const self = new Map<string, number>();
const incl = new Map<string, number>();
const steps = ['findRelated', 'compareArticle', 'weighAll', 'weigh', 'packPrepared', 'prepareVector', 'preparedOf', 'align', 'computeFactMatrix', 'unitIdf', 'docVector', 'articleFeatures', 'baseFeatures', 'buildReport', 'describeConflicts', 'makeStage'];
function walk(n: Node, onPath: Set<string>, parent = ''): number {
  let sum = n.selfSize;
  // A builtin (Map.prototype.set, an iterator's next…) is named with its caller.
  const f = n.callFrame.url ? name(n) : `${name(n)} ← ${parent}`;
  self.set(f, (self.get(f) ?? 0) + n.selfSize);
  const fn = n.callFrame.functionName;
  const enter = steps.includes(fn) && !onPath.has(fn);
  if (enter) onPath.add(fn);
  for (const c of n.children) sum += walk(c, onPath, n.callFrame.url ? name(n) : parent);
  if (enter) {
    onPath.delete(fn);
    incl.set(fn, (incl.get(fn) ?? 0) + sum);
  }
  return sum;
}
const total = walk(profile.head as Node, new Set());
const mb = (b: number) => (b / compares / 1e6).toFixed(2);
console.log(`${size} articles, ${probes.length} probes, ${compares} cold compares: ${mb(total)} MB allocated per compare (sampled)`);
console.log('inclusive per compare (MB): ' + steps.filter((s) => incl.has(s)).map((s) => `${s} ${mb(incl.get(s)!)}`).join(', '));
console.log('top allocating functions (self, MB per compare):');
for (const [f, b] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${mb(b).padStart(7)}  ${f}`);
