/**
 * cold55: keyStats keeps the key counts in 256 bucket records, each holding the counts of every key that hashes to
 * it, so the story decisions of one compare (the page's, then closure's 2–3 more, each asking 20–60 keys) met
 * buckets already read and read them again. Corpus.keyCounts now reads each bucket once per compare when the caller
 * passes its cache (lib/engine/read-cache.ts), as keyIds does for postings records (perf52). What a reader would
 * notice: the same counts and the same report, with less read from the database.
 */
import { IDBFactory, IDBKeyRange, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { Corpus } from '../../lib/store/corpus';
import { keyBucket } from '../../lib/store/db';
import { compareArticle } from '../../lib/engine';
import { readOnce } from '../../lib/engine/read-cache';
import { article, BAKERY, FERRY, unwatchReads, watchReads } from './store-helpers';

/** keyStats bucket records handed to the page by IndexedDB (each get / getAll result that is one, by its number). */
const bucketsRead: number[] = [];
const countBuckets = () =>
  watchReads([IDBObjectStore.prototype], (r) => {
    const b = (r as { bucket?: unknown } | undefined)?.bucket;
    if (typeof b === 'number' && b >= 0 && b < 256) bucketsRead.push(b);
  });
afterEach(() => {
  unwatchReads();
  bucketsRead.length = 0;
});

/** Invented articles, each carrying the keys named in its text ("k3 k17 …"). */
const KEYS = Array.from({ length: 400 }, (_, k) => `k${k}`);
const stories = Array.from({ length: 20 }, (_, j) => article({ id: `a${String(j).padStart(2, '0')}`, text: [`u${j}`, ...KEYS.filter((_, k) => (k + j) % 4 === 0)].join(' ') + '.' }));
const keysOf = (a: { text: string }) => a.text.replace('.', '').split(' ');

describe('Corpus.keyCounts reads each keyStats bucket once per compare', () => {
  it('gives the same counts, and a second question of one compare reads no bucket the first read', async () => {
    const c = await Corpus.open({ indexedDB: new IDBFactory(), IDBKeyRange, keysOf });
    await c.upsert(stories);
    const first = KEYS.slice(0, 250);
    const second = KEYS.slice(150);
    const alone = await c.keyCounts(second);
    for (const k of second) expect(alone.get(k)).toBe(stories.filter((s) => keysOf(s).includes(k)).length);
    countBuckets();
    const seen = new Map();
    await c.keyCounts(first, seen);
    const before = bucketsRead.length;
    expect(new Set(bucketsRead).size).toBe(before);
    expect(await c.keyCounts(second, seen)).toEqual(alone);
    // Only the buckets of `second`'s keys that none of `first`'s keys share are read again.
    const firstBuckets = new Set(first.map(keyBucket));
    const fresh = new Set(second.map(keyBucket).filter((b) => !firstBuckets.has(b)));
    expect(bucketsRead.length - before).toBe(fresh.size);
    expect(new Set(bucketsRead).size).toBe(bucketsRead.length);
  });

  it('a compare through the read cache reads each bucket at most once and gives the same report', async () => {
    const c = await Corpus.open({ indexedDB: new IDBFactory(), IDBKeyRange });
    // s5, a short follow-up on the same change, is a near miss of the page that closure asks about again (a second story
    // decision in the same compare); the bakery piece is not (story70: a small corpus's pool is no longer padded with zeros).
    const texts = [
      ...FERRY,
      'Ferry fares to Lindqvist Island rose on Monday, the port authority said, and the 9pm boat will carry bicycles free from March.',
      BAKERY,
      'A petition to keep the Lindqvist Island night ferry has reached 600 names, its organisers said on Thursday.',
    ];
    await c.upsert(texts.map((text, j) => article({ id: `s${j}`, text, title: `Ferry story ${j}`, outlet: `Outlet ${j}`, date: '2026-03-02' })));
    const page = article({ id: 'page', text: texts[0]!.replace('Monday', 'Monday morning'), title: 'Ferry story', outlet: 'Page outlet', date: '2026-03-02' });
    // The same compare with each keyCounts call reading on its own (no cache passed).
    const alone = Object.create(c) as Corpus;
    alone.keyCounts = (keys: string[]) => c.keyCounts(keys);
    countBuckets();
    const without = JSON.stringify(await compareArticle(page, alone));
    const readWithout = bucketsRead.length;
    bucketsRead.length = 0;
    const shared = await compareArticle(page, c);
    expect(JSON.stringify(shared)).toBe(without);
    expect(shared.related.map((r) => r.id).sort()).toEqual(['s0', 's1', 's2', 's3', 's5']);
    // More than one story decision asked counts; each bucket read once.
    expect(readWithout).toBeGreaterThan(new Set(bucketsRead).size);
    expect(new Set(bucketsRead).size).toBe(bucketsRead.length);
  });

  it('two questions in flight at once share the read of a bucket', async () => {
    const c = await Corpus.open({ indexedDB: new IDBFactory(), IDBKeyRange, keysOf });
    await c.upsert(stories);
    const once = readOnce(c);
    countBuckets();
    const [x, y] = await Promise.all([once.keyCounts(KEYS.slice(0, 200)), once.keyCounts(KEYS.slice(100, 300))]);
    expect(x.get('k120')).toBe(y.get('k120'));
    expect(new Set(bucketsRead).size).toBe(bucketsRead.length);
  });
});
