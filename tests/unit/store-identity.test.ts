import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { Corpus, type ImportResult } from '../../lib/store/corpus';
import { createDb, DB_VERSION, IDENTITY_BUCKET } from '../../lib/store/db';
import { IdentityFilter, identitiesOf } from '../../lib/store/identity-filter';
import type { Article } from '../../lib/types';
import { article } from './store-helpers';

const open = (name = 'parallax', indexedDB = new IDBFactory()) => Corpus.open({ indexedDB, IDBKeyRange, name });

/** Every live article's id, address and hash is in the kept filter (it may never miss one). */
async function filterCovers(c: Corpus): Promise<void> {
  const rec = await c.db.keyStats.get(IDENTITY_BUCKET);
  expect(rec?.filter).toBeDefined();
  const f = new IdentityFilter(rec!.filter!);
  const missing: string[] = [];
  await c.db.articles.each((r) => {
    for (const x of identitiesOf(r)) if (!f.has(x)) missing.push(x);
  });
  expect(missing).toEqual([]);
}

const story = (k: number, extra: Partial<Article> = {}) =>
  article({ id: `s${k}`, url: `https://news.example/${k}`, text: `Story ${k} about the harbour${k % 5}. Officials in town${k} spoke on day ${k}.`, ...extra });

describe('identity filter (Bloom): kept with every write, never misses a stored identity', () => {
  it('has no false negatives across its growth and few false positives', () => {
    const f = new IdentityFilter();
    const n = 60_000; // four segments
    for (let k = 0; k < n; k++) f.add(`u:https://outlet${k % 40}.example/news/${k}`);
    for (let k = 0; k < n; k++) expect(f.has(`u:https://outlet${k % 40}.example/news/${k}`)).toBe(true);
    let fp = 0;
    for (let k = n; k < n + 20_000; k++) if (f.has(`u:https://outlet${k % 40}.example/news/${k}`)) fp++;
    expect(fp / 20_000).toBeLessThan(0.05);
    expect(f.data.segments.length).toBeGreaterThan(1);
  });

  it('covers every live article after each kind of write (import, update of the address, restore, trash, replace, reset, clear)', async () => {
    const c = await open();
    await c.upsertBatched(Array.from({ length: 30 }, (_, k) => story(k)), { batch: 7 });
    await filterCovers(c);
    await c.upsert([story(100, { id: 's3' }), story(101, { url: null })]); // an id in use; an article without address
    await filterCovers(c);
    await c.update('s4', { url: 'https://elsewhere.example/moved' });
    await filterCovers(c);
    const trashed = await c.delete(['s5', 's6']);
    await c.upsert([story(5, { id: 'other', text: 'Something else entirely. Nothing in common.' })]);
    await c.restoreFromTrash(trashed.map((e) => e.key));
    await filterCovers(c);
    await c.restore([{ ...(await c.getStored('s7'))!, id: 's7-copy', url: 'https://copy.example/7', canonUrl: null }]);
    await filterCovers(c);
    await c.importBundle({ format: 'parallax-corpus', version: 1, exportedAt: 't', articles: [story(200), story(201)] }, { mode: 'replace' });
    await filterCovers(c);
    await c.resetToSeeds([story(300)]);
    await filterCovers(c);
    await c.clear();
    await c.upsert([story(400)]);
    await filterCovers(c);
    c.close();
  });

  it('keeps the filter in the same transaction when articles have no story keys (an import, an edit, a restore)', async () => {
    // No keys: the key-count update ends with the article total only; the filter's write must stay in the transaction.
    const c = await Corpus.open({ indexedDB: new IDBFactory(), IDBKeyRange, keysOf: () => [] });
    await c.upsert([story(1)]);
    await c.upsertBatched(Array.from({ length: 12 }, (_, k) => story(10 + k)), { batch: 5 });
    await c.update('s1', { url: 'https://moved.example/1' });
    const [e] = await c.delete(['s10']);
    await c.restoreFromTrash([e!.key]);
    await filterCovers(c);
    expect(await c.count()).toBe(13);
    c.close();
  });

  it('gives the same results and corpus as looking every value up (ids in use, same address, same text, within a batch)', async () => {
    const base = Array.from({ length: 40 }, (_, k) => story(k));
    const again = [
      ...base.slice(0, 5), // unchanged
      story(6, { id: 'new-id-same-address', text: 'Story 6, corrected. The harbour reopened.' }), // same address → updated s6
      story(7, { id: 'copy-of-7', url: null }), // same text, no address → s7
      article({ id: 's8', url: 'https://other.example/8', text: 'A different article under the id s8. Trains.' }), // id taken → renamed
      article({ id: 'late', url: 'https://news.example/late', text: 'A late story. It is new.' }),
      article({ id: 'late2', url: 'https://news.example/late', text: 'A late story. It is new, and longer.' }), // same address in the batch
    ];
    const run = async (useFilter: boolean): Promise<[ImportResult[], unknown]> => {
      const c = await open();
      c.useIdentityFilter = useFilter;
      const rs = [await c.upsertBatched(base, { batch: 9 }), await c.upsertBatched(again, { batch: 4 }), await c.upsert(again)];
      const out: [ImportResult[], unknown] = [rs.map(({ results, added, updated, unchanged, skipped }) => ({ results, added, updated, unchanged, skipped })), await c.exportBundle('t')];
      c.close();
      return out;
    };
    const [withFilter, lookedUp] = [await run(true), await run(false)];
    expect(withFilter).toEqual(lookedUp);
    expect(withFilter[0][1]).toMatchObject({ unchanged: 5, updated: 3, added: 2 }); // s6 by address, s7 by text, late2 into late; s8 renamed
  });

  it('a v6 or v5 database with articles gets the filter built by the v7 upgrade, and finds its identities through it', async () => {
    for (const version of [5, 6]) {
      const indexedDB = new IDBFactory();
      const old = createDb({ indexedDB, IDBKeyRange, name: 'old' }, version);
      await old.open();
      expect(old.verno).toBe(version);
      await new Corpus(old).upsert(Array.from({ length: 20 }, (_, k) => story(k)));
      await old.table('keyStats').delete(IDENTITY_BUCKET); // as the v5/v6 code left it
      old.close();

      const c = await open('old', indexedDB);
      expect(c.db.verno).toBe(DB_VERSION);
      await filterCovers(c);
      const r = await c.upsertBatched([story(3, { id: 'dup3' }), story(5, { id: 'dup5', url: null }), story(50)], { batch: 2 });
      expect(r.results.map((x) => [x.status, x.storedAs])).toEqual([
        ['updated', 's3'], // same address (its title came with it)
        ['updated', 's5'], // same text
        ['added', 's50'],
      ]);
      await filterCovers(c);
      c.close();
    }
  });

  it('without a kept filter, a small import looks its values up and a large one builds the filter', async () => {
    const c = await open();
    await c.upsert(Array.from({ length: 20 }, (_, k) => story(k)));
    await c.db.keyStats.delete(IDENTITY_BUCKET);
    // A small write, or an import smaller than the corpus or than 100 articles: no build.
    expect((await c.upsert([story(3, { id: 'dup3' })])).results[0]).toMatchObject({ status: 'updated', storedAs: 's3' });
    const some = await c.upsertBatched(Array.from({ length: 15 }, (_, k) => story(100 + k)), { batch: 4 });
    expect(some.added).toBe(15);
    expect(await c.db.keyStats.get(IDENTITY_BUCKET)).toBeUndefined();
    // An import of 100+ articles, at least as many as the corpus holds: built from the indexes,
    // then the old articles are found through it.
    const big = await c.upsertBatched([story(5, { id: 'dup5', url: null }), ...Array.from({ length: 120 }, (_, k) => story(200 + k))], { batch: 40 });
    expect(big.results[0]).toMatchObject({ status: 'updated', storedAs: 's5' }); // same text
    expect(big.added).toBe(120);
    await filterCovers(c);
    expect(await c.count()).toBe(155);
    c.close();
  });
});
