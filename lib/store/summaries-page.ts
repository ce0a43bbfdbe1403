/**
 * Reading the `summaries` table for the corpus manager at 100k articles (read only; lib/store/
 * corpus.ts stays the one writer):
 *
 * - `firstSummaries`: the first rows of the default order (newest first), from the `date` index,
 *   so the table shows rows before the whole table has been read;
 * - `readSummaries`: the whole table in pages by primary key (each page one short read, so the
 *   page's thread is never blocked by one structured clone of 100k records);
 * - `watchSummaries`: which summaries changed, from Dexie's `storagemutated` event (fired in this
 *   page for its own writes and relayed over a BroadcastChannel for writes of other extension
 *   pages and the background). A delete, restore or edit then costs one `bulkGet` of the ids
 *   concerned instead of a re-read of every summary.
 */
import { Dexie, type IntervalTree, type ObservabilitySet } from 'dexie';
import type { ArticleSummary, ParallaxDb } from './db';

/** The first `n` summaries, newest date first (undated ones after, as the table orders them). */
export async function firstSummaries(db: ParallaxDb, n: number): Promise<ArticleSummary[]> {
  const dated = await db.summaries.orderBy('date').reverse().limit(n).toArray();
  if (dated.length >= n) return dated;
  // Fewer dated articles than a page: the undated ones follow (null dates are not in the index).
  const undated = await db.summaries
    .filter((r) => !r.date)
    .limit(n - dated.length)
    .toArray();
  return [...dated, ...undated];
}

/** Every summary, in pages of `page` records by id; `onPage` gets each page as it is read. */
export async function readSummaries(
  db: ParallaxDb,
  opts: { page?: number; onPage?: (rows: ArticleSummary[], total: number) => void; signal?: AbortSignal } = {},
): Promise<ArticleSummary[]> {
  const page = opts.page ?? 10_000;
  const all: ArticleSummary[] = [];
  let last: string | null = null;
  for (;;) {
    if (opts.signal?.aborted) break;
    const rows: ArticleSummary[] = await (last === null
      ? db.summaries.orderBy(':id').limit(page).toArray()
      : db.summaries.where(':id').above(last).limit(page).toArray());
    for (const r of rows) all.push(r);
    opts.onPage?.(rows, all.length);
    if (rows.length < page) break;
    last = rows[rows.length - 1]!.id;
  }
  return all;
}

export type SummaryChange =
  /** These summaries were written or deleted (read them again by id). */
  | { kind: 'ids'; ids: string[] }
  /** A range was cleared or rewritten (clear, reset, import replace): read everything again. */
  | { kind: 'all' };

/** The summaries' part of a `storagemutated` set: the ids written or deleted, or "all". */
export function summaryChange(parts: ObservabilitySet, dbName: string): SummaryChange | null {
  const tree = parts[`idb://${dbName}/summaries/`];
  const dels = parts[`idb://${dbName}/summaries/:dels`];
  if (!tree && !dels) return null;
  const ids = new Set<string>();
  for (const t of [tree, dels]) {
    if (!t || !('from' in t)) continue;
    for (const node of iterate(t)) {
      if (typeof node.from === 'string' && node.from === node.to) ids.add(node.from);
      else return { kind: 'all' };
    }
  }
  return ids.size ? { kind: 'ids', ids: [...ids] } : null;
}

/** The nodes of an interval tree (left, self, right), without recursion limits. */
function* iterate(tree: IntervalTree): Generator<{ from: unknown; to: unknown }> {
  const stack: IntervalTree[] = [tree];
  while (stack.length) {
    const t = stack.pop()!;
    if (!('from' in t)) continue;
    yield t;
    if (t.l) stack.push(t.l);
    if (t.r) stack.push(t.r);
  }
}

/**
 * Calls `onChange` with the summaries that changed, after every committed write to the table (in
 * this page or another extension context). Returns the unsubscribe function.
 */
