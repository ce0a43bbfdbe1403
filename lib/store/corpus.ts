/**
 * The corpus: articles in IndexedDB (Dexie), with the story index the engine retrieves from.
 * The same code runs in the extension (background, options page) and in Node (CLI, tests) on
 * fake-indexeddb; the caller injects `indexedDB` when the global one is missing.
 *
 * Every write is one read-write transaction over the tables it touches, so a failure (a bad
 * record, a quota error) leaves the corpus as it was. No non-Dexie promise is awaited inside one.
 */
import type { Table } from 'dexie';
import type { Article, CorpusBundle, CorpusIndex, FrequentKeys } from '../types';
import * as keysModule from '../engine/keys';
import { keepStoredKeys, rankHits } from '../engine/read-cache';
import { keepStoredVectors, vectorsFingerprint } from '../engine/vectors';
import {
  compactUnits,
  countKeys,
  IDENTITY_BUCKET,
  TOTAL_BUCKET,
  FREQUENT_BUCKET,
  KEY_STAT_BUCKETS,
  frequentFloor,
  frequentOf,
  createDb,
  keyBucket,
  summaryOf,
  textBytes,
  type ArticleSummary,
  type KeyStatRecord,
  type OpenOptions,
  type ParallaxDb,
  postingsGroup,
  postingsOf,
  upgradeChunk,
  type PostingsRecord,
  type StoredArticle,
  type VectorsRecord,
  type TrashRecord,
  unitsOf,
  repeatsBySite,
} from './db';
import { bySite, countRepeats, repeatCountsOf } from './repeats';
import { repeatSite, repeatTexts } from '../engine/repeats';
import { urlKey } from '../url';
import { dateDropped, normalizeDate } from '../ingest/meta';
import { NO_HEADLINE, titleDerived } from '../ingest/warnings';
import { isFeedArticle } from './retention';
// lib/ingest's resegment (reindex) is loaded when first used: the options page's first rows do
// not need it (docs/notes/store9.md). The streaming JSON parser is in lib/store/bundle-import.ts,
// which only the file import loads (the service worker never reads a bundle).
import { articleProblem, assertArticles, assertBundle, InvalidArticleError } from './validate';
import { FIRST_CAPACITY, IdentityFilter, identitiesOf, identityFilterOf } from './identity-filter';
import { PREPARED_VECTORS, TRASH_DAYS } from './constants';

/**
 * When the corpus has no identity filter, an import builds it (a walk of the id, address and hash
 * indexes: 5.1 s at 30,000 articles, load 7.5, `bench/import-browser.ts --sizes 30000 --rebuild`)
 * only when it brings at least FILTER_BUILD_MIN articles and at least as many as the corpus holds:
 * the walk costs about what looking up as many articles' values does, so a smaller import looks
 * its values up in the indexes (as before the filter existed) and leaves the build to a larger one.
 */
const FILTER_BUILD_MIN = 100;
/**
 * The filter is built again (by an import allowed to build, above) when it holds more than this
 * many times the identities of the live articles: deleted articles' identities only make look-ups
 * that find nothing, but enough of them raise the false-positive rate.
 */
const FILTER_STALE = 2;

/**
 * Version of the story-key function. lib/engine/keys.ts may export KEYS_VERSION; when it bumps it,
 * `reindex()` recomputes the keys of articles written by an older version.
 */
export const KEYS_VERSION: number = (keysModule as { KEYS_VERSION?: number }).KEYS_VERSION ?? 1;

export type UpsertStatus = 'added' | 'updated' | 'unchanged' | 'skipped';

/**
 * What happened to one incoming article. An article's identity is its canonical URL when it has
 * one, else its content hash; its id (often a file name) is only a label:
 *  - added: a new identity, stored under its id, or under `${id}_${hash8}` when that id already
 *    belongs to a different article (`reason` says so).
 *  - updated: the corpus held this identity (same address, or same text); the stored article was
 *    updated in place, keeping its id, and metadata the import does not know (null) was kept.
 *  - unchanged: the corpus already held exactly this.
 *  - skipped: not written (`reason` says why).
 */
export interface UpsertResult {
  /** The id the article came with. */
  id: string;
  status: UpsertStatus;
  /** The id of the article in the corpus after the import (equal to `id` unless `reason` says). */
  storedAs: string;
  /** Plain words when the result is not simply "stored under its own id". */
  reason?: string;
}

export interface ImportResult {
  results: UpsertResult[];
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

/** Options of a long import: transactions of `batch` articles, progress, cancel. */
export interface BatchOptions {
  /** Articles per transaction (default IMPORT_BATCH). */
  batch?: number;
  /** Called after each batch with the articles processed so far and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Cancels between batches. */
  signal?: AbortSignal;
}

/**
 * A batched import's report: the results of the articles processed (`done`, always a whole number
 * of batches, each written atomically), and why it stopped early, if it did. Importing the same
 * articles again resumes: the ones already in are "unchanged".
 */
export interface BatchedImportResult extends ImportResult {
  done: number;
  total: number;
  stopped: null | 'cancelled' | 'storage full';
}

/**
 * Story keys computed ahead, by article text (the title is checked: keys depend on both); with the article's repeat
 * texts (lib/engine/repeats.ts `repeatTexts`) when computed ahead too, for the outlet and unit texts they were made of.
 */
export type KeyCache = Map<string, { title: string; keys: string[]; repeats?: RepeatsAhead }>;

/**
 * An article's repeat texts computed ahead, with what they were computed from (a written record is checked against it):
 * its units' texts, or, when every unit is a slice of the text (lib/ingest's always are), their bounds in it (`unitBounds`).
 */
interface RepeatsAhead {
  outlet: string | null;
  units: string[] | Int32Array;
  site: string;
  texts: string[];
}

/**
 * Start and end of each unit in the text, when every unit's text is exactly that slice (checked in place, no slice
 * made); else null. What the key request sends instead of the unit texts (the worker slices them; perf71).
 */
export function unitBounds(a: Pick<Article, 'text' | 'units'>): Int32Array | null {
  const { text, units } = a;
  const out = new Int32Array(2 * units.length);
  for (let k = 0; k < units.length; k++) {
    const { start, end, text: t } = units[k]!;
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end - start === t.length && end <= text.length && text.startsWith(t, start))) return null;
    out[2 * k] = start;
    out[2 * k + 1] = end;
  }
  return out;
}

/** The repeat texts computed ahead for a record about to be written, when it still has their outlet and units. */
function aheadFor(r: StoredArticle, cache: KeyCache): { site: string; texts: string[] } | undefined {
  const x = cache.get(r.text)?.repeats;
  if (!x || x.outlet !== r.outlet) return undefined;
  const b = x.units;
  if (b instanceof Int32Array && r.spans && !r.units) {
    // Same text (the cache's key), same bounds: the same unit texts.
    const s = r.spans;
    if (s.length !== 2 * b.length) return undefined;
    for (let k = 0; k < b.length; k += 2) if (s[2 * k + 1] !== b[k] || s[2 * k + 2] !== b[k + 1]) return undefined;
    return x;
  }
  const units = unitsOf(r);
  const textOf = (k: number) => (b instanceof Int32Array ? r.text.slice(b[2 * k], b[2 * k + 1]) : b[k]);
  return units.length === (b instanceof Int32Array ? b.length / 2 : b.length) && units.every((u, k) => u.text === textOf(k)) ? x : undefined;
}

function repeatsAhead(a: Article, units: string[] | Int32Array = a.units.map((u) => u.text), done?: { site: string; texts: string[] }): RepeatsAhead {
  return { outlet: a.outlet, units, ...(done ?? repeatTexts(a)) };
}

/**
 * What one batched import keeps in memory from batch to batch (upsertBatched, importBundleStream):
 * the identity filter and the keyStats buckets it read or wrote, and the stamp its last batch wrote
 * in the TOTAL_BUCKET record. Every article write stamps that record afresh (adjustTotal), so a
 * batch that finds another stamp there — another extension page or the background wrote meanwhile,
 * or the corpus was cleared — drops what it kept and reads again. Each batch still writes the
 * filter and its touched buckets in its own transaction (atomic and resumable as before); what is
 * saved is reading them again (the filter is ~370 kB at 100k). A failed batch ends the import, and
 * the session with it.
 */
export interface ImportSession {
  stamp: number | null;
  /** The kept filter as identityFilter() gave it (undefined: not read in this session yet). */
  kept?: { filter: IdentityFilter; fresh: boolean } | null;
  /** keyStats bucket → its counts as stored (undefined: the bucket does not exist). */
  buckets: Map<number, Record<string, number> | undefined>;
  /** The number of live articles (TOTAL_BUCKET) as of the last batch. */
  total: number;
  /** The frequent keys' record as stored (FREQUENT_BUCKET; null: none; undefined: not read in this session yet). */
  frequent?: KeyStatRecord | null;
}

