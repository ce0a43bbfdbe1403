/**
 * perf52: a postings record (lib/store/db.ts PostingsRecord) holds one import chunk's lists of a whole group of keys,
 * so a story decision asking many keys met the same record again for each of its keys (at 100k, 165 records read
 * per side panel load, 90 of them distinct: half the postings bytes read twice). Corpus.keyIds now reads each record
 * once per call, and once per compare when the caller passes its cache (lib/engine/read-cache.ts). What a reader
 * would notice: the same candidates, found with less read from the database.
 */
import { IDBFactory, IDBIndex, IDBKeyRange, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { Corpus } from '../../lib/store/corpus';
import { compareArticle } from '../../lib/engine';
import { article, BAKERY, FERRY, unwatchReads, watchReads } from './store-helpers';

/** Postings records handed to the page by IndexedDB (each get / getAll result that is one). */
let recordsRead = 0;
const countPostings = () =>
  watchReads([IDBObjectStore.prototype, IDBIndex.prototype], (r) => {
    if ((r as { lists?: unknown } | undefined)?.lists !== undefined) recordsRead++;
  });
afterEach(() => {
  unwatchReads();
  recordsRead = 0;
});

/** Invented articles, each carrying the keys named in its text ("k3 k17 …"), all written in one import (one chunk). */
const KEYS = Array.from({ length: 240 }, (_, k) => `k${k}`);
const stories = Array.from({ length: 30 }, (_, j) =>
  article({ id: `a${String(j).padStart(2, '0')}`, text: [`u${j}`, ...KEYS.filter((_, k) => (k + j) % 3 === 0 || k % 7 === j % 7)].join(' ') + '.' }),
);
const keysOf = (a: { text: string }) => a.text.replace('.', '').split(' ');

async function filled(): Promise<Corpus> {
  const c = await Corpus.open({ indexedDB: new IDBFactory(), IDBKeyRange, keysOf });
  await c.upsert(stories);
  return c;
}

describe('Corpus.keyIds reads each postings record once', () => {
  it('gives each key the ids of the articles carrying it, every record read once per call', async () => {
    const c = await filled();
    const one = new Map<string, string[]>();
    for (const k of KEYS) one.set(k, (await c.keyIds([k])).get(k)!);
    for (const k of KEYS) expect(one.get(k)).toEqual(stories.filter((s) => keysOf(s).includes(k)).map((s) => s.id));
    countPostings();
    const all = await c.keyIds(KEYS);
    expect(all).toEqual(one);
    // 240 keys in 64 groups, one chunk: 64 records hold them all.
    expect(recordsRead).toBe(64);
  });

  it('reads nothing again for records a compare has read (its cache passed along)', async () => {
    const c = await filled();
    const seen = new Map();
    const alone = await c.keyIds(KEYS.slice(60));
    countPostings();
    await c.keyIds(KEYS.slice(0, 120), seen);
    const first = recordsRead;
    expect(await c.keyIds(KEYS.slice(60), seen)).toEqual(alone);
    expect(first).toBeLessThanOrEqual(64);
    // The second call's records were all read by the first (each group's one record).
    expect(recordsRead - first).toBe(64 - first);
  });

  it('a compare on the store gives the same report with its reads shared', async () => {
    const c = await Corpus.open({ indexedDB: new IDBFactory(), IDBKeyRange });
    const texts = [...FERRY, BAKERY];
    await c.upsert(texts.map((text, j) => article({ id: `s${j}`, text, title: `Ferry story ${j}`, outlet: `Outlet ${j}`, date: '2026-03-02' })));
    const page = article({ id: 'page', text: texts[0]!.replace('Monday', 'Monday morning'), title: 'Ferry story', outlet: 'Page outlet', date: '2026-03-02' });
    const shared = await compareArticle(page, c);
    // The same compare with each keyIds call reading on its own (no cache passed): same report.
    const alone = { ...c, keyIds: (keys: string[]) => c.keyIds(keys) } as unknown as Corpus;
    for (const m of ['count', 'keyCounts', 'getMany', 'findSame', 'candidates', 'frequentKeys', 'repeatCounts'] as const) (alone as any)[m] = (c as any)[m].bind(c);
    expect(JSON.stringify(await compareArticle(page, alone))).toBe(JSON.stringify(shared));
    expect(shared.related.map((r) => r.id).sort()).toEqual(['s0', 's1', 's2']);
  });
});
