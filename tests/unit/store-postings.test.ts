/**
 * Schema v9: story-key postings replace the multi-entry `*keys` index. What a reader would notice
 * if they went wrong: a compare retrieving a deleted article, missing an added or edited one, or
 * ranking candidates differently. So after every kind of write, each key's ids (Corpus.keyIds, what
 * candidate retrieval reads) must be exactly the live articles carrying that key, as a MemoryIndex
 * of the same articles gives them; and a v8 database with data opens as v9 with the same answers.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { bundleToJson, Corpus, POSTINGS_CHUNK_MIN, toArticle } from '../../lib/store/corpus';
import { createDb, DB_VERSION, UPGRADE_CHUNK, type PostingsRecord } from '../../lib/store/db';
import { MemoryIndex } from '../../lib/engine/index';
import type { Article } from '../../lib/types';
import { article } from './store-helpers';

const WORDS = ['harbor', 'bridge', 'senate', 'tariff', 'vaccine', 'storm', 'election', 'court', 'strike', 'budget', 'river', 'mayor', 'police', 'school', 'market', 'museum'];

/** Article k: words drawn deterministically from WORDS, so articles share some keys and not others. */
function art(k: number, salt = 0): Article {
  const pick = (j: number) => WORDS[(k * 7 + j * 3 + salt * 5) % WORDS.length]!;
  const text = `The ${pick(0)} and the ${pick(1)} met the ${pick(2)}. Officials said the ${pick(3)} would wait for the ${pick(0)}. Residents of ${`Town${k % 5}`} watched ${pick(4)}.`;
  return article({ id: `a${String(k).padStart(3, '0')}`, text, title: `${pick(1)} ${pick(2)} story ${k}`, url: `https://example.com/${k}` });
}

/** Every key of every live article: keyIds from the store equals a MemoryIndex over the live articles. */
async function expectPostingsRight(c: Corpus): Promise<void> {
  const live = (await c.db.articles.toArray()).map((r) => ({ ...toArticle(r), keys: r.keys }));
  const all = new Set(live.flatMap((a) => a.keys));
  // A key no live article carries any more: no ids.
  all.add('w:nosuchkey');
  const keys = [...all].sort();
  const mem = new MemoryIndex(live);
  const byKey = new Map<string, string[]>();
  for (const a of live) for (const k of new Set(a.keys)) byKey.set(k, [...(byKey.get(k) ?? []), a.id].sort());
  const got = await c.keyIds(keys);
  for (const k of keys) expect([k, got.get(k)]).toEqual([k, byKey.get(k) ?? []]);
  // Nothing else in the postings table: each id once per key, and no key without live ids.
  const recs: PostingsRecord[] = await c.db.postings.toArray();
  const seen = new Map<string, string[]>();
  for (const r of recs) {
    expect(r.lists.length).toBe(r.keys.length);
    r.keys.forEach((k, j) => {
      expect(r.lists[j]!.length).toBeGreaterThan(0);
      seen.set(k, [...(seen.get(k) ?? []), ...r.lists[j]!].sort());
    });
  }
  expect(new Map([...seen].sort())).toEqual(new Map([...byKey].sort()));
  // And the same candidates as the MemoryIndex over those articles.
  for (const a of live.slice(0, 5)) {
    const q = a.keys.slice(0, 12);
    expect(await c.candidates(q, 10)).toEqual(await mem.candidates(q, 10));
  }
}

const open = (name = 'p') => Corpus.open({ indexedDB: new IDBFactory(), IDBKeyRange, name });

