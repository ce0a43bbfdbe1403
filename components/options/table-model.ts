/**
 * What the article table shows: search, outlet filter and sort over the corpus summaries.
 * Pure code (no DOM), so the table can be tested without a browser and stays quick at 100k rows:
 *
 * - each summary is folded ONCE into a search field (`hay`: title, outlet, URL, id; lower case,
 *   accents removed) when it enters the index; a keystroke only runs `includes` on those strings;
 * - each sort order (column + direction) is computed once, when first asked for, and then kept up
 *   to date in place (binary search + splice) as single rows are added, changed or removed, so a
 *   delete, an undo or an edit neither re-reads nor re-sorts the corpus;
 * - filtering walks the kept order, so a query never sorts.
 */
import type { ArticleSummary } from '../../lib/store/db';
import { UNKNOWN_OUTLET } from './format';

export type SortKey = 'title' | 'outlet' | 'date' | 'size' | 'addedAt';
export type SortDir = 'asc' | 'desc';

export interface TableQuery {
  /** Words that must all appear in the title, outlet, URL or id (case- and accent-insensitive). */
  search: string;
  /** An outlet name, UNKNOWN_OUTLET for articles without one, or '' for all. */
  outlet: string;
  sort: SortKey;
  dir: SortDir;
}

export const DEFAULT_QUERY: TableQuery = { search: '', outlet: '', sort: 'date', dir: 'desc' };

export const fold = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();

/** A summary with its search field folded once. */
export interface PreparedRow {
  row: ArticleSummary;
  /** fold(`title outlet url id`). */
  hay: string;
}

export function prepare(row: ArticleSummary): PreparedRow {
  return { row, hay: fold(`${row.title} ${row.outlet ?? ''} ${row.url ?? ''} ${row.id}`) };
}

/** Outlets present in the corpus with their article counts, by name; unknown last. */
export function outletsOf(rows: Iterable<ArticleSummary>): Array<{ outlet: string; count: number }> {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const k = r.outlet ?? UNKNOWN_OUTLET;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([outlet, count]) => ({ outlet, count }))
    .sort((a, b) =>
      a.outlet === UNKNOWN_OUTLET ? 1 : b.outlet === UNKNOWN_OUTLET ? -1 : a.outlet.localeCompare(b.outlet, 'en'),
    );
}

// One collator for every text comparison: `localeCompare(b, 'en', opts)` builds one per call.
const baseCollator = new Intl.Collator('en', { sensitivity: 'base' });

function compare(a: ArticleSummary, b: ArticleSummary, key: SortKey): number {
  switch (key) {
    case 'title':
      return baseCollator.compare(a.title, b.title);
    case 'outlet':
      return baseCollator.compare(a.outlet ?? '', b.outlet ?? '');
    case 'date': {
      const x = a.date ?? '';
      const y = b.date ?? '';
      return x < y ? -1 : x > y ? 1 : 0;
    }
    case 'size':
      return a.size - b.size;
    case 'addedAt':
      return a.addedAt - b.addedAt;
  }
}

/** The order of a query: missing values (no date, no outlet) last either way, then id. */
export function comparator(sort: SortKey, dir: SortDir): (a: ArticleSummary, b: ArticleSummary) => number {
  const missing = (r: ArticleSummary) => (sort === 'date' ? !r.date : sort === 'outlet' ? !r.outlet : false);
  const sign = dir === 'asc' ? 1 : -1;
  return (a, b) => {
    const ma = missing(a);
    const mb = missing(b);
    if (ma !== mb) return ma ? 1 : -1;
    return sign * compare(a, b, sort) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  };
}

