import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { bundleToJson, Corpus, parseBundle } from '../../lib/store/corpus';
import { urlKey } from '../../lib/url';
import { article, openTestCorpus } from './store-helpers';

const bukele = article({
  id: 'a1',
  title: 'Bukele meets envoy over prison deal',
  outlet: 'Fox News',
  date: '2025-12-23',
  url: 'https://www.foxnews.com/world/bukele-prison-deal',
  text: 'Nayib Bukele met the envoy in San Salvador. The prison deal covers deportees. Officials said payments continue.',
});
const volcano = article({
  id: 'b1',
  title: 'Volcano erupts in Iceland',
  outlet: 'Reuters',
  url: 'https://www.reuters.com/world/iceland-volcano',
  text: 'A volcano erupted near Grindavik. Residents were evacuated overnight. Lava flows reached the road.',
});

describe('corpus upsert', () => {
  it('adds new articles and reports unchanged on the same import', async () => {
    const c = await openTestCorpus();
    const first = await c.upsert([bukele, volcano]);
    expect(first.results.map((r) => r.status)).toEqual(['added', 'added']);
    const again = await c.upsert([bukele, volcano]);
    expect(again.results.map((r) => r.status)).toEqual(['unchanged', 'unchanged']);
    expect(await c.count()).toBe(2);
  });

  it('treats the same URL under another id as the same article (tracking params, www, slash)', async () => {
    const c = await openTestCorpus();
    await c.upsert([bukele]);
    const refetched = { ...bukele, id: 'other-name', url: 'http://foxnews.com/world/bukele-prison-deal/?utm_source=x#top' };
    const r = await c.upsert([refetched]);
    expect(r.results[0]).toEqual({ id: 'other-name', status: 'unchanged', storedAs: 'a1', reason: 'same address as a1' });
    // A corrected version at the same address updates the stored one instead of duplicating.
    const corrected = article({ ...bukele, id: 'other-name', text: bukele.text + ' The envoy left on Friday.' });
    const r2 = await c.upsert([corrected]);
    expect(r2.results[0]).toEqual({ id: 'other-name', status: 'updated', storedAs: 'a1', reason: 'same address as a1' });
    expect(await c.count()).toBe(1);
    expect((await c.get('a1'))?.text).toContain('envoy left on Friday');
    expect(await c.get('other-name')).toBeNull();
  });

  it('treats the same text without a URL as the same article, keeping the metadata it already has', async () => {
    const c = await openTestCorpus();
    await c.upsert([bukele]);
    const copy = { ...bukele, id: 'copy', url: null, outlet: null, date: null, title: 'Copied' };
    const r = await c.upsert([copy]);
    expect(r.results[0]).toEqual({ id: 'copy', status: 'updated', storedAs: 'a1', reason: 'same text as a1' });
    expect(await c.count()).toBe(1);
    expect(await c.get('a1')).toMatchObject({ title: 'Copied', outlet: 'Fox News', date: '2025-12-23', url: bukele.url });
  });

  it('merges two records of one batch with the same address and says so for the second', async () => {
    const c = await openTestCorpus();
    const r = await c.upsert([bukele, { ...bukele, id: 'again', title: 'Second title' }]);
    expect(r.results).toEqual([
      { id: 'a1', status: 'added', storedAs: 'a1' },
      { id: 'again', status: 'updated', storedAs: 'a1', reason: 'merged with record 1 of this import (same address)' },
    ]);
    expect(r.added).toBe(1);
    expect(await c.count()).toBe(1);
    expect((await c.get('a1'))?.title).toBe('Second title');
  });

  it('adds a different article that shares an id as a new article under a derived id', async () => {
    const c = await openTestCorpus();
    const x = article({ id: 'a', text: 'The first article about the harbour. Ships wait outside.', format: 'text' });
    const y = article({ id: 'a', text: 'An unrelated story about a school board vote. It passed.', format: 'markdown' });
    await c.upsert([x]);
    const r = await c.upsert([y]);
    const newId = `a_${y.hash.slice(0, 8)}`;
    expect(r.results[0]).toEqual({ id: 'a', status: 'added', storedAs: newId, reason: `the id a belongs to a different article; stored as ${newId}` });
    expect(await c.count()).toBe(2);
    expect((await c.get('a'))?.text).toBe(x.text);
    expect((await c.get(newId))?.text).toBe(y.text);
    // Importing the second again finds it under its new id: unchanged, still two.
    expect((await c.upsert([y])).results[0]).toMatchObject({ status: 'unchanged', storedAs: newId });
    expect(await c.count()).toBe(2);
  });

  it('two different articles with one id in the same batch (a.txt and a.md in one folder): both kept', async () => {
    const c = await openTestCorpus();
    const x = article({ id: 'a', text: 'Ferry timetable changes from Monday. Book ahead.' });
    const y = article({ id: 'a', text: 'The school board passed the budget. It takes effect in January.' });
    const r = await c.upsert([x, y]);
    expect(r.results.map((q) => [q.status, q.storedAs])).toEqual([
      ['added', 'a'],
      ['added', `a_${y.hash.slice(0, 8)}`],
    ]);
    expect(await c.count()).toBe(2);
  });

  it('keeps a different address as a different article even with the same text (syndication)', async () => {
    const c = await openTestCorpus();
    await c.upsert([bukele]);
    const r = await c.upsert([{ ...bukele, id: 'a1', url: 'https://apnews.com/article/bukele-prison-deal' }]);
    expect(r.results[0]).toMatchObject({ status: 'added', storedAs: `a1_${bukele.hash.slice(0, 8)}` });
    expect(await c.count()).toBe(2);
  });

  it('drops a date that is not a date and a URL that is not http(s), with a warning, from any source', async () => {
    const c = await openTestCorpus();
    await c.upsert([{ ...volcano, date: '9999-99-99', url: 'javascript:alert(document.domain)' }]);
    const got = await c.get('b1');
    expect(got).toMatchObject({ date: null, url: null });
    expect(got?.warnings).toEqual(['date "9999-99-99" is not a date; dropped', 'url "javascript:alert(document.domain)" is not an http(s) address; dropped']);
  });

  it('updates an article re-imported under its id with new content, keeping addedAt', async () => {
    const c = await openTestCorpus();
    await c.upsert([bukele]);
    const before = await c.getStored('a1');
    const r = await c.upsert([{ ...bukele, title: 'A better title' }]);
    expect(r.results[0]?.status).toBe('updated');
    const after = await c.getStored('a1');
    expect(after?.title).toBe('A better title');
    expect(after?.addedAt).toBe(before?.addedAt);
    expect((await c.list())[0]?.title).toBe('A better title');
  });

  it('refuses an invalid article with a message and writes nothing', async () => {
    const c = await openTestCorpus();
    const bad = { ...volcano, units: 'nope' } as unknown as typeof volcano;
    await expect(c.upsert([bukele, bad])).rejects.toThrow(/Article 2 \(b1\): units is not a list/);
    expect(await c.count()).toBe(0);
  });
});

