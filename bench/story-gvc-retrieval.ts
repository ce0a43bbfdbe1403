/**
 * Where GVC's "not retrieved" misses come from (docs/notes/story29.md): the story's candidates are the articles that
 * carry most of the page's query keys (story.ts `storyPool`: its rarest keys, every key under COMMON_KEY_SHARE of the
 * corpus and at least 12; `corpus.candidates` ranks by the plain count of keys hit, best 40 fetched). In a corpus of
 * same-kind reports (shootings) a same-event article that shares a few rare keys (a victim's name, a street) can be
 * outranked by longer same-city reports that share many moderately common ones. This prints, for the dev split's read
 * articles (the corpus of bench/story-gvc.ts without the zyte pages), how many same-incident pairs within STORY_DAYS are
 * among the 40 fetched by the shipped ranking, and by the same keys ranked by summed IDF (log((n+1)/(df+1)) per key
 * hit) — a measurement of a possible cause, not a change: nothing in lib/ reads it. Counts only.
 * Also this checkout's own pool (story.ts storyPool over MemoryIndex), with the keys it asks and the posting entries it
 * reads per reading, and the index keys per article (at story30's commit fe2b62d that pool had the week-scoped keys;
 * --time-keys 40 simulates them here and fetched the same pairs, docs/notes/story30.md).
 *   npx tsx bench/story-gvc-retrieval.ts [--split dev|held] [--articles N] [--all-keys] [--time-keys T [--time-cap S]]
 */
import { existsSync } from 'node:fs';
import { loadCorpusDir } from '../cli/load.ts';
import { indexKeys } from '../lib/engine/keys.ts';
import { MemoryIndex } from '../lib/engine/memory-index.ts';
import { COMMON_KEY_MIN, COMMON_KEY_SHARE, daysApart, STORY_DAYS, storyPool } from '../lib/engine/story.ts';
import { gvcArticles, gvcItems, GVC_GIT, pickPerOutlet, type GvcItem } from './data/gvc.ts';
import { fnv1a } from './data/fnv.ts';

const argv = process.argv.slice(2);
const ARTICLES = Number(argv.includes('--articles') ? argv[argv.indexOf('--articles') + 1] : 300) || 300;
const LIMIT = 40;
/** --split held: the held split's counts (fractions only; its misses are never listed). Default dev. */
const SPLIT = argv.includes('--split') ? argv[argv.indexOf('--split') + 1] : 'dev';
/** --all-keys: the IDF ranking reads every key of the page, the common ones too (the shipped ranking never does). */
const ALL_KEYS = argv.includes('--all-keys');
/**
 * --time-keys T: an experiment (docs/notes/story30.md): every dated article also carries its T most salient word keys
 * (and its figure keys) scoped to its week (`<key>@<week>`, week = floor(days since 1970-01-01 / 7)); a dated page
 * asks its own week's and both neighbours' versions of the same keys besides the shipped query keys (so every article
 * within STORY_DAYS is in a queried week). Candidates ranked by the count of keys hit (shipped rule) and by summed IDF.
 * --time-cap S: time keys carried by more than S of the corpus (share) are not asked (default: no cap).
 */
const TIME_TOP = argv.includes('--time-keys') ? Number(argv[argv.indexOf('--time-keys') + 1]) : 0;
const TIME_CAP = argv.includes('--time-cap') ? Number(argv[argv.indexOf('--time-cap') + 1]) : Infinity;
const weekOf = (date: string | null | undefined): number | null => {
  const t = date ? Date.parse(date) : NaN;
  return Number.isNaN(t) ? null : Math.floor(t / 86_400_000 / 7);
};
/** The keys an article scopes to its week: its first T word keys (indexKeys lists them by salience) and its figures. */
const scoped = (keys: string[]): string[] => {
  const out: string[] = [];
  let words = 0;
  for (const k of keys) {
    if (k.startsWith('d:')) out.push(k);
    else if (k.startsWith('w:') && words < TIME_TOP && !out.some((x) => x.startsWith('d:'))) (out.push(k), words++);
  }
  return out;
};
const timeKeys = (a: { title: string; text: string; date?: string | null }, weeks: number[] = [0]): string[] => {
  const w = weekOf(a.date);
  if (w === null || TIME_TOP <= 0) return [];
  const base = scoped(indexKeys(a));
  return weeks.flatMap((d) => base.map((k) => `${k}@${w + d}`));
};
const items = gvcItems();
if (!items) {
  console.log(`story-gvc-retrieval: skipped: mirror absent (${GVC_GIT})`);
  process.exit(0);
}
const fnv = fnv1a;
// The same picks and corpus as bench/story-gvc.ts (dev split).
const by = new Map<string, GvcItem[]>();
for (const it of items) if (fnv(`gvc-${it.incident}`) % 2 === (SPLIT === 'held' ? 1 : 0)) by.set(it.incident, [...(by.get(it.incident) ?? []), it]);
const incidents = [...by]
  .map(([incident, list]) => {
    const picked = pickPerOutlet(list);
    return { incident, picked, h: fnv(`gvc-${incident}`) };
  })
  .filter((x) => x.picked.length > 0)
  .sort((a, b) => a.h - b.h || Number(a.incident) - Number(b.incident));
