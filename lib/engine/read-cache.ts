/**
 * One compare's reads, kept: a CorpusIndex in front of the corpus that answers each question once
 * per compare. Story closure (closure.ts) asks two more story decisions, each a findRelated against
 * its own article's pool; the articles asked about are the page's own candidates, so their key
 * lists, key counts and pools overlap what the page's findRelated already read. Through this view
 * every key's id list, every key count, every article, every repeat count (furniture, repeats.ts:
 * asked for the story's relations, then for its cards), the corpus size and its frequent keys are read from
 * the database at most once per compare (docs/notes/perf10.md, perf37.md); so is each store record that holds many
 * keys' lists (postings, perf52) or counts (keyStats buckets, cold55).
 *
 * Same answers as the corpus it wraps: `candidates` is ranked from the kept per-key id lists by
 * `rankHits`, which is how lib/store's Corpus and MemoryIndex rank them (more shared keys first,
 * then id); a corpus without `keyIds` is asked `candidates` itself, once per distinct question.
 * Concurrent questions share the reads in flight. Kept for one compare only: the corpus may change
 * between two.
 */
import type { Article, CorpusIndex, FrequentKeys } from '../types';

/** Candidates from per-key id lists: ids by number of lists they are in, most first, then by id. */
export function rankHits(lists: Iterable<readonly string[]>, limit: number): Array<{ id: string; hits: number }> {
  const hits = new Map<string, number>();
  for (const ids of lists) for (const id of ids) hits.set(id, (hits.get(id) ?? 0) + 1);
  return [...hits.entries()]
    .map(([id, n]) => ({ id, hits: n }))
    .sort((a, b) => b.hits - a.hits || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, Math.max(0, limit));
}

/**
 * Asks `read` only for the keys not asked before and keeps one promise per key, so that
 * concurrent callers share a read in flight.
 */
function perKey<V>(kept: Map<string, Promise<V | undefined>>, keys: string[], read: (missing: string[]) => Promise<Map<string, V>>): Promise<Map<string, V | undefined>> {
  const uniq = [...new Set(keys)];
  const missing = uniq.filter((k) => !kept.has(k));
  if (missing.length) {
    const got = read(missing);
    // A failed read is not kept: the caller sees the failure, a later question reads again.
    for (const k of missing) kept.set(k, got.then((m) => m.get(k), (e) => (kept.delete(k), Promise.reject(e))));
  }
  return Promise.all(uniq.map((k) => kept.get(k)!)).then((vs) => new Map(uniq.map((k, i) => [k, vs[i]])));
}

/**
 * What the engine keeps per compare beside the reads (story.ts: each article's pool stage), keyed by
 * the compare's view: gone with it. Only a view made by `readOnce` has one (`compareScope`): a corpus
 * asked directly may change between two questions, a view answers from the reads it kept.
 */
const scopes = new WeakMap<CorpusIndex, Map<unknown, unknown>>();
/** The per-compare store of a `readOnce` view (see `scopes`), or null for any other corpus. */
export function compareScope(corpus: CorpusIndex): Map<unknown, unknown> | null {
  return scopes.get(corpus) ?? null;
}

/**
 * An article's story keys as lib/store keeps them (StoredArticle.keys: `indexKeys` of that very title, text and
 * quotes, at this KEYS_VERSION), handed beside the article by the store's `getMany` (perf56), so that a story
 * decision of a stored article does not derive them again (story.ts `keysOf`; ~10 ms an article). Per object, and
 * only while its title, text and quotes are those the keys were handed with.
 */
const storedKeys = new WeakMap<object, { title: string; text: string; quotes: Article['quotes']; keys: string[] }>();
export function keepStoredKeys(article: Article, keys: string[]): void {
  storedKeys.set(article, { title: article.title, text: article.text, quotes: article.quotes, keys });
}
let keysStored = true;
/** Whether story decisions take the keys the store handed (default on; off only to measure it: the same keys). */
export function useStoredKeys(on: boolean): void {
  keysStored = on;
}
/** The keys handed with this article object (keepStoredKeys) while its content is the same, else null. */
export function storedKeysOf(article: Article): string[] | null {
  const s = keysStored ? storedKeys.get(article) : undefined;
  return s && s.title === article.title && s.text === article.text && s.quotes === article.quotes ? s.keys : null;
}

