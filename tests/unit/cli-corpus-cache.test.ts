/**
 * The CLI's warm compare (cli/corpus-cache.ts, cli/memory-corpus.ts MemoryIndex): the report from
 * the cached snapshot in memory is the report the store gives, and the snapshot follows the files.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../cli/corpus-cache';
import { loadCorpusDir } from '../../cli/load';
import { MemoryIndex, openMemoryCorpus, storeContents } from '../../cli/memory-corpus';
import { compareArticle } from '../../lib/engine/index';
import { ROOT } from '../data/engine/fixtures';
import type { Article } from '../../lib/types';

const root = mkdtempSync(join(tmpdir(), 'parallax-corpus-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Seeds, the harbour story and its distractors in one folder, plus a copy of one seed under another name. */
function corpusDir(name: string): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  cpSync(join(ROOT, 'seeds'), dir, { recursive: true });
  for (const set of ['harbor', 'distractors']) cpSync(join(ROOT, 'tests/data/engine', set), dir, { recursive: true });
  // The same article twice: the store keeps one and says so (the identity rule).
  writeFileSync(join(dir, 'zz_copy_of_003.txt'), readFileSync(join(ROOT, 'seeds/003_38879e5049cf1087.txt')));
  return dir;
}

describe('MemoryIndex answers as the store does', () => {
  it('same candidates, key lists, key counts, identity and whole reports as lib/store on fake-indexeddb', async () => {
    const dir = corpusDir('parity');
    const loaded = await loadCorpusDir(dir, { cacheDir: null });
    const notes: string[] = [];
    const corpus = await openMemoryCorpus(loaded.articles, (l) => notes.push(l), loaded.keys);
    const contents = await storeContents(corpus);
    const index = new MemoryIndex(contents);
    expect(notes.length).toBeGreaterThan(0); // the copy was merged, not stored twice
    expect(await index.count()).toBe(await corpus.count());
    expect(contents.articles.length).toBe(loaded.articles.length - notes.length);

    // Candidates and document frequencies for each article's keys, for a mix of two, and with limits.
    const keySets = contents.keys.map((k, i) => (i % 2 ? k : [...k, ...contents.keys[(i + 3) % contents.keys.length]!.slice(0, 10), 'no-such-key']));
    for (const keys of keySets) {
      expect(await index.candidates(keys)).toEqual(await corpus.candidates(keys));
      expect(await index.candidates(keys, 3)).toEqual(await corpus.candidates(keys, 3));
      expect(await index.keyCounts(keys)).toEqual(await corpus.keyCounts(keys));
      const sorted = (m: Map<string, string[]>) => new Map([...m].map(([k, ids]) => [k, [...ids].sort()]));
      expect(sorted(await index.keyIds(keys))).toEqual(sorted(await corpus.keyIds(keys)));
    }
    // Identity: by id and URL, by text hash, none.
    const ids = contents.articles.map((a) => a.id);
    expect(await index.getMany([ids[2]!, 'missing', ids[0]!])).toEqual(await corpus.getMany([ids[2]!, 'missing', ids[0]!]));
    const probes: Array<Pick<Article, 'id' | 'url' | 'hash'>> = [
      ...contents.articles.map((a) => ({ id: a.id, url: a.url, hash: a.hash })),
      ...contents.articles.map((a) => ({ id: 'other', url: null, hash: a.hash })),
      ...contents.articles.map((a) => ({ id: 'other', url: a.url ? a.url + '?utm_source=x' : null, hash: 'nope' })),
      { id: 'x', url: 'https://elsewhere.example/a', hash: 'nope' },
    ];
    for (const p of probes) expect(await index.findSame(p)).toBe(await corpus.findSame(p));

    // The engine over either gives the same report, for every article in the folder.
    for (const a of loaded.articles) expect(await compareArticle(a, index)).toEqual(await compareArticle(a, corpus));
    corpus.close();
  }, 120_000);
});