describe('story-key postings (schema v9)', () => {
  it('hold exactly the live articles of each key after imports, edits, deletes, restores and reindexing', async () => {
    const c = await open();
    // A large import (new chunks written without reading) and small writes (added to the last chunk).
    await c.upsertBatched(Array.from({ length: 150 }, (_, k) => art(k)), { batch: POSTINGS_CHUNK_MIN + 6 });
    await expectPostingsRight(c);
    await c.upsert([art(200), art(201)]);
    await c.upsert([art(202)]);
    await expectPostingsRight(c);
    // The same articles again with other text (keys change) and unchanged ones.
    await c.upsert([art(3, 1), art(4, 2), art(5)]);
    await expectPostingsRight(c);
    await c.upsertBatched(Array.from({ length: 80 }, (_, k) => art(k + 10, 3)), { batch: 100 });
    await expectPostingsRight(c);
    // An edit of the title changes keys; an edit of the outlet does not.
    await c.update('a007', { title: 'Election court ruling on the budget' });
    await c.update('a008', { outlet: 'The Paper' });
    await expectPostingsRight(c);
    // Deletes (to the trash and for good), then the trash restored, then records restored.
    const trashed = await c.delete(['a001', 'a002', 'a150', 'a200']);
    await c.deleteForGood(['a009']);
    await expectPostingsRight(c);
    await c.restoreFromTrash(trashed.map((e) => e.key));
    await expectPostingsRight(c);
    const rec = (await c.db.articles.get('a011'))!;
    await c.delete(['a011']);
    await c.restore([rec]);
    await expectPostingsRight(c);
    await c.reindex({ all: true, batch: 50 });
    await expectPostingsRight(c);
    // Articles written again with the same keys (the outlet edit, the reindex) are found where they are.
    await c.delete(['a008', 'a020']);
    await c.update('a021', { title: 'Storm over the museum budget' });
    await expectPostingsRight(c);
  });

  it('are emptied with the corpus: clear, reset to seeds, a replacing bundle import', async () => {
    const c = await open();
    await c.upsertBatched(Array.from({ length: 90 }, (_, k) => art(k)));
    await c.clear();
    expect(await c.keyIds(['w:harbor', 'w:senat'])).toEqual(new Map([['w:harbor', []], ['w:senat', []]]));
    await c.upsert([art(1), art(2)]);
    await expectPostingsRight(c);
    await c.resetToSeeds([art(3), art(4)]);
    await expectPostingsRight(c);
    const bundle = await c.exportBundle('x');
    await c.upsert([art(5)]);
    await c.importBundle(bundle, { mode: 'replace' });
    await expectPostingsRight(c);
    expect((await c.db.articles.toArray()).map((r) => r.id).sort()).toEqual(['a003', 'a004']);
  });

  it('a failed write leaves them as they were', async () => {
    const c = await open();
    await c.upsert(Array.from({ length: 10 }, (_, k) => art(k)));
    const before = await c.db.postings.toArray();
    const bad = { ...art(50), text: 42 } as unknown as Article;
    await expect(c.upsert([art(51), bad])).rejects.toThrow();
    expect(await c.db.postings.toArray()).toEqual(before);
    await expectPostingsRight(c);
  });

  it('a v8 database with data opens as v9: same key lists, same export, writes after it right', async () => {
    const indexedDB = new IDBFactory();
    const v8 = new Corpus(createDb({ indexedDB, IDBKeyRange, name: 'v8' }, 8));
    // More than UPGRADE_CHUNK articles: the upgrade spreads them over several chunks by id.
    await v8.upsertBatched(Array.from({ length: UPGRADE_CHUNK + 300 }, (_, k) => art(k)), { batch: 500 });
    const gone = await v8.delete(['a004', 'a005']);
    const keys = [...new Set((await v8.db.articles.toArray()).flatMap((r) => r.keys))].sort();
    const lists = await v8.keyIds(keys); // the v8 multi-entry index
    const exported = bundleToJson(await v8.exportBundle('t'));
    const summaries = await v8.db.summaries.toArray();
    v8.close();

    const c = await Corpus.open({ indexedDB, IDBKeyRange, name: 'v8' });
    expect(c.db.verno).toBe(DB_VERSION);
    expect(DB_VERSION).toBeGreaterThanOrEqual(9);
    expect(c.db.articles.schema.indexes.map((i) => i.name).sort()).toEqual(['canonUrl', 'hash']);
    expect(await c.keyIds(keys)).toEqual(lists);
    expect(bundleToJson(await c.exportBundle('t'))).toBe(exported);
    expect(await c.db.summaries.toArray()).toEqual(summaries);
    await expectPostingsRight(c);
    expect(new Set((await c.db.postings.toArray()).map((r) => r.s))).toEqual(new Set([0, -1, -2]));
    // Writes after the upgrade: to the upgrade's chunk (small) and new chunks (large), deletes from it.
    await c.upsert([art(3, 1), art(300)]);
    await c.restoreFromTrash(gone.map((e) => e.key));
    await c.delete(['a010', 'a011', 'a1001', 'a1002']);
    await c.upsertBatched(Array.from({ length: 70 }, (_, k) => art(k + 400)));
    await expectPostingsRight(c);
  });
});