const readItems: GvcItem[] = [];
const distItems: GvcItem[] = [];
for (const x of incidents) {
  if (x.picked.length >= 2 && readItems.length < ARTICLES) readItems.push(...x.picked.slice(0, 4));
  else distItems.push(x.picked[0]!);
}
const read = gvcArticles(readItems);
const dist = gvcArticles(distItems);
const seeds = existsSync('seeds') ? (await loadCorpusDir('seeds', { cacheDir: null })).articles : [];
const all = [...read.map((d) => d.article), ...dist.map((d) => d.article), ...seeds];
/** The index as this checkout's lib builds it, counting the posting entries and keys each candidates question reads. */
class CountingIndex extends MemoryIndex {
  entries = 0;
  asked = 0;
  override async candidates(keys: string[], limit = 100): Promise<Array<{ id: string; hits: number }>> {
    const uniq = [...new Set(keys)];
    this.asked += uniq.length;
    for (const l of (await this.keyIds(uniq)).values()) this.entries += l.length;
    return super.candidates(keys, limit);
  }
}
const index = new CountingIndex(all);
const n = all.length;
// The week-scoped postings (experiment): kept beside the index, never in it.
const timePost = new Map<string, string[]>();
for (const a of all) for (const k of timeKeys(a)) timePost.set(k, [...(timePost.get(k) ?? []), a.id]);
let timeReads = 0;
let plainReads = 0;
let timeAsked = 0;
const incidentOf = new Map(read.map((d) => [d.article.id, d.incident]));
const dateOf = new Map(read.map((d) => [d.article.id, d.article.date]));

