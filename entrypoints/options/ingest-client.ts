/**
 * Runs lib/ingest off the options page's thread (ingest-worker.ts), so a large file never freezes
 * the page, and with a time budget: a file that takes longer than INGEST_TIMEOUT_MS is stopped
 * (the worker is terminated and replaced) and reported. Whole HTML pages need the page's
 * DOMParser, so they are read on the page (their size and nesting are bounded by lib/ingest).
 * Where Workers are unavailable, everything runs on the page as before.
 */
import { ingestFile, isWholePage, type IngestEnv, type IngestResult } from '../../lib/ingest';

/** Generous: the bounded worst case (a 500,000-character article) takes ~1 s on a slow machine. */
export const INGEST_TIMEOUT_MS = 30_000;

type Pending = { resolve: (r: IngestResult) => void; timer: ReturnType<typeof setTimeout>; name: string };

export function createIngest(makeWorker: () => Worker, timeoutMs = INGEST_TIMEOUT_MS) {
  let worker: Worker | null = null;
  let seq = 0;
  const pending = new Map<number, Pending>();

  const settleAll = (why: string) => {
    for (const [k, p] of pending) {
      clearTimeout(p.timer);
      p.resolve({ articles: [], errors: [`${p.name}: ${why}`] });
      pending.delete(k);
    }
  };
  const start = (): Worker => {
    const w = makeWorker();
    w.onmessage = (e: MessageEvent<{ seq: number; result: IngestResult }>) => {
      const p = pending.get(e.data.seq);
      if (!p) return;
      clearTimeout(p.timer);
      pending.delete(e.data.seq);
      p.resolve(e.data.result);
    };
    w.onerror = (e) => {
      e.preventDefault();
      settleAll(`could not be read (${e.message || 'the reader stopped'})`);
      w.terminate();
      if (worker === w) worker = null;
    };
    return w;
  };

  return (file: { name: string; content: string; url?: string }, env?: IngestEnv): Promise<IngestResult> | IngestResult => {
    if (file.url || isWholePage(file.content.trimStart().slice(0, 20_000))) return ingestFile(file, env);
    return new Promise<IngestResult>((resolve) => {
      const id = ++seq;
      const timer = setTimeout(() => {
        pending.delete(id);
        worker?.terminate();
        worker = null;
        resolve({ articles: [], errors: [`${file.name}: reading it took more than ${Math.round(timeoutMs / 1000)} s; stopped`] });
      }, timeoutMs);
      pending.set(id, { resolve, timer, name: file.name });
      try {
        worker ??= start();
        worker.postMessage({ seq: id, name: file.name, content: file.content });
      } catch {
        // No worker after all (a browser that refuses it): read on the page.
        clearTimeout(timer);
        pending.delete(id);
        resolve(ingestFile(file, env));
      }
    });
  };
}

/** The options page's ingest: in a Worker when the browser gives one, else on the page. */
export function pageIngest(): (file: { name: string; content: string; url?: string }, env?: IngestEnv) => Promise<IngestResult> | IngestResult {
  if (typeof Worker === 'undefined') return ingestFile;
  try {
    // Built with the pages as /ingest-worker.js (wxt.config.ts), an ES module worker that imports
    // the chunks the page already loaded, instead of a bundle of its own.
    return createIngest(() => new Worker('/ingest-worker.js', { type: 'module' }));
  } catch {
    return ingestFile;
  }
}
