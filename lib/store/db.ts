/**
 * The corpus database ("parallax"): one typed Dexie schema, every version kept with its upgrade.
 *
 * Layout for ~100,000 articles. IndexedDB costs per record and per index entry (TOOLCHAIN.md:
 * 100k sentence rows took 25–30 s, the same text as 2,000 document rows 1–1.7 s), so:
 *  - `articles`: ONE record per article (the whole Article: text, units, quotes) plus bookkeeping.
 *    Indexed only by what look-ups need: id, canonical URL and hash (deduplication) and the
 *    multi-entry `*keys` story index (candidate retrieval without reading any text).
 *  - `summaries`: one small record per article (title, outlet, date, url, size…) so the corpus
 *    manager can list, sort and filter 100k articles without loading their bodies. Written in the
 *    same transaction as the article, so the two never disagree.
 *  - `feeds`, `settings`: the feed list and user settings (feed refresh interval).
 *
 * Rule for changes: bump the version, add a new `db.version(n).stores(...)` below the others with
 * an `upgrade()` if existing records need new fields, keep every older version, and add a test that
 * opens a database written by the previous version (tests/unit/store-upgrade.test.ts).
 */
import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import type { Article, Unit } from '../types';
import { urlKey } from '../url';
import { identityFilterOf, type IdentityFilterData } from './identity-filter';
import type { PackedVectors } from '../engine/vectors';
import { repeatTexts } from '../engine/repeats';
import { countRepeats, type RepeatsRecord } from './repeats';
import { DB_NAME } from './constants';
import { isFeedArticle } from './retention';

export { DB_NAME };
/** The schema version this code writes (Dexie's `db.verno` after open). */
export const DB_VERSION = 11;

/**
 * An article as stored: the Article plus bookkeeping, its units in compact form (schema v5).
 * Units whose text is `text.slice(start, end)` (always, for lib/ingest output) are kept as four
 * numbers each in `spans` (paragraph, start, end, kind): no second copy of the text and no object
 * per unit, which halved the bytes IndexedDB clones per article (scripts/store-measure.ts).
 * Records written before v5, or whose units break that rule, keep `units` as they are.
 * Read units with `unitsOf(rec)` (or take the Article from lib/store/corpus.ts `toArticle`).
 */
export interface StoredArticle extends Omit<Article, 'units'> {
  /** The units as Article has them: pre-v5 records, or units that are not slices of the text. */
  units?: Unit[];
  /** Compact units: [p, start, end, kind code] per unit, unit i at 4 i (see packUnits). */
  spans?: Int32Array;
  /** urlKey(url): the deduplication key for "same address". */
  canonUrl: string | null;
  /** Date.now() when first added; kept across updates, restores and imports of the same id. */
  addedAt: number;
  /** Date.now() of the last change. */
  updatedAt: number;
  /** UTF-8 bytes of the article text. */
  size: number;
  /** Story-matching keys from lib/engine/keys.ts `indexKeys(article)`, in the `*keys` index. */
  keys: string[];
  /** Version of the key function that computed `keys` (see Corpus.reindex()). */
  keysVersion: number;
  /**
   * Schema v9: the postings chunk (PostingsRecord `s`) that holds this article's id under each of
   * its `keys`; absent for an article the v8 → v9 upgrade indexed (then upgradeChunk(id)).
   */
  ps?: number;
}

/**
 * Story-key postings (schema v9): which live articles carry each story key, written per import
 * transaction ("chunk" `s`) and, within it, per group `g` of keys (POSTINGS_GROUPS groups by a
 * hash of the key): `keys[j]` is carried by the articles `lists[j]`. A multi-entry index over
 * `keys` finds a key's records. Schema v8 wrote one multi-entry index entry per key per article
 * (~40 per article, the part of an import that grew with the corpus); this writes one per distinct
 * key per chunk and group, in POSTINGS_GROUPS records per import transaction — one record per key
 * and chunk was cheaper on the benchmark's Zipf articles but 3.7× dearer than v8 on keys as varied
 * as real news (bench/idb-growth.ts, --diverse). A key's ids are the union over its records
 * (Corpus.keyIds); an article's ids are in chunk `StoredArticle.ps` (upgradeChunk when absent) of each of its keys' groups,
 * which is how a delete or an update finds them. The record `{ g: -1, s: 0 }` (no keys) keeps the
 * last chunk number in `seq`.
 */