export function newSession(): ImportSession {
  return { stamp: null, buckets: new Map(), total: 0 };
}

/** What Corpus.frequentKeys reads: the number of articles and the frequent keys' record (schema v11) of the same moment. */
export type { FrequentKeys };

/** Articles whose keys are computed between two task boundaries while a batch is written. */
const KEY_SLICE = 20;

/** Yields to the event loop (a task, not a microtask: IndexedDB events run in between). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof MessageChannel === 'undefined') return void setTimeout(resolve, 0);
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(0);
  });
}

/**
 * Articles per write transaction in a batched import. What is rewritten once a batch (keyStats'
 * buckets, the identity filter, the repeats of each site, a postings record per group) costs an
 * article 1/IMPORT_BATCH of it, and it grows with the corpus; a put costs more in a larger
 * transaction (docs/notes/perf74.md: 500 and 2,500 are dearer), but at 2,000 less than the per-batch
 * part saves. 2,000 rather than 1,000: CPU an article lower in 4 of 5 A B B A at 10k–30k
 * (`bench/perf60-abba.ts`), and at 100k, chunks alternating in one run (`bench/import-browser.ts --sizes
 * 100000 --ab-batch 1000,2000`, both orders twice), 2,000 faster in all four: +3.7, +5.6, +7.9, +5.1 %;
 * 1,000 rather than 500: docs/notes/store9.md. A cancel or a full storage
 * stops on a multiple of 2,000 (~2 s of import).
 */
export const IMPORT_BATCH = 2000;

/**
 * Postings (schema v9, Corpus.adjustPostings): a write of at least this many articles opens a new
 * chunk, written without reading (an import's transactions); a smaller one adds its ids to the last
 * chunk (a get and a put per key), so a reader adding one page at a time does not make one chunk
 * per key per page.
 */
export const POSTINGS_CHUNK_MIN = 64;
/** A smaller write opens a new chunk rather than make a record of the last one hold more ids than this (bounds what a small write rewrites). */
export const POSTINGS_CHUNK_MAX = 4096;

/** A deleted article, kept in the trash until restored, emptied, or TRASH_DAYS old. */
export type TrashEntry = TrashRecord;

/** Days a deleted article stays in the trash (lib/store/constants.ts). */
export { TRASH_DAYS };
const DAY_MS = 86_400_000;

/** A write refused by the browser because the storage quota is used up; nothing was written. */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
  constructor() {
    super(
      'The browser has no more storage for Parallax: nothing was written, the corpus is as it was. Free space by emptying the trash or deleting articles for good (the trash itself needs room), or export the corpus to keep a copy.',
    );
  }
}

function isQuotaError(e: unknown): boolean {
  for (let x = e as { name?: unknown; inner?: unknown } | null, k = 0; x && k < 4; x = x.inner as typeof x, k++) {
    if (x.name === 'QuotaExceededError') return true;
  }
  return false;
}

/** Runs a write; a quota failure (whole transaction rolled back) becomes StorageFullError. */
async function writing<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (isQuotaError(e)) throw new StorageFullError();
    throw e;
  }
}

/** An atomic import cancelled by its AbortSignal: nothing was written. */
export class ImportCancelledError extends Error {
  override name = 'ImportCancelledError';
  constructor() {
    super('Import cancelled: nothing was written, the corpus is as it was.');
  }
}

/** A file read as a corpus bundle that is some other JSON (no "format": "parallax-corpus"). */
export class NotABundleError extends InvalidArticleError {
  override name = 'NotABundleError';
  constructor() {
    super('Not a Parallax corpus file: "format" is not "parallax-corpus".');
  }
}

/** The fields a person may correct in the corpus manager. */
export interface ArticlePatch {
  title?: string;
  outlet?: string | null;
  date?: string | null;
  url?: string | null;
  /** Pin (true) or unpin (false): a pinned article is never removed by retention (lib/store/retention.ts). */
  pinned?: boolean;
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
const BOOKKEEPING = new Set(['canonUrl', 'addedAt', 'updatedAt', 'size', 'keys', 'keysVersion', 'spans', 'ps']);

/**
 * The Article inside a stored record, fields in a fixed order (known fields, then any others
 * sorted); units rebuilt from their compact form (db.ts unitsOf), so every reader gets `units[].text`.
 */
export function toArticle(rec: Article | StoredArticle): Article {
  const out: Record<string, unknown> = {};
  const src = rec as unknown as Record<string, unknown>;
  for (const f of ARTICLE_FIELDS) out[f] = src[f];
  out.units = unitsOf(rec as StoredArticle);
  const known = new Set<string>(ARTICLE_FIELDS);
  for (const k of Object.keys(src).sort()) {
    if (!known.has(k) && !BOOKKEEPING.has(k) && src[k] !== undefined) out[k] = src[k];
  }
  return out as unknown as Article;
}

function sameContent(a: Article | StoredArticle, b: Article): boolean {
  return JSON.stringify(toArticle(a)) === JSON.stringify(toArticle(b));
}

/** Computes an article's story keys (default: lib/engine/keys.ts `indexKeys`). */
export type KeyFunction = (article: Pick<Article, 'title' | 'text'>) => string[];
/** The engine's story keys of many articles at once, computed elsewhere (lib/store/key-worker.ts). */
export type KeysInBulk = (articles: KeysAsked[]) => Promise<string[][] | KeysAnswered>;
/** What a KeysInBulk reads of each article: what indexKeys reads, and the outlet and unit texts repeatTexts reads (optional). */
export type KeysAsked = Pick<Article, 'title' | 'text'> & {
  quotes?: Article['quotes'];
  outlet?: string | null;
  /** The unit texts, or their bounds in the text (start, end per unit: `unitBounds`), when the repeat texts are wanted too. */
  units?: string[] | Int32Array;
};
/** A KeysInBulk's answer with each article's repeat texts (lib/engine/repeats.ts `repeatTexts`) when it was given their outlet and unit texts. */
export interface KeysAnswered {
  keys: string[][];
  repeats?: Array<{ site: string; texts: string[] }>;
}

function storedFrom(a: Article, now: number, addedAt: number, keysOf: KeyFunction): StoredArticle {
  const art = toArticle(a);
  return compactUnits({
    ...art,
    canonUrl: urlKey(art.url),
    addedAt,
    updatedAt: now,
    size: textBytes(art.text),
    keys: [...new Set(keysOf(art))],
    keysVersion: KEYS_VERSION,
  } as StoredArticle);
}

export function tally(results: UpsertResult[]): ImportResult {
  const r: ImportResult = { results, added: 0, updated: 0, unchanged: 0, skipped: 0 };
  for (const x of results) r[x.status]++;
  return r;
}

/**
 * The one rule for dates and addresses, whatever the source (a bundle, a restored record, an
 * edit): a date must read as a date (normalizeDate), a URL must be http(s); anything else is
 * dropped with a warning on the article, never stored raw.
 */
export function sanitizeArticle(a: Article): Article {
  let out = a;
  if (a.date !== null) {
    const d = normalizeDate(a.date);
    if (d !== a.date) out = { ...out, date: d, warnings: d ? out.warnings : [...out.warnings, dateDropped(a.date)] };
  }
  if (a.url !== null && !urlKey(a.url)) {
    out = { ...out, url: null, warnings: [...out.warnings, `url ${JSON.stringify(a.url.slice(0, 60))} is not an http(s) address; dropped`] };
  }
  return out;
}

/** The title came from the text, not from a headline (lib/ingest says so in a warning). */

/**
 * The stored article `m` updated by the incoming `a` of the same identity: the text and anything
 * `a` knows come from `a`; metadata `a` does not know (null) keeps the stored value, and a title
 * derived from the first sentence does not replace a real headline.
 */
function mergeInto(m: StoredArticle, a: Article): Article {
  const base = toArticle(a);
  const old = toArticle(m);
  const out: Article = { ...base, id: m.id };
  for (const f of ['outlet', 'date', 'url', 'language', 'byline', 'description'] as const) {
    if (out[f] === null || out[f] === undefined) out[f] = old[f];
  }
  // The stored headline stays, and with it the text is no longer one "with no headline" (the report reads that
  // warning: lib/ingest/warnings.ts titleDerived).
  if (titleDerived(a) && !titleDerived(old)) {
    out.title = old.title;
    out.warnings = out.warnings.filter((w) => !w.startsWith(NO_HEADLINE));
  }
  // A pin is the reader's, not the source's: an update that does not say keeps it (retention.ts).
  if (out.pinned === undefined && old.pinned === true) out.pinned = true;
  // Added by the reader once, it stays the reader's: a feed delivering it again does not make it removable.
  if (out.fromFeed && !isFeedArticle(old)) out.fromFeed = false;
  // Another spelling of the same address (tracking parameters, http/https, www) is no change.
  if (old.url && urlKey(out.url) === urlKey(old.url)) out.url = old.url;
  return out;
}

export class Corpus implements CorpusIndex {
  /**
   * `keysOf` replaces the engine's key function; only for measuring the store alone or for tests.
   * The extension and the CLI use the default, so stored keys match the engine's query keys.
   */
  private readonly keysOf: KeyFunction;
  /** True when `keysOf` is the engine's own key function (so another thread may compute it). */
  private readonly engineKeys: boolean;