export function watchSummaries(db: ParallaxDb, onChange: (change: SummaryChange) => void): () => void {
  const listener = (parts: ObservabilitySet) => {
    const change = summaryChange(parts, db.name);
    if (change) onChange(change);
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on.storagemutated.unsubscribe(listener);
}

/** The current summaries of `ids`: those still present, and the ids gone. */
export async function summariesOf(db: ParallaxDb, ids: string[]): Promise<{ rows: ArticleSummary[]; gone: string[] }> {
  const got = await db.summaries.bulkGet(ids);
  const rows: ArticleSummary[] = [];
  const gone: string[] = [];
  got.forEach((r, k) => (r ? rows.push(r) : gone.push(ids[k]!)));
  return { rows, gone };
}

/** Where `followSummaries` puts what it reads (the options page's table index). */
export interface SummarySink {
  /** The whole table anew (first load, or after a clear / a bulk write). */
  replaceAll(rows: ArticleSummary[]): void;
  /** A few summaries written (`rows`) or gone (`gone`). */
  apply(rows: ArticleSummary[], gone: string[]): void;
  /**
   * Optional: a whole-table read handed over page by page as it is read (each page handled in
   * small tasks while the next is read), then put in place at once by `finish` — instead of one
   * `replaceAll` of every row at the end (one long task at 100k rows).
   */
  beginLoad?(): { add(rows: ArticleSummary[]): Promise<void>; finish(): Promise<void> };
}

export interface FollowOptions {
  /** Rows read first, newest first, before the whole table. Default 100. */
  first?: number;
  /** Those rows read already (lib/store/first-rows.ts `newestSummaries`); null: read them here. */
  head?: Promise<ArticleSummary[] | null>;
  /** The first rows (the whole table is still being read). */
  onFirst?(rows: ArticleSummary[]): void;
  /**
   * The number of articles in the corpus, while the whole table is being read. Asked after the
   * first rows are shown: an IndexedDB count walks the whole store.
   */
  onTotal?(total: number): void;
  /** After a few summaries were handed to the sink (`apply`). */
  onChange?(): void;
  /** The whole table has been read (first load or a re-read). */
  onLoaded?(): void;
  onError?(e: unknown): void;
}

/**
 * Fills `sink` with the summaries and keeps it current: the newest rows first, then every summary
 * in pages, then only what changes (ids from `watchSummaries`, read with one bulkGet). A clear or a
 * bulk write (Dexie reports a bulkPut of 50+ records as a whole-table change) reads everything
 * again, one such read at a time (writes during a read are read by the next one). Returns stop().
 */
export function followSummaries(db: ParallaxDb, sink: SummarySink, opts: FollowOptions = {}): () => void {
  let stopped = false;
  let reading = false;
  let again = false;
  const pending = new Set<string>();
  const fail = (e: unknown) => (opts.onError ? opts.onError(e) : console.error(e));

  const readAll = async (first: boolean) => {
    let loaded = false;
    if (first) {
      const head = (await opts.head?.catch(() => null)) ?? (await firstSummaries(db, opts.first ?? 100));
      if (stopped) return;
      sink.replaceAll(head);
      opts.onFirst?.(head);
      // Asked only now: Chromium runs this database's requests one after another, so a count
      // asked first held the first rows back (measured: 0.5 s at 100k, bench/options-table.ts).
      void db.summaries.count().then((n) => !stopped && !loaded && opts.onTotal?.(n), () => undefined);
    }
    const load = sink.beginLoad?.();
    const all = await readSummaries(db, load ? { onPage: (rows) => void load.add(rows).catch(() => undefined) } : {});
    if (load && !stopped) await load.finish();
    loaded = true;
    if (stopped) return;
    if (!load) sink.replaceAll(all);
    opts.onLoaded?.();
  };
  const reload = (first = false) => {
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    pending.clear(); // the read sees them
    readAll(first)
      .catch(fail)
      .finally(() => {
        reading = false;
        if (stopped) return;
        if (again) {
          again = false;
          reload();
        } else if (pending.size) void applyPending();
      });
  };
  const applyPending = async () => {
    const ids = [...pending];
    pending.clear();
    try {
      const { rows, gone } = await summariesOf(db, ids);
      if (stopped) return;
      sink.apply(rows, gone);
      opts.onChange?.();
    } catch (e) {
      fail(e);
    }
  };
  const unwatch = watchSummaries(db, (change) => {
    if (stopped) return;
    if (change.kind === 'all') return reload();
    for (const id of change.ids) pending.add(id);
    if (!reading) void applyPending(); // during a read, they are applied after it
  });
  reload(true);
  return () => {
    stopped = true;
    unwatch();
  };
}
