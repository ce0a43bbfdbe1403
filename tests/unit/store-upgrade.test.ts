import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { bundleToJson, Corpus, toArticle } from '../../lib/store/corpus';
import { createDb, DB_VERSION } from '../../lib/store/db';
import { indexKeys } from '../../lib/engine/keys';
import { article } from './store-helpers';

describe('schema upgrade', () => {
  it('opens a v1 database with data under the current schema, keeping and migrating every article', async () => {
    const indexedDB = new IDBFactory();
    const a = article({
      id: 'old-1',
      title: 'Harbour strike ends',
      outlet: 'Daily Port',
      date: '2024-03-02',
      url: 'https://www.dailyport.example/news/strike-ends?utm_medium=rss',
      text: 'The harbour strike ended on Friday. Dockworkers accepted the offer. Ships are unloading again.',
    });
    const b = article({ id: 'old-2', text: 'A short note without a URL. It was added by version one.' });

    // A database as version 1 of this code wrote it: one table, keys only, no bookkeeping.
    const v1 = createDb({ indexedDB, IDBKeyRange }, 1);
    await v1.open();
    expect(v1.verno).toBe(1);
    await v1.table('articles').bulkPut([a, b].map((x) => ({ ...x, keys: indexKeys(x) })));
    v1.close();

    const c = await Corpus.open({ indexedDB, IDBKeyRange });
    expect(c.db.verno).toBe(DB_VERSION);
    expect(await c.count()).toBe(2);
    // Data kept exactly.
    expect(await c.getMany(['old-1', 'old-2'])).toEqual([toArticle(a), toArticle(b)]);
    // Migrated: bookkeeping filled, summaries written, dedup by canonical URL works on old records.
    const stored = await c.getStored('old-1');
    expect(stored).toMatchObject({ canonUrl: 'dailyport.example/news/strike-ends', size: a.text.length });
    expect(typeof stored?.addedAt).toBe('number');
    expect((await c.list()).map((s) => [s.id, s.outlet, s.units])).toEqual([
      ['old-1', 'Daily Port', 3],
      ['old-2', null, 2],
    ]);
    expect(await c.findSame({ id: 'new', url: 'http://dailyport.example/news/strike-ends/', hash: 'x' })).toBe('old-1');
    expect((await c.candidates(indexKeys(a)))[0]).toEqual({ id: 'old-1', hits: indexKeys(a).length });
    // Old records have an unknown key version: reindex() recomputes exactly those.
    expect(await c.reindex()).toBe(2);
    expect(await c.reindex()).toBe(0);
    c.close();
  });

  it('opens a v2 database with data under v3: articles, summaries, feeds kept; the trash starts empty and works', async () => {
    const indexedDB = new IDBFactory();
    const a = article({ id: 'v2-1', url: 'https://news.example/a', text: 'Written by version two. It has a summary and keys.' });
    // Write through the v2 schema exactly as the previous release did.
    const db2 = createDb({ indexedDB, IDBKeyRange, name: 'old' }, 2);
    await db2.open();
    expect(db2.verno).toBe(2);
    // The records the v2/v3 code wrote are the current ones minus keyStats: write them directly.
    const cur = await Corpus.open({ indexedDB: new IDBFactory(), IDBKeyRange });
    await cur.upsert([a]);
    await db2.table('articles').bulkPut(await cur.db.articles.toArray());
    await db2.table('summaries').bulkPut(await cur.db.summaries.toArray());
    cur.close();
    const old = new Corpus(db2);
    await db2.feeds.put({ url: 'https://news.example/feed', title: 'News', addedAt: 1, lastFetchedAt: null, lastError: null, lastAdded: 0 });
    const before = bundleToJson(await old.exportBundle('t'));
    db2.close();

    const c = await Corpus.open({ indexedDB, IDBKeyRange, name: 'old' });
    expect(c.db.verno).toBe(DB_VERSION);
    expect(DB_VERSION).toBeGreaterThanOrEqual(3);
    expect(bundleToJson(await c.exportBundle('t'))).toBe(before);
    expect((await c.list()).map((s) => s.id)).toEqual(['v2-1']);
    expect(await c.db.feeds.count()).toBe(1);
    expect(await c.listTrash()).toEqual([]);
    const [entry] = await c.delete(['v2-1']);
    expect(await c.count()).toBe(0);
    await c.restoreFromTrash([entry!.key]);
    expect(bundleToJson(await c.exportBundle('t'))).toBe(before);
    c.close();
  });
});
