/**
 * A corpus for the CLI's compare/trace commands: the extension's own store code (lib/store) on a
 * fresh in-memory fake-indexeddb, so Node runs exactly what the browser runs — the identity rule
 * included: two files of one folder with the same name (a.txt, a.md) are two articles, and the same
 * article found twice is one. Each such case is said on stderr (`note`), never silent.
 *
 * What the store then holds (its articles as the engine reads them, and their story keys) is what
 * `compare` caches for the next run (cli/corpus-cache.ts) and compares against through MemoryIndex:
 * the store's CorpusIndex answers over plain Maps, without IndexedDB.
 */
import type { Corpus } from '../lib/store/corpus';
import type { Article, CorpusIndex } from '../lib/types';
import { indexKeys } from '../lib/engine/keys';
import { rankHits } from '../lib/engine/read-cache';
import { urlKey } from '../lib/url';

const stderrNote = (line: string) => {
  process.stderr.write(`parallax: ${line}\n`);
};

/**
 * `keys` (parallel to `articles`, from the CLI cache: cli/load.ts) are used as the articles' story
 * keys instead of computing them again; an article whose text or title differs gets computed keys.
 */
export async function openMemoryCorpus(articles: Article[], note: (line: string) => void = stderrNote, keys?: string[][]): Promise<Corpus> {
  // Loaded here, not with the module: a warm `compare` (cli/corpus-cache.ts) never opens a store.
  const [{ IDBFactory, IDBKeyRange }, { Corpus }] = await Promise.all([import('fake-indexeddb'), import('../lib/store/corpus')]);
  const known = new Map<string, { title: string; keys: string[] }>();
  if (keys?.length === articles.length) articles.forEach((a, k) => known.set(a.text, { title: a.title, keys: keys[k]! }));
  const keysOf = (a: Pick<Article, 'title' | 'text'>) => {
    const hit = known.get(a.text);
    return hit && hit.title === a.title ? hit.keys : indexKeys(a);
  };
  const corpus = await Corpus.open({ indexedDB: new IDBFactory(), IDBKeyRange, keysOf });
  if (articles.length) {
    const r = await corpus.upsert(articles);
    for (const x of r.results) if (x.reason) note(`${x.id}: ${x.status}: ${x.reason}`);
  }
  return corpus;
}

/** What a store holds, as the engine reads it: every article (by id) and its stored story keys. */
export interface StoreContents {
  articles: Article[];
  keys: string[][];
}

/** Reads back every article of `corpus` (Corpus.getMany, so units are rebuilt as on any read) and its keys. */
export async function storeContents(corpus: Corpus): Promise<StoreContents> {
  const ids = (await corpus.list()).map((s) => s.id).sort();
  const articles = await corpus.getMany(ids);
  const keys: string[][] = [];
  for (const a of articles) keys.push((await corpus.getStored(a.id))?.keys ?? indexKeys(a));
  return { articles, keys };
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What the index needs of one stored article: its id, URL, content hash and story keys. */
export interface IndexEntry {
  id: string;
  url: string | null;
  hash: string;
  keys: string[];
}

/**
 * A store's contents for MemoryIndex without every article in memory: the entries (store order)
 * and a reader of whole articles by id (cli/corpus-cache.ts reads them from the snapshot's body
 * file, only those the engine asks for).
 */
export interface IndexedContents {
  entries: IndexEntry[];
  /** The articles of `ids` that exist, in the order of `ids`. */
  read(ids: string[]): Promise<Article[]>;
}

/** StoreContents (every article in memory) as IndexedContents. */
export function indexedContents({ articles, keys }: StoreContents): IndexedContents {
  const byIdMap = new Map(articles.map((a) => [a.id, a]));
  return {
    entries: articles.map((a, k) => ({ id: a.id, url: a.url, hash: a.hash, keys: keys[k] ?? [] })),
    read: async (ids) => ids.map((id) => byIdMap.get(id)).filter((a): a is Article => a !== undefined),
  };
}

/**
 * lib/store's CorpusIndex (Corpus.candidates, keyIds, keyCounts, count, getMany, findSame) over the
 * contents of a store, in memory: the same answers (tests/unit/cli-memory-index.test.ts compares
 * them, and whole reports, with a Corpus holding the same articles), without IndexedDB. Whole
 * articles are read only when the engine asks for them (getMany).
 */
export class MemoryIndex implements CorpusIndex {
  private readonly ids = new Set<string>();
  /** key → ids of the articles carrying it (each article once: IndexedDB's multi-entry index). */
  private readonly postings = new Map<string, string[]>();
  private readonly byUrl = new Map<string, string[]>();
  private readonly byHash = new Map<string, Array<{ id: string; canon: string | null }>>();
  private readonly read: (ids: string[]) => Promise<Article[]>;

  constructor(contents: StoreContents | IndexedContents) {
    const { entries, read } = 'entries' in contents ? contents : indexedContents(contents);
    this.read = read;
    for (const a of entries) {
      this.ids.add(a.id);
      for (const key of new Set(a.keys)) {
        const list = this.postings.get(key);
        if (list) list.push(a.id);
        else this.postings.set(key, [a.id]);
      }
      const canon = urlKey(a.url);
      if (canon) {
        const list = this.byUrl.get(canon);
        if (list) (list.push(a.id), list.sort(byId));
        else this.byUrl.set(canon, [a.id]);
      }
      if (a.hash) {
        const list = this.byHash.get(a.hash);
        if (list) list.push({ id: a.id, canon });
        else this.byHash.set(a.hash, [{ id: a.id, canon }]);
      }
    }
  }

  async candidates(keys: string[], limit = 50): Promise<Array<{ id: string; hits: number }>> {
    return rankHits((await this.keyIds(keys)).values(), limit);
  }

  /** The ids carrying each key (as lib/store's Corpus.keyIds): lets a compare's read cache keep each key's list once. */
  async keyIds(keys: string[]): Promise<Map<string, string[]>> {
    return new Map([...new Set(keys)].map((k) => [k, [...(this.postings.get(k) ?? [])]]));
  }

  async keyCounts(keys: string[]): Promise<Map<string, number>> {
    return new Map([...new Set(keys)].map((k) => [k, this.postings.get(k)?.length ?? 0]));
  }

  async count(): Promise<number> {
    return this.ids.size;
  }

  async getMany(ids: string[]): Promise<Article[]> {
    return this.read(ids.filter((id) => this.ids.has(id)));
  }

  async findSame(article: Pick<Article, 'id' | 'url' | 'hash'>): Promise<string | null> {
    const canon = urlKey(article.url);
    if (canon) {
      const first = this.byUrl.get(canon)?.[0];
      if (first !== undefined) return first;
    }
    if (!article.hash) return null;
    const same = (this.byHash.get(article.hash) ?? []).filter((r) => !canon || !r.canon);
    return (same.find((r) => r.id === article.id) ?? [...same].sort((x, y) => byId(x.id, y.id))[0])?.id ?? null;
  }
}
