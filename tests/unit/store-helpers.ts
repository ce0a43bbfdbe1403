/** Tiny builders for store tests: Articles without going through ingestion. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Corpus } from '../../lib/store/corpus';
import type { ArticleSummary } from '../../lib/store/db';
import type { Article, Unit } from '../../lib/types';

export function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) {
    h ^= text.charCodeAt(k);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export function article(p: Partial<Article> & { id: string; text: string }): Article {
  const units: Unit[] = [];
  const re = /[^.!?]+[.!?]?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(p.text))) {
    const lead = m[0].length - m[0].trimStart().length;
    const text = m[0].trim();
    if (!text) continue;
    const start = m.index + lead;
    units.push({ i: units.length, text, p: 0, start, end: start + text.length, kind: 'body' });
  }
  return {
    title: `Title of ${p.id}`,
    outlet: null,
    date: null,
    url: null,
    language: 'en',
    byline: null,
    description: null,
    units,
    quotes: [],
    warnings: [],
    hash: fnv(p.text),
    format: 'text',
    ...p,
  };
}

export function openTestCorpus(): Promise<Corpus> {
  return Corpus.open({ indexedDB: new IDBFactory(), IDBKeyRange });
}

/** A row of the corpus table (a stored article's summary), with the given fields. */
export const summaryRow = (p: Partial<ArticleSummary> & { id: string }): ArticleSummary => ({
  title: `Title ${p.id}`,
  outlet: null,
  date: null,
  url: null,
  language: 'en',
  size: 1000,
  units: 5,
  keysVersion: 1,
  addedAt: 1,
  updatedAt: 1,
  ...p,
});
