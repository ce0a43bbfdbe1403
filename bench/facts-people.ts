/**
 * The people a DEV set's units refer to without naming them (features.ts `resolvePeople`): for each
 * fact unit whose names gain a person (a subject pronoun, a role phrase), the unit and what it gained.
 * Counts per set; `--list` prints every resolution, to check them by eye.
 * `--time`: what resolving costs, per article (three passes over the sets' articles; a timing, not a check).
 *   npx tsx bench/facts-people.ts [--sets=dnc,pompeo] [--list] [--time]
 * Held-out sets are refused (facts-causes.ts DEV_SETS only).
 */
import { articleFeatures, reportFeatures, resolveLeadNames, resolvePeople } from '../lib/engine/features.ts';
import type { Article } from '../lib/types.ts';
import { DEV_SETS, loadSet } from './facts-causes.ts';

const arg = (k: string) => process.argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
const list = process.argv.includes('--list');
const sets = arg('sets')?.split(',') ?? DEV_SETS;
for (const s of sets) if (!DEV_SETS.includes(s)) throw new Error(`${s}: not a dev set (held-out errors are never read)`);
let all = 0;
let facts = 0;
const read: Article[] = [];
for (const name of sets) {
  const articles = await loadSet(name);
  if (!articles) continue;
  read.push(...articles);
  let n = 0;
  let f = 0;
  for (const a of articles) {
    const base = articleFeatures(a);
    const feats = reportFeatures(a, base);
    // What the names were before people were resolved (lead names alone).
    const before = resolveLeadNames(base);
    feats.forEach((x, k) => {
      if (!x.fact) return;
      f++;
      const gained = [...x.names].filter((m) => !before[k]!.names.has(m));
      if (!gained.length) return;
      n++;
      if (list) console.log(`[${name} ${a.id.slice(0, 8)}#${x.unit.i}] +${gained.join(',')}  ${x.unit.text.replace(/\s+/g, ' ').slice(0, 150)}`);
    });
  }
  console.log(`${name}: ${n} of ${f} fact units gain a person`);
  all += n;
  facts += f;
}
console.log(`all: ${all} of ${facts}`);

if (process.argv.includes('--time')) {
  const feats = read.map((a) => resolveLeadNames(articleFeatures(a)));
  for (let pass = 1; pass <= 3; pass++) {
    const t0 = performance.now();
    for (const f of feats) resolvePeople(f);
    const t = performance.now() - t0;
    console.log(`pass ${pass}: ${read.length} articles, resolvePeople ${t.toFixed(0)} ms, ${(t / read.length).toFixed(1)} ms per article`);
  }
}
