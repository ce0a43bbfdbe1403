/**
 * Schema v11 (perf37): the story-key postings regrouped from 64 groups a chunk to POSTINGS_GROUPS, so reading a key's
 * records reads fewer other keys with it. What a reader would notice if the upgrade went wrong: a compare missing an
 * article or finding a deleted one, or a delete after the upgrade leaving an id behind. So a v10 database with data
 * (its postings grouped by 64, as v10 wrote them) opens as v11 with the same key lists, the same export, every record
 * where postingsGroup puts its keys, and writes and deletes after it right.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { bundleToJson, Corpus, toArticle } from '../../lib/store/corpus';
import { createDb, DB_VERSION, keyBucket, postingsGroup, POSTINGS_GROUPS, type PostingsRecord } from '../../lib/store/db';
import type { Article } from '../../lib/types';
import { article } from './store-helpers';

const WORDS = ['harbor', 'bridge', 'senate', 'tariff', 'vaccine', 'storm', 'election', 'court', 'strike', 'budget', 'river', 'mayor', 'police', 'school', 'market', 'museum'];

function art(k: number, salt = 0): Article {
  const pick = (j: number) => WORDS[(k * 7 + j * 3 + salt * 5) % WORDS.length]!;
  const text = `The ${pick(0)} and the ${pick(1)} met the ${pick(2)} on ${k % 28} May. Officials said the ${pick(3)} would wait for the ${pick(0)}. Residents of Town${k % 5} watched ${pick(4)}.`;
  return article({ id: `a${String(k).padStart(3, '0')}`, text, title: `${pick(1)} ${pick(2)} story ${k}`, url: `https://example.com/${k}` });
}

/** Each live key's ids from the store are exactly the live articles carrying it, and each record sits in its keys' group. */
async function expectRight(c: Corpus): Promise<void> {
  const live = (await c.db.articles.toArray()).map((r) => ({ ...toArticle(r), keys: r.keys }));
  const byKey = new Map<string, string[]>();
  for (const a of live) for (const k of new Set(a.keys)) byKey.set(k, [...(byKey.get(k) ?? []), a.id].sort());
  const keys = [...byKey.keys(), 'w:nosuchkey'].sort();
  const got = await c.keyIds(keys);
  for (const k of keys) expect([k, got.get(k)]).toEqual([k, byKey.get(k) ?? []]);
  const recs: PostingsRecord[] = await c.db.postings.toArray();
  for (const r of recs) {
    if (r.g < 0) continue;
    for (const k of r.keys) expect([k, postingsGroup(k)]).toEqual([k, r.g]);
  }
}

describe('story-key postings in 512 groups (schema v11)', () => {
  it('a v10 database with data opens as v11: same key lists, same export, writes and deletes after it right', async () => {
    expect(DB_VERSION).toBe(11);
    expect(POSTINGS_GROUPS).toBe(512);
    const indexedDB = new IDBFactory();
    const v10 = new Corpus(createDb({ indexedDB, IDBKeyRange, name: 'v10' }, 10));
    // Three import chunks and small writes into the last one.
    await v10.upsertBatched(Array.from({ length: 400 }, (_, k) => art(k)), { batch: 150 });
    await v10.upsert([art(500), art(501)]);
    await v10.delete(['a004', 'a005']);
    // The postings as v10 wrote them: each chunk's keys in 64 groups (v10's postingsGroup).
    const recs: PostingsRecord[] = await v10.db.postings.toArray();
    const v10Recs = new Map<string, PostingsRecord>();
    for (const r of recs) {
      if (r.g < 0) continue;
      r.keys.forEach((k, j) => {
        const g = keyBucket(k) % 64;
        const at = `${g} ${r.s}`;
        let o = v10Recs.get(at);
        if (!o) v10Recs.set(at, (o = { g, s: r.s, keys: [], lists: [] }));
        o.keys.push(k);
        o.lists.push(r.lists[j]!);
      });
    }
    await v10.db.postings.bulkDelete(recs.filter((r) => r.g >= 0).map((r) => [r.g, r.s] as [number, number]));
    await v10.db.postings.bulkPut([...v10Recs.values()]);
    expect((await v10.db.postings.toArray()).some((r) => r.g >= 0 && r.keys.some((k) => postingsGroup(k) !== r.g))).toBe(true);
    const keys = [...new Set((await v10.db.articles.toArray()).flatMap((r) => r.keys))].sort();
    const lists = await v10.keyIds(keys);
    const counter = await v10.db.postings.get([-1, 0]);
    const exported = bundleToJson(await v10.exportBundle('t'));
    v10.close();

    const c = await Corpus.open({ indexedDB, IDBKeyRange, name: 'v10' });
    expect(c.db.verno).toBe(11);
    expect(await c.keyIds(keys)).toEqual(lists);
    expect(await c.db.postings.get([-1, 0])).toEqual(counter);
    expect(bundleToJson(await c.exportBundle('t'))).toBe(exported);
    await expectRight(c);
    // After it: a small write into the last chunk, an edit, deletes from the upgraded chunks, a new chunk.
    await c.upsert([art(3, 1), art(600)]);
    await c.delete(['a010', 'a200', 'a399', 'a500']);
    await c.upsertBatched(Array.from({ length: 70 }, (_, k) => art(k + 700)));
    await expectRight(c);
  });
});
