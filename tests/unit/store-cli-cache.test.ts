import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultCacheDir, loadCorpusDir } from '../../cli/load';
import { openMemoryCorpus } from '../../cli/memory-corpus';
import { indexKeys } from '../../lib/engine/keys';

const root = mkdtempSync(join(tmpdir(), 'parallax-cache-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('CLI corpus cache', () => {
  it('ingests once, reuses the cache while files are unchanged, and re-ingests a changed file', async () => {
    const dir = join(root, 'corpus');
    const cacheDir = join(root, 'cache');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.txt'), 'Harbour strike ends\n\nDockworkers accepted the offer on Friday. Ships are unloading again.');
    writeFileSync(join(dir, 'b.md'), '# Volcano erupts\n\nFlights from Reykjavik were cancelled. The volcano keeps erupting.');
    const runs: number[][] = [];
    const load = async () => {
      const fresh: number[] = [];
      const r = await loadCorpusDir(dir, { cacheDir, onProgress: (_d, _t, f) => fresh.push(f) });
      runs.push(fresh);
      return r;
    };
    const uncached = await loadCorpusDir(dir, { cacheDir: null });
    const first = await load();
    expect(runs[0]).toEqual([1, 2]); // both ingested
    expect(first).toEqual({ ...uncached, keys: uncached.articles.map((a) => indexKeys(a)) });
    const second = await load();
    expect(runs[1]).toEqual([0, 0]); // both from the cache
    // The story keys come back with the articles: the corpus does not compute them again.
    expect(second).toEqual({ ...uncached, keys: uncached.articles.map((a) => indexKeys(a)) });
    // The memory corpus stores the keys it is given (marked ones here, to see them used) instead of
    // computing them; without them it computes them.
    const marked = second.keys!.map((k) => [...k, 'cached-marker']);
    const mem = await openMemoryCorpus(second.articles, () => undefined, marked);
    for (const a of second.articles) expect((await mem.getStored(a.id))!.keys).toContain('cached-marker');
    mem.close();
    const plain = await openMemoryCorpus(second.articles, () => undefined);
    for (const a of second.articles) expect((await plain.getStored(a.id))!.keys).toEqual([...new Set(indexKeys(a))]);
    plain.close();
    writeFileSync(join(dir, 'b.md'), '# Volcano calms\n\nFlights from Reykjavik resumed on Sunday.');
    const third = await load();
    expect(runs[2]).toEqual([0, 1]); // only the changed file
    expect(third.articles.map((a) => a.title)).toEqual(['Harbour strike ends', 'Volcano calms']);
    expect(third.articles).toEqual((await loadCorpusDir(dir, { cacheDir: null })).articles);
    expect(readdirSync(join(cacheDir, 'ingest')).length).toBeGreaterThan(0);
  });

  it('is off in tests and with PARALLAX_CACHE=off, and follows PARALLAX_CACHE_DIR / XDG_CACHE_HOME', () => {
    expect(defaultCacheDir({ VITEST: 'true' })).toBeNull();
    expect(defaultCacheDir({ PARALLAX_CACHE: 'off' })).toBeNull();
    expect(defaultCacheDir({ PARALLAX_CACHE_DIR: '/x/y' })).toBe('/x/y');
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/c' })).toBe(join('/c', 'parallax'));
  });
});