export interface PostingsRecord {
  g: number;
  s: number;
  /** The keys of group g written in chunk s that live articles still carry (the multi-entry index). */
  keys: string[];
  /** lists[j]: the ids carrying keys[j], sorted (code-unit order, as IndexedDB orders string keys). */
  lists: string[][];
  /** Only in the counter record (g = -1). */
  seq?: number;
  /** Only in the counter record: the number of chunks the v8 → v9 upgrade wrote (see upgradeChunk). */
  upgraded?: number;
}

/** Groups of keys per postings chunk (PostingsRecord `g`). */
export const POSTINGS_GROUPS = 64;

/** The postings group of a key (the low bits of its keyStats bucket: FNV-1a). */
export function postingsGroup(key: string): number {
  return keyBucket(key) % POSTINGS_GROUPS;
}

/**
 * An article's story vectors (lib/engine/vectors.ts), kept by id in their own table (schema v8, no
 * index: a write costs one record) so a freshly opened panel reads them instead of deriving them.
 * Written by the panel after a compare for the articles it derived them for (Corpus.keepVectors),
 * not at import (they would double an import's work and its records' bytes: docs/notes/perf11.md).
 * `of` fingerprints what they were derived from (title, text, unit texts): an entry is read only
 * for an article that still matches it, so an edited, re-segmented or replaced article is derived
 * again and no write elsewhere has to keep this table in step.
 */
export interface VectorsRecord {
  id: string;
  of: string;
  vec: PackedVectors;
}

/** What the corpus manager's table shows; one small record per article. */
export interface ArticleSummary {
  id: string;
  title: string;
  outlet: string | null;
  date: string | null;
  url: string | null;
  language: string | null;
  size: number;
  units: number;
  addedAt: number;
  updatedAt: number;
  /** StoredArticle.keysVersion, so stale story keys are found without reading article bodies. */
  keysVersion: number;
  /** The reader pinned it (kept by retention, lib/store/retention.ts); absent when not. */
  pinned?: boolean;
  /**
   * Not a feed's (retention.ts isFeedArticle): a seed, a file the reader imported, a page they added. The compare
   * pass prepares these first (lib/store/prepare.ts, perf45). Absent when not, and on summaries written before.
   */
  own?: boolean;
}

