/**
 * The in-memory corpus of the browser bench, for the Node benches that profile compares on it
 * (bench/compare-slow.ts, bench/story-only.ts): the seeds, tests/data's sets (harbor, distractors,
 * page, doobie, plague), the zyte pages, and Zipf-law synthetic articles up to `size`; its probes are
 * the five seeds and the first five zyte pages.
 */
import { MemoryIndex, compareArticle } from '../lib/engine/index.ts';
import type { Article, CorpusIndex } from '../lib/types.ts';
import { benchProbes, loadSet, loadZyte } from '../tests/data/engine/fixtures.ts';
import { zipfArticles, ZipfVocabulary } from './synthetic.ts';
import { loadCorpusDir } from '../cli/load.ts';
import { readFileSync } from 'node:fs';
import { deserialize } from 'node:v8';

export async function probeCorpus(size: number): Promise<{ all: Article[]; index: MemoryIndex; byId: Map<string, Article>; probes: string[] }> {
  const real: Article[] = [...(await loadCorpusDir('seeds', { cacheDir: null })).articles];
  for (const set of ['harbor', 'distractors', 'page', 'doobie', 'plague'] as const) real.push(...(await loadSet(set)));
  const zyte = loadZyte();
  real.push(...zyte);
  const ids = new Set<string>();
  const all = real.filter((a) => !ids.has(a.id) && ids.add(a.id));
  all.push(...zipfArticles(Math.max(0, size - all.length), { vocab: new ZipfVocabulary(), from: 0 }));
  const byId = new Map(all.map((a) => [a.id, a]));
  const probes = benchProbes(zyte).filter((id) => byId.has(id));
  return { all, index: new MemoryIndex(all), byId, probes };
}

/**
 * The corpus written by `bench/perf23-cold.ts --dump FILE` (its articles with their index keys,
 * v8-serialised): a MemoryIndex filled without running indexKeys, so a process that reads it has run
 * no engine code before its first compare. The keys are those of the code that wrote the dump: write
 * it again after a KEYS_VERSION change.
 */
export function probeCorpusFrom(file: string): { all: Article[]; index: MemoryIndex; byId: Map<string, Article>; probes: string[] } {
  const kept = deserialize(readFileSync(file)) as { articles: Article[]; keys: string[][]; probes: string[] };
  const index = Object.create(MemoryIndex.prototype) as MemoryIndex;
  const m = index as unknown as { byId: Map<string, Article>; postings: Map<string, Set<string>>; keysOf: Map<string, string[]> };
  m.byId = new Map(kept.articles.map((a) => [a.id, a]));
  m.keysOf = new Map(kept.articles.map((a, k) => [a.id, kept.keys[k]!]));
  m.postings = new Map();
  kept.articles.forEach((a, k) => {
    for (const key of kept.keys[k]!) {
      let set = m.postings.get(key);
      if (!set) m.postings.set(key, (set = new Set()));
      set.add(a.id);
    }
  });
  return { all: kept.articles, index, byId: m.byId, probes: kept.probes };
}

/** The index handing every article it reads over as a new object (as the store does): nothing kept on them from an earlier compare. */
export function freshReads(index: CorpusIndex): CorpusIndex {
  return new Proxy(index, {
    get(t, p, r) {
      if (p === 'getMany') return async (ids: string[]) => (await t.getMany(ids)).map((a) => structuredClone(a));
      const v = Reflect.get(t, p, r);
      return typeof v === 'function' ? v.bind(t) : v;
    },
  });
}

/** `probeCorpus` read through `freshReads`, each probe compared once first: the caches a page has after its first compares, where a cold-compare bench starts. */
export async function warmedProbes(size: number): Promise<Awaited<ReturnType<typeof probeCorpus>> & { fresh: CorpusIndex }> {
  const corpus = await probeCorpus(size);
  const fresh = freshReads(corpus.index);
  for (const id of corpus.probes) await compareArticle(structuredClone(corpus.byId.get(id)!), fresh);
  return { ...corpus, fresh };
}
