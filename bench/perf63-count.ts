/**
 * perf63: a read-plan switch of compare.ts counted (not timed) on the dev corpus in Node, on against off, per compare:
 * the pools read (story.ts storyPool: one `findSame` each; "late": asked only after closure's first pool was read, a
 * wave of its own), the articles read, the key lists asked, and the repeat-count
 * reads that reach the store (`repeatCounts` calls: each one a wave of its own when nothing else is read beside it)
 * with their keys. Also each arm's process CPU (A B B A per round) and reports differing (an exact switch gives 0).
 * `--switch near-repeats` (default): compare.ts `prefetchNearRepeats` (closure's near misses' repeat counts read with
 * the story's). `--switch early-pools`: the pools of the page decision's aligned candidates (two or more) read while it
 * aligns them — not shipped: only with bench/perf63-early-pools.patch applied (`git apply`, run, `git apply -R`).
 * Dev data only (bench/ab.ts devCorpus): queries are the labelled engine sets but europa, and the zyte pages.
 *
 *   ZYTE_HTML_DIR=… PARALLAX_CACHE=off nice npx tsx bench/perf63-count.ts [--switch near-repeats|early-pools] [--rounds 2] [--zipf 1500] [--multi-only]
 */
import * as engine from '../lib/engine/compare';
import { compareArticle } from '../lib/engine/compare';
import type { Article, CorpusIndex } from '../lib/types';
import { alternateArms, devCorpus, forgetCompares } from './ab';
import { optionValue } from './args';

const args = process.argv.slice(2);
const which = optionValue('--switch', args) ?? 'near-repeats';
const toggle = (engine as Record<string, unknown>)[which === 'early-pools' ? 'prefetchPoolsEarly' : 'prefetchNearRepeats'] as ((on: boolean) => void) | undefined;
if (!toggle) throw new Error(`${which}: apply bench/perf63-early-pools.patch first`);
const rounds = Number(optionValue('--rounds', args) ?? 2);
const zipf = Number(optionValue('--zipf', args) ?? 1500);
const { queries, zyte, corpus } = await devCorpus('perf63', zipf);
const all = [...queries, ...zyte];

const n = { pools: new Set<string>(), articles: 0, lists: 0, repeats: 0, repeatKeys: 0, got: 0, late: 0 };
const counted: CorpusIndex = Object.create(corpus, {
  // A pool asked once the page's articles and one more getMany have come back was not read with closure's likely pools
  // (compare.ts prefetchPools): a later wave of its own.
  findSame: { value: (a: Article) => (n.pools.has(a.id) || n.got < 2 || n.late++, n.pools.add(a.id), corpus.findSame(a)) },
  getMany: { value: (ids: string[]) => ((n.articles += ids.length), corpus.getMany(ids).finally(() => n.got++)) },
  repeatCounts: { value: (keys: string[]) => (n.repeats++, (n.repeatKeys += keys.length), corpus.repeatCounts(keys)) },
  keyIds: { value: (keys: string[], seen?: unknown) => ((n.lists += keys.length), (corpus.keyIds as (k: string[], s?: unknown) => ReturnType<typeof corpus.keyIds>)(keys, seen)) },
});

type Row = { id: string; pools: number; articles: number; lists: number; repeats: number; repeatKeys: number; late: number; cpu: number };
const rows = { on: new Map<string, Row[]>(), off: new Map<string, Row[]>() };
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const first = (arm: Map<string, Row[]>, id: string) => arm.get(id)![0]!;
const once = async (q: Article, on: boolean) => {
  toggle(on);
  await forgetCompares(corpus);
  n.pools.clear();
  n.articles = 0;
  n.lists = 0;
  n.repeats = 0;
  n.repeatKeys = 0;
  n.got = 0;
  n.late = 0;
  const t = process.cpuUsage();
  const rep = await compareArticle(structuredClone(q), counted);
  const d = process.cpuUsage(t);
  const arm = rows[on ? 'on' : 'off'];
  if (!arm.has(q.id)) arm.set(q.id, []);
  arm.get(q.id)!.push({ id: q.id, pools: n.pools.size, articles: n.articles, lists: n.lists, repeats: n.repeats, repeatKeys: n.repeatKeys, late: n.late, cpu: (d.user + d.system) / 1000 });
  return JSON.stringify(rep);
};
for (const q of all.slice(0, 5)) await once(q, true); // warm code
rows.on.clear();
// `--multi-only`: only the queries whose compare reads more than one pool (found in one pass, switch off, not counted).
if (args.includes('--multi-only')) {
  for (const q of [...all]) {
    await once(q, false);
    if (first(rows.off, q.id).pools <= 1) all.splice(all.indexOf(q), 1);
  }
  rows.off.clear();
}
const differ = await alternateArms(all, rounds, once);
toggle(true);

let more = 0;
let fewer = 0;
let wastedPools = 0;
let wastedArticles = 0;
const multi: string[] = [];
for (const q of all) {
  const a = first(rows.on, q.id);
  const b = first(rows.off, q.id);
  if (b.pools > 1) multi.push(q.id);
  if (a.pools > b.pools) (more++, (wastedPools += a.pools - b.pools), (wastedArticles += a.articles - b.articles));
  if (a.pools < b.pools) fewer++;
}
const cpuOf = (arm: Map<string, Row[]>, ids: string[]) => sum(ids.flatMap((id) => arm.get(id)!.map((r) => r.cpu))) / (ids.length * rounds);
const single = all.map((q) => q.id).filter((id) => !multi.includes(id));
const tot = (how: 'on' | 'off', k: 'repeats' | 'repeatKeys' | 'late') => sum(all.map((q) => first(rows[how], q.id)[k]));
const fewerReads = all.filter((q) => first(rows.on, q.id).repeats < first(rows.off, q.id).repeats).length;
console.log(`switch ${which}`);
console.log(`repeat-count reads reaching the store (on / off): ${tot('on', 'repeats')} / ${tot('off', 'repeats')} (compares with fewer on: ${fewerReads}); their keys ${tot('on', 'repeatKeys')} / ${tot('off', 'repeatKeys')}`);
console.log(`pools asked after closure's first pool came back (a later wave; on / off): ${tot('on', 'late')} / ${tot('off', 'late')} in ${all.filter((q) => first(rows.off, q.id).late > 0).length} compares (off)`);
console.log(`corpus ${queries.length + zyte.length + zipf}; ${all.length} queries × ${rounds} rounds per arm, A B B A; reports differing ${differ}`);
console.log(`pools read (on / off): ${sum(all.map((q) => first(rows.on, q.id).pools))} / ${sum(all.map((q) => first(rows.off, q.id).pools))}; compares reading more pools on: ${more} (${wastedPools} pools, ${wastedArticles} articles more), fewer: ${fewer}`);
console.log(`articles read (on / off): ${sum(all.map((q) => first(rows.on, q.id).articles))} / ${sum(all.map((q) => first(rows.off, q.id).articles))}; key lists asked: ${sum(all.map((q) => first(rows.on, q.id).lists))} / ${sum(all.map((q) => first(rows.off, q.id).lists))}`);
console.log(`compares with more than one pool read off: ${multi.length}; CPU per compare on / off: all ${cpuOf(rows.on, all.map((q) => q.id)).toFixed(1)} / ${cpuOf(rows.off, all.map((q) => q.id)).toFixed(1)} ms; multi ${cpuOf(rows.on, multi).toFixed(1)} / ${cpuOf(rows.off, multi).toFixed(1)}; single ${cpuOf(rows.on, single).toFixed(1)} / ${cpuOf(rows.off, single).toFixed(1)}`);
