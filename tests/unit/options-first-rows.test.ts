/**
 * The options page's first rows read without Dexie (lib/store/first-rows.ts): the same rows, in the
 * same order, as the Dexie read they stand in for (firstSummaries), or null when they cannot be
 * (then the page reads them through Dexie); the page's table shows them before the corpus opens.
 */
import { IDBFactory, IDBIndex, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Corpus } from '../../lib/store/corpus';
import { DB_NAME } from '../../lib/store/constants';
import { newestSummaries, startFirstRows, takeFirstRows } from '../../lib/store/first-rows';
import { firstSummaries, followSummaries } from '../../lib/store/summaries-page';
import { SummaryIndex } from '../../components/options/table-model';
import { article } from './store-helpers';

/** Stories with dates that repeat (ties are ordered by id), some undated. */
const story = (k: number) =>
  article({
    id: `a${String(k).padStart(3, '0')}`,
    text: `Story number ${k} happened. It had ${k} witnesses.`,
    date: k % 7 === 0 ? null : `2025-0${1 + (k % 3)}-${String(1 + (k % 5)).padStart(2, '0')}`,
    url: `https://example.com/${k}`,
  });

async function filled(n: number) {
  const idb = new IDBFactory();
  const c = await Corpus.open({ indexedDB: idb, IDBKeyRange });
  await c.upsert(Array.from({ length: n }, (_, k) => story(k)));
  return { idb, c };
}

// Both ways of reading: one getAllRecords request (Chromium 141+) and a cursor (other browsers).
describe.each(['getAllRecords', 'cursor'])('first rows without Dexie (%s)', (how) => {
  const proto = IDBIndex.prototype as unknown as Record<string, unknown>;
  const saved = proto.getAllRecords;
  beforeEach(() => {
    if (how === 'cursor') delete proto.getAllRecords;
    else expect(typeof proto.getAllRecords).toBe('function');
  });
  afterEach(() => {
    proto.getAllRecords = saved;
  });

  it('gives the newest rows in the order the Dexie read gives them, ties and all', async () => {
    const { idb, c } = await filled(60);
    for (const n of [1, 10, 40]) {
      const early = newestSummaries(DB_NAME, n, idb);
      expect(early.rows).toBeUndefined(); // not in yet
      const rows = await early.ready;
      expect(rows).toEqual(await firstSummaries(c.db, n));
      expect(early.rows).toBe(rows);
    }
    c.close();
  });

  it('adds undated rows, by id, when fewer rows are dated than asked for, as the Dexie read does', async () => {
    const { idb, c } = await filled(20); // 17 dated, 3 undated
    for (const n of [18, 20, 25]) {
      const rows = await newestSummaries(DB_NAME, n, idb).ready;
      expect(rows).toEqual(await firstSummaries(c.db, n));
      expect(rows!.length).toBe(Math.min(n, 20));
    }
    expect((await newestSummaries(DB_NAME, 18, idb).ready)!.at(-1)!.date).toBeNull();
    c.close();
  });

  it('does not create a database that does not exist yet, and lets Dexie create it afterwards', async () => {
    const idb = new IDBFactory();
    expect(await newestSummaries(DB_NAME, 5, idb).ready).toBeNull();
    expect((await idb.databases()).map((d) => d.name)).not.toContain(DB_NAME);
    const c = await Corpus.open({ indexedDB: idb, IDBKeyRange });
    await c.upsert([story(1)]);
    expect(await c.count()).toBe(1);
    c.close();
  });

  it('hands the read from the first script to the page once', async () => {
    const { idb, c } = await filled(12);
    const real = globalThis.indexedDB;
    globalThis.indexedDB = idb;
    try {
      startFirstRows(DB_NAME, 3);
      const taken = takeFirstRows(DB_NAME, 3);
      expect(await taken.ready).toEqual(await firstSummaries(c.db, 3));
      expect(takeFirstRows(DB_NAME, 3)).not.toBe(taken); // a second page gets a read of its own
    } finally {
      globalThis.indexedDB = real;
    }
    c.close();
  });

  it('the table follows the store from rows read early as from rows it read itself', async () => {
    const { idb, c } = await filled(30);
    const index = new SummaryIndex();
    let first: string[] = [];
    let loaded = false;
    const stop = followSummaries(c.db, index, {
      first: 4,
      head: newestSummaries(DB_NAME, 4, idb).ready,
      onFirst: (rows) => (first = rows.map((r) => r.id)),
      onLoaded: () => (loaded = true),
    });
    for (let t = 0; t < 200 && !loaded; t++) await new Promise((r) => setTimeout(r, 5));
    expect(first).toEqual((await firstSummaries(c.db, 4)).map((r) => r.id));
    expect(index.size).toBe(30);
    stop();
    c.close();
  });
});