/** An RSS/Atom feed the user subscribed to. */
export interface FeedRecord {
  /** The feed's URL as the user gave it (primary key). */
  url: string;
  /** The feed's own title, once fetched. */
  title: string | null;
  addedAt: number;
  lastFetchedAt: number | null;
  /** Plain message of the last failure, or null after a successful refresh. */
  lastError: string | null;
  /** Items added or updated by the last refresh. */
  lastAdded: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

/** A deleted article in the trash (lib/store/corpus.ts TrashEntry; declared here for the schema). */
export interface TrashRecord {
  key: string;
  id: string;
  title: string;
  outlet: string | null;
  deletedAt: number;
  record: StoredArticle;
}

/**
 * How many live (not trashed) articles carry each story key (the engine's document frequency),
 * in KEY_STAT_BUCKETS records: key → bucket by keyBucket(key). A batch of 500 articles touches a
 * few thousand keys; one record per key cost a get and a put each (most of an import's time in
 * Chromium), a bucket per key hash costs at most KEY_STAT_BUCKETS of each.
 */
export interface KeyStatRecord {
  bucket: number;
  /** key → number of articles carrying it (keys with 0 are removed). */
  n: Record<string, number>;
  /** Only in the IDENTITY_BUCKET record: the kept identity filter (lib/store/identity-filter.ts). */
  filter?: IdentityFilterData;
  /** Only in the FREQUENT_BUCKET record: it holds every key carried by more than this many articles. */
  floor?: number;
}

/** Number of keyStats records (scripts/store-measure.ts: import and keyCounts time). */
export const KEY_STAT_BUCKETS = 256;

/**
 * The keyStats record (schema v6) that keeps the number of live articles, `{ bucket: TOTAL_BUCKET,
 * n: { articles: N } }`, written in the same transaction as every article write, so that
 * `Corpus.count()` reads one record instead of walking the store (an IndexedDB count() is O(n)).
 * Absent when the corpus is empty. Outside 0..KEY_STAT_BUCKETS − 1: never a key's bucket.
 */
export const TOTAL_BUCKET = -1;

/**
 * The keyStats record that keeps the identity filter (lib/store/identity-filter.ts): a Bloom filter
 * of every live article's id, canonical URL and hash, `{ bucket: IDENTITY_BUCKET, n: {}, filter }`,
 * written in the same transaction as every article write that adds an identity. Built by the v7
 * upgrade; when absent anyway (after clear(): then the next write on the empty corpus starts it),
 * the corpus looks everything up in the indexes, and a large enough import builds it again.
 */
export const IDENTITY_BUCKET = -2;

/**
 * The keyStats record (schema v11) that keeps the frequent keys with their counts, `{ bucket: FREQUENT_BUCKET,
 * n: { key: count }, floor }`: every key more than `floor` articles carry, and no other, written in the same
 * transaction as every article write (Corpus.adjustKeyStats). A story decision leaves the keys most of the corpus
 * carries out of its candidate query (lib/engine/story.ts `queryKeys`); with this record, read with the number of
 * articles (Corpus.frequentKeys), it knows which before the keys' own counts arrive, and asks their lists at once.
 * `floor` follows the corpus: raised to frequentFloor(n) as it grows (keys under it pruned), built again from
 * the buckets when n falls below half of what set it (deletes), so it stays within [frequentFloor(n), 2 frequentFloor(n)].
 */
export const FREQUENT_BUCKET = -3;
/** The least `floor` of the frequent keys' record, and its share of the corpus (half the engine's COMMON_KEY_MIN and _SHARE). */
export const FREQUENT_MIN = 10;
export const FREQUENT_SHARE = 0.025;
/** The floor the frequent keys' record is kept at for a corpus of n articles. */
export function frequentFloor(n: number): number {
  return Math.max(FREQUENT_MIN, FREQUENT_SHARE * n);
}

/** The frequent keys' record of a corpus of n articles from its key buckets (the v11 upgrade; a write after mass deletes). */
export function frequentOf(buckets: Iterable<Pick<KeyStatRecord, 'bucket' | 'n'> | undefined>, n: number): KeyStatRecord {
  const floor = frequentFloor(n);
  const out: Record<string, number> = {};
  for (const b of buckets) {
    if (!b || b.bucket < 0) continue;
    for (const k in b.n) if (b.n[k]! > floor) out[k] = b.n[k]!;
  }
  return { bucket: FREQUENT_BUCKET, n: out, floor };
}

/** The keyStats record of a key: FNV-1a of the key, modulo KEY_STAT_BUCKETS. */
export function keyBucket(key: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < key.length; k++) {
    h ^= key.charCodeAt(k);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % KEY_STAT_BUCKETS;
}

/** Key counts grouped into keyStats records. */
export function toBuckets(counts: Map<string, number>): KeyStatRecord[] {
  const out = new Map<number, KeyStatRecord>();
  for (const [key, n] of counts) {
    const b = keyBucket(key);
    let rec = out.get(b);
    if (!rec) out.set(b, (rec = { bucket: b, n: {} }));
    rec.n[key] = n;
  }
  return [...out.values()];
}

export type ParallaxDb = Dexie & {
  repeats: EntityTable<RepeatsRecord, 'site'>;
  postings: Table<PostingsRecord, [number, number]>;
  vectors: EntityTable<VectorsRecord, 'id'>;
  keyStats: EntityTable<KeyStatRecord, 'bucket'>;
  trash: EntityTable<TrashRecord, 'key'>;
  articles: EntityTable<StoredArticle, 'id'>;
  summaries: EntityTable<ArticleSummary, 'id'>;
  feeds: EntityTable<FeedRecord, 'url'>;
  settings: EntityTable<SettingRecord, 'key'>;
};

export interface OpenOptions {
  /** Database name; default "parallax". Tests use a fresh name or a fresh fake IDBFactory. */
  name?: string;
  /** Injected IndexedDB (fake-indexeddb in Node); default: the global one. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

/**
 * UTF-8 bytes of a string, counted without encoding it (an import wrote 100,000 copies of the
 * texts just to take their length): what TextEncoder gives, a lone surrogate counted as the 3
 * bytes of U+FFFD it is encoded as.
 */
export function textBytes(text: string): number {
  let n = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && k + 1 < text.length) {
      const d = text.charCodeAt(k + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        k++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

const KINDS: Array<Unit['kind']> = ['body', 'heading', 'embed'];

/**
 * The compact form of an article's units, or null when they cannot be rebuilt exactly from the text
 * (a unit whose index is not its position, whose text is not `text.slice(start, end)`, an unknown
 * kind, or a field beyond the known ones): those are stored as they are.
 */
export function packUnits(text: string, units: Unit[]): Int32Array | null {
  const out = new Int32Array(units.length * 4);
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    const kind = KINDS.indexOf(u.kind);
    if (u.i !== k || kind < 0 || text.slice(u.start, u.end) !== u.text) return null;
    let fields = 0;
    for (const f in u) if (f === 'i' || f === 'text' || f === 'p' || f === 'start' || f === 'end' || f === 'kind') fields++; else return null;
    if (fields !== 6 || !Number.isInteger(u.p) || !Number.isInteger(u.start) || !Number.isInteger(u.end)) return null;
    out[4 * k] = u.p;
    out[4 * k + 1] = u.start;
    out[4 * k + 2] = u.end;
    out[4 * k + 3] = kind;
  }
  return out;
}

/** The units of a stored record as Article has them, whichever form it holds. */
export function unitsOf(rec: Pick<StoredArticle, 'text' | 'units' | 'spans'>): Unit[] {
  if (rec.units) return rec.units;
  const s = rec.spans;
  if (!s) return [];
  const out: Unit[] = new Array(s.length >> 2);
  for (let k = 0; k < out.length; k++) {
    const start = s[4 * k + 1]!;
    const end = s[4 * k + 2]!;
    out[k] = { i: k, text: rec.text.slice(start, end), p: s[4 * k]!, start, end, kind: KINDS[s[4 * k + 3]!] ?? 'body' };
  }
  return out;
}

/** Number of units of a stored record, without rebuilding them. */
export function unitCount(rec: Pick<StoredArticle, 'units' | 'spans'>): number {
  return rec.units ? rec.units.length : rec.spans ? rec.spans.length >> 2 : 0;
}

/** A record's units in the form v5 writes: `spans` when they pack, else `units` as given. */
export function compactUnits<T extends { text: string; units?: Unit[]; spans?: Int32Array }>(rec: T): T {
  if (!rec.units) return rec;
  const spans = packUnits(rec.text, rec.units);
  if (!spans) return rec;
  const { units: _units, ...rest } = rec;
  return { ...rest, spans } as T;
}

export function summaryOf(rec: StoredArticle): ArticleSummary {
  return {
    id: rec.id,
    title: rec.title,
    outlet: rec.outlet,
    date: rec.date,
    url: rec.url,
    language: rec.language,
    size: rec.size,
    units: unitCount(rec),
    addedAt: rec.addedAt,
    updatedAt: rec.updatedAt,
    keysVersion: rec.keysVersion,
    ...(rec.pinned === true ? { pinned: true } : {}),
    ...(isFeedArticle(rec) ? {} : { own: true }),
  };
}

/** Schema v1 (kept so older databases upgrade): one table, bookkeeping limited to keys. */
export const SCHEMA_V1 = {
  articles: 'id, url, hash, outlet, date, *keys',
};

/**
 * Schema v2: dedup by canonical URL instead of the raw URL; summaries table (list without bodies,
 * sorted/filtered by outlet, date, [outlet+date], addedAt); feeds and settings tables.
 * Leaving v1's url/outlet/date indexes out of `articles` drops them (they moved to `summaries`).
 */
export const SCHEMA_V2 = {
  articles: 'id, canonUrl, hash, *keys',
  summaries: 'id, outlet, date, addedAt, [outlet+date]',
  feeds: 'url, addedAt',
  settings: 'key',
};

/** v1 → v2: fill canonUrl/addedAt/updatedAt/size on every article and write its summary. */
export async function upgradeToV2(tx: Transaction, now = Date.now()): Promise<void> {
  const summaries: ArticleSummary[] = [];
  await tx
    .table('articles')
    .toCollection()
    .modify((rec: StoredArticle) => {
      rec.canonUrl = urlKey(rec.url);
      if (typeof rec.addedAt !== 'number') rec.addedAt = now;
      if (typeof rec.updatedAt !== 'number') rec.updatedAt = rec.addedAt;
      if (typeof rec.size !== 'number') rec.size = textBytes(rec.text ?? '');
      if (!Array.isArray(rec.keys)) rec.keys = [];
      if (typeof rec.keysVersion !== 'number') rec.keysVersion = 0; // unknown: reindex() recomputes
      summaries.push(summaryOf(rec));
    });
  await tx.table('summaries').bulkPut(summaries);
}

/**
 * Schema v3: a trash for deleted articles (kept across reloads and restarts for TRASH_DAYS, emptied
 * by an explicit action), by deletion time for the purge and by article id for look-ups.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  trash: 'key, deletedAt, id',
};

/** v2 → v3: no record changes; the trash starts empty. Kept so the rule "every version has its upgrade" holds. */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  await tx.table('trash').clear();
}

/**
 * Schema v4: `keyStats` (story key → number of articles carrying it, in buckets), kept in the same transaction
 * as every article write, so `keyCounts()` is one bulkGet of a few buckets instead of one index count per key.
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  keyStats: 'bucket',
};

/** Counts of each key over `keys` lists (each list deduplicated). */
export function countKeys(lists: Iterable<string[]>): Map<string, number> {
  const n = new Map<string, number>();
  for (const keys of lists) for (const k of new Set(keys)) n.set(k, (n.get(k) ?? 0) + 1);
  return n;
}

/** v3 → v4: builds keyStats from the stored articles' keys. */
export async function upgradeToV4(tx: Transaction): Promise<void> {
  const lists: string[][] = [];
  await tx
    .table('articles')
    .each((rec: StoredArticle) => {
      if (Array.isArray(rec.keys)) lists.push(rec.keys);
    });
  await tx.table('keyStats').clear();
  await tx.table('keyStats').bulkPut(toBuckets(countKeys(lists)));
}

/** Schema v5: no index change; article records (and the trash's) keep their units compactly (`spans`). */
export const SCHEMA_V5 = SCHEMA_V4;

/** v4 → v5: every article and trashed record gets its units in compact form (compactUnits). */
export async function upgradeToV5(tx: Transaction): Promise<void> {
  await tx
    .table('articles')
    .toCollection()
    .modify((rec: StoredArticle, ref: { value: StoredArticle }) => {
      ref.value = compactUnits(rec);
    });
  await tx
    .table('trash')
    .toCollection()
    .modify((e: TrashRecord) => {
      e.record = compactUnits(e.record);
    });
}

/** Schema v6: no index change; keyStats also keeps the number of articles (TOTAL_BUCKET). */
export const SCHEMA_V6 = SCHEMA_V5;

/** v5 → v6: the kept number of articles, counted once. */
export async function upgradeToV6(tx: Transaction): Promise<void> {
  const n = await tx.table('articles').count();
  if (n > 0) await tx.table('keyStats').put({ bucket: TOTAL_BUCKET, n: { articles: n } });
  else await tx.table('keyStats').delete(TOTAL_BUCKET);
}

/** Schema v7: no index change; keyStats also keeps the identity filter (IDENTITY_BUCKET). */
export const SCHEMA_V7 = SCHEMA_V6;

/** v6 → v7: the identity filter built once from the stored articles' ids, addresses and hashes. */
export async function upgradeToV7(tx: Transaction): Promise<void> {
  // Each read awaited directly (no helper function between): Dexie keeps the transaction across an
  // await of its own request, not across extra native async hops (see corpus.ts identityFilter).
  const articles = tx.table('articles');
  const ids = await articles.toCollection().primaryKeys();
  const canons = await articles.orderBy('canonUrl').keys();
  const hashes = await articles.orderBy('hash').keys();
  const filter = identityFilterOf(ids, canons, hashes);
  await tx.table('keyStats').put({ bucket: IDENTITY_BUCKET, n: {}, filter: filter.data });
}

/**
 * Schema v8: the summaries lose their `outlet` and `[outlet+date]` indexes (nothing reads them: the
 * table's outlet filter and sorts run on the summaries in memory, components/options/table-model.ts;
 * 2 of the 5 index entries every article write made in `summaries`), and a `vectors` table keeps
 * articles' story vectors by id (VectorsRecord; no index).
 */
export const SCHEMA_V8 = {
  ...SCHEMA_V7,
  summaries: 'id, date, addedAt',
  vectors: 'id',
};

/** v7 → v8: no record changes (Dexie drops the two indexes; the vectors table starts empty and fills as articles are compared). */
export async function upgradeToV8(_tx: Transaction): Promise<void> {}

/**
 * Schema v9: the multi-entry `*keys` index of the articles goes (~40 index entries per article
 * written, the part of an import that grew with the corpus); story-key postings take its place,
 * POSTINGS_GROUPS records per import transaction, indexed by the keys they hold (PostingsRecord).
 */
export const SCHEMA_V9 = {
  ...SCHEMA_V8,
  articles: 'id, canonUrl, hash',
  postings: '[g+s], *keys',
};

/** Postings of stored records as written by one chunk `s`: one record per group of keys, lists sorted. */
export function postingsOf(recs: Iterable<Pick<StoredArticle, 'id' | 'keys'>>, s: number): PostingsRecord[] {
  const by = new Map<number, Map<string, string[]>>();
  for (const r of recs) {
    for (const k of new Set(r.keys ?? [])) {
      const g = postingsGroup(k);
      let m = by.get(g);
      if (!m) by.set(g, (m = new Map()));
      const l = m.get(k);
      if (l) l.push(r.id);
      else m.set(k, [r.id]);
    }
  }
  const out: PostingsRecord[] = [];
  for (const [g, m] of by) out.push({ g, s, keys: [...m.keys()], lists: [...m.values()].map((ids) => [...new Set(ids)].sort()) });
  return out;
}

/** Articles per chunk the v8 → v9 upgrade writes (an import transaction's size, IMPORT_BATCH). */
export const UPGRADE_CHUNK = 1000;
/** Article records read at a time by the v8 → v9 upgrade. */
const UPGRADE_PAGE = 500;

/**
 * The chunk of an article the v8 → v9 upgrade indexed (it has no `ps`): chosen by a hash of its id
 * among the `upgraded` chunks, numbered −1 … −upgraded, so the upgrade rewrites no article record
 * and a delete still finds it in a chunk of ~UPGRADE_CHUNK articles.
 */
export function upgradeChunk(id: string, upgraded: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < id.length; k++) {
    h ^= id.charCodeAt(k);
    h = Math.imul(h, 0x01000193);
  }
  return -1 - ((h >>> 0) % Math.max(1, upgraded));
}

/** v8 → v9: every stored article's keys into the postings, in chunks chosen by upgradeChunk (records unchanged). */
export async function upgradeToV9(tx: Transaction): Promise<void> {
  const recs: Array<Pick<StoredArticle, 'id' | 'keys'>> = [];
  // Pages of records (getAll), not a cursor step per record.
  const articles = tx.table('articles');
  let last: string | null = null;
  for (;;) {
    const page: StoredArticle[] = await (last === null ? articles.orderBy(':id') : articles.where(':id').above(last)).limit(UPGRADE_PAGE).toArray();
    for (const rec of page) if (Array.isArray(rec.keys) && rec.keys.length) recs.push({ id: rec.id, keys: rec.keys });
    if (page.length < UPGRADE_PAGE) break;
    last = page[page.length - 1]!.id;
  }
  const upgraded = Math.max(1, Math.ceil(recs.length / UPGRADE_CHUNK));
  const chunks = new Map<number, Array<Pick<StoredArticle, 'id' | 'keys'>>>();
  for (const r of recs) {
    const s = upgradeChunk(r.id, upgraded);
    const l = chunks.get(s);
    if (l) l.push(r);
    else chunks.set(s, [r]);
  }
  const out: PostingsRecord[] = [{ g: -1, s: 0, keys: [], lists: [], seq: 0, upgraded }];
  for (const [s, rs] of chunks) out.push(...postingsOf(rs, s));
  await tx.table('postings').bulkPut(out);
}

/**
 * Schema v10: the repeat counts (lib/store/repeats.ts, docs/notes/furn31.md): one record per site, how many of its live
 * articles carry each unit text (lossy counts), read by Corpus.repeatCounts to tell a site's page furniture.
 */
export const SCHEMA_V10 = {
  ...SCHEMA_V9,
  repeats: 'site',
};

/** The articles' repeat keys grouped by site, one list of text hashes per article (each distinct); `ahead` may give an article's, computed before. */
export function repeatsBySite<R extends Pick<StoredArticle, 'outlet' | 'text' | 'units' | 'spans'>>(
  recs: Iterable<R>,
  ahead?: (r: R) => { site: string; texts: string[] } | undefined,
): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const r of recs) {
    const { site, texts } = ahead?.(r) ?? repeatTexts({ outlet: r.outlet, units: unitsOf(r) });
    if (!texts.length) continue;
    const l = out.get(site);
    if (l) l.push(texts);
    else out.set(site, [texts]);
  }
  return out;
}

