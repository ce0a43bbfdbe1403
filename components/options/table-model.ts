/**
 * What the article table shows: search, outlet filter and sort over the corpus summaries.
 * Pure code (no DOM), so the table can be tested without a browser and stays quick at 100k rows:
 *
 * - each summary is folded ONCE into a search field (`hay`: title, outlet, URL, id; lower case,
 *   accents removed) when it enters the index; a keystroke looks for its words in the search
 *   text (SearchText: those fields joined in one string, a bit set per letter) or, when it only
 *   narrows a query of a few thousand rows, runs `includes` on those rows' fields;
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
  /** Its number in the search text it belongs to (SearchText; -1 before it joins one). */
  num: number;
}

export function prepare(row: ArticleSummary): PreparedRow {
  return { row, hay: fold(`${row.title} ${row.outlet ?? ''} ${row.url ?? ''} ${row.id}`), num: -1 };
}

/**
 * The search's index (docs/notes/ui13.md): every prepared row's `hay` joined into ONE string
 * (rows apart by a newline, which no search word holds: words are split on white space), so a
 * word is found by `indexOf` jumping from match to match through the whole table at the speed of
 * the engine's string search, instead of one call per row; and, for one-letter words (the first
 * key of every search, which most rows match), a bit set per letter. A query then marks the rows
 * matching each word and walks the kept order once. Exactly the rows `hay.includes(word)` keeps
 * for every word (tests/unit/options-search.test.ts compares the two on random queries).
 * Rows added or changed afterwards (`apply`) are kept apart and checked one by one, until there
 * are enough of them to build the text again.
 */
export class SearchText {
  /** Rows by number: the first `base` are in `text`, the others were added since. */
  private rows: PreparedRow[] = [];
  private base = 0;
  private text = '';
  /** starts[k]: where row k's hay begins in `text`; starts[base]: text.length + 1. */
  private starts = new Int32Array(1);
  /** Per UTF-16 code unit, the base rows holding it (one bit per row). */
  private letters = new Map<number, Uint32Array>();
  /** The same for code units below 128 (most of them), by index. */
  private ascii: Array<Uint32Array | undefined> = new Array(128).fill(undefined);
  private pieces: string[] = [];
  private sealed = false;
  private marks = new Uint8Array(0);

  /** Adds rows to the text being built (before `seal`): numbered in turn. */
  addBase(rows: readonly PreparedRow[]): void {
    if (this.sealed) throw new Error('SearchText: sealed');
    const words = (this.base + rows.length + 31) >>> 5;
    for (const p of rows) {
      const n = this.base++;
      p.num = n;
      this.rows.push(p);
      this.pieces.push(p.hay);
      const h = p.hay;
      const word = n >>> 5;
      const bit = 1 << (n & 31);
      for (let i = 0; i < h.length; i++) {
        const c = h.charCodeAt(i);
        let bits = c < 128 ? this.ascii[c] : this.letters.get(c);
        if (bits === undefined || bits.length < words) bits = this.grow(c, bits, words);
        bits[word]! |= bit;
      }
    }
  }

  private grow(c: number, bits: Uint32Array | undefined, words: number): Uint32Array {
    const grown = new Uint32Array(Math.max(words, (bits?.length ?? 0) * 2, 64));
    if (bits) grown.set(bits);
    if (c < 128) this.ascii[c] = grown;
    else this.letters.set(c, grown);
    return grown;
  }

  private lettersOf(c: number): Uint32Array | undefined {
    return c < 128 ? this.ascii[c] : this.letters.get(c);
  }

  /** Joins the text: after this, rows can only be added apart (`addLater`). */
  seal(): this {
    this.sealed = true;
    this.text = this.pieces.join('\n');
    this.pieces = [];
    this.starts = new Int32Array(this.base + 1);
    let at = 0;
    for (let k = 0; k < this.base; k++) {
      this.starts[k] = at;
      at += this.rows[k]!.hay.length + 1;
    }
    this.starts[this.base] = at;
    return this;
  }

