import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { Corpus } from '../../lib/store/corpus';
import { createDb, DB_VERSION } from '../../lib/store/db';
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
  for (const r of await c.db.keyStats.toArray()) for (const [k, n] of Object.entries(r.n)) out.set(k, n);
  return new Map([...out].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

const sample = () => [
  article({ id: 'a', url: 'https://a.example/strike', text: 'Harbour dockworkers strike in Rotterdam. The harbour is closed. Dockworkers want pay.' }),
  article({ id: 'b', url: 'https://b.example/strike', text: 'Rotterdam harbour strike continues. Ministers meet dockworkers on Friday.' }),
  article({ id: 'c', text: 'Volcano erupts in Iceland. Flights from Reykjavik cancelled. The volcano keeps erupting.' }),
];

describe('keyStats: key counts kept with the index', () => {
  it('agree with the index after add, update, edit, delete, restore, reindex, replace and clear', async () => {
    const c = await Corpus.open({ indexedDB: new IDBFactory(), IDBKeyRange });
    const check = async () => expect(await stats(c)).toEqual(await counted(c));
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
    expect(await c.reindex({ all: true })).toBe(3);
    await check();
    await c.importBundle({ format: 'parallax-corpus', version: 1, exportedAt: 't', articles: [sample()[2]!] }, { mode: 'replace' });
    await check();
    expect((await c.keyCounts([harbour])).get(harbour)).toBe(0);
    await c.resetToSeeds(sample());
    await check();
    await c.clear();
    expect(await c.db.keyStats.count()).toBe(0);
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
});