/** v9 → v10: every stored article counted into its site's repeat record (records unchanged). */
export async function upgradeToV10(tx: Transaction): Promise<void> {
  const counts = new Map<string, RepeatsRecord>();
  const articles = tx.table('articles');
  let last: string | null = null;
  for (;;) {
    const page: StoredArticle[] = await (last === null ? articles.orderBy(':id') : articles.where(':id').above(last)).limit(UPGRADE_PAGE).toArray();
    for (const [site, lists] of repeatsBySite(page)) counts.set(site, countRepeats(counts.get(site), site, [], lists));
    if (page.length < UPGRADE_PAGE) break;
    last = page[page.length - 1]!.id;
  }
  await tx.table('repeats').bulkPut([...counts.values()]);
}

/** Schema v11: no index change; keyStats also keeps the frequent keys with their counts (FREQUENT_BUCKET). */
export const SCHEMA_V11 = SCHEMA_V10;

/** v10 → v11: the frequent keys' record built once from the key buckets (none on an empty corpus: the first write starts it). */
export async function upgradeToV11(tx: Transaction): Promise<void> {
  const stats = tx.table('keyStats');
  const buckets: KeyStatRecord[] = await stats.where(':id').between(0, KEY_STAT_BUCKETS).toArray();
  const total: KeyStatRecord | undefined = await stats.get(TOTAL_BUCKET);
  const n = total?.n.articles ?? 0;
  if (n > 0) await stats.put(frequentOf(buckets, n));
}