  constructor(
    readonly db: ParallaxDb,
    keysOf?: KeyFunction,
  ) {
    this.keysOf = keysOf ?? ((a) => keysModule.indexKeys(a));
    this.engineKeys = !keysOf;
  }

  /**
   * Where an import's next batch of story keys is computed while the current batch is written:
   * when set (lib/store/key-worker.ts: a Worker running lib/engine/keys' indexKeys, the same
   * function), there, off this thread; else here, in slices between the write's requests. Used
   * only with the engine's own key function; if it fails, the keys are computed here as before.
   */
  keysElsewhere: KeysInBulk | null = null;

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
    return rankHits((await this.keyIds(keys)).values(), limit);
  }

  /**
   * The ids carrying each key, from the multi-entry `keys` index (primary keys only: no article body is read).
   * `seen`: the postings records read (or being read) by their primary key, one compare's (lib/engine/read-cache.ts).
   */
  async keyIds(keys: string[], seen = new Map<string, PromiseLike<PostingsRecord | undefined>>()): Promise<Map<string, string[]>> {
    const uniq = [...new Set(keys)];
    if (uniq.length === 0) return new Map();
    // The key's entries in a multi-entry `keys` index: the postings records holding it (schema v9), or on a
    // database declared up to v8 (tests writing old data) the articles themselves, whose ids are then the answer.
    const postings = this.postingsTable();
    const table = (postings ?? this.db.articles) as Table<unknown, string | [number, number]>;
    const pks = await this.db.transaction('r', table, () => Promise.all(uniq.map((k) => table.where('keys').equals(k).primaryKeys())));
    if (!postings) return new Map(uniq.map((k, i) => [k, pks[i] as string[]]));
    // The records' lists of the key are joined and sorted, as the v8 multi-entry index gave them (each
    // live article is in exactly one record of each of its keys). A record holds a chunk's lists of a
    // whole group of keys: each record is read once, by the first key (or call, with the caller's
    // `seen`) that needs it (perf52: at 100k half the panel's postings records were read again for
    // another key of their group); after the index's transaction, all in one (a transaction must not
    // wait for another's reads).
    const want = [...new Set(pks.flat().map(String))].filter((id) => !seen.has(id));
    const got = postings.bulkGet(want.map((id) => id.split(',').map(Number) as [number, number]));
    want.forEach((id, j) => seen.set(id, got.then((rs) => rs[j])));
    const recs = await Promise.all(pks.map((ps) => Promise.all(ps.map((p) => seen.get(`${p}`)))));
    return new Map(
      uniq.map((k, i) => {
        const lists = recs[i]!.map((r) => r?.lists[r.keys.indexOf(k)] ?? []);
        return [k, lists.length === 1 ? lists[0]!.slice() : lists.flat().sort()];
      }),
    );
  }

  /**
   * Keeps the story-key postings (schema v9, db.ts PostingsRecord) in step with a write: `removed`
   * are the records as stored before it (their ids leave chunk `ps` of their keys' groups), `added`
   * the records it writes (their ids go into a chunk, whose number is set as their `ps` — so call
   * this before writing them). A record written again with the same keys keeps its chunk. A write of
   * at least POSTINGS_CHUNK_MIN articles opens a new chunk and writes it without reading; a smaller
   * one adds to the last chunk, or opens a new one when a record there would pass POSTINGS_CHUNK_MAX
   * ids. Must run inside a rw transaction that includes postings.
   */
  private async adjustPostings(removed: ReadonlyArray<Pick<StoredArticle, 'id' | 'keys' | 'ps'>>, added: StoredArticle[]): Promise<void> {
    const postings = this.postingsTable();
    if (!postings) return;
    const before = new Map(removed.map((r) => [r.id, r]));
    const same = new Set<string>();
    for (const r of added) {
      const b = before.get(r.id);
      if (!b) continue;
      const ks = new Set(b.keys ?? []);
      const now = new Set(r.keys);
      if (ks.size === now.size && [...now].every((k) => ks.has(k))) {
        same.add(r.id);
        if (b.ps === undefined) delete r.ps;
        else r.ps = b.ps;
      }
    }
    const drop = removed.filter((r) => !same.has(r.id));
    const add = added.filter((r) => !same.has(r.id));
    if (!drop.length && !add.length) return;
    const counter = await postings.get([-1, 0]);
    if (drop.length) {
      // [g, s] → key → ids leaving it.
      const gone = new Map<string, { g: number; s: number; keys: Map<string, Set<string>> }>();
      for (const r of drop) {
        const s = r.ps ?? upgradeChunk(r.id, counter?.upgraded ?? 1);
        for (const k of new Set(r.keys ?? [])) {
          const g = postingsGroup(k);
          const at = `${g} ${s}`;
          let e = gone.get(at);
          if (!e) gone.set(at, (e = { g, s, keys: new Map() }));
          let ids = e.keys.get(k);
          if (!ids) e.keys.set(k, (ids = new Set()));
          ids.add(r.id);
        }
      }
      const list = [...gone.values()];
      const recs = await postings.bulkGet(list.map((e) => [e.g, e.s] as [number, number]));
      const put: PostingsRecord[] = [];
      const del: Array<[number, number]> = [];
      list.forEach((e, i) => {
        const rec = recs[i];
        if (!rec) return;
        const keys: string[] = [];
        const lists: string[][] = [];
        rec.keys.forEach((k, j) => {
          const out = e.keys.get(k);
          const ids = out ? rec.lists[j]!.filter((id) => !out.has(id)) : rec.lists[j]!;
          if (ids.length) keys.push(k), lists.push(ids);
        });
        if (keys.length) put.push({ g: e.g, s: e.s, keys, lists });
        else del.push([e.g, e.s]);
      });
      if (put.length) await postings.bulkPut(put);
      if (del.length) await postings.bulkDelete(del);
    }
    if (!add.length) return;
    let seq = counter?.seq ?? 0;
    if (add.length < POSTINGS_CHUNK_MIN) {
      const at = postingsOf(add, seq);
      const old = await postings.bulkGet(at.map((p) => [p.g, seq] as [number, number]));
      const merged = at.map((p, i) => {
        const o = old[i];
        if (!o) return p;
        const lists = new Map(o.keys.map((k, j) => [k, o.lists[j]!]));
        p.keys.forEach((k, j) => lists.set(k, [...new Set([...(lists.get(k) ?? []), ...p.lists[j]!])].sort()));
        return { g: p.g, s: seq, keys: [...lists.keys()], lists: [...lists.values()] };
      });
      if (!merged.some((p) => p.lists.reduce((n, l) => n + l.length, 0) > POSTINGS_CHUNK_MAX)) {
        await postings.bulkPut(merged);
        for (const r of add) r.ps = seq;
        return;
      }
    }
    seq += 1;
    await postings.bulkPut(postingsOf(add, seq));
    await postings.put({ ...counter, g: -1, s: 0, keys: [], lists: [], seq });
    for (const r of add) r.ps = seq;
  }

  /**
   * Articles per key, from the keyStats table kept with every write (one bulkGet of buckets).
   * `seen`: the buckets read (or being read) by their number, one compare's (lib/engine/read-cache.ts): a bucket holds
   * the counts of ~1/256 of all keys, so a compare's story decisions (each 20–60 keys) meet buckets already read
   * (cold55: at 100k, 17 % of a 4-decision compare's bucket reads); each is then read once per compare.
   */
  async keyCounts(keys: string[], seen?: Map<number, PromiseLike<KeyStatRecord | undefined>>): Promise<Map<string, number>> {
    const uniq = [...new Set(keys)];
    const buckets = [...new Set(uniq.map(keyBucket))];
    const want = seen ? buckets.filter((b) => !seen.has(b)) : buckets;
    const got = want.length ? this.db.keyStats.bulkGet(want) : Promise.resolve([]);
    if (seen) {
      want.forEach((b, j) => seen.set(b, got.then((rs) => rs[j])));
      // A failed read is not kept: a later question reads those buckets again.
      got.then(undefined, () => want.forEach((b) => seen.delete(b)));
    }
    const recs = seen ? await Promise.all(buckets.map((b) => seen.get(b)!)) : await got;
    const byBucket = new Map(buckets.map((b, i) => [b, recs[i]?.n]));
    return new Map(uniq.map((k) => [k, byBucket.get(keyBucket(k))?.[k] ?? 0]));
  }

