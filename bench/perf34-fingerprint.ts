/**
 * perf34: the CPU of `vectorsFingerprint` (lib/engine/vectors.ts) as Corpus.getMany pays it, in a
 * fresh process (cold code, as in a freshly opened panel): the fingerprints of `--n` Zipf articles
 * (bench/synthetic.ts) as read from the store (flat strings, units sliced from the text), first pass
 * and then warm passes; process CPU time (user + system) per pass, which the machine's load inflates
 * less than wall time. `--tree DIR`: the function from another checkout (e.g. a `git archive` of
 * main), to compare two versions one process each:
 *
 *   for r in 1 2 3; do nice npx tsx bench/perf34-fingerprint.ts --tree /tmp/main-src; nice npx tsx bench/perf34-fingerprint.ts; done
 *
 * Prints the fingerprints' digest too: the two versions must print the same.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { zipfArticles } from './synthetic.ts';
import { toArticle } from '../lib/store/corpus.ts';
import { compactUnits } from '../lib/store/db.ts';
import { optionValue } from './args.ts';
import type { Article } from '../lib/types.ts';

const args = process.argv.slice(2);
const tree = optionValue('--tree', args);
const n = Number(optionValue('--n', args) ?? 70);
const passes = Number(optionValue('--passes', args) ?? 20);
const mod = (await import(pathToFileURL(path.resolve(tree ?? path.join(import.meta.dirname, '..'), 'lib/engine/vectors.ts')).href)) as typeof import('../lib/engine/vectors.ts');
// As getMany hands them over: the stored record (compact units) read back, units rebuilt by toArticle.
const arts: Article[] = zipfArticles(n, { from: 7000 }).map((a) => toArticle(structuredClone(compactUnits({ ...a, spans: undefined }))));
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const ms: number[] = [];
const h = createHash('sha256');
for (let p = 0; p < passes; p++) {
  const t = cpu();
  const out = arts.map((a) => mod.vectorsFingerprint(a));
  ms.push(cpu() - t);
  if (p === 0) for (const f of out) h.update(f);
}
const warm = ms.slice(1).sort((a, b) => a - b);
console.log(`${tree ? `tree ${tree}` : 'this tree'}: ${n} articles; CPU first pass ${ms[0]!.toFixed(2)} ms, warm median ${warm[warm.length >> 1]!.toFixed(2)} ms; digest ${h.digest('hex').slice(0, 16)}`);