describe('corpus index', () => {
  it('ranks candidates by the number of shared story keys without loading bodies', async () => {
    const c = await openTestCorpus();
    await c.upsert([bukele, volcano]);
    const keysA = (await c.getStored('a1'))!.keys;
    const keysB = (await c.getStored('b1'))!.keys;
    const query = [...keysA.slice(0, 3), ...keysB.slice(0, 1), 'w:nothing-like-this'];
    expect(await c.candidates(query)).toEqual([
      { id: 'a1', hits: 3 },
      { id: 'b1', hits: 1 },
    ]);
    expect(await c.candidates(query, 1)).toEqual([{ id: 'a1', hits: 3 }]);
    const counts = await c.keyCounts([keysA[0]!, 'w:nothing-like-this']);
    expect(counts.get(keysA[0]!)).toBe(1);
    expect(counts.get('w:nothing-like-this')).toBe(0);
  });

  it('finds the same article by canonical URL or hash, not by id alone', async () => {
    const c = await openTestCorpus();
    await c.upsert([bukele]);
    expect(await c.findSame({ id: 'a1', url: null, hash: 'x' })).toBeNull();
    expect(await c.findSame({ id: 'z', url: 'https://foxnews.com/world/bukele-prison-deal?fbclid=1', hash: 'x' })).toBe('a1');
    expect(await c.findSame({ id: 'z', url: null, hash: bukele.hash })).toBe('a1');
    expect(await c.findSame({ id: 'z', url: null, hash: 'x' })).toBeNull();
  });

  it('getMany returns articles in the order asked and skips missing ids', async () => {
    const c = await openTestCorpus();
    await c.upsert([bukele, volcano]);
    const got = await c.getMany(['b1', 'missing', 'a1']);
    expect(got.map((a) => a.id)).toEqual(['b1', 'a1']);
    expect(got[1]).toEqual(bukele);
  });
});

