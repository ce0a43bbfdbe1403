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

/**
 * Watches what IndexedDB hands the page: every record a `get` / `getAll` of `protos` (fake-indexeddb's
 * IDBObjectStore / IDBIndex prototypes) returns is passed to `onRecord`, until `unwatchReads()`.
 * For the read-count tests (perf52, cold55): what a compare reads, counted where the database answers.
 */
const watched: Array<[Record<string, unknown>, string, unknown]> = [];
export function watchReads(protos: readonly object[], onRecord: (record: unknown) => void): void {
  for (const proto of protos as Array<Record<string, any>>) {
    for (const m of ['get', 'getAll']) {
      const orig = proto[m];
      watched.push([proto, m, orig]);
      proto[m] = function (this: unknown, ...a: unknown[]) {
        const req = orig.apply(this, a);
        req.addEventListener('success', () => {
          for (const r of Array.isArray(req.result) ? req.result : [req.result]) onRecord(r);
        });
        return req;
      };
    }
  }
}
export function unwatchReads(): void {
  for (const [proto, m, orig] of watched.splice(0).reverse()) proto[m] = orig;
}

/** Invented local news: three outlets' reports of one ferry change (`FERRY[0..2]`) and an unrelated bakery piece. */
export const FERRY = [
  'The harbour ferry to Lindqvist Island will stop running at night from March, the port authority said on Monday. The last boat will leave at 9pm. Islanders said the change would cut them off.',
  'Night crossings of the Lindqvist Island ferry end in March, the port authority announced on Monday, with the last boat at 9pm. A petition against the change has 400 names.',
  'The port authority said on Monday that the Lindqvist Island ferry stops night trips in March. Its last departure will be 9pm. Fares stay the same.',
];
export const BAKERY = 'A new bakery opened on Harbour Street on Saturday, selling rye bread and cardamom buns. Its owner trained in Uppsala.';
