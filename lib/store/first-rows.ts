/**
 * The options page's first rows without Dexie (opts34): the newest summaries read with IndexedDB
 * itself, started by the page's first, small script while the rest of its code (Preact, Dexie, the
 * table) is still being fetched and compiled, so the database opens and the rows are read in that
 * time instead of after it. The same rows as `firstSummaries` (lib/store/summaries-page.ts: the
 * newest by date, then undated ones by id when fewer are dated; tests/unit/options-first-rows.test.ts);
 * when it cannot (no database yet, an older schema, an error) it answers null and the page reads
 * them through Dexie as before.
 */
import type { ArticleSummary } from './db';

/** The read started early, and its rows once they are in (undefined before, null when it could not answer). */
export interface EarlyRows {
  rows: ArticleSummary[] | null | undefined;
  ready: Promise<ArticleSummary[] | null>;
}

/** IDBIndex.getAllRecords (Chromium 141+; not yet in TypeScript's DOM types): records in one request, in either direction. */
type GetAllRecords = (opts: { query?: IDBKeyRange | null; count?: number; direction?: IDBCursorDirection }) => IDBRequest<Array<{ value: unknown }>>;

/** The newest `n` summaries by date (newest first, as the `date` index gives them reversed), or null. */
export function newestSummaries(name: string, n: number, idb: IDBFactory | undefined = globalThis.indexedDB): EarlyRows {
  const early: EarlyRows = { rows: undefined, ready: Promise.resolve(null) };
  early.ready = new Promise<ArticleSummary[] | null>((resolve) => {
    if (!idb) return resolve(null);
    let req: IDBOpenDBRequest;
    try {
      // No version: the database as it is. A database that does not exist yet is not created here
      // (its upgrade is aborted): Dexie creates it with its schema.
      req = idb.open(name);
    } catch {
      return resolve(null);
    }
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onerror = () => resolve(null);
    req.onblocked = () => resolve(null);
    req.onsuccess = () => {
      globalThis.performance?.mark?.('parallax:first-rows-open'); // bench/opts75-trace.ts: the open, apart from the read
      const db = req.result;
      // Dexie upgrading the schema (an extension update) must not wait for this connection.
      db.onversionchange = () => db.close();
      const done = (rows: ArticleSummary[] | null) => {
        db.close();
        resolve(rows);
      };
      try {
        if (!db.objectStoreNames.contains('summaries')) return done(null);
        const store = db.transaction('summaries', 'readonly').objectStore('summaries');
        if (!store.indexNames.contains('date')) return done(null);
        const rows: ArticleSummary[] = [];
        const index = store.index('date') as IDBIndex & { getAllRecords?: GetAllRecords };
        // Fewer dated rows than asked for: undated ones follow, by id (not in the date index).
        const undated = () => {
          if (rows.length >= n) return done(rows);
          const all = store.openCursor();
          all.onsuccess = () => {
            const u = all.result;
            if (!u || rows.length >= n) return done(rows);
            if (!(u.value as ArticleSummary).date) rows.push(u.value as ArticleSummary);
            u.continue();
          };
          all.onerror = () => done(null);
        };
        if (typeof index.getAllRecords === 'function') {
          // One request (Chromium 141+) instead of a cursor's 100 steps, each of which is a round
          // trip answered on the page's thread while that thread compiles the page's modules.
          const got = index.getAllRecords({ count: n, direction: 'prev' });
          got.onsuccess = () => {
            for (const r of got.result) rows.push(r.value as ArticleSummary);
            undated();
          };
          got.onerror = () => done(null);
          return;
        }
        const dated = index.openCursor(null, 'prev');
        dated.onsuccess = () => {
          const c = dated.result;
          if (c && rows.length < n) {
            rows.push(c.value as ArticleSummary);
            if (rows.length < n) return c.continue();
          }
          undated();
        };
        dated.onerror = () => done(null);
      } catch {
        done(null);
      }
    };
  }).then((rows) => {
    globalThis.performance?.mark?.('parallax:first-rows-read'); // bench/options-trace.ts
    return (early.rows = rows);
  });
  return early;
}

/** Where the page's first script leaves its read for the page's code (a classic script cannot export). */
const STARTED = '__parallaxFirstRows';
type WithStarted = typeof globalThis & { [STARTED]?: EarlyRows };

/**
 * Started by the options page's first script (entrypoints/first-rows.ts, a small classic script
 * in the page's head, run while the page's modules are fetched and compiled).
 */
export function startFirstRows(name: string, n: number): void {
  (globalThis as WithStarted)[STARTED] = newestSummaries(name, n);
}

/** The read that script started (taken once), or one started now when it did not run. */
export function takeFirstRows(name: string, n: number): EarlyRows {
  const g = globalThis as WithStarted;
  const started = g[STARTED];
  delete g[STARTED];
  return started ?? newestSummaries(name, n);
}
