import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { Corpus } from '../../lib/store/corpus';
import { createDb, DB_VERSION, TOTAL_BUCKET } from '../../lib/store/db';
import { article } from './store-helpers';

/** keyCounts from the index itself (what keyStats must always agree with). */
async function counted(c: Corpus): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  await c.db.articles.each((r) => {
    for (const k of new Set(r.keys)) out.set(k, (out.get(k) ?? 0) + 1);
  });
  return new Map([...out].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

async function stats(c: Corpus): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const r of await c.db.keyStats.toArray()) {
    if (r.bucket === TOTAL_BUCKET) continue; // the kept number of articles, not a key
    for (const [k, n] of Object.entries(r.n)) out.set(k, n);
  }
  return new Map([...out].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

const sample = () => [
  article({ id: 'a', url: 'https://a.example/strike', text: 'Harbour dockworkers strike in Rotterdam. The harbour is closed. Dockworkers want pay.' }),
  article({ id: 'b', url: 'https://b.example/strike', text: 'Rotterdam harbour strike continues. Ministers meet dockworkers on Friday.' }),
  article({ id: 'c', text: 'Volcano erupts in Iceland. Flights from Reykjavik cancelled. The volcano keeps erupting.' }),
];

describe('keyStats: key counts kept with the index', () => {
  it('agree with the index after add, update, edit, delete, restore, reindex, replace and clear (and so does count())', async () => {
    const c = await Corpus.open({ indexedDB: new IDBFactory(), IDBKeyRange });
    // Key counts and the kept number of articles agree with the store itself.
    const check = async () => {
      expect(await stats(c)).toEqual(await counted(c));
      expect(await c.count()).toBe(await c.db.articles.count());
    };
    await c.upsert(sample());
    await check();
    const harbour = (await c.getStored('a'))!.keys.find((k) => k.includes('harbour'))!;
    expect((await c.keyCounts([harbour, 'w:nosuchkey'])).get(harbour)).toBe(2);
    expect((await c.keyCounts(['w:nosuchkey'])).get('w:nosuchkey')).toBe(0);
    // Same address, new text: keys change.
    await c.upsert([article({ id: 'b2', url: 'https://b.example/strike', text: 'Glacier melts in Patagonia. Scientists measure glacier retreat.' })]);
    await check();
    expect((await c.keyCounts([harbour])).get(harbour)).toBe(1);
    await c.update('c', { title: 'Iceland volcano headline' });
    await check();
    const [entry] = await c.delete(['a']);
    await check();
    expect((await c.keyCounts([harbour])).get(harbour)).toBe(0);
    await c.restoreFromTrash([entry!.key]);
    await check();
    expect((await c.keyCounts([harbour])).get(harbour)).toBe(1);
    await c.restore([(await c.getStored('c'))!]);
    await check();
    // Renamed ids, merges within a batch, the same article twice, a delete naming an id twice.
    await c.upsert([
      article({ id: 'a', text: 'A different article under a taken id. It is about trains.' }),
      article({ id: 'd', url: 'https://d.example/x', text: 'Trains run late in Kent. Commuters wait.' }),
      article({ id: 'd2', url: 'https://d.example/x', text: 'Trains run late in Kent. Commuters wait for hours.' }),
    ]);
    await check();
    expect(await c.count()).toBe(5);
    const trashed = await c.delete(['d', 'd', 'nosuch']);
    expect(trashed).toHaveLength(1);
    await check();
    expect(await c.count()).toBe(4);
    const renamed = (await c.list()).find((x) => x.id.startsWith('a_'))!.id; // the trains article under a taken id
    expect(await c.deleteForGood([renamed, renamed, 'nosuch'])).toBe(1);
    await check();
    await c.restoreFromTrash([trashed[0]!.key]);
    await check();
    await c.restore([(await c.getStored('d'))!, { ...(await c.getStored('d'))!, id: 'd-copy', canonUrl: null, url: null }]);
    await check();
    expect(await c.reindex({ all: true })).toBe(await c.count());
    await check();
    await c.importBundle({ format: 'parallax-corpus', version: 1, exportedAt: 't', articles: [sample()[2]!] }, { mode: 'replace' });
    await check();
    expect((await c.keyCounts([harbour])).get(harbour)).toBe(0);
    await c.resetToSeeds(sample());
    await check();
    await c.clear();
    expect(await c.db.keyStats.count()).toBe(0);
    expect(await c.count()).toBe(0);
    await c.upsert(sample());
    await check();
    c.close();
  });

  it('a v3 database with articles is upgraded with keyStats built from the stored keys', async () => {
    const indexedDB = new IDBFactory();
    const db3 = createDb({ indexedDB, IDBKeyRange, name: 'v3' }, 3);
    await db3.open();
    expect(db3.verno).toBe(3);
    const old = new Corpus(db3);
    // Written by the v3 code path: no keyStats table; upsert must not touch it. Write records directly.
    const v4 = await Corpus.open({ indexedDB: new IDBFactory(), IDBKeyRange });
    await v4.upsert(sample());
    const recs = await v4.db.articles.toArray();
    v4.close();
    await db3.table('articles').bulkPut(recs);
    expect(old.db.tables.map((t) => t.name)).not.toContain('keyStats');
    db3.close();

    const c = await Corpus.open({ indexedDB, IDBKeyRange, name: 'v3' });
    expect(c.db.verno).toBe(DB_VERSION);
    expect(await c.count()).toBe(3);
    expect(await stats(c)).toEqual(await counted(c));
    expect((await stats(c)).size).toBeGreaterThan(5);
    c.close();
  });

  it('a v5 database with articles is upgraded with the number of articles kept (count() without walking the store)', async () => {
    const indexedDB = new IDBFactory();
    const db5 = createDb({ indexedDB, IDBKeyRange, name: 'v5' }, 5);
    await db5.open();
    expect(db5.verno).toBe(5);
    // Written by the v5 code: keyStats holds key buckets only.
    const v5 = new Corpus(db5);
    await v5.upsert(sample());
    await v5.db.keyStats.delete(TOTAL_BUCKET);
    expect(await db5.table('keyStats').get(TOTAL_BUCKET)).toBeUndefined();
    db5.close();

    const c = await Corpus.open({ indexedDB, IDBKeyRange, name: 'v5' });
    expect(c.db.verno).toBe(DB_VERSION);
    expect(await c.count()).toBe(3);
    expect(await stats(c)).toEqual(await counted(c));
    await c.delete(['c']);
    expect(await c.count()).toBe(2);
    c.close();

    // An empty v5 database: no record, count 0, and the first write starts it.
    const empty = createDb({ indexedDB, IDBKeyRange, name: 'v5-empty' }, 5);
    await empty.open();
    empty.close();
    const e = await Corpus.open({ indexedDB, IDBKeyRange, name: 'v5-empty' });
    expect(await e.count()).toBe(0);
    await e.upsert(sample().slice(0, 2));
    expect(await e.count()).toBe(2);
    e.close();
  });
});
