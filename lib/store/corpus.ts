/**
 * The corpus: articles in IndexedDB (Dexie), with the story index the engine retrieves from.
 * The same code runs in the extension (background, options page) and in Node (CLI, tests) on
 * fake-indexeddb; the caller injects `indexedDB` when the global one is missing.
 *
 * Every write is one read-write transaction over the tables it touches, so a failure (a bad
 * record, a quota error) leaves the corpus as it was. No non-Dexie promise is awaited inside one.
 */
import type { Article, CorpusBundle, CorpusIndex } from '../types';
import * as keysModule from '../engine/keys';
import {
  createDb,
  summaryOf,
  textBytes,
  type ArticleSummary,
  type OpenOptions,
  type ParallaxDb,
  type StoredArticle,
} from './db';
import { urlKey } from '../url';
import { articleProblem, assertArticles, assertBundle, InvalidArticleError } from './validate';

/**
 * Version of the story-key function. lib/engine/keys.ts may export KEYS_VERSION; when it bumps it,
 * `reindex()` recomputes the keys of articles written by an older version.
 */
export const KEYS_VERSION: number = (keysModule as { KEYS_VERSION?: number }).KEYS_VERSION ?? 1;

export type UpsertStatus = 'added' | 'updated' | 'unchanged' | 'duplicate';

export interface UpsertResult {
  /** The id the article came with. */
  id: string;
  /**
   * added: new article. updated: an article with this id, or at this canonical URL, was replaced
   * by this newer version. unchanged: the same id with the same content. duplicate: the corpus
   * already holds this article (same URL and content, or same text under another id); nothing written.
   */
  status: UpsertStatus;
  /** For a match under another id (same URL or same text): the id kept in the corpus. */
  duplicateOf?: string;
}

export interface ImportResult {
  results: UpsertResult[];
  added: number;
  updated: number;
  unchanged: number;
  duplicate: number;
}

/** The fields a person may correct in the corpus manager. */
export interface ArticlePatch {
  title?: string;
  outlet?: string | null;
  date?: string | null;
  url?: string | null;
}

/** The fields that are the article itself (exported, compared); everything else is bookkeeping. */
const ARTICLE_FIELDS = [
  'id',
  'title',
  'outlet',
  'date',
  'url',
  'language',
  'byline',
  'description',
  'text',
  'units',
  'quotes',
  'warnings',
  'hash',
  'format',
] as const;
const BOOKKEEPING = new Set(['canonUrl', 'addedAt', 'updatedAt', 'size', 'keys', 'keysVersion']);

/** The Article inside a stored record, fields in a fixed order (known fields, then any others sorted). */
export function toArticle(rec: Article | StoredArticle): Article {
  const out: Record<string, unknown> = {};
  const src = rec as unknown as Record<string, unknown>;
  for (const f of ARTICLE_FIELDS) out[f] = src[f];
  const known = new Set<string>(ARTICLE_FIELDS);
  for (const k of Object.keys(src).sort()) {
    if (!known.has(k) && !BOOKKEEPING.has(k) && src[k] !== undefined) out[k] = src[k];
  }
  return out as unknown as Article;
}

function sameContent(a: Article, b: Article): boolean {
  return JSON.stringify(toArticle(a)) === JSON.stringify(toArticle(b));
}

/** Computes an article's story keys (default: lib/engine/keys.ts `indexKeys`). */
export type KeyFunction = (article: Pick<Article, 'title' | 'text'>) => string[];

function storedFrom(a: Article, now: number, addedAt: number, keysOf: KeyFunction): StoredArticle {
  const art = toArticle(a);
  return {
    ...art,
    canonUrl: urlKey(art.url),
    addedAt,
    updatedAt: now,
    size: textBytes(art.text),
    keys: [...new Set(keysOf(art))],
    keysVersion: KEYS_VERSION,
  };
}