describe('reindex', () => {
  it('recomputes story keys written by another key function, in small batches', async () => {
    const indexedDB = new IDBFactory();
    const old = await Corpus.open({ indexedDB, IDBKeyRange, keysOf: () => ['k:old'] });
    await old.upsert([bukele, volcano]);
    old.close();
    const c = await Corpus.open({ indexedDB, IDBKeyRange });
    expect(await c.candidates(['k:old'])).toHaveLength(2);
    expect(await c.reindex()).toBe(0); // same KEYS_VERSION: nothing looks stale
    expect(await c.reindex({ all: true, batch: 1 })).toBe(2);
    expect(await c.candidates(['k:old'])).toEqual([]);
    const keys = (await c.getStored('a1'))!.keys;
    expect(keys).not.toContain('k:old');
    expect((await c.candidates(keys))[0]).toEqual({ id: 'a1', hits: keys.length });
  });
});

describe('edit, delete and undo', () => {
  it('edits outlet, date, title and URL; refuses bad values', async () => {
    const c = await openTestCorpus();
    await c.upsert([bukele, volcano]);
    await c.update('b1', { outlet: '  Reuters World ', date: '2024-01-15' });
    expect((await c.list()).find((s) => s.id === 'b1')).toMatchObject({ outlet: 'Reuters World', date: '2024-01-15' });
    await c.update('b1', { outlet: '' });
    expect((await c.get('b1'))?.outlet).toBeNull();
    await expect(c.update('b1', { date: 'last Tuesday' })).rejects.toThrow(/not a date/);
    await expect(c.update('b1', { title: '  ' })).rejects.toThrow(/title cannot be empty/);
    await expect(c.update('b1', { url: 'https://foxnews.com/world/bukele-prison-deal' })).rejects.toThrow(/a1 already has this URL/);
    await expect(c.update('nope', { title: 'x' })).rejects.toThrow(/No article nope/);
  });

  it('deletes to the trash and restores from it with the same content and addedAt', async () => {
    const c = await openTestCorpus();
    await c.upsert([bukele, volcano]);
    const before = await c.exportBundle('t');
    const stored = await c.getStored('a1');
    const deleted = await c.delete(['a1', 'missing']);
    expect(deleted.map((d) => d.id)).toEqual(['a1']);
    expect((await c.list()).map((s) => s.id)).toEqual(['b1']);
    // Trashed articles are not candidates for comparison.
    expect(await c.candidates(stored!.keys)).toEqual([]);
    expect((await c.listTrash()).map((t) => [t.id, t.title])).toEqual([['a1', bukele.title]]);
    const r = await c.restoreFromTrash(deleted.map((d) => d.key));
    expect(r.results).toEqual([{ id: 'a1', status: 'added', storedAs: 'a1' }]);
    expect(await c.listTrash()).toEqual([]);
    expect(await c.exportBundle('t')).toEqual(before);
    expect((await c.getStored('a1'))?.addedAt).toBe(stored?.addedAt);
    expect((await c.list()).map((s) => s.id)).toEqual(['a1', 'b1']);
  });
});