  /**
   * Applies the key changes of replacing articles with keys `before` by articles with keys
   * `after` to keyStats, and `articles` (articles added, or removed when negative) to the kept
   * number of articles (TOTAL_BUCKET). Must run inside a rw transaction that includes keyStats.
   */
  private async adjustKeyStats(before: Iterable<string[]>, after: Iterable<string[]>, articles = 0, session?: ImportSession): Promise<void> {
    const delta = countKeys(after);
    for (const [k, n] of countKeys(before)) delta.set(k, (delta.get(k) ?? 0) - n);
    // Every article write stamps the total's record (even with no change of number): a batched
    // import that finds its own stamp there knows nobody wrote since its last batch (ImportSession).
    const [was, total] = await this.adjustTotal(articles, session);
    const byBucket = new Map<number, string[]>();
    for (const [k, d] of delta) {
      if (d === 0) continue;
      const b = keyBucket(k);
      const list = byBucket.get(b);
      if (list) list.push(k);
      else byBucket.set(b, [k]);
    }
    if (!byBucket.size) return;
    const { keyStats } = this.db;
    const buckets = [...byBucket.keys()];
    // Buckets this import already holds are not read again (see ImportSession); the frequent keys'
    // record is read with them (once per session).
    const toRead = session ? buckets.filter((b) => !session.buckets.has(b)) : buckets;
    const readFrequent = session?.frequent === undefined;
    const read = toRead.length || readFrequent ? await keyStats.bulkGet(readFrequent ? [...toRead, FREQUENT_BUCKET] : toRead) : [];
    const readN = new Map(toRead.map((b, i) => [b, read[i]?.n]));
    const put: KeyStatRecord[] = [];
    const del: number[] = [];
    const changed = new Map<string, number>();
    for (const bucket of buckets) {
      const stored = readN.has(bucket) ? readN.get(bucket) : session!.buckets.get(bucket);
      const counts = stored ?? {};
      for (const key of byBucket.get(bucket)!) {
        const n = (counts[key] ?? 0) + delta.get(key)!;
        changed.set(key, n);
        if (n > 0) counts[key] = n;
        else delete counts[key];
      }
      if (Object.keys(counts).length) {
        put.push({ bucket, n: counts });
        session?.buckets.set(bucket, counts);
      } else {
        if (stored) del.push(bucket);
        session?.buckets.set(bucket, undefined);
      }
    }
    if (put.length) await keyStats.bulkPut(put);
    if (del.length) await keyStats.bulkDelete(del);
    // The frequent keys (FREQUENT_BUCKET): the changed keys' counts against the record's floor; the floor raised as
    // the corpus grows; the record built from every bucket when there is none on a corpus that had articles, or when
    // the corpus fell under half the size that set its floor (deletes).
    let frequent = readFrequent ? (read[toRead.length] ?? null) : session!.frequent!;
    const floor = frequentFloor(total);
    if (total === 0) frequent = null;
    else if ((!frequent && was > 0) || (frequent && frequent.floor! > 2 * floor)) {
      frequent = frequentOf(await keyStats.where(':id').between(0, KEY_STAT_BUCKETS).toArray(), total);
    } else {
      const f: KeyStatRecord = frequent ? { bucket: FREQUENT_BUCKET, n: { ...frequent.n }, floor: Math.max(frequent.floor!, floor) } : { bucket: FREQUENT_BUCKET, n: {}, floor };
      for (const [k, n] of changed) {
        if (n > f.floor!) f.n[k] = n;
        else delete f.n[k];
      }
      if (frequent && f.floor! > frequent.floor!) for (const k in f.n) if (f.n[k]! <= f.floor!) delete f.n[k];
      frequent = f;
    }
    if (frequent) await keyStats.put(frequent);
    else await keyStats.delete(FREQUENT_BUCKET);
    if (session) session.frequent = frequent;
  }

  /**
   * Adds `d` to the kept number of articles and stamps the record afresh (inside a rw transaction
   * that includes keyStats). With an import session, its number is the session's (read by the batch).
   */
  private async adjustTotal(d: number, session?: ImportSession): Promise<[before: number, after: number]> {
    const { keyStats } = this.db;
    const was = session ? session.total : ((await keyStats.get(TOTAL_BUCKET))?.n.articles ?? 0);
    const n = was + d;
    const stamp = Math.random();
    if (session) {
      session.total = Math.max(0, n);
      session.stamp = n > 0 ? stamp : null;
    }
    if (n > 0) await keyStats.put({ bucket: TOTAL_BUCKET, n: { articles: n, stamp } });
    else await keyStats.delete(TOTAL_BUCKET);
    return [Math.max(0, was), Math.max(0, n)];
  }

  /**
   * Number of (live) articles: the number kept with every write (keyStats' TOTAL_BUCKET record),
   * one record read, where an IndexedDB count() walks the whole store (the panel and the engine
   * ask on every compare).
   */
  async count(): Promise<number> {
    return (await this.db.keyStats.get(TOTAL_BUCKET))?.n.articles ?? 0;
  }

  /**
   * The number of articles and the frequent keys with their counts (schema v11's FREQUENT_BUCKET), in one read:
   * what a story decision needs to choose its query keys before their own counts arrive (lib/engine/story.ts).
   */
  async frequentKeys(): Promise<FrequentKeys> {
    const [total, f] = await this.db.keyStats.bulkGet([TOTAL_BUCKET, FREQUENT_BUCKET]);
    const n = total?.n.articles ?? 0;
    const floor = f && typeof f.floor === 'number' ? f.floor : null;
    return { n, floor, counts: new Map(floor === null ? [] : Object.entries(f!.n)) };
  }

  async getMany(ids: string[]): Promise<Article[]> {
    const vt = this.vectorTable();
    const [recs, vecs] = await Promise.all([this.db.articles.bulkGet(ids), vt ? vt.bulkGet(ids) : []]);
    const out: Article[] = [];
    recs.forEach((r, k) => {
      if (!r) return;
      const a = toArticle(r);
      // Story vectors kept for this very content go to the engine beside the article (vectors.ts).
      const v = vecs[k];
      if (v && v.of === vectorsFingerprint(a)) keepStoredVectors(a, v.vec);
      // The story keys stored with it, when they are the engine's at this version (read-cache.ts keepStoredKeys).
      if (this.engineKeys && r.keysVersion === KEYS_VERSION && Array.isArray(r.keys)) keepStoredKeys(a, r.keys);
      out.push(a);
    });
    return out;
  }

  /** The `vectors` table (schema v8); absent on a database opened at an older version (tests). */
  private vectorTable(): ParallaxDb['vectors'] | null {
    return (this.db as Partial<ParallaxDb>).vectors ?? null;
  }

  /** Schema v9's postings; null on a database declared up to an older version (tests writing old data). */
  private postingsTable(): ParallaxDb['postings'] | null {
    return (this.db as Partial<ParallaxDb>).postings ?? null;
  }

  /** The tables an article write changes (and `extra`): articles, summaries, keyStats, postings. */
  private writeTables(...extra: Table[]): Table[] {
    const { db } = this;
    const p = this.postingsTable();
    const r = this.repeatsTable();
    return [db.articles, db.summaries, db.keyStats, ...(p ? [p] : []), ...(r ? [r] : []), ...extra] as Table[];
  }

  /** Schema v10's repeat counts; null on a database declared up to an older version (tests writing old data). */
  private repeatsTable(): ParallaxDb['repeats'] | null {
    return (this.db as Partial<ParallaxDb>).repeats ?? null;
  }

  /**
   * Keeps the sites' repeat counts (schema v10, lib/store/repeats.ts) in step with a write: `removed` records leave,
   * `added` ones come. One bulkGet and one bulkPut of the sites concerned. Must run inside a rw transaction that
   * includes repeats.
   */
  private adjustRepeats(removed: ReadonlyArray<StoredArticle>, added: ReadonlyArray<StoredArticle>, cache?: KeyCache): Promise<unknown> | null {
    // Not async: with nothing to write it returns no promise, and the caller awaits nothing (a native async hop between
    // Dexie requests lets the transaction commit, see noteIdentities).
    const table = this.repeatsTable();
    if (!table || (removed.length === 0 && added.length === 0)) return null;
    const out = repeatsBySite(removed);
    const into = repeatsBySite(added, cache && ((r) => aheadFor(r, cache)));
    const sites = [...new Set([...out.keys(), ...into.keys()])];
    if (!sites.length) return null;
    return table.bulkGet(sites).then((recs) => table.bulkPut(sites.map((site, k) => countRepeats(recs[k], site, out.get(site) ?? [], into.get(site) ?? []))));
  }

  /** Articles per repeat key (lib/engine/repeats.ts): its site's lossy count, a lower bound (one bulkGet of the keys' sites). */
  async repeatCounts(keys: string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    const table = this.repeatsTable();
    if (!table) return out;
    const sites = [...new Set(keys.map((k) => repeatSite(k).site))];
    const recs = await table.bulkGet(sites);
    const texts = bySite(keys);
    sites.forEach((site, k) => {
      const ts = texts.get(site)!;
      repeatCountsOf(recs[k], ts).forEach((n, j) => out.set(`u:${site}:${ts[j]}`, n));
    });
    return out;
  }