let pairs = 0;
let shipped = 0;
let weighted = 0;
let tc = 0;
let ti = 0;
let readings = 0;
let libFetched = 0;
let poolEntries = 0;
let poolAsked = 0;
const goldHits: number[] = [];
const fortieth: number[] = [];
const queryKeyCounts: number[] = [];
for (const d of read) {
  const a = d.article;
  const gold = read
    .filter((x) => x.article.id !== a.id && x.incident === d.incident)
    .map((x) => x.article.id)
    .filter((id) => {
      const g = daysApart(dateOf.get(a.id) ?? null, dateOf.get(id) ?? null);
      return g !== null && g <= STORY_DAYS;
    });
  if (!gold.length) continue;
  readings++;
  const keys = indexKeys(a);
  const df = await index.keyCounts(keys);
  const byRarity = [...keys].sort((x, y) => (df.get(x) ?? 0) - (df.get(y) ?? 0) || (x < y ? -1 : x > y ? 1 : 0));
  const common = Math.max(COMMON_KEY_MIN, COMMON_KEY_SHARE * n);
  const queryKeys = [...new Set(byRarity.filter((k, r) => r < 12 || (df.get(k) ?? 0) <= common))];
  queryKeyCounts.push(queryKeys.length);
  const hits = await index.candidates(queryKeys, LIMIT + 1);
  const top = hits.filter((h) => h.id !== a.id).slice(0, LIMIT);
  fortieth.push(top.at(-1)?.hits ?? 0);
  // The same keys, each hit weighed by its IDF.
  const ids = await index.keyIds(ALL_KEYS ? [...new Set(keys)] : queryKeys);
  for (const [, list] of ids) plainReads += list.length;
  // Week-scoped keys of the page's week and its neighbours, ranked by count and by IDF with the plain query keys.
  const tks = [...new Set(timeKeys(a, [-1, 0, 1]))].filter((k) => (timePost.get(k)?.length ?? 0) <= TIME_CAP * n);
  timeAsked += tks.length;
  const tScore = new Map<string, number>();
  const tCount = new Map<string, number>();
  const lists: Array<[string, string[]]> = [...(await index.keyIds(queryKeys))];
  for (const k of tks) lists.push([k, timePost.get(k) ?? []]);
  for (const [k, list] of lists) {
    if (k.includes('@')) timeReads += list.length;
    const w = Math.log((n + 1) / (list.length + 1));
    for (const id of list) {
      tScore.set(id, (tScore.get(id) ?? 0) + w);
      tCount.set(id, (tCount.get(id) ?? 0) + 1);
    }
  }
  const rank = (m: Map<string, number>) =>
    new Set([...m].filter(([id]) => id !== a.id).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, LIMIT).map(([id]) => id));
  const topTC = rank(tCount);
  const topTI = rank(tScore);
  const score = new Map<string, number>();
  const plain = new Map<string, number>();
  for (const [k, list] of ids) {
    const w = Math.log((n + 1) / ((df.get(k) ?? 0) + 1));
    for (const id of list) {
      score.set(id, (score.get(id) ?? 0) + w);
      plain.set(id, (plain.get(id) ?? 0) + 1);
    }
  }
  const topW = new Set(
    [...score]
      .filter(([id]) => id !== a.id)
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, LIMIT)
      .map(([id]) => id),
  );
  const topS = new Set(top.map((h) => h.id));
  // This checkout's own pool (lib/engine/story.ts storyPool over the lib's index keys).
  const [e0, k0] = [index.entries, index.asked];
  const pool = new Set((await storyPool(a, index, { candidateLimit: LIMIT })).ids.map((h) => h.id));
  poolEntries += index.entries - e0;
  poolAsked += index.asked - k0;
  for (const id of gold) if (pool.has(id)) libFetched++;
  for (const id of gold) {
    pairs++;
    if (topS.has(id)) shipped++;
    if (topW.has(id)) weighted++;
    if (topTC.has(id)) tc++;
    if (topTI.has(id)) ti++;
    if (!topS.has(id)) goldHits.push(plain.get(id) ?? 0);
  }
}
const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1] ?? 0;
console.log(`${SPLIT}: ${read.length} read articles, corpus ${n} (no zyte pages); same-incident pairs ≤ ${STORY_DAYS} days apart: ${pairs}`);
console.log(`among the ${LIMIT} fetched — shipped ranking (keys hit): ${shipped} (${(shipped / pairs).toFixed(3)}); ${ALL_KEYS ? 'all the page\'s keys' : 'same keys'} ranked by summed IDF: ${weighted} (${(weighted / pairs).toFixed(3)})`);
console.log(`query keys per reading, median ${med(queryKeyCounts)}; keys hit by the 40th fetched, median ${med(fortieth)}; keys hit by a same-incident article left out, median ${med(goldHits)} (${goldHits.length} pairs)`);
{
  const pk = all.map((x) => indexKeys(x));
  const plainPer = pk.map((x) => x.length);
  const distinct = (xs: string[][]) => new Set(xs.flat()).size;
  const mean = (xs: number[]) => xs.reduce((x, y) => x + y, 0) / xs.length;
  console.log(`this checkout's storyPool: fetched ${libFetched} (${(libFetched / pairs).toFixed(3)}); keys asked per reading ${(poolAsked / readings).toFixed(1)}, posting entries read per reading ${(poolEntries / readings).toFixed(0)}; indexKeys per article ${mean(plainPer).toFixed(1)}, distinct in the corpus ${distinct(pk)}`);
}
if (TIME_TOP > 0) {
  console.log(`time keys (top ${TIME_TOP} words + figures, weeks −1..+1${TIME_CAP < Infinity ? `, cap ${TIME_CAP}` : ''}): fetched by count ${tc} (${(tc / pairs).toFixed(3)}), by summed IDF ${ti} (${(ti / pairs).toFixed(3)})`);
  console.log(`distinct time keys in the corpus ${timePost.size}; time keys stored per dated article ${(timePost.size ? [...timePost.values()].reduce((x, l) => x + l.length, 0) / all.filter((x) => weekOf(x.date) !== null).length : 0).toFixed(1)}; asked per reading ${(timeAsked / readings).toFixed(1)}; posting entries read per reading: plain ${(plainReads / readings).toFixed(0)}, time ${(timeReads / readings).toFixed(0)}`);
}
