/**
 * CPU cost of an article's repeat keys (lib/engine/repeats.ts `repeatKeys`: fold and hash each unit) against its story
 * keys (lib/engine/keys.ts `indexKeys`), on the store benchmark's Zipf articles (bench/synthetic.ts): what an import
 * would pay per article to keep the repeat counts (docs/notes/furn31.md). CPU time, not wall-clock.
 *   npx tsx bench/furn31-keycost.ts [N=2000]
 */
import { zipfArticles } from './synthetic.ts';
import { repeatKeys } from '../lib/engine/repeats.ts';
import { indexKeys } from '../lib/engine/keys.ts';

const n = Number(process.argv[2] ?? 2000);
const arts = zipfArticles(n);
const cpu = (f: () => void) => {
  const t = process.cpuUsage();
  f();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
};
let units = 0;
let keys = 0;
const r = cpu(() => {
  for (const a of arts) {
    units += a.units.length;
    keys += repeatKeys(a).length;
  }
});
const k = cpu(() => {
  for (const a of arts) indexKeys(a);
});
console.log(`${n} articles, ${units} units, ${keys} repeat keys (${(keys / n).toFixed(1)} per article)`);
console.log(`repeatKeys: ${r.toFixed(0)} ms CPU (${((r / n) * 1000).toFixed(0)} µs per article); indexKeys: ${k.toFixed(0)} ms CPU (${((k / n) * 1000).toFixed(0)} µs per article)`);