  /**
   * Keeps articles' story vectors (schema v8's `vectors` table, one record per article, no index),
   * each with the fingerprint of the title, text and units it was derived from: `getMany` hands
   * them over only while the article still matches. The engine calls this after a compare for the
   * articles whose vectors it had to derive (lib/engine/compare.ts). Outside the article's own
   * transactions on purpose: an entry that no longer matches is ignored, never wrong.
   */
  async keepVectors(records: VectorsRecord[]): Promise<void> {
    const vt = this.vectorTable();
    if (!vt || !records.length) return;
    await vt.bulkPut(records);
    // Bounded: an entry takes ~4–7 kB (docs/notes/perf11.md); past `vectorsMax`, a tenth of them
    // go (any entry is only a saving, and one taken away is derived again): those the compare pass did not
    // prepare first, then prepared ones, the ones just kept last; in id order within each (perf45).
    const n = await vt.count();
    if (n <= this.vectorsMax) return;
    const listed = (await this.db.settings.get(PREPARED_VECTORS))?.value;
    const prepared = new Set(Array.isArray(listed) ? (listed as string[]) : []);
    const just = new Set(records.map((r) => r.id));
    const rank = (id: string) => (just.has(id) ? 2 : prepared.has(id) ? 1 : 0);
    const ids = ((await vt.toCollection().primaryKeys()) as string[]).map((id, k) => ({ id, k, r: rank(id) }));
    ids.sort((x, y) => x.r - y.r || x.k - y.k);
    await vt.bulkDelete(ids.slice(0, n - this.vectorsMax + Math.ceil(this.vectorsMax / 10)).map((x) => x.id));
  }

  /** At most this many articles' story vectors are kept (see keepVectors). */
  vectorsMax = 10_000;

  /**
   * The id under which the corpus holds this article's identity (its canonical URL when it has
   * one, else its content hash), or null.
   */
  async findSame(article: Pick<Article, 'id' | 'url' | 'hash'>): Promise<string | null> {
    const { articles } = this.db;
    return this.db.transaction('r', articles, async () => {
      const canon = urlKey(article.url);
      if (canon) {
        const byUrl = await articles.where('canonUrl').equals(canon).primaryKeys();
        if (byUrl[0] !== undefined) return byUrl[0];
      }
      if (!article.hash) return null;
      const same = (await articles.where('hash').equals(article.hash).toArray()).filter((r) => !canon || !r.canonUrl);
      return (same.find((r) => r.id === article.id) ?? same.sort((x, y) => (x.id < y.id ? -1 : 1))[0])?.id ?? null;
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
    return writing(() => db.transaction('rw', this.writeTables(), () => this.upsertInTx(articles)));
  }

  /**
   * Milliseconds spent per stage of the imports since set to {} (null: not measured). Only for
   * scripts/store-measure.ts, which prints them; costs a few performance.now() calls per batch.
   */
  stageTimes: Record<string, number> | null = null;
  /** Adds `ms` to stage `stage` of stageTimes, when it is on. */
  private addTime(stage: string, ms: number): void {
    const times = this.stageTimes;
    if (times) times[stage] = (times[stage] ?? 0) + ms;
  }

  /**
   * The identity filter (lib/store/identity-filter.ts), inside a rw transaction over articles and
   * keyStats: the kept one; when there is none (or a stale one), a new one: empty for an empty
   * corpus, else built from the indexes when the import (`importSize` articles in all) is large
   * enough (FILTER_BUILD_MIN), else null (look every value up). `fresh`: to be written even if
   * nothing is added.
   */
  private async identityFilter(importSize: number, session?: ImportSession): Promise<{ filter: IdentityFilter; fresh: boolean } | null> {
    const { db } = this;
    // One function, each read awaited here directly: a request issued after an await of another
    // async function that awaited Dexie requests (native hops in between) fell out of the
    // transaction (measured: PrematureCommitError, tests/unit/store-identity.test.ts).
    let rec: KeyStatRecord | undefined;
    let articles: number;
    if (session) {
      // The session's filter, buckets and total hold while the stamp is the one its last batch wrote.
      const total = await db.keyStats.get(TOTAL_BUCKET);
      if (session.stamp === null || total?.n.stamp !== session.stamp) {
        session.kept = undefined;
        session.buckets.clear();
        session.frequent = undefined;
      }
      session.total = total?.n.articles ?? 0;
      if (session.kept !== undefined) return session.kept && { filter: session.kept.filter, fresh: false };
      rec = await db.keyStats.get(IDENTITY_BUCKET);
      articles = session.total;
    } else {
      const [r, total] = await db.keyStats.bulkGet([IDENTITY_BUCKET, TOTAL_BUCKET]);
      rec = r;
      articles = total?.n.articles ?? 0;
    }
    const keep = (k: { filter: IdentityFilter; fresh: boolean } | null) => (session ? (session.kept = k) : k);
    const build = importSize >= FILTER_BUILD_MIN && importSize >= articles;
    if (rec?.filter) {
      const filter = new IdentityFilter(rec.filter);
      if (!build || filter.size <= FILTER_STALE * 3 * articles + FIRST_CAPACITY) return keep({ filter, fresh: false });
    }
    const empty = (await db.articles.limit(1).primaryKeys()).length === 0;
    if (!empty && !build) return keep(null);
    if (empty) return keep({ filter: new IdentityFilter(), fresh: true });
    const ids = await db.articles.toCollection().primaryKeys();
    const canons = await db.articles.orderBy('canonUrl').keys();
    const hashes = await db.articles.orderBy('hash').keys();
    return keep({ filter: identityFilterOf(ids, canons, hashes), fresh: true });
  }

  /** Adds the identities of records just written to the kept filter, if there is one (same transaction). */
  private async noteIdentities(recs: StoredArticle[]): Promise<void> {
    const rec = await this.db.keyStats.get(IDENTITY_BUCKET);
    if (!rec?.filter) return;
    const filter = new IdentityFilter(rec.filter);
    for (const r of recs) for (const x of identitiesOf(r)) filter.add(x);
    await this.db.keyStats.put({ bucket: IDENTITY_BUCKET, n: {}, filter: filter.data });
  }

  /**
   * When false, imports look every value up in the indexes as before the identity filter existed
   * (the filter is still kept); only for measuring (bench/import-browser.ts) and for tests
   * comparing the two.
   */
  useIdentityFilter = true;

  /**
   * When false, each batch of an import reads the identity filter and the keyStats buckets again
   * (as before ImportSession); only for measuring (bench/import-browser.ts --ab-session) and tests.
   */
  keepAcrossBatches = true;

  /** Must run inside a rw transaction over articles + summaries + keyStats. */
  private async upsertInTx(incoming: Article[], now = Date.now(), offset = 0, cache?: KeyCache, importSize = incoming.length, session?: ImportSession): Promise<ImportResult> {
    const { db } = this;
    const times = this.stageTimes;
    let mark = performance.now();
    const lap = (stage: string) => {
      const t = performance.now();
      this.addTime(stage, t - mark);
      mark = t;
    };
    let keyMs = 0;
    const keysOf: KeyFunction = (a) => {
      const hit = cache?.get(a.text);
      if (hit && hit.title === a.title) return hit.keys;
      const t = times ? performance.now() : 0;
      const k = this.keysOf(a);
      if (times) keyMs += performance.now() - t;
      return k;
    };
    const articles = incoming.map(sanitizeArticle);
    lap('sanitize');
    // Values the identity filter says are certainly not stored are not looked up (same answers).
    const kept = await this.identityFilter(importSize, session);
    const filter = this.useIdentityFilter ? kept?.filter : undefined;
    const maybe = (x: string) => !filter || filter.has(x);
    lap('identity filter (read)');
    // Ids first (one bulkGet, also of the ids a renamed article would take): an article whose id
    // holds its own identity (same address; or same text, neither with an address) needs no
    // index look-up, which keeps re-importing an unchanged batch cheap.
    // The renamed ids only for articles whose own id is in use (a new article's id usually is not).
    const found = (ids: string[]) => db.articles.bulkGet(ids).then((rs) => rs.filter((r): r is StoredArticle => !!r));
    const own = await found([...new Set(articles.map((a) => a.id))].filter((id) => maybe(`i:${id}`)));
    const ownIds = new Set(own.map((r) => r.id));
    const renamed = [...new Set(articles.filter((a) => ownIds.has(a.id)).map((a) => `${a.id}_${a.hash.slice(0, 8)}`))];
    const renamedIds = renamed.filter((id) => !ownIds.has(id) && maybe(`i:${id}`));
    const byIdRecs = [...own, ...(renamedIds.length ? await found(renamedIds) : [])];
    const inDb = new Set(byIdRecs.map((r) => r.id));
    const byIdMap = new Map(byIdRecs.map((r) => [r.id, r]));
    const selfHeld = (a: Article) => {
      const r = byIdMap.get(a.id);
      const canon = urlKey(a.url);
      return !!r && (canon ? r.canonUrl === canon : !r.canonUrl && r.hash === a.hash);
    };
    const rest = articles.filter((a) => !selfHeld(a));
    const canons = [...new Set(rest.map((a) => urlKey(a.url)).filter((u): u is string => !!u && maybe(`u:${u}`)))];
    const hashes = [...new Set(rest.map((a) => a.hash))].filter((h) => maybe(`h:${h}`));
    // One anyOf() per index rather than one equals() per value: in Chromium the 1,000 look-ups of a
    // 500-article batch took 1.9 s of 2,000 articles' import, anyOf 0.2 s (fake-indexeddb: 367 → 80 ms
    // for 1,000 articles); scripts/store-measure.ts.
    lap('ids (bulkGet)');
    const byCanonList = canons.length ? await db.articles.where('canonUrl').anyOf(canons).toArray() : [];
    const byHashList = hashes.length ? await db.articles.where('hash').anyOf(hashes).toArray() : [];
    lap('identity (anyOf)');
    // The records as they will be after this batch, by id; the identity maps follow them.
    const live = new Map<string, StoredArticle>();
    const byCanon = new Map<string, StoredArticle>();
    const byHash = new Map<string, StoredArticle[]>();
    const remember = (r: StoredArticle) => {
      const prev = live.get(r.id);
      if (prev) forget(prev);
      live.set(r.id, r);
      if (r.canonUrl) byCanon.set(r.canonUrl, r);
      byHash.set(r.hash, [...(byHash.get(r.hash) ?? []), r].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)));
    };
    const forget = (r: StoredArticle) => {
      if (r.canonUrl && byCanon.get(r.canonUrl)?.id === r.id) byCanon.delete(r.canonUrl);
      const list = (byHash.get(r.hash) ?? []).filter((x) => x.id !== r.id);
      if (list.length) byHash.set(r.hash, list);
      else byHash.delete(r.hash);
    };
    for (const r of [...byCanonList, ...byHashList, ...byIdRecs]) remember(r);
    // Keys of the records as stored before this batch, for keyStats.
    const storedKeys = new Map<string, string[]>();
    const storedRecs = new Map<string, StoredArticle>();
    for (const r of [...byCanonList, ...byHashList, ...byIdRecs]) storedKeys.set(r.id, r.keys ?? []), storedRecs.set(r.id, r);
    const taken = (id: string) => live.has(id) || inDb.has(id);
    // Which incoming record of this batch first wrote each id, for "merged with" messages.
    const firstOf = new Map<string, number>();

    const writes = new Map<string, StoredArticle>();
    const results: UpsertResult[] = [];
    for (let n = 0; n < articles.length; n++) {
      const a = articles[n]!;
      const canon = urlKey(a.url);
      // Same identity: the same address; else the same text where at most one side has an address.
      let match: StoredArticle | undefined = canon ? byCanon.get(canon) : undefined;
      let how = 'address';
      if (!match) {
        const sameText = (byHash.get(a.hash) ?? []).filter((r) => !canon || !r.canonUrl);
        match = sameText.find((r) => r.id === a.id) ?? sameText[0];
        how = 'text';
      }
      if (match) {
        const next = mergeInto(match, a);
        const first = firstOf.get(match.id);
        const why =
          first !== undefined && first !== n
            ? `merged with record ${offset + first + 1} of this import (same ${how})`
            : match.id !== a.id
              ? `same ${how} as ${match.id}`
              : undefined;
        if (sameContent(match, next)) {
          results.push({ id: a.id, status: 'unchanged', storedAs: match.id, ...(why ? { reason: why } : {}) });
        } else {
          const rec = storedFrom(next, now, match.addedAt, keysOf);
          writes.set(rec.id, rec);
          remember(rec);
          results.push({ id: a.id, status: 'updated', storedAs: rec.id, ...(why ? { reason: why } : {}) });
        }
        if (!firstOf.has(match.id)) firstOf.set(match.id, n);
        continue;
      }
      // A new identity. Its id is a label: when a different article already has it, derive another.
      let id = a.id;
      let reason: string | undefined;
      if (taken(id)) {
        const base = `${a.id}_${a.hash.slice(0, 8)}`;
        id = base;
        for (let k = 2; taken(id) || (maybe(`i:${id}`) && (await db.articles.get(id)) !== undefined); k++) id = `${base}_${k}`;
        reason = `the id ${a.id} belongs to a different article; stored as ${id}`;
      }
      const rec = storedFrom({ ...toArticle(a), id }, now, now, keysOf);
      writes.set(rec.id, rec);
      remember(rec);
      firstOf.set(rec.id, n);
      results.push({ id: a.id, status: 'added', storedAs: id, ...(reason ? { reason } : {}) });
    }
    lap('records (merge, sanitize, pack)');
    this.addTime('records (merge, sanitize, pack)', -keyMs);
    this.addTime('story keys (indexKeys)', keyMs);
    if (writes.size) {
      const recs = [...writes.values()];
      // Postings first: they set each record's chunk (`ps`), which the record then stores.
      await this.adjustPostings(recs.flatMap((r) => storedRecs.get(r.id) ?? []), recs);
      lap('postings');
      {
        const w = this.adjustRepeats(recs.flatMap((r) => storedRecs.get(r.id) ?? []), recs, cache);
        if (w) await w;
      }
      lap('repeats');
      await db.articles.bulkPut(recs);
      lap('articles.bulkPut');
      await db.summaries.bulkPut(recs.map(summaryOf));
      lap('summaries.bulkPut');
      // (Before adjustKeyStats: each write here directly follows a Dexie request, see noteIdentities.)
      if (kept) {
        for (const r of recs) for (const x of identitiesOf(r)) kept.filter.add(x);
        await db.keyStats.put({ bucket: IDENTITY_BUCKET, n: {}, filter: kept.filter.data });
        lap('identity filter');
      }
      // A record whose id was not read from the store is a new article (every stored record it
      // could replace was read above, by id, address or text).
      await this.adjustKeyStats(
        recs.map((r) => storedKeys.get(r.id) ?? []),
        recs.map((r) => r.keys),
        recs.filter((r) => !storedKeys.has(r.id)).length,
        session,
      );
      lap('keyStats');
    } else if (kept?.fresh) await db.keyStats.put({ bucket: IDENTITY_BUCKET, n: {}, filter: kept.filter.data });
    // Written now: later batches of this session take it as kept.
    if (session?.kept) session.kept.fresh = false;
    return tally(results);
  }

