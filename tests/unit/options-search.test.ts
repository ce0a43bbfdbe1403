/**
 * The corpus manager's search at scale (components/options/table-model.ts): the search text that
 * marks matching rows, and the load that prepares the table page by page, give exactly the rows a
 * plain look through every row gives — on random queries over generated rows, while the reader
 * types on, deletes back, clears, pastes, filters by outlet, and after deletes and edits.
 */
import { describe, expect, it } from 'vitest';
import { comparator, DEFAULT_QUERY, fold, SummaryIndex, useSearchText, type TableQuery } from '../../components/options/table-model';
import { UNKNOWN_OUTLET } from '../../components/options/format';
import type { ArticleSummary } from '../../lib/store/db';
import { summaryRow } from './store-helpers';

const rnd = (seed: number) => () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);

const WORDS = ['Volcano', 'élan', 'Café', 'harbour', 'strike', 'envoy', 'Zebra', 'apple', 'Ökonomie', 'naïve', 'São', 'x', 'news/12', 'Δelta', '東京'];
const OUTLETS = ['Fox News', 'Reuters', 'AP', 'Le Monde', null];

function makeRows(n: number, seed: number, prefix = 'id'): ArticleSummary[] {
  const next = rnd(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  return Array.from({ length: n }, (_, k) =>
    summaryRow({
      id: `${prefix}${k}`,
      title: `${pick(WORDS)} ${pick(WORDS)}${next() < 0.3 ? pick(WORDS).toLowerCase() : ''} ${k}${next() < 0.05 ? '\nsecond line' : ''}`,
      outlet: pick(OUTLETS),
      date: next() < 0.2 ? null : `2025-0${1 + (k % 9)}-1${k % 10}`,
      url: next() < 0.3 ? null : `https://site${k % 7}.example/news/${k}`,
      size: Math.floor(next() * 5000),
      addedAt: Math.floor(next() * 1000),
    }),
  );
}

const folded = new WeakMap<ArticleSummary, string>();
const hayOf = (r: ArticleSummary) => {
  let h = folded.get(r);
  if (h === undefined) folded.set(r, (h = fold(`${r.title} ${r.outlet ?? ''} ${r.url ?? ''} ${r.id}`)));
  return h;
};

/** What the table must show: every word inside the folded title, outlet, URL or id; in the query's order. */
function reference(rows: ArticleSummary[], q: TableQuery): string[] {
  const words = fold(q.search).split(/\s+/).filter(Boolean);
  const cmp = comparator(q.sort, q.dir);
  return rows
    .filter((r) => !q.outlet || (r.outlet ?? UNKNOWN_OUTLET) === q.outlet)
    .filter((r) => words.every((w) => hayOf(r).includes(w)))
    .sort(cmp)
    .map((r) => r.id);
}

/** Queries a reader makes: substrings of real rows, single letters, several words, none matching. */
function randomQueries(rows: ArticleSummary[], n: number, seed: number): string[] {
  const next = rnd(seed);
  const out: string[] = [];
  for (let k = 0; k < n; k++) {
    const r = rows[Math.floor(next() * rows.length)]!;
    const hay = `${r.title} ${r.outlet ?? ''} ${r.url ?? ''} ${r.id}`;
    const at = Math.floor(next() * hay.length);
    const piece = hay.slice(at, at + 1 + Math.floor(next() * 6));
    const kind = next();
    if (kind < 0.2) out.push(piece.slice(0, 1));
    else if (kind < 0.6) out.push(piece);
    else if (kind < 0.8) out.push(`${piece} ${String.fromCharCode(97 + Math.floor(next() * 26))}`);
    else if (kind < 0.9) out.push(`  ${piece.toUpperCase()}   ${piece}  `);
    else out.push('qqzz');
  }
  return out;
}

describe('search text (the table search at 100k rows)', () => {
  const rows = makeRows(12_000, 3); // more rows than a query looks through one by one

  it('gives the rows a look through every row gives, on random queries in every order and outlet', () => {
    const index = SummaryIndex.from(rows);
    const orders = [DEFAULT_QUERY, { ...DEFAULT_QUERY, sort: 'title', dir: 'asc' }, { ...DEFAULT_QUERY, sort: 'outlet', dir: 'desc' }] as TableQuery[];
    const next = rnd(11);
    for (const search of randomQueries(rows, 120, 5)) {
      const base = orders[Math.floor(next() * orders.length)]!;
      const outlet = next() < 0.25 ? (OUTLETS[Math.floor(next() * OUTLETS.length)] ?? UNKNOWN_OUTLET) : '';
      const q = { ...base, search, outlet };
      expect(index.query(q).map((r) => r.id), JSON.stringify(q)).toEqual(reference(rows, q));
    }
  });

  it('the same rows with and without the search text while the reader types on, deletes back, pastes and clears', () => {
    const typing = ['h', 'ht', 'htt', 'https', 'https:', 'https://site3', 'https://site3.', 'https://site', 'e', 'el', 'ela', 'elan', 'elan h', 'elan ha', 'elan', '', 'news/1', 'São', '東', '東京 1', '1', '12', '', 'x'];
    const a = SummaryIndex.from(rows);
    const b = SummaryIndex.from(rows);
    for (const search of typing) {
      const q = { ...DEFAULT_QUERY, search };
      useSearchText(true);
      const withText = a.query(q).map((r) => r.id);
      useSearchText(false);
      const without = b.query(q).map((r) => r.id);
      useSearchText(true);
      expect(withText, search).toEqual(without);
      expect(withText, search).toEqual(reference(rows, q));
    }
  });

  it('finds rows added, changed and deleted after the text was built, and after it is built again', () => {
    let live = rows.slice();
    const index = SummaryIndex.from(live);
    const q = (search: string) => ({ ...DEFAULT_QUERY, search });
    expect(index.query(q('cafe')).map((r) => r.id)).toEqual(reference(live, q('cafe'))); // the text is built
    const next = rnd(9);
    const fresh = makeRows(4_000, 21, 'new');
    // In steps: first rows checked one by one beside the text, then so many that it is built again.
    for (let step = 0; step < 40; step++) {
      const added = fresh.slice(step * 100, step * 100 + 100);
      const gone = live.filter(() => next() < 0.004).map((r) => r.id);
      const edited = live.filter(() => next() < 0.003).map((r) => ({ ...r, title: `edited harbour ${r.id}` }));
      live = [...live.filter((r) => !gone.includes(r.id) && !edited.some((e) => e.id === r.id)), ...added, ...edited];
      index.apply([...added, ...edited], gone);
      for (const search of ['h', 'harbour', 'edited harb', 'new3', 'new39 e', 'qqzz', 'news/1']) {
        expect(index.query(q(search)).map((r) => r.id), `${step} ${search}`).toEqual(reference(live, q(search)));
      }
    }
  });
});

describe('SummaryLoad (the whole table read in pages)', () => {
  it('gives, once finished, the rows, orders, outlets and searches of an index made at once', async () => {
    const rows = makeRows(9_000, 17);
    const index = SummaryIndex.from(rows.slice(0, 100)); // the first rows shown meanwhile
    const before = index.version;
    const load = index.beginLoad();
    const byId = rows.slice().sort((x, y) => (x.id < y.id ? -1 : 1));
    for (let k = 0; k < byId.length; k += 2500) void load.add(byId.slice(k, k + 2500));
    // Until it is finished the table shows what it had.
    expect(index.size).toBe(100);
    await load.finish();
    expect(index.version).toBeGreaterThan(before);
    const fresh = SummaryIndex.from(rows);
    expect(index.size).toBe(rows.length);
    expect(index.outlets()).toEqual(fresh.outlets());
    for (const sort of ['date', 'title', 'size'] as const)
      for (const dir of ['asc', 'desc'] as const) {
        const q = { ...DEFAULT_QUERY, sort, dir };
        expect(index.query(q).map((r) => r.id)).toEqual(fresh.query(q).map((r) => r.id));
      }
    for (const search of randomQueries(rows, 40, 23)) {
      const q = { ...DEFAULT_QUERY, search };
      expect(index.query(q).map((r) => r.id), search).toEqual(reference(rows, q));
    }
    // And it takes in place edits as an index made at once does.
    const edited = { ...rows[5]!, title: 'Renamed harbour' };
    index.apply([edited], [rows[6]!.id]);
    fresh.apply([edited], [rows[6]!.id]);
    expect(index.query({ ...DEFAULT_QUERY, search: 'renamed' }).map((r) => r.id)).toEqual([edited.id]);
    expect(index.query(DEFAULT_QUERY).map((r) => r.id)).toEqual(fresh.query(DEFAULT_QUERY).map((r) => r.id));
  });
});