function tally(results: UpsertResult[]): ImportResult {
  const r: ImportResult = { results, added: 0, updated: 0, unchanged: 0, duplicate: 0 };
  for (const x of results) r[x.status]++;
  return r;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export class Corpus implements CorpusIndex {
  /**
   * `keysOf` replaces the engine's key function; only for measuring the store alone or for tests.
   * The extension and the CLI use the default, so stored keys match the engine's query keys.
   */
  constructor(
    readonly db: ParallaxDb,
    private readonly keysOf: KeyFunction = (a) => keysModule.indexKeys(a),
  ) {}

  /** Opens (creating or upgrading) the corpus database. */
  static async open(opts: OpenOptions & { keysOf?: KeyFunction } = {}): Promise<Corpus> {
    const db = createDb(opts);
    await db.open();
    return new Corpus(db, opts.keysOf);
  }

  close(): void {
    this.db.close();
  }

  // ------------------------------------------------------------------------------------------
  // CorpusIndex: what the engine and the quote tracer use.

  async candidates(keys: string[], limit = 50): Promise<Array<{ id: string; hits: number }>> {
    const uniq = [...new Set(keys)];
    if (uniq.length === 0) return [];
    const { articles } = this.db;
    // Primary keys only: the multi-entry index answers without reading any article body.
    const lists = await this.db.transaction('r', articles, () =>
      Promise.all(uniq.map((k) => articles.where('keys').equals(k).primaryKeys())),
    );
    const hits = new Map<string, number>();
    for (const ids of lists) for (const id of ids) hits.set(id, (hits.get(id) ?? 0) + 1);
    return [...hits.entries()]
      .map(([id, n]) => ({ id, hits: n }))
      .sort((a, b) => b.hits - a.hits || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, Math.max(0, limit));
  }

  async keyCounts(keys: string[]): Promise<Map<string, number>> {
    const uniq = [...new Set(keys)];
    const { articles } = this.db;
    const counts = await this.db.transaction('r', articles, () =>
      Promise.all(uniq.map((k) => articles.where('keys').equals(k).count())),
    );
    return new Map(uniq.map((k, n) => [k, counts[n] ?? 0]));
  }

  count(): Promise<number> {
    return this.db.articles.count();
  }

  async getMany(ids: string[]): Promise<Article[]> {
    const recs = await this.db.articles.bulkGet(ids);
    return recs.filter((r): r is StoredArticle => r !== undefined).map(toArticle);
  }

  async findSame(article: Pick<Article, 'id' | 'url' | 'hash'>): Promise<string | null> {
    const { articles } = this.db;
    return this.db.transaction('r', articles, async () => {
      if (await articles.get(article.id)) return article.id;
      const canon = urlKey(article.url);
      if (canon) {
        const byUrl = await articles.where('canonUrl').equals(canon).primaryKeys();
        if (byUrl[0] !== undefined) return byUrl[0];
      }
      if (article.hash) {
        const byHash = await articles.where('hash').equals(article.hash).primaryKeys();
        if (byHash[0] !== undefined) return byHash[0];
      }
      return null;
    });
  }

  // ------------------------------------------------------------------------------------------
  // Reading.

  async get(id: string): Promise<Article | null> {
    const rec = await this.db.articles.get(id);
    return rec ? toArticle(rec) : null;
  }

  /** The stored record with bookkeeping (addedAt, size, keys…). */
  async getStored(id: string): Promise<StoredArticle | null> {
    return (await this.db.articles.get(id)) ?? null;
  }

  /** Summaries of every article, by id; reads the small `summaries` table, never article bodies. */
  list(): Promise<ArticleSummary[]> {
    return this.db.summaries.toArray();
  }

  // ------------------------------------------------------------------------------------------
  // Writing.

  /**
   * Adds or updates articles in one transaction. The same article is recognised by id, then by
   * canonical URL, then by content hash, also within the batch itself.
   */
  async upsert(articles: Article[]): Promise<ImportResult> {
    assertArticles(articles);
    const { db } = this;
    return db.transaction('rw', db.articles, db.summaries, () => this.upsertInTx(articles));
  }

  /** Must run inside a rw transaction over articles + summaries. */
  private async upsertInTx(articles: Article[], now = Date.now()): Promise<ImportResult> {
    const { db } = this;
    const ids = articles.map((a) => a.id);
    const byIdList = await db.articles.bulkGet(ids);
    // Only articles not found by id need the URL and hash look-ups.
    const rest = articles.filter((_, k) => byIdList[k] === undefined);
    const canons = [...new Set(rest.map((a) => urlKey(a.url)).filter((u): u is string => !!u))];
    const hashes = [...new Set(rest.map((a) => a.hash))];
    // One equals() per value rather than anyOf(): as fast in Chromium, far faster on fake-indexeddb.
    const byCanonList = (await Promise.all(canons.map((u) => db.articles.where('canonUrl').equals(u).toArray()))).flat();
    const byHashList = (await Promise.all(hashes.map((h) => db.articles.where('hash').equals(h).toArray()))).flat();
    const byId = new Map<string, StoredArticle>();
    const byCanon = new Map<string, StoredArticle>();
    const byHash = new Map<string, StoredArticle>();
    const remember = (r: StoredArticle) => {
      byId.set(r.id, r);
      if (r.canonUrl) byCanon.set(r.canonUrl, r);
      byHash.set(r.hash, r);
    };
    // Sort so the lookup maps are deterministic when several stored records share a URL or hash.
    for (const r of [...byHashList, ...byCanonList].sort((a, b) => (a.id < b.id ? 1 : -1))) remember(r);
    for (const r of byIdList) if (r) remember(r);

    const writes = new Map<string, StoredArticle>();
    const results: UpsertResult[] = [];
    for (const a of articles) {
      const canon = urlKey(a.url);
      const same = byId.get(a.id);
      if (same) {
        if (sameContent(same, a)) {
          results.push({ id: a.id, status: 'unchanged' });
        } else {
          const rec = storedFrom(a, now, same.addedAt, this.keysOf);
          writes.set(rec.id, rec);
          remember(rec);
          results.push({ id: a.id, status: 'updated' });
        }
        continue;
      }
      const atUrl = canon ? byCanon.get(canon) : undefined;
      if (atUrl) {
        // The same address under another id: a newer version of that article, kept under its id.
        const next = { ...toArticle(a), id: atUrl.id };
        // Another spelling of the same address (tracking parameters, http/https) is no change.
        if (sameContent(atUrl, { ...next, url: atUrl.url })) {
          results.push({ id: a.id, status: 'duplicate', duplicateOf: atUrl.id });
        } else {
          const rec = storedFrom(next, now, atUrl.addedAt, this.keysOf);
          writes.set(rec.id, rec);
          remember(rec);
          results.push({ id: a.id, status: 'updated', duplicateOf: atUrl.id });
        }
        continue;
      }
      const sameText = byHash.get(a.hash);
      if (sameText) {
        results.push({ id: a.id, status: 'duplicate', duplicateOf: sameText.id });
        continue;
      }
      const rec = storedFrom(a, now, now, this.keysOf);
      writes.set(rec.id, rec);
      remember(rec);
      results.push({ id: a.id, status: 'added' });
    }
    if (writes.size) {
      const recs = [...writes.values()];
      await db.articles.bulkPut(recs);
      await db.summaries.bulkPut(recs.map(summaryOf));
    }
    return tally(results);
  }

  /** Corrects an article's title, outlet, date or URL. Throws a plain message on a bad value. */
  async update(id: string, patch: ArticlePatch): Promise<Article> {
    const { db } = this;
    const clean: ArticlePatch = {};
    if (patch.title !== undefined) {
      const t = patch.title.trim();
      if (!t) throw new InvalidArticleError('The title cannot be empty.');
      clean.title = t;
    }
    if (patch.outlet !== undefined) clean.outlet = patch.outlet?.trim() || null;
    if (patch.date !== undefined) {
      const d = patch.date?.trim() || null;
      if (d && !ISO_DATE.test(d)) throw new InvalidArticleError(`"${d}" is not a date like 2025-12-23.`);
      clean.date = d;
    }
    if (patch.url !== undefined) {
      const u = patch.url?.trim() || null;
      if (u && !urlKey(u)) throw new InvalidArticleError(`"${u}" is not an http(s) address.`);
      clean.url = u;
    }
    return db.transaction('rw', db.articles, db.summaries, async () => {
      const rec = await db.articles.get(id);
      if (!rec) throw new Error(`No article ${id} in the corpus.`);
      const next = { ...toArticle(rec), ...clean } as Article;
      const canon = urlKey(next.url);
      if (canon && canon !== rec.canonUrl) {
        const other = (await db.articles.where('canonUrl').equals(canon).primaryKeys()).find((k) => k !== id);
        if (other) throw new InvalidArticleError(`Article ${other} already has this URL.`);
      }
      const stored = storedFrom(next, Date.now(), rec.addedAt, this.keysOf);
      await db.articles.put(stored);
      await db.summaries.put(summaryOf(stored));
      return toArticle(stored);
    });
  }

  /** Deletes articles; returns the deleted records so `restore()` can undo it. */
  async delete(ids: string[]): Promise<StoredArticle[]> {
    const { db } = this;
    return db.transaction('rw', db.articles, db.summaries, async () => {
      const recs = (await db.articles.bulkGet(ids)).filter((r): r is StoredArticle => r !== undefined);
      await db.articles.bulkDelete(ids);
      await db.summaries.bulkDelete(ids);
      return recs;
    });
  }

  /** Puts deleted records back as they were (same ids, same addedAt). */
  async restore(records: StoredArticle[]): Promise<void> {
    assertArticles(records);
    const { db } = this;
    const recs = records.map((r) => ({ ...storedFrom(r, r.updatedAt ?? Date.now(), r.addedAt ?? Date.now(), this.keysOf) }));
    await db.transaction('rw', db.articles, db.summaries, async () => {
      await db.articles.bulkPut(recs);
      await db.summaries.bulkPut(recs.map(summaryOf));
    });
  }

  /** Removes every article (feeds and settings stay). */
  async clear(): Promise<void> {
    const { db } = this;
    await db.transaction('rw', db.articles, db.summaries, async () => {
      await db.articles.clear();
      await db.summaries.clear();
    });
  }

  /** Replaces the whole corpus with these articles, atomically. */
  async resetToSeeds(articles: Article[]): Promise<ImportResult> {
    assertArticles(articles);
    const { db } = this;
    return db.transaction('rw', db.articles, db.summaries, async () => {
      await db.articles.clear();
      await db.summaries.clear();
      return this.upsertInTx(articles);
    });
  }

  // ------------------------------------------------------------------------------------------
  // Export / import.

  /** The whole corpus as one bundle, articles by id, fields in a fixed order. */
  async exportBundle(exportedAt = new Date().toISOString()): Promise<CorpusBundle> {
    const recs = await this.db.articles.toArray(); // primary-key (id) order
    return { format: 'parallax-corpus', version: 1, exportedAt, articles: recs.map(toArticle) };
  }

  /**
   * Imports a bundle (parsed JSON). Validated before anything is written; written in one
   * transaction, so a failure leaves the corpus exactly as it was.
   * merge: upsert each article. replace: the corpus becomes the bundle's articles.
   */
  async importBundle(bundle: unknown, opts: { mode: 'merge' | 'replace' } = { mode: 'merge' }): Promise<ImportResult> {
    assertBundle(bundle);
    const { db } = this;
    return db.transaction('rw', db.articles, db.summaries, async () => {
      if (opts.mode === 'replace') {
        await db.articles.clear();
        await db.summaries.clear();
      }
      return this.upsertInTx(bundle.articles);
    });
  }

  /**
   * Recomputes story keys of articles written by another key-function version (or of all with
   * `all: true`, e.g. after the engine changed indexKeys without bumping KEYS_VERSION).
   * Returns how many articles were re-indexed.
   */
  async reindex(opts: { all?: boolean; batch?: number } = {}): Promise<number> {
    const { db } = this;
    const batch = opts.batch ?? 200;
    // The small summaries carry keysVersion: finding stale articles reads no article body.
    const stale = await db.summaries.filter((r) => opts.all === true || r.keysVersion !== KEYS_VERSION).primaryKeys();
    // Small transactions: progress is kept if the worker stops half way, and the next call resumes.
    let done = 0;
    for (let k = 0; k < stale.length; k += batch) {
      const ids = stale.slice(k, k + batch);
      done += await db.transaction('rw', db.articles, db.summaries, async () => {
        const recs = (await db.articles.bulkGet(ids)).filter((r): r is StoredArticle => r !== undefined);
        for (const r of recs) {
          r.keys = [...new Set(this.keysOf(r))];
          r.keysVersion = KEYS_VERSION;
        }
        await db.articles.bulkPut(recs);
        await db.summaries.bulkPut(recs.map(summaryOf));
        return recs.length;
      });
    }
    return done;
  }

}

/** Serialises a bundle; export → import → export gives the same bytes apart from exportedAt. */
export function bundleToJson(bundle: CorpusBundle): string {
  return JSON.stringify(bundle, null, 1) + '\n';
}

/** Parses a bundle file; throws a plain message naming the problem. Nothing is written. */
export function parseBundle(json: string): CorpusBundle {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new InvalidArticleError(`Not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  assertBundle(data);
  return data;
}

export interface StorageUse {
  usage: number;
  quota: number;
}

/** Bytes used and available for this extension's storage, or null where the browser cannot tell. */
export async function estimateStorage(
  storage: { estimate?: () => Promise<StorageEstimate> } | undefined = (globalThis as { navigator?: Navigator })
    .navigator?.storage,
): Promise<StorageUse | null> {
  if (!storage?.estimate) return null;
  try {
    const e = await storage.estimate();
    return { usage: e.usage ?? 0, quota: e.quota ?? 0 };
  } catch {
    return null;
  }
}

export { articleProblem };