  /**
   * Adds or updates many articles in transactions of `batch` (default IMPORT_BATCH): each batch is
   * atomic, the import as a whole is resumable (see BatchedImportResult). `onProgress` after each
   * batch; `signal` cancels between batches; a full storage stops it with the batches before kept.
   */
  async upsertBatched(articles: Article[], opts: BatchOptions = {}): Promise<BatchedImportResult> {
    assertArticles(articles);
    const size = Math.max(1, opts.batch ?? IMPORT_BATCH);
    const results: UpsertResult[] = [];
    let stopped: BatchedImportResult['stopped'] = null;
    let done = 0;
    // The story keys of the next batch are computed while the current batch's transaction runs
    // (in slices, between its requests): the page's thread would otherwise wait idle while the
    // browser writes (scripts/store-measure.ts prints both stages).
    let keysNext: Promise<KeyCache> = this.precomputeKeys(articles.slice(0, size));
    const session = newSession();
    while (done < articles.length) {
      if (opts.signal?.aborted) {
        stopped = 'cancelled';
        break;
      }
      const part = articles.slice(done, done + size);
      const waited = performance.now();
      const cache = await keysNext;
      // How long the writes stood still for keys: the first batch's are never overlapped.
      this.addTime(`waiting for keys, ${done === 0 ? 'first batch' : 'later batches'}`, performance.now() - waited);
      keysNext = this.precomputeKeys(articles.slice(done + size, done + 2 * size));
      const written = await this.writeBatch(part, done, cache, articles.length, session);
      if (written === 'storage full') {
        stopped = written;
        break;
      }
      results.push(...written);
      done += part.length;
      opts.onProgress?.(done, articles.length);
    }
    await keysNext.catch(() => undefined);
    return { ...tally(results), done, total: articles.length, stopped };
  }

  /**
   * One batch of a resumable import in its own transaction (atomic): its results, or 'storage full'
   * when the quota refused it (nothing of the batch written; the batches before it stay).
   */
  /** @internal For lib/store/bundle-import.ts. */
  async writeBatch(part: Article[], offset: number, cache: KeyCache, importSize: number, session?: ImportSession): Promise<UpsertResult[] | 'storage full'> {
    const { db } = this;
    try {
      const r = await writing(() =>
        db.transaction('rw', this.writeTables(), () =>
          this.upsertInTx(part, Date.now(), offset, cache, importSize, this.keepAcrossBatches ? session : undefined),
        ),
      );
      return r.results;
    } catch (e) {
      if (e instanceof StorageFullError) return 'storage full';
      throw e;
    }
  }

