/**
 * A batched import keeps the identity filter and the keyStats buckets in memory from one batch to
 * the next (lib/store/corpus.ts ImportSession) instead of reading them again per batch. What a
 * reader would notice if this went wrong: a duplicate article (a filter that missed an identity
 * written by another page meanwhile) or wrong key counts (other stories found, or not found).
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { bundleToJson, Corpus } from '../../lib/store/corpus';
import { IDENTITY_BUCKET, TOTAL_BUCKET } from '../../lib/store/db';
import { IdentityFilter, identitiesOf } from '../../lib/store/identity-filter';
import type { Article } from '../../lib/types';
import { article } from './store-helpers';

const story = (k: number, extra: Partial<Article> = {}) =>
  article({ id: `s${k}`, url: k % 3 ? `https://news.example/${k}` : null, text: `Story ${k} about the harbour${k % 7}. Officials in town${k % 11} spoke on day ${k}. Ships number ${k * 13}.`, ...extra });

/** Key counts from the index itself, and from keyStats (must agree). */
async function counts(c: Corpus): Promise<{ index: Record<string, number>; stats: Record<string, number>; total: number; live: number }> {
  const index: Record<string, number> = {};
  await c.db.articles.each((r) => {
    for (const k of new Set(r.keys)) index[k] = (index[k] ?? 0) + 1;
  });
  const stats: Record<string, number> = {};
  for (const r of await c.db.keyStats.toArray()) if (r.bucket >= 0) Object.assign(stats, r.n);
  const sort = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { index: sort(index), stats: sort(stats), total: await c.count(), live: await c.db.articles.count() };
}

async function filterMisses(c: Corpus): Promise<string[]> {
  const f = new IdentityFilter((await c.db.keyStats.get(IDENTITY_BUCKET))!.filter!);
  const missing: string[] = [];
  await c.db.articles.each((r) => {
    for (const x of identitiesOf(r)) if (!f.has(x)) missing.push(x);
  });
  return missing;
}

const open = (indexedDB = new IDBFactory()) => Corpus.open({ indexedDB, IDBKeyRange });

describe('a batched import keeps the filter and key counts across its batches', () => {
  it('stores the same corpus, key counts and results as reading them again every batch', async () => {
    // Batches of 7 with updates, same-address merges and renamed ids inside and across batches.
    const first = Array.from({ length: 30 }, (_, k) => story(k));
    const second = [
      ...Array.from({ length: 20 }, (_, k) => story(k + 25, { title: `Retitled ${k}` })),
      story(3, { id: 'other-id' }), // same address as s3, another id
      story(99, { id: 's1' }), // id taken by a different article
    ];
    const run = async (keep: boolean) => {
      const c = await open();
      c.keepAcrossBatches = keep;
      const r1 = await c.upsertBatched(first, { batch: 7 });
      await c.delete(['s4', 's5']);
      const r2 = await c.upsertBatched(second, { batch: 7 });
      const out = { r1, r2, corpus: bundleToJson(await c.exportBundle('t')), counts: await counts(c), misses: await filterMisses(c) };
      c.close();
      return out;
    };
    const kept = await run(true);
    const reread = await run(false);
    expect(kept).toEqual(reread);
    expect(kept.counts.stats).toEqual(kept.counts.index);
    expect(kept.counts.total).toBe(kept.counts.live);
    expect(kept.misses).toEqual([]);
    expect(kept.r2.results.find((r) => r.id === 'other-id')?.status).toBe('updated');
  });

  it('reads them again when another page writes between two batches (no duplicate, right counts)', async () => {
    const indexedDB = new IDBFactory();
    const c = await open(indexedDB);
    const other = await open(indexedDB); // e.g. the background's feed refresh, or the panel's "Add this page"
    const batchOf = Array.from({ length: 28 }, (_, k) => story(k));
    let step = 0;
    const r = await c.upsertBatched(batchOf, {
      batch: 7,
      onProgress: () => {
        // Between batches: the other page adds an article this import brings later, deletes one it wrote, edits one.
        step++;
        if (step === 1) void other.upsert([story(20, { id: 'from-elsewhere' })]);
        if (step === 2) void other.delete(['s2']);
        if (step === 3) void other.update('s8', { title: 'Edited elsewhere' });
      },
    });
    // Let the other page's writes settle, then check.
    await other.count();
    await new Promise((res) => setTimeout(res, 50));
    // The article the other page added first is recognised by its address, not stored twice.
    expect(r.results.find((x) => x.id === 's20')).toMatchObject({ status: 'updated', storedAs: 'from-elsewhere' });
    const n = await counts(c);
    expect(n.stats).toEqual(n.index);
    expect(n.total).toBe(n.live);
    expect(n.live).toBe(27); // 28, one deleted; s20 is the other page's
    expect(await filterMisses(c)).toEqual([]);
    // Every write leaves its own stamp on the total's record.
    const stamp = (await c.db.keyStats.get(TOTAL_BUCKET))!.n.stamp;
    await other.update('s9', { title: 'Another edit' });
    expect((await c.db.keyStats.get(TOTAL_BUCKET))!.n.stamp).not.toBe(stamp);
    c.close();
    other.close();
  });
});

describe('article size', () => {
  it('counts UTF-8 bytes as TextEncoder does (accents, CJK, emoji, lone surrogates)', async () => {
    const { textBytes } = await import('../../lib/store/db');
    for (const s of ['', 'plain ascii', 'Café déjà vu', '北京市 東京', 'emoji 🎉 and 👩‍👩‍👧', 'lone \ud800 high', 'lone \udc00 low', 'end \ud83d', '\u07ff\u0800\uffff'])
      expect(textBytes(s)).toBe(new TextEncoder().encode(s).length);
  });
});
