/**
 * An article's summary (what the corpus manager's table shows) from its stored record. Its own module, without Dexie,
 * so the options page's first script (lib/store/first-rows.ts) can make rows from the article records it reads.
 */
import type { ArticleSummary, StoredArticle } from './db';
import { isFeedArticle } from './retention';

/** Number of units of a stored record, without rebuilding them. */
export function unitCount(rec: Pick<StoredArticle, 'units' | 'spans'>): number {
  return rec.units ? rec.units.length : rec.spans ? rec.spans.length >> 2 : 0;
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

/** Summaries sorted by id (code-unit order, as IndexedDB orders string keys), in place. */
export function byId(rows: ArticleSummary[]): ArticleSummary[] {
  return rows.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}