  /** Story keys of articles, by text, computed in slices of KEY_SLICE with a task boundary between. */
  /** @internal For lib/store/bundle-import.ts. */
  async precomputeKeys(part: Article[]): Promise<KeyCache> {
    const cache: KeyCache = new Map();
    const t0 = performance.now();
    if (this.keysElsewhere && this.engineKeys && part.length) {
      // The unit texts go along: the repeat texts are computed there too (repeatTexts, ~0.1 ms an article off this thread).
      // As their bounds in the text when they are its slices: half the bytes cloned there (perf71).
      const units = part.map((a) => unitBounds(a) ?? a.units.map((u) => u.text));
      const got = await this.keysElsewhere(part.map((a, k) => ({ title: a.title, text: a.text, quotes: a.quotes, outlet: a.outlet, units: units[k] }))).catch(() => null);
      const keys = Array.isArray(got) ? got : got?.keys;
      const repeats = Array.isArray(got) ? undefined : got?.repeats;
      if (keys && keys.length === part.length) {
        const done = repeats?.length === part.length ? repeats : undefined;
        part.forEach((a, k) => cache.set(a.text, { title: a.title, keys: keys[k]!, repeats: repeatsAhead(a, units[k], done?.[k]) }));
        this.addTime('story keys, next batch (elsewhere, wall)', performance.now() - t0);
        return cache;
      }
    }
    let idle = 0;
    for (let k = 0; k < part.length; k++) {
      if (k > 0 && k % KEY_SLICE === 0) {
        const t = performance.now();
        await nextTask();
        idle += performance.now() - t;
      }
      const a = part[k]!;
      cache.set(a.text, { title: a.title, keys: this.keysOf(a), repeats: repeatsAhead(a) });
    }
    this.addTime('story keys, next batch (overlapped)', performance.now() - t0 - idle);
    return cache;
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
      const date = d ? normalizeDate(d) : null;
      if (d && (!date || !/^\d{4}-\d{2}-\d{2}/.test(d))) throw new InvalidArticleError(`"${d}" is not a date like 2025-12-23.`);
      clean.date = date;
    }
    if (patch.pinned !== undefined) clean.pinned = patch.pinned ? true : undefined;
    if (patch.url !== undefined) {
      const u = patch.url?.trim() || null;
      if (u && !urlKey(u)) throw new InvalidArticleError(`"${u}" is not an http(s) address.`);
      clean.url = u;
    }
    return writing(() => db.transaction('rw', this.writeTables(), async () => {
      const rec = await db.articles.get(id);
      if (!rec) throw new Error(`No article ${id} in the corpus.`);
      const next = { ...toArticle(rec), ...clean } as Article;
      const canon = urlKey(next.url);
      if (canon && canon !== rec.canonUrl) {
        const other = (await db.articles.where('canonUrl').equals(canon).primaryKeys()).find((k) => k !== id);
        if (other) throw new InvalidArticleError(`Article ${other} already has this URL.`);
      }
      const stored = storedFrom(next, Date.now(), rec.addedAt, this.keysOf);
      await this.adjustPostings([rec], [stored]);
      {
        const w = this.adjustRepeats([rec], [stored]);
        if (w) await w;
      }
      await db.articles.put(stored);
      await db.summaries.put(summaryOf(stored));
      if (stored.canonUrl !== rec.canonUrl) await this.noteIdentities([stored]);
      await this.adjustKeyStats([rec.keys ?? []], [stored.keys]);
      return toArticle(stored);
    }));
  }

  /**
   * Moves articles to the trash (kept TRASH_DAYS days, across reloads and restarts); returns the
   * trash entries, whose keys `restoreFromTrash()` takes. Trashed articles are not candidates.
   */
  async delete(ids: string[], now = Date.now()): Promise<TrashEntry[]> {
    const { db } = this;
    ids = [...new Set(ids)];
    return writing(() =>
      db.transaction('rw', this.writeTables(db.trash), async () => {
        const recs = (await db.articles.bulkGet(ids)).filter((r): r is StoredArticle => r !== undefined);
        const entries: TrashEntry[] = recs.map((r) => ({
          key: `${r.id}@${now}`,
          id: r.id,
          title: r.title,
          outlet: r.outlet,
          deletedAt: now,
          record: r,
        }));
        await db.trash.bulkPut(entries);
        await db.articles.bulkDelete(ids);
        await db.summaries.bulkDelete(ids);
        await this.adjustPostings(recs, []);
        {
          const w = this.adjustRepeats(recs, []);
          if (w) await w;
        }
        await this.adjustKeyStats(recs.map((r) => r.keys ?? []), [], -recs.length);
        return entries;
      }),
    );
  }

  /**
   * Removes articles without keeping them in the trash. Only for a full disk, where moving them to
   * the trash (a write) is refused: the options page offers it as an explicit "Delete for good"
   * after `delete()` failed with StorageFullError. Returns how many were removed.
   */
  async deleteForGood(ids: string[]): Promise<number> {
    const { db } = this;
    ids = [...new Set(ids)];
    return writing(() =>
      db.transaction('rw', this.writeTables(), async () => {
        const recs = (await db.articles.bulkGet(ids)).filter((r): r is StoredArticle => r !== undefined);
        await db.articles.bulkDelete(ids);
        await db.summaries.bulkDelete(ids);
        await this.adjustPostings(recs, []);
        {
          const w = this.adjustRepeats(recs, []);
          if (w) await w;
        }
        await this.adjustKeyStats(recs.map((r) => r.keys ?? []), [], -recs.length);
        return recs.length;
      }),
    );
  }

  /** The trash, newest deletion first (records included; the trash is small). */
  async listTrash(): Promise<TrashEntry[]> {
    return (await this.db.trash.orderBy('deletedAt').reverse().toArray()) as TrashEntry[];
  }

  /**
   * Puts trashed articles back. An article whose id is free comes back exactly as it was (same id,
   * same addedAt); one whose id or identity was taken meanwhile goes through the same identity rule
   * as an import (so nothing is overwritten). Returns one result per restored entry.
   */
  async restoreFromTrash(keys: string[]): Promise<ImportResult> {
    const { db } = this;
    return writing(() =>
      db.transaction('rw', this.writeTables(db.trash), async () => {
        const entries = (await db.trash.bulkGet(keys)).filter((e): e is TrashEntry => e !== undefined);
        const results: UpsertResult[] = [];
        for (const e of entries) {
          const rec = e.record;
          const taken = await db.articles.get(rec.id);
          const canon = urlKey(rec.url);
          const sameAddress = canon ? await db.articles.where('canonUrl').equals(canon).count() : 0;
          const sameText = await db.articles.where('hash').equals(rec.hash).count();
          if (!taken && !sameAddress && !sameText) {
            const back = storedFrom(sanitizeArticle(toArticle(rec)), rec.updatedAt ?? Date.now(), rec.addedAt ?? Date.now(), this.keysOf);
            await this.adjustPostings([], [back]);
            {
              const w = this.adjustRepeats([], [back]);
              if (w) await w;
            }
            await db.articles.put(back);
            await db.summaries.put(summaryOf(back));
            await this.noteIdentities([back]);
            await this.adjustKeyStats([], [back.keys], 1);
            results.push({ id: rec.id, status: 'added', storedAs: rec.id });
          } else {
            results.push(...(await this.upsertInTx([toArticle(rec)])).results);
          }
          await db.trash.delete(e.key);
        }
        return tally(results);
      }),
    );
  }

  /** Empties the trash (all of it, or the given entries). Returns how many entries were removed. */
  async emptyTrash(keys?: string[]): Promise<number> {
    const { db } = this;
    return db.transaction('rw', db.trash, async () => {
      if (!keys) {
        const n = await db.trash.count();
        await db.trash.clear();
        return n;
      }
      const n = (await db.trash.bulkGet(keys)).filter(Boolean).length;
      await db.trash.bulkDelete(keys);
      return n;
    });
  }

  /** Removes trash entries older than TRASH_DAYS. Returns how many. */
  async purgeTrash(now = Date.now()): Promise<number> {
    return this.db.trash.where('deletedAt').below(now - TRASH_DAYS * DAY_MS).delete();
  }

  /**
   * Puts records back as they were (same ids, same addedAt). Kept for callers holding records;
   * the options page restores from the trash instead.
   */
  async restore(records: StoredArticle[]): Promise<void> {
    const arts = records.map(toArticle);
    assertArticles(arts);
    const { db } = this;
    const recs = records.map((r, k) => storedFrom(sanitizeArticle(arts[k]!), r.updatedAt ?? Date.now(), r.addedAt ?? Date.now(), this.keysOf));
    await writing(() =>
      db.transaction('rw', this.writeTables(), async () => {
        const old = await db.articles.bulkGet(recs.map((r) => r.id));
        await this.adjustPostings(old.filter((r): r is StoredArticle => r !== undefined), recs);
        {
          const w = this.adjustRepeats(old.filter((r): r is StoredArticle => r !== undefined), recs);
          if (w) await w;
        }
        await db.articles.bulkPut(recs);
        await db.summaries.bulkPut(recs.map(summaryOf));
        await this.noteIdentities(recs);
        await this.adjustKeyStats(
          old.map((r) => r?.keys ?? []),
          recs.map((r) => r.keys),
          new Set(recs.filter((_, k) => old[k] === undefined).map((r) => r.id)).size,
        );
      }),
    );
  }

  /** Removes every article (feeds and settings stay). */
  async clear(): Promise<void> {
    const { db } = this;
    await db.transaction('rw', this.writeTables(), async () => {
      await db.articles.clear();
      await db.summaries.clear();
      await db.keyStats.clear();
      await this.postingsTable()?.clear();
      await this.repeatsTable()?.clear();
    });
    // Kept vectors match no article any more (and would only be ignored): dropped too.
    await this.vectorTable()?.clear();
  }

  /**
   * Replaces the whole corpus with these articles, atomically. The kept story vectors go too (as in
   * clear()): those of the removed articles would otherwise stay until `vectorsMax` pushes them out,
   * storage the reader was told a reset gives back (ui32).
   */
  async resetToSeeds(articles: Article[]): Promise<ImportResult> {
    assertArticles(articles);
    const { db } = this;
    const vt = this.vectorTable();
    return writing(() =>
      db.transaction('rw', this.writeTables(...(vt ? [vt as Table] : [])), async () => {
        await db.articles.clear();
        await db.summaries.clear();
        await db.keyStats.clear();
        await this.postingsTable()?.clear();
        await this.repeatsTable()?.clear();
        await vt?.clear();
        return this.upsertInTx(articles);
      }),
    );
  }

  // ------------------------------------------------------------------------------------------
  // Export / import.

  /** The whole corpus as one bundle, articles by id, fields in a fixed order. */
  async exportBundle(exportedAt = new Date().toISOString()): Promise<CorpusBundle> {
    const recs = await this.db.articles.toArray(); // primary-key (id) order
    return { format: 'parallax-corpus', version: 1, exportedAt, articles: recs.map(toArticle) };
  }

  /**
   * The export file in parts (for `new Blob(parts)`): exactly the bytes of
   * `bundleToJson(await exportBundle(exportedAt))`, read with a cursor in one read transaction, one
   * part per article, so no array of all article objects is ever held.
   */
  async exportParts(exportedAt = new Date().toISOString()): Promise<string[]> {
    const { articles } = this.db;
    const parts: string[] = [];
    await this.db.transaction('r', articles, () =>
      articles.each((rec) => {
        parts.push(`${parts.length ? ',' : ''}\n  ${JSON.stringify(toArticle(rec), null, 1).replace(/\n/g, '\n  ')}`);
      }),
    );
    const head = bundleToJson({ format: 'parallax-corpus', version: 1, exportedAt, articles: [] });
    if (!parts.length) return [head];
    // `"articles": []` becomes `"articles": [` + parts + `\n ]`: JSON.stringify's layout (indent 1).
    const open = head.slice(0, head.lastIndexOf('[]') + 1);
    return [open, ...parts, `\n ]\n}\n`];
  }

  /**
   * The export file as a Blob built page by page (`batch` articles per read transaction, each page
   * turned into a Blob before the next is read), so the JS heap holds at most one page of JSON
   * whatever the corpus size: the same bytes as `exportParts(exportedAt).join('')`. Pages are
   * separate transactions: an article written while the export runs may or may not be in it.
   */
  async exportBlob(exportedAt = new Date().toISOString(), batch = 500): Promise<Blob> {
    const { articles } = this.db;
    const head = bundleToJson({ format: 'parallax-corpus', version: 1, exportedAt, articles: [] });
    const blobs: Blob[] = [];
    let last: string | null = null;
    let n = 0;
    for (;;) {
      const page: StoredArticle[] = await (last === null ? articles.orderBy(':id') : articles.where(':id').above(last)).limit(batch).toArray();
      if (!page.length) break;
      const parts = page.map((rec) => `${n++ ? ',' : ''}\n  ${JSON.stringify(toArticle(rec), null, 1).replace(/\n/g, '\n  ')}`);
      blobs.push(new Blob(parts));
      last = page[page.length - 1]!.id;
      if (page.length < batch) break;
    }
    if (!n) return new Blob([head]);
    return new Blob([head.slice(0, head.lastIndexOf('[]') + 1), ...blobs, `\n ]\n}\n`]);
  }

  /**
   * Imports a bundle (parsed JSON). Validated before anything is written; written in one
   * transaction, so a failure leaves the corpus exactly as it was.
   * merge: upsert each article. replace: the corpus becomes the bundle's articles.
   */
  async importBundle(bundle: unknown, opts: { mode: 'merge' | 'replace' } & BatchOptions = { mode: 'merge' }): Promise<ImportResult> {
    assertBundle(bundle);
    const { db } = this;
    const articles = bundle.articles;
    const size = Math.max(1, opts.batch ?? IMPORT_BATCH);
    return writing(() =>
      db.transaction('rw', this.writeTables(), async () => {
        if (opts.mode === 'replace') {
          await db.articles.clear();
          await db.summaries.clear();
          await db.keyStats.clear();
          await this.postingsTable()?.clear();
          await this.repeatsTable()?.clear();
        }
        // One transaction (atomic), worked through in batches: progress between them, and a
        // cancel throws, which rolls the whole import back.
        const results: UpsertResult[] = [];
        const now = Date.now();
        for (let k = 0; k < articles.length; k += size) {
          if (opts.signal?.aborted) throw new ImportCancelledError();
          results.push(...(await this.upsertInTx(articles.slice(k, k + size), now, k, undefined, articles.length)).results);
          opts.onProgress?.(Math.min(articles.length, k + size), articles.length);
        }
        return tally(results);
      }),
    );
  }

  /**
   * Recomputes the derived data — units and quotes (lib/ingest `resegment`) and story keys — of
   * articles written by another key-function version (or of all with
   * `all: true`, e.g. after the engine changed indexKeys without bumping KEYS_VERSION).
   * Returns how many articles were re-indexed.
   */
  async reindex(opts: { all?: boolean; batch?: number } = {}): Promise<number> {
    const { resegment } = await import('../ingest/resegment'); // before any transaction: not awaited inside one
    const { db } = this;
    const batch = opts.batch ?? 200;
    // The small summaries carry keysVersion: finding stale articles reads no article body.
    const stale = await db.summaries.filter((r) => opts.all === true || r.keysVersion !== KEYS_VERSION).primaryKeys();
    // Small transactions: progress is kept if the worker stops half way, and the next call resumes.
    let done = 0;
    for (let k = 0; k < stale.length; k += batch) {
      const ids = stale.slice(k, k + batch);
      done += await db.transaction('rw', this.writeTables(), async () => {
        const recs = (await db.articles.bulkGet(ids)).filter((r): r is StoredArticle => r !== undefined);
        const old = recs.slice();
        const before = recs.map((r) => r.keys ?? []);
        for (let k = 0; k < recs.length; k++) {
          // Units and quotes are derived data too: an article stored by an older segmenter or quote
          // finder is cut again from its own text, so it is compared (and its quotes attributed)
          // exactly as a page read today would be.
          const r = recs[k]!;
          const art = toArticle(r);
          const fresh = resegment(art);
          const { units: _old, spans: _oldSpans, ...rest } = r;
          // Keys from the fresh cut: quote keys come from the quotes found again, not the stored ones.
          recs[k] = compactUnits({ ...rest, units: fresh.units, quotes: fresh.quotes, keys: [...new Set(this.keysOf(fresh))], keysVersion: KEYS_VERSION });
        }
        await this.adjustPostings(old, recs);
        {
          const w = this.adjustRepeats(old, recs);
          if (w) await w;
        }
        await db.articles.bulkPut(recs);
        await db.summaries.bulkPut(recs.map(summaryOf));
        await this.adjustKeyStats(before, recs.map((r) => r.keys));
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

export type Persistence = 'persisted' | 'granted' | 'denied' | 'unsupported';

/**
 * Asks the browser to keep this extension's storage under storage pressure
 * (`navigator.storage.persist()`), once: an already persistent storage is not asked again.
 * The options page calls it when it opens and shows the answer in its storage line.
 */
export async function requestPersistence(
  storage: { persist?: () => Promise<boolean>; persisted?: () => Promise<boolean> } | undefined = (
    globalThis as { navigator?: Navigator }
  ).navigator?.storage,
): Promise<Persistence> {
  if (!storage?.persist) return 'unsupported';
  try {
    if (storage.persisted && (await storage.persisted())) return 'persisted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'unsupported';
  }
}
