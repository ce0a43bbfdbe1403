import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { Corpus, ImportCancelledError } from '../../lib/store/corpus';
import { IDENTITY_BUCKET } from '../../lib/store/db';
import { article } from './store-helpers';

const many = (n: number) =>
  Array.from({ length: n }, (_, k) =>
    article({ id: `n${k}`, url: `https://news.example/${k}`, text: `Story number ${k} about topic${k % 7}. Officials in town${k} spoke.` }),
  );

const open = () => Corpus.open({ indexedDB: new IDBFactory(), IDBKeyRange });

describe('batched import: progress, cancel, resume', () => {
  it('writes in batches with progress, and gives the same corpus and results as one upsert', async () => {
    const xs = [...many(23), article({ id: 'dup', url: 'https://news.example/3', text: 'Story number 3, corrected text.' })];
    const a = await open();
    const progress: Array<[number, number]> = [];
    const r = await a.upsertBatched(xs, { batch: 10, onProgress: (d, t) => progress.push([d, t]) });
    expect(progress).toEqual([
      [10, 24],
      [20, 24],
      [24, 24],
    ]);
    expect(r).toMatchObject({ done: 24, total: 24, stopped: null, added: 23, updated: 1 });
    // The late duplicate (same address as n3, in another batch) updated n3 instead of adding.
    expect(r.results[23]).toMatchObject({ id: 'dup', status: 'updated', storedAs: 'n3' });
    const b = await open();
    await b.upsert(xs);
    expect(await a.exportBundle('t')).toEqual(await b.exportBundle('t'));
    // Key counts agree (the identity filter may differ: a Bloom filter keeps superseded hashes; and
    // each write's stamp on the total's record is its own).
    const counts = async (c: Corpus) =>
      (await c.db.keyStats.toArray()).filter((r) => r.bucket !== IDENTITY_BUCKET).map((r) => {
        const { stamp: _stamp, ...n } = r.n;
        return { ...r, n };
      });
    expect(await counts(a)).toEqual(await counts(b));
  });

  it('cancelled half way keeps the whole batches done, and running it again resumes', async () => {
    const xs = many(30);
    const c = await open();
    const stop = new AbortController();
    const r = await c.upsertBatched(xs, { batch: 10, signal: stop.signal, onProgress: (d) => d >= 20 && stop.abort() });
    expect(r).toMatchObject({ done: 20, total: 30, stopped: 'cancelled', added: 20 });
    expect(await c.count()).toBe(20);
    const again = await c.upsertBatched(xs, { batch: 10 });
    expect(again).toMatchObject({ done: 30, stopped: null, unchanged: 20, added: 10 });
    expect(await c.count()).toBe(30);
  });

  it('a bundle import is atomic: cancelling it half way writes nothing (merge and replace)', async () => {
    const c = await open();
    await c.upsert(many(3));
    const before = await c.exportBundle('t');
    const bundle = { format: 'parallax-corpus', version: 1, exportedAt: 't', articles: many(25).slice(5) };
    for (const mode of ['merge', 'replace'] as const) {
      const stop = new AbortController();
      const seen: number[] = [];
      await expect(
        c.importBundle(bundle, { mode, batch: 5, signal: stop.signal, onProgress: (d) => (seen.push(d), d >= 10 && stop.abort()) }),
      ).rejects.toBeInstanceOf(ImportCancelledError);
      expect(seen).toEqual([5, 10]);
      expect(await c.exportBundle('t')).toEqual(before);
      expect(await c.db.keyStats.count()).toBeGreaterThan(0);
    }
    const done = await c.importBundle(bundle, { mode: 'replace', batch: 7 });
    expect(done.added).toBe(20);
    expect(await c.count()).toBe(20);
  });
});