  static of(rows: Iterable<PreparedRow>): SearchText {
    const t = new SearchText();
    t.addBase([...rows]);
    return t.seal();
  }

  /** A row prepared after the text was built (checked one by one). */
  addLater(p: PreparedRow): void {
    if (!this.sealed) throw new Error('SearchText: not sealed');
    p.num = this.rows.length;
    this.rows.push(p);
  }

  /** Rows added since the text was built: past a share of the table, building it again is cheaper. */
  get later(): number {
    return this.rows.length - this.base;
  }

  /**
   * For each row number, how many of `words` its hay holds (each word counted once per row). The
   * array is reused by the next call.
   */
  count(words: readonly string[]): Uint8Array {
    const n = this.rows.length;
    if (this.marks.length < n) this.marks = new Uint8Array(Math.max(n, this.marks.length * 2));
    const marks = this.marks;
    marks.fill(0, 0, n);
    for (const w of words) {
      if (w.length === 1) {
        const bits = this.lettersOf(w.charCodeAt(0));
        if (bits) {
          const top = Math.min(bits.length, (this.base + 31) >>> 5);
          for (let i = 0; i < top; i++) {
            let b = bits[i]!;
            while (b !== 0) {
              const low = b & -b;
              marks[(i << 5) + 31 - Math.clz32(low)]!++;
              b ^= low;
            }
          }
        }
      } else {
        const text = this.text;
        const starts = this.starts;
        let row = 0;
        let pos = text.indexOf(w);
        while (pos !== -1) {
          // The row holding `pos`: the last start at or before it. Rows only move forward, and
          // matches are often close: gallop from the last row, then halve.
          let lo = row;
          let step = 1;
          while (lo + step < this.base && starts[lo + step]! <= pos) {
            lo += step;
            step *= 2;
          }
          let hi = Math.min(this.base - 1, lo + step - 1);
          while (lo < hi) {
            const mid = (lo + hi + 1) >>> 1;
            if (starts[mid]! <= pos) lo = mid;
            else hi = mid - 1;
          }
          row = lo;
          marks[row]!++;
          if (row + 1 >= this.base) break;
          pos = text.indexOf(w, starts[row + 1]!);
        }
      }
      for (let k = this.base; k < n; k++) if (this.rows[k]!.hay.includes(w)) marks[k]!++;
    }
    return marks;
  }
}

/** Outlets present in the corpus with their article counts, by name; unknown last. */
export function outletsOf(rows: Iterable<ArticleSummary>): Array<{ outlet: string; count: number }> {
  const counts = new Map<string, number>();
  for (const r of rows) countOutlet(counts, r);
  return outletList(counts);
}

function countOutlet(counts: Map<string, number>, r: ArticleSummary): void {
  const k = r.outlet ?? UNKNOWN_OUTLET;
  counts.set(k, (counts.get(k) ?? 0) + 1);
}