/**
 * Declares every version on a Dexie instance. `upTo` exists for tests that need a database
 * written by an older version; the app always opens the latest.
 */
export function declareSchema(db: Dexie, upTo = DB_VERSION): void {
  db.version(1).stores(SCHEMA_V1);
  if (upTo >= 2) db.version(2).stores(SCHEMA_V2).upgrade((tx) => upgradeToV2(tx));
  if (upTo >= 3) db.version(3).stores(SCHEMA_V3).upgrade((tx) => upgradeToV3(tx));
  if (upTo >= 4) db.version(4).stores(SCHEMA_V4).upgrade((tx) => upgradeToV4(tx));
  if (upTo >= 5) db.version(5).stores(SCHEMA_V5).upgrade((tx) => upgradeToV5(tx));
  if (upTo >= 6) db.version(6).stores(SCHEMA_V6).upgrade((tx) => upgradeToV6(tx));
  if (upTo >= 7) db.version(7).stores(SCHEMA_V7).upgrade((tx) => upgradeToV7(tx));
  if (upTo >= 8) db.version(8).stores(SCHEMA_V8).upgrade((tx) => upgradeToV8(tx));
  if (upTo >= 9) db.version(9).stores(SCHEMA_V9).upgrade((tx) => upgradeToV9(tx));
  if (upTo >= 10) db.version(10).stores(SCHEMA_V10).upgrade((tx) => upgradeToV10(tx));
  if (upTo >= 11) db.version(11).stores(SCHEMA_V11).upgrade((tx) => upgradeToV11(tx));
}

export function createDb(opts: OpenOptions = {}, upTo = DB_VERSION): ParallaxDb {
  const db = new Dexie(opts.name ?? DB_NAME, {
    ...(opts.indexedDB ? { indexedDB: opts.indexedDB } : {}),
    ...(opts.IDBKeyRange ? { IDBKeyRange: opts.IDBKeyRange } : {}),
  }) as ParallaxDb;
  declareSchema(db, upTo);
  return db;
}
