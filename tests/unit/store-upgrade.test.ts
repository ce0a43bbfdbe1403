import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { bundleToJson, Corpus, KEYS_VERSION, toArticle } from '../../lib/store/corpus';
import { createDb, DB_VERSION, summaryOf, type StoredArticle } from '../../lib/store/db';
import { urlKey } from '../../lib/url';
import type { Article } from '../../lib/types';
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

  it('opens a v4 database with data under v5: units become compact, every reader still gets units[].text, export unchanged', async () => {
    const indexedDB = new IDBFactory();
    const a = article({ id: 'v4-a', url: 'https://news.example/a', text: 'The bridge reopened on Monday. Traffic is back to normal. Tolls stay the same.' });
    const b = article({ id: 'v4-b', text: 'A second story about rain. It rained all week.' });
    // A unit that is not a slice of the text (an older segmenter's normalisation): kept as it is.
    const odd = article({ id: 'v4-odd', text: 'Odd units here. They were cut by hand.' });
    odd.units[0] = { ...odd.units[0]!, text: 'Odd units here (normalised).' };
    const trashed = article({ id: 'v4-t', text: 'This one was deleted before the upgrade. It sits in the trash.' });
    // Records exactly as the v4 code wrote them: the Article (units with their text) plus bookkeeping.
    const v4rec = (x: Article) => ({
      ...toArticle(x),
      canonUrl: urlKey(x.url),
      addedAt: 5,
      updatedAt: 6,
      size: x.text.length,
      keys: indexKeys(x),
      keysVersion: KEYS_VERSION,
    });
    const db4 = createDb({ indexedDB, IDBKeyRange, name: 'v4' }, 4);
    await db4.open();
    expect(db4.verno).toBe(4);
    const recs = [a, b, odd].map(v4rec);
    await db4.table('articles').bulkPut(recs);
    await db4.table('summaries').bulkPut(recs.map((r) => summaryOf(r as unknown as StoredArticle)));
    await db4.table('trash').put({ key: 'v4-t@1', id: 'v4-t', title: trashed.title, outlet: null, deletedAt: Date.now(), record: v4rec(trashed) });
    const before = bundleToJson(await new Corpus(db4).exportBundle('t'));
    db4.close();

    const c = await Corpus.open({ indexedDB, IDBKeyRange, name: 'v4' });
    expect(c.db.verno).toBe(DB_VERSION);
    // Stored compactly: no second copy of the text, except where the units cannot be rebuilt.
    const stored = await c.db.articles.toArray();
    expect(stored.map((r) => [r.id, r.units === undefined, r.spans?.length])).toEqual([
      ['v4-a', true, 12],
      ['v4-b', true, 8],
      ['v4-odd', false, undefined],
    ]);
    expect(JSON.stringify(stored[0]).length).toBeLessThan(JSON.stringify(recs[0]).length - a.text.length / 2);
    // Every reader gets the same articles as before: get, getMany, export, the summaries' unit counts.
    expect(await c.getMany(['v4-a', 'v4-b', 'v4-odd'])).toEqual([a, b, odd].map(toArticle));
    expect((await c.get('v4-a'))!.units.map((u) => u.text)).toEqual(['The bridge reopened on Monday.', 'Traffic is back to normal.', 'Tolls stay the same.']);
    expect(bundleToJson(await c.exportBundle('t'))).toBe(before);
    expect((await c.list()).map((s) => s.units)).toEqual([3, 2, 2]);
    // The trash was converted too, and restores to the same article.
    const [entry] = await c.listTrash();
    expect(entry!.record.units).toBeUndefined();
    await c.restoreFromTrash([entry!.key]);
    expect(await c.get('v4-t')).toEqual(toArticle(trashed));
    // Writes after the upgrade store the compact form; an unchanged re-import stays unchanged.
    expect((await c.upsert([a, b])).unchanged).toBe(2);
    await c.upsert([{ ...b, title: 'Retitled' }]);
    expect((await c.getStored('v4-b'))!.spans?.length).toBe(8);
    expect((await c.get('v4-b'))!.units).toEqual(b.units);
    c.close();
  });
});
