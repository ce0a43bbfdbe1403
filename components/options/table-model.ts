/**
 * What the article table shows: search, outlet filter and sort over the corpus summaries.
 * Pure functions, so the table can be tested without a browser and stays quick at 100k rows.
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

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();

/** Outlets present in the corpus with their article counts, by name; unknown last. */
export function outletsOf(rows: ArticleSummary[]): Array<{ outlet: string; count: number }> {
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

function compare(a: ArticleSummary, b: ArticleSummary, key: SortKey): number {
  switch (key) {
    case 'title':
      return a.title.localeCompare(b.title, 'en', { sensitivity: 'base' });
    case 'outlet':
      return (a.outlet ?? '').localeCompare(b.outlet ?? '', 'en', { sensitivity: 'base' });
    case 'date':
      return (a.date ?? '').localeCompare(b.date ?? '');
    case 'size':
      return a.size - b.size;
    case 'addedAt':
      return a.addedAt - b.addedAt;
  }
}

/** Rows matching the query, sorted. Missing values (no date, no outlet) always sort last. */
export function applyQuery(rows: ArticleSummary[], q: TableQuery): ArticleSummary[] {
  const words = fold(q.search).split(/\s+/).filter(Boolean);
  const out = rows.filter((r) => {
    if (q.outlet && (r.outlet ?? UNKNOWN_OUTLET) !== q.outlet) return false;
    if (!words.length) return true;
    const hay = fold(`${r.title} ${r.outlet ?? ''} ${r.url ?? ''} ${r.id}`);
    return words.every((w) => hay.includes(w));
  });
  const missing = (r: ArticleSummary) => (q.sort === 'date' ? !r.date : q.sort === 'outlet' ? !r.outlet : false);
  const sign = q.dir === 'asc' ? 1 : -1;
  return out.sort((a, b) => {
    const ma = missing(a);
    const mb = missing(b);
    if (ma !== mb) return ma ? 1 : -1;
    return sign * compare(a, b, q.sort) || a.id.localeCompare(b.id);
  });
}
