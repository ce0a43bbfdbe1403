/**
 * perf39: the store keeps the frequent story keys with their counts in one keyStats record (FREQUENT_BUCKET), in step
 * with every write, built once on an older database; a compare asks its query keys' lists with their counts, not
 * after them (lib/engine/story.ts guessQueryKeys), and gives the same report. Texts written for the test.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { compareArticle } from '../../lib/engine';
import { guessQueryKeys, queryKeys } from '../../lib/engine/story';
import { Corpus } from '../../lib/store/corpus';
import { createDb, DB_VERSION, FREQUENT_BUCKET, frequentFloor } from '../../lib/store/db';
import { panelCorpus } from '../../lib/sidebar/controller';
import type { Article } from '../../lib/types';
import { gazetteCorpus } from '../data/engine/flood-story';
import { article, openTestCorpus } from './store-helpers';

const WORDS = ['harbour', 'council', 'railway', 'glacier', 'orchard', 'bakery', 'festival', 'lighthouse', 'quarry', 'vineyard', 'tramline', 'observatory'];
/** Article i carries word j when i is a multiple of j + 1: keys carried by every article down to a twelfth of them. */
function numbered(i: number, tag = ''): Article {
  const words = WORDS.filter((_, j) => i % (j + 1) === 0);
  return article({ id: `a${i}${tag}`, text: `The ${words.join(' and the ')} report ${i}${tag}. Inspectors counted item${i}x${tag} near the ${words[0]}.` });
}

/** Every key carried by more than `floor` live articles, counted from the stored records themselves. */
async function truth(c: Corpus, floor: number): Promise<Record<string, number>> {
  const n = new Map<string, number>();
  await c.db.articles.each((r) => {
    for (const k of new Set(r.keys)) n.set(k, (n.get(k) ?? 0) + 1);
  });
  return Object.fromEntries([...n].filter(([, x]) => x > floor).sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

const sorted = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).sort((a, b) => (a[0] < b[0] ? -1 : 1)));

/** The record holds exactly the keys above its floor, the floor within [frequentFloor(n), 2 frequentFloor(n)]; frequentKeys reads it. */
async function check(c: Corpus): Promise<number> {
  const n = await c.db.articles.count();
  const rec = await c.db.keyStats.get(FREQUENT_BUCKET);
  if (n === 0) {
    expect(rec).toBeUndefined();
    return 0;
  }
  expect(rec).toBeDefined();
  const floor = rec!.floor!;
  expect(floor).toBeGreaterThanOrEqual(frequentFloor(n));
  expect(floor).toBeLessThanOrEqual(2 * frequentFloor(n));
  expect(sorted(rec!.n)).toEqual(await truth(c, floor));
  const f = await c.frequentKeys();
  expect(f.n).toBe(n);
  expect(f.floor).toBe(floor);
  expect(Object.fromEntries(f.counts)).toEqual(rec!.n);
  return floor;
}

