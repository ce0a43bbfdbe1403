/**
 * perf56: how well closure's decisions can be guessed before the page's alignment (compare.ts `earlyAsked`, from
 * CompareOptions.beforeAlign's evidence with the lead set to L), against the articles closure then really decides
 * (the compare's pool stages, read-cache.ts compareScope) and against `likelyAsked` on the final scores (the read
 * made after the page's decision). A count, no timing. Dev data only: the labelled engine sets but the facts held
 * set europa, each against its own corpus and all of them mixed with up to 60 zyte pages.
 *
 *   nice npx tsx bench/perf56-guess.ts
 */
import { earlyAsked, earlyStoryReads, likelyAsked, relatedStory } from '../lib/engine/compare';
import { compareScope, readOnce } from '../lib/engine/read-cache';
import { findRelated, MemoryIndex } from '../lib/engine/index';
import type { Article } from '../lib/types';
import { loadSet, loadZyte } from '../tests/data/engine/fixtures';

const names = ['seeds', 'harbor', 'distractors', 'page', 'doobie', 'plague', 'meth'] as const;
const sets: Array<{ name: string; articles: Article[] }> = [];
for (const name of names) sets.push({ name, articles: await loadSet(name) });
const zyte = loadZyte(60);
if (zyte.length === 0) console.log('zyte pages absent (../shared): mixed corpus without them');
const mixed = [...sets.flatMap((s) => s.articles), ...zyte];
const runs = [...sets.map((s) => ({ label: s.name, corpus: s.articles, queries: s.articles })), { label: 'mixed', corpus: mixed, queries: sets.flatMap((s) => s.articles) }];

const leads = [0, 0.25, 0.5, 0.75, 1];
const both = (a: Article[], b: Article[]) => a.filter((x) => b.some((y) => y.id === x.id));
const pairs: Array<[number, number]> = [[0, 1], [0.25, 0.75], [0, 0.5]];
type Tally = { hit: number; miss: number; waste: number; wasteIdle: number };
const tally = new Map<string, Tally>([...leads.map((l) => [`lead ${l}`, { hit: 0, miss: 0, waste: 0, wasteIdle: 0 }] as const), ...pairs.map(([l, h]) => [`both ${l}–${h}`, { hit: 0, miss: 0, waste: 0, wasteIdle: 0 }] as const), ['final', { hit: 0, miss: 0, waste: 0, wasteIdle: 0 }]]);
let compares = 0;
let multi = 0;
let decisions = 0;
earlyStoryReads(false);
for (const r of runs) {
  const index = new MemoryIndex(r.corpus);
  for (const q of r.queries) {
    let evidence: Parameters<typeof earlyAsked>[0] = [];
    await findRelated(q, readOnce(index), { storyOnly: true, beforeAlign: (e) => (evidence = e) });
    const once = readOnce(index);
    const candidates = await relatedStory(q, index, {}, once);
    void candidates;
    const asked = new Set([...compareScope(once)!.keys()].map((a) => (a as Article).id).filter((id) => id !== q.id));
    compares++;
    decisions += asked.size;
    if (asked.size) multi++;
    const { candidates: page } = await findRelated(q, readOnce(index), { storyOnly: true });
    const guesses: Array<[string, Article[]]> = [...leads.map((l) => [`lead ${l}`, earlyAsked(evidence, l)] as [string, Article[]]), ...pairs.map(([l, h]) => [`both ${l}–${h}`, both(earlyAsked(evidence, l), earlyAsked(evidence, h))] as [string, Article[]]), ['final', likelyAsked(page)]];
    for (const [name, guess] of guesses) {
      const t = tally.get(name)!;
      const ids = new Set(guess.map((a) => a.id));
      for (const id of asked) ids.has(id) ? t.hit++ : t.miss++;
      for (const id of ids) if (!asked.has(id)) asked.size ? t.waste++ : t.wasteIdle++;
    }
  }
}
console.log(`${compares} compares, ${multi} with closure decisions, ${decisions} decisions of other articles`);
console.log('guess: decided articles read ahead (hit) / not (miss); articles read ahead in vain in compares with decisions / without');
for (const [name, t] of tally) console.log(`${name.padEnd(10)} hit ${t.hit} miss ${t.miss}; in vain ${t.waste} / ${t.wasteIdle}`);