/** First position in `list` (sorted by `cmp`) whose row is not before `row`. */
function lowerBound(list: PreparedRow[], row: ArticleSummary, cmp: (a: ArticleSummary, b: ArticleSummary) => number) {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cmp(list[mid]!.row, row) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The summaries the table works on, kept in memory: prepared rows by id, and the sort orders
 * asked for so far. `version` goes up on every change (the table's cue to query again).
 */
export class SummaryIndex {
  private byId = new Map<string, PreparedRow>();
  private orders = new Map<string, { cmp: (a: ArticleSummary, b: ArticleSummary) => number; list: PreparedRow[] }>();
  private outletCache: Array<{ outlet: string; count: number }> | null = null;
  /** The last query's rows (with its words), so a query that only narrows it filters those rows. */
  private last: { version: number; sort: SortKey; dir: SortDir; outlet: string; words: string[]; rows: PreparedRow[] } | null = null;
  version = 0;

  static from(rows: Iterable<ArticleSummary>): SummaryIndex {
    const index = new SummaryIndex();
    index.replaceAll(rows);
    return index;
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): ArticleSummary | undefined {
    return this.byId.get(id)?.row;
  }

  rows(): IterableIterator<ArticleSummary> {
    return (function* (m) {
      for (const p of m.values()) yield p.row;
    })(this.byId);
  }

  /** Everything anew (first load, a corpus replaced or cleared): orders are rebuilt when asked. */
  replaceAll(rows: Iterable<ArticleSummary>): void {
    this.byId = new Map();
    for (const r of rows) this.byId.set(r.id, prepare(r));
    this.changedAll();
  }

  /** Adds rows in bulk (a page of a first load): orders are rebuilt when next asked for. */
  addAll(rows: Iterable<ArticleSummary>): void {
    for (const r of rows) this.byId.set(r.id, prepare(r));
    this.changedAll();
  }

  private changedAll(): void {
    this.orders.clear();
    this.outletCache = null;
    this.version++;
  }

  /**
   * Applies a few changes in place: `rows` added or replaced, `removed` ids gone. Each kept order
   * moves only the rows concerned (O(log n) to find, a splice to move), so one delete, undo or
   * edit costs far less than a re-read and a re-sort of 100k summaries.
   */
  apply(rows: ArticleSummary[], removed: Iterable<string> = []): void {
    // Many rows at once (an import of thousands): sorting anew is cheaper than thousands of splices.
    if (rows.length > 2000) {
      for (const id of removed) this.byId.delete(id);
      this.addAll(rows);
      return;
    }
    const out = (old: PreparedRow) => {
      for (const { cmp, list } of this.orders.values()) {
        let at = lowerBound(list, old.row, cmp);
        // Equal-ordered neighbours are told apart by id, so `at` is the row unless it is missing.
        while (at < list.length && list[at] !== old && cmp(list[at]!.row, old.row) === 0) at++;
        if (list[at] === old) list.splice(at, 1);
      }
    };
    for (const id of removed) {
      const old = this.byId.get(id);
      if (!old) continue;
      out(old);
      this.byId.delete(id);
    }
    for (const r of rows) {
      const old = this.byId.get(r.id);
      if (old) out(old);
      const p = prepare(r);
      this.byId.set(r.id, p);
      for (const { cmp, list } of this.orders.values()) list.splice(lowerBound(list, r, cmp), 0, p);
    }
    this.outletCache = null;
    this.version++;
  }

  outlets(): Array<{ outlet: string; count: number }> {
    return (this.outletCache ??= outletsOf(this.rows()));
  }

  private order(sort: SortKey, dir: SortDir): PreparedRow[] {
    const key = `${sort}:${dir}`;
    let o = this.orders.get(key);
    if (!o) {
      const cmp = comparator(sort, dir);
      o = { cmp, list: [...this.byId.values()].sort((a, b) => cmp(a.row, b.row)) };
      this.orders.set(key, o);
    }
    return o.list;
  }

  /**
   * Rows matching the query, in its order. No folding and no sorting per call once warm; a query
   * that only narrows the previous one (the reader typing on: "har" → "harb") filters the previous
   * rows instead of the whole corpus.
   */
  query(q: TableQuery): ArticleSummary[] {
    return this.queryRows(q).map((p) => p.row);
  }

  /** As query(), the prepared rows themselves (no copy of the list: the table reads `.row`). */
  queryRows(q: TableQuery): readonly PreparedRow[] {
    const words = fold(q.search).split(/\s+/).filter(Boolean);
    const last = this.last;
    // Every row matching `words` matches the last words when each last word is inside one of them.
    const narrows =
      last !== null &&
      last.version === this.version &&
      last.sort === q.sort &&
      last.dir === q.dir &&
      last.outlet === q.outlet &&
      last.words.every((lw) => words.some((w) => w.includes(lw)));
    const from = narrows ? last!.rows : this.order(q.sort, q.dir);
    let rows: PreparedRow[];
    if (!q.outlet && !words.length) rows = from;
    else {
      rows = [];
      const outlet = q.outlet;
      const n = words.length;
      for (let k = 0; k < from.length; k++) {
        const p = from[k]!;
        if (outlet && (p.row.outlet ?? UNKNOWN_OUTLET) !== outlet) continue;
        let ok = true;
        for (let j = 0; j < n; j++) {
          if (p.hay.indexOf(words[j]!) === -1) {
            ok = false;
            break;
          }
        }
        if (ok) rows.push(p);
      }
    }
    this.last = { version: this.version, sort: q.sort, dir: q.dir, outlet: q.outlet, words, rows };
    return rows;
  }
}

/** Rows matching the query, sorted. Missing values (no date, no outlet) always sort last. */
export function applyQuery(rows: ArticleSummary[], q: TableQuery): ArticleSummary[] {
  return SummaryIndex.from(rows).query(q);
}