describe('the frequent keys kept with their counts (schema v11)', () => {
  it('agree with the stored articles after adds, batched imports, updates, deletes, restores, reindex, clear and mass deletes', async () => {
    const c = await Corpus.open({ indexedDB: new IDBFactory(), IDBKeyRange });
    await c.upsert(Array.from({ length: 40 }, (_, i) => numbered(i)));
    expect(await check(c)).toBe(10);
    expect(Object.keys((await c.db.keyStats.get(FREQUENT_BUCKET))!.n).length).toBeGreaterThan(0);
    // A batched import (its session keeps the record between batches), then the corpus grows: the floor follows it.
    await c.upsertBatched(Array.from({ length: 960 }, (_, i) => numbered(i + 40)), { batch: 240 });
    expect(await check(c)).toBe(25);
    await c.update('a7', { title: 'Harbour council railway glacier headline' });
    await check(c);
    const trashed = await c.delete(Array.from({ length: 300 }, (_, i) => `a${i}`));
    await check(c);
    await c.restoreFromTrash(trashed.slice(0, 50).map((e) => e.key));
    await check(c);
    await c.reindex({ all: true });
    await check(c);
    // Deleted down to 400 of 1,000: the floor 25 is over twice frequentFloor(400) = 10, the record is built anew.
    await c.deleteForGood((await c.db.articles.toCollection().primaryKeys()).slice(0, (await c.count()) - 400));
    expect(await c.count()).toBe(400);
    expect(await check(c)).toBe(10);
    // No record on a corpus with articles (a database written without it): the next write builds it.
    await c.db.keyStats.delete(FREQUENT_BUCKET);
    await c.upsert([numbered(5000)]);
    expect(await check(c)).toBe(frequentFloor(401));
    await c.clear();
    await check(c);
    expect((await c.frequentKeys()).floor).toBeNull();
    await c.upsert(Array.from({ length: 30 }, (_, i) => numbered(i, 'b')));
    expect(await check(c)).toBe(10);
    c.close();
  }, 120_000);

  it('a v10 database with data opens as v11 with the record built once', async () => {
    const indexedDB = new IDBFactory();
    const v10 = new Corpus(createDb({ indexedDB, IDBKeyRange, name: 'v10' }, 10));
    await v10.upsertBatched(Array.from({ length: 60 }, (_, i) => numbered(i)), { batch: 25 });
    // What a v10 database holds: the code that wrote it kept no frequent keys.
    await v10.db.keyStats.delete(FREQUENT_BUCKET);
    v10.close();
    const c = await Corpus.open({ indexedDB, IDBKeyRange, name: 'v10' });
    expect(c.db.verno).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(11);
    expect(await check(c)).toBe(10);
    await c.upsert([numbered(61)]);
    await check(c);
    c.close();
  }, 60_000);

  it('the query keys guessed from the frequent keys are the ones the counts give', () => {
    const keys = Array.from({ length: 20 }, (_, i) => `w:k${String(i).padStart(2, '0')}`);
    const df = new Map(keys.map((k, i) => [k, i < 6 ? i : 100 + 10 * i]));
    const f = (floor: number, n: number) => ({ n, floor, counts: new Map([...df].filter(([, x]) => x > floor)) });
    // Six rare keys: the twelve rarest are kept, among them six frequent ones ranked by their counts.
    expect(new Set(guessQueryKeys(keys, f(10, 1000)))).toEqual(new Set(queryKeys(keys, df, 1000)));
    expect(new Set(guessQueryKeys(keys.slice(3), f(10, 4000)))).toEqual(new Set(queryKeys(keys.slice(3), df, 4000)));
    // A floor above what the query leaves out cannot tell: no guess.
    expect(guessQueryKeys(keys, f(60, 1000))).toBeNull();
    expect(guessQueryKeys(keys, { n: 1000, floor: null, counts: new Map() })).toBeNull();
  });
});

const { flood, post, others } = gazetteCorpus();

/** The store with its key counts held back until its key lists are asked (or 300 ms): which comes first. */
function slowCounts(c: Corpus): { asked: string[] } {
  const log = { asked: [] as string[] };
  let listsAsked: () => void = () => undefined;
  const lists = new Promise<void>((resolve) => (listsAsked = resolve));
  const keyIds = c.keyIds.bind(c);
  const keyCounts = c.keyCounts.bind(c);
  c.keyIds = (keys) => (log.asked.push('lists'), listsAsked(), keyIds(keys));
  c.keyCounts = async (keys) => {
    await Promise.race([lists, new Promise((r) => setTimeout(r, 300))]);
    log.asked.push('counts answered');
    return keyCounts(keys);
  };
  return log;
}

describe('a compare asks its query keys\' lists with their counts', () => {
  it('asks the lists before the counts arrive, with the same report', async () => {
    const c = await openTestCorpus();
    await c.upsert([flood, post, ...others]);
    const direct = await compareArticle(flood, c);
    expect(direct.related.some((x) => x.id === 'p-flood')).toBe(true);
    const log = slowCounts(c);
    const r = await compareArticle(flood, c);
    expect(log.asked[0]).toBe('lists');
    expect(r).toEqual(direct);
  });

  it('the panel hands the engine the frequent keys it read with the count: no second read', async () => {
    const c = await openTestCorpus();
    await c.upsert([flood, post, ...others]);
    const direct = await compareArticle(flood, c);
    const read = { frequentKeys: 0 };
    const frequentKeys = c.frequentKeys.bind(c);
    c.frequentKeys = () => (read.frequentKeys++, frequentKeys());
    const view = panelCorpus(c);
    const frequent = view.frequentKeys!();
    const log = slowCounts(c);
    const r = await compareArticle(flood, view.forCompare(frequent.then((f) => f.n), { article: flood, id: c.findSame(flood) }, frequent));
    expect(read.frequentKeys).toBe(1);
    expect(log.asked[0]).toBe('lists');
    expect(r).toEqual(direct);
  });
});