function outletList(counts: Map<string, number>): Array<{ outlet: string; count: number }> {
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
  /** The search's index over every prepared row (built when first needed, or by a load). */
  private search: SearchText | null = null;
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
    this.search = null;
    this.version++;
  }

  private searchText(): SearchText {
    return (this.search ??= SearchText.of(this.byId.values()));
  }

  /**
   * A whole-table load in pages, for the corpus manager at 100k rows (lib/store/summaries-page.ts
   * `followSummaries`). Preparing 100k rows at once (folding every title) and sorting them took one
   * task of 0.3–1 s, and a keystroke typed meanwhile waited for it (bench/options-table.ts --early):
   * here each page is prepared (folded, added to the search text, its outlets counted) a slice at
   * a time with a yield between slices, while the next page is read. `finish()` then puts them in
   * place at once (no fold): the same rows and outlet counts as `replaceAll` of the same rows; the
   * orders are sorted when first asked, as after replaceAll. (Sorting each page and merging them
   * was measured slower in Chromium: bench/options-table.ts --ab --profile, docs/notes/ui13.md.)
   * Until then the index keeps answering with what it held.
   */
  beginLoad(): SummaryLoad {
    return new SummaryLoad(this);
  }

  /** @internal SummaryLoad.finish: prepared rows by id, with their outlet counts and search text. */
  install(byId: Map<string, PreparedRow>, outlets: Map<string, number>, search: SearchText): void {
    this.byId = byId;
    this.changedAll();
    this.search = search;
    this.outletCache = outletList(outlets);
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
      this.search?.addLater(p);
    }
    // Rows checked one by one past an eighth of the table: the search text is built again when next needed.
    if (this.search && this.search.later > Math.max(LOAD_SLICE, this.byId.size / 8)) this.search = null;
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
    else if (searching && words.length && words.length < 256 && from.length > Math.max(NARROW_SCAN, this.byId.size / 2)) {
      // Many rows to look through: the search text marks the matching ones, the order is walked once.
      const marks = this.searchText().count(words);
      const outlet = q.outlet;
      const all = words.length;
      rows = [];
      for (let k = 0; k < from.length; k++) {
        const p = from[k]!;
        if (marks[p.num] === all && (!outlet || (p.row.outlet ?? UNKNOWN_OUTLET) === outlet)) rows.push(p);
      }
    } else {
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

/**
 * A query looks through its rows one by one when they are few (at most this many, or half the
 * table: the rows of a query it narrows); else the search text marks the matches.
 */
const NARROW_SCAN = 5000;

let searching = true;
/** Whether queries use the search text (default on; off only to measure it: bench/options-keystroke.ts). */
export function useSearchText(on: boolean): void {
  searching = on;
}

/** Rows prepared per slice of a load before the load yields to the page (≈ 5–10 ms of folding). */
export const LOAD_SLICE = 2000;

/** Lets the page handle input and paint before the next slice (a message, not a timer: no 4 ms clamp). */
export function yieldTask(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((r) => setTimeout(r, 0));
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
}

/** A load of the whole table in pages (SummaryIndex.beginLoad). */
export class SummaryLoad {
  private byId = new Map<string, PreparedRow>();
  private outlets = new Map<string, number>();
  private readonly text = new SearchText();
  private chain: Promise<void> = Promise.resolve();
  private repeated = false;

  constructor(private readonly index: SummaryIndex) {}

  /** Queues a page (pages of distinct ids, as read by primary key); resolves once it is prepared. */
  add(rows: readonly ArticleSummary[]): Promise<void> {
    this.chain = this.chain.then(() => this.prepare(rows));
    return this.chain;
  }

  private async prepare(rows: readonly ArticleSummary[]): Promise<void> {
    for (let k = 0; k < rows.length; k += LOAD_SLICE) {
      if (k > 0) await yieldTask();
      const slice: PreparedRow[] = [];
      for (const r of rows.slice(k, k + LOAD_SLICE)) {
        const p = prepare(r);
        // Pages read by primary key never repeat an id; if one did, finish() starts over plainly.
        if (this.byId.has(r.id)) this.repeated = true;
        this.byId.set(r.id, p);
        countOutlet(this.outlets, r);
        slice.push(p);
      }
      this.text.addBase(slice);
    }
  }

  /** Waits for the pages queued, then puts them in the index in place of what it held. */
  async finish(): Promise<void> {
    await this.chain;
    if (this.repeated) this.index.replaceAll([...this.byId.values()].map((p) => p.row));
    else this.index.install(this.byId, this.outlets, this.text.seal());
  }
}

/** Rows matching the query, sorted. Missing values (no date, no outlet) always sort last. */
export function applyQuery(rows: ArticleSummary[], q: TableQuery): ArticleSummary[] {
  return SummaryIndex.from(rows).query(q);
}