describe('export and import', () => {
  it('export → import → export gives the same bytes', async () => {
    const c = await openTestCorpus();
    await c.upsert([volcano, bukele]);
    const json1 = bundleToJson(await c.exportBundle('2026-01-01T00:00:00.000Z'));
    const d = await openTestCorpus();
    const r = await d.importBundle(parseBundle(json1), { mode: 'merge' });
    expect(r.added).toBe(2);
    const json2 = bundleToJson(await d.exportBundle('2026-01-01T00:00:00.000Z'));
    expect(json2).toBe(json1);
    // Importing it again into the same corpus changes nothing.
    const again = await d.importBundle(parseBundle(json1));
    expect(again.unchanged).toBe(2);
  });

  it('replace mode makes the corpus exactly the bundle', async () => {
    const c = await openTestCorpus();
    await c.upsert([bukele]);
    const d = await openTestCorpus();
    await d.upsert([volcano]);
    await d.importBundle(await c.exportBundle(), { mode: 'replace' });
    expect((await d.list()).map((s) => s.id)).toEqual(['a1']);
  });

  it('a bundle with a bad record is refused and the corpus stays as it was', async () => {
    const c = await openTestCorpus();
    await c.upsert([bukele]);
    const before = bundleToJson(await c.exportBundle('t'));
    const bundle = { format: 'parallax-corpus', version: 1, exportedAt: 't', articles: [volcano, { ...volcano, id: 'x', hash: 5 }] };
    for (const mode of ['merge', 'replace'] as const) {
      await expect(c.importBundle(bundle, { mode })).rejects.toThrow(/Article 2 \(x\): hash is missing/);
      expect(bundleToJson(await c.exportBundle('t'))).toBe(before);
    }
    await expect(c.importBundle({ format: 'other' })).rejects.toThrow(/Not a Parallax corpus file/);
    expect(() => parseBundle('{oops')).toThrow(/Not valid JSON/);
  });

  it('a write failing half way (quota) rolls back the whole import, clear included', async () => {
    const c = await openTestCorpus();
    await c.upsert([bukele]);
    const before = bundleToJson(await c.exportBundle('t'));
    // Simulate the disk filling up while the summaries are written, after articles were put.
    c.db.summaries.hook('creating', (_pk, obj) => {
      if ((obj as { id: string }).id === 'b2') throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    const bundle = {
      format: 'parallax-corpus',
      version: 1,
      exportedAt: 't',
      articles: [volcano, article({ id: 'b2', text: 'Another story entirely. Nothing shared here.' })],
    };
    for (const mode of ['merge', 'replace'] as const) {
      await expect(c.importBundle(bundle, { mode })).rejects.toThrow(/no more storage for Parallax: nothing was written/);
      expect(bundleToJson(await c.exportBundle('t'))).toBe(before);
      expect((await c.list()).map((s) => s.id)).toEqual(['a1']);
    }
  });

  it('with the disk full, moving to the trash fails whole; deleting for good (the reader\'s choice) frees the article', async () => {
    const c = await openTestCorpus();
    await c.upsert([bukele, volcano]);
    const before = bundleToJson(await c.exportBundle('t'));
    const own = (await c.db.articles.get('a1'))!.keys.find((k) => !(volcano.text + volcano.title).toLowerCase().includes(k.slice(2)))!;
    expect((await c.keyCounts([own])).get(own)).toBe(1);
    c.db.trash.hook('creating', () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    await expect(c.delete(['a1'])).rejects.toThrow(/no more storage for Parallax: nothing was written/);
    expect(bundleToJson(await c.exportBundle('t'))).toBe(before);
    expect(await c.deleteForGood(['a1'])).toBe(1);
    expect((await c.list()).map((s) => s.id)).toEqual(['b1']);
    expect(await c.listTrash()).toEqual([]);
    expect((await c.keyCounts([own])).get(own) ?? 0).toBe(0);
  });

  it('reset to seeds replaces everything atomically', async () => {
    const c = await openTestCorpus();
    await c.upsert([bukele]);
    const r = await c.resetToSeeds([volcano]);
    expect(r.added).toBe(1);
    expect((await c.list()).map((s) => s.id)).toEqual(['b1']);
    await c.clear();
    expect(await c.count()).toBe(0);
  });
});

describe('urlKey (same-address key)', () => {
  it.each([
    ['https://www.Example.com/a/b/?utm_source=x&id=3#frag', 'example.com/a/b?id=3'],
    ['http://example.com/a/b', 'example.com/a/b'],
    ['https://example.com/a/index.html', 'example.com/a'],
    ['https://example.com/?b=2&a=1', 'example.com/?a=1&b=2'],
    ['ftp://example.com/x', null],
    ['not a url', null],
    [null, null],
  ])('%s → %s', (input, out) => {
    expect(urlKey(input)).toBe(out);
  });

  it('gives the same answers when asked again, past the addresses it keeps (10,000 of them, twice)', () => {
    const addr = (k: number) => (k % 2 ? `https://www.Site${k % 7}.com/news/${k}/?utm_medium=x&b=${k}&a=1` : `ftp://site.com/${k}`);
    const want = (k: number) => (k % 2 ? `site${k % 7}.com/news/${k}?a=1&b=${k}` : null);
    for (let round = 0; round < 2; round++) for (let k = 0; k < 10_000; k++) expect(urlKey(addr(k))).toBe(want(k));
    expect(urlKey('')).toBeNull();
  });
});

describe('trash', () => {
  it('is kept across a reopen (reload, restart), purged after 30 days, emptied on request', async () => {
    const indexedDB = new IDBFactory();
    const c = await Corpus.open({ indexedDB, IDBKeyRange });
    await c.upsert([bukele, volcano]);
    const day = 86_400_000;
    const t0 = Date.now();
    await c.delete(['a1'], t0 - 31 * day);
    await c.delete(['b1'], t0 - 2 * day);
    c.close();
    const again = await Corpus.open({ indexedDB, IDBKeyRange });
    expect((await again.listTrash()).map((t) => t.id)).toEqual(['b1', 'a1']);
    expect(await again.purgeTrash(t0)).toBe(1);
    expect((await again.listTrash()).map((t) => t.id)).toEqual(['b1']);
    expect(await again.emptyTrash()).toBe(1);
    expect(await again.listTrash()).toEqual([]);
    expect(await again.count()).toBe(0);
    again.close();
  });

  it('restores without overwriting an article that took the id or the address meanwhile', async () => {
    const c = await openTestCorpus();
    await c.upsert([bukele]);
    const [entry] = await c.delete(['a1']);
    const other = article({ id: 'a1', text: 'A new and different article under the same file name. It says other things.' });
    await c.upsert([other]);
    const r = await c.restoreFromTrash([entry!.key]);
    expect(r.results[0]).toMatchObject({ id: 'a1', status: 'added', storedAs: `a1_${bukele.hash.slice(0, 8)}` });
    expect((await c.get('a1'))?.text).toBe(other.text);
    expect(await c.count()).toBe(2);
  });
});

describe('persistent storage', () => {
  it('asks once, and reports granted / denied / already persisted / unsupported', async () => {
    const { requestPersistence } = await import('../../lib/store/corpus');
    let asked = 0;
    const storage = (persisted: boolean, grant: boolean) => ({
      persisted: async () => persisted,
      persist: async () => (asked++, grant),
    });
    expect(await requestPersistence(storage(false, true))).toBe('granted');
    expect(await requestPersistence(storage(false, false))).toBe('denied');
    expect(await requestPersistence(storage(true, false))).toBe('persisted');
    expect(asked).toBe(2);
    expect(await requestPersistence({})).toBe('unsupported');
    expect(await requestPersistence(undefined)).toBe('unsupported');
  });
});