let bucketsOnce = true;
/** Whether a compare's view hands the corpus its cache of keyStats buckets (default on; off only to measure it: the same counts). */
export function readBucketsOnce(on: boolean): void {
  bucketsOnce = on;
}

/**
 * A view of `corpus` for one compare: each read at most once (see the file comment). `read()`: every
 * article it handed over through `getMany`. `prefetch(ids)`: the same read of those articles, kept
 * for a later `getMany`, without handing them over (a read made ahead that no decision then asks for
 * is not among `read()`: compare.ts keeps story vectors only for the articles the engine used).
 */
export type ReadOnce = CorpusIndex & { read(): Article[]; prefetch(ids: string[]): Promise<Article[]> };
export function readOnce(corpus: CorpusIndex): ReadOnce {
  const handed = new Map<string, Article>();
  let count: Promise<number> | null = null;
  let frequent: Promise<FrequentKeys> | null = null;
  const counts = new Map<string, Promise<number | undefined>>();
  const lists = new Map<string, Promise<string[] | undefined>>();
  const articles = new Map<string, Promise<Article | undefined>>();
  const ranked = new Map<string, Promise<Array<{ id: string; hits: number }>>>();
  const same = new Map<string, Promise<string | null>>();
  const repeats = new Map<string, Promise<number | undefined>>();
  // The store's records this compare has read (lib/store Corpus.keyIds: a postings record holds many keys' lists).
  const seen = new Map();
  const keyIds = corpus.keyIds && ((keys: string[]) => corpus.keyIds!(keys, seen));
  // The keyStats buckets this compare has read (lib/store Corpus.keyCounts: a bucket holds many keys' counts).
  const buckets = new Map();
  const repeatCounts = corpus.repeatCounts?.bind(corpus);
  const fetch = async (ids: string[]) => {
    const got = await perKey(articles, ids, async (missing) => new Map((await corpus.getMany(missing)).map((a) => [a.id, a])));
    return ids.map((id) => got.get(id)).filter((a): a is Article => a !== undefined);
  };
  const view: ReadOnce = {
    // With the frequent keys (story.ts asks the query keys' lists with their counts), the number of articles is the one
    // read with them: one read, the first a story decision makes.
    count: () => (count ??= corpus.frequentKeys ? view.frequentKeys!().then((f) => f.n) : corpus.count()),
    ...(corpus.frequentKeys ? { frequentKeys: () => (frequent ??= corpus.frequentKeys!()) } : {}),
    keyCounts: async (keys) => {
      const got = await perKey(counts, keys, (missing) => (bucketsOnce ? corpus.keyCounts(missing, buckets) : corpus.keyCounts(missing)));
      return new Map([...got].map(([k, n]) => [k, n ?? 0]));
    },
    candidates: async (keys, limit) => {
      if (keyIds && limit !== undefined) {
        const got = await perKey(lists, keys, keyIds);
        return rankHits([...got.values()].map((ids) => ids ?? []), limit);
      }
      const q = `${limit}\u0000${[...new Set(keys)].join('\u0000')}`;
      let r = ranked.get(q);
      if (!r) ranked.set(q, (r = corpus.candidates(keys, limit)));
      return r;
    },
    keyIds: keyIds && (async (keys) => {
      const got = await perKey(lists, keys, keyIds);
      return new Map([...got].map(([k, ids]) => [k, ids ?? []]));
    }),
    getMany: async (ids) => {
      const out = await fetch(ids);
      for (const a of out) handed.set(a.id, a);
      return out;
    },
    prefetch: fetch,
    read: () => [...handed.values()],
    ...(corpus.keepVectors ? { keepVectors: corpus.keepVectors.bind(corpus) } : {}),
    // Furniture's counts (repeats.ts): a story's unit keys, asked once for its relations and again for its cards.
    ...(repeatCounts
      ? {
          repeatCounts: async (keys: string[]) => {
            const got = await perKey(repeats, keys, repeatCounts);
            return new Map([...got].map(([k, n]) => [k, n ?? 0]));
          },
        }
      : {}),
    findSame: (a) => {
      const k = JSON.stringify([a.id, a.url ?? null, a.hash ?? null]);
      let r = same.get(k);
      if (!r) same.set(k, (r = corpus.findSame(a)));
      return r;
    },
  };
  scopes.set(view, new Map());
  return view;
}