describe('the corpus snapshot', () => {
  it('is read instead of the files while the folder is unchanged, and rebuilt when a file changes, comes or goes', async () => {
    const dir = corpusDir('snap');
    const cacheDir = join(root, 'cache');
    const progress: number[] = [];
    const load = () => loadCorpus(dir, { cacheDir, onProgress: (_d, _t, fresh) => progress.push(fresh) });
    const uncachedLoad = await loadCorpus(dir, { cacheDir: null });
    expect(uncachedLoad.from).toBe('files');
    const uncached = { ...uncachedLoad, ...(await uncachedLoad.all()) };

    const first = await load();
    expect(first.from).toBe('files');
    const second = await load();
    expect(second.from).toBe('snapshot');
    for (const r of [first, second]) {
      const all = await r.all();
      expect(all.articles).toEqual(uncached.articles);
      expect(all.keys).toEqual(uncached.keys);
      expect(r.entries.map((e) => e.id)).toEqual(uncached.articles.map((a) => a.id));
      expect(r.notes).toEqual(uncached.notes); // the merge is said again on a warm run
      expect(r.notes.length).toBeGreaterThan(0);
    }
    const probe = uncached.articles.find((a) => a.id.startsWith('h1_'))!;
    expect(await compareArticle(probe, new MemoryIndex(second))).toEqual(await compareArticle(probe, new MemoryIndex(uncachedLoad)));
    // A warm load reads articles from the body file only when asked, by id.
    const two = uncached.articles.slice(0, 2).map((a) => a.id).reverse();
    expect(await second.read(two)).toEqual(two.map((id) => uncached.articles.find((a) => a.id === id)));
    expect(await second.read(['no-such-id'])).toEqual([]);

    // The body file gone (or cut short): the files again, and a new snapshot.
    const bodyFiles = () => readdirSync(join(cacheDir, 'corpus')).filter((n) => n.endsWith('.bodies'));
    expect(bodyFiles()).toHaveLength(1);
    writeFileSync(join(cacheDir, 'corpus', bodyFiles()[0]!), 'cut');
    expect((await load()).from).toBe('files');
    expect(bodyFiles()).toHaveLength(1); // the old one removed
    expect((await load()).from).toBe('snapshot');

    // A changed file (new text, new mtime): the files again (only that one ingested), then the snapshot.
    const h3 = join(dir, 'h3_tribune.md');
    writeFileSync(h3, readFileSync(h3, 'utf8').replace(/^title: "(.*)"$/m, 'title: "$1 (updated)"'));
    utimesSync(h3, new Date(), new Date(Date.now() + 5_000));
    progress.length = 0;
    const third = await load();
    expect(third.from).toBe('files');
    expect(progress.at(-1)).toBe(1);
    expect((await third.all()).articles.find((a) => a.id === 'h3_tribune')!.title).toMatch(/\(updated\)$/);
    expect((await load()).from).toBe('snapshot');

    // A file removed, a file added.
    rmSync(join(dir, 'zz_copy_of_003.txt'));
    const fourth = await load();
    expect(fourth.from).toBe('files');
    expect(fourth.notes).toEqual([]);
    writeFileSync(join(dir, 'new.txt'), 'Harbour strike ends\n\nDockworkers accepted the offer on Friday. Ships are unloading again.');
    const fifth = await load();
    expect(fifth.from).toBe('files');
    expect(fifth.entries.map((a) => a.id)).toContain('new');
    expect((await load()).from).toBe('snapshot');
  }, 120_000);

  it('is not kept without a cache directory, and a missing folder is an error', async () => {
    const dir = corpusDir('nocache');
    expect((await loadCorpus(dir, { cacheDir: null })).from).toBe('files');
    expect((await loadCorpus(dir, { cacheDir: null })).from).toBe('files');
    await expect(loadCorpus(join(root, 'absent'), { cacheDir: null })).rejects.toThrow(/not found/);
  });
});
