/**
 * Streamed bundle import, apart from the Corpus class so that only the pages that import files
 * carry the streaming JSON parser (the service worker never imports a bundle: it does not ship it).
 */
import type { Article } from '../types';
import { bundleRecords, checkBundleStream, type OpenBytes } from './bundle-stream';
import { Corpus, IMPORT_BATCH, NotABundleError, newSession, tally, type BatchOptions, type BatchedImportResult, type KeyCache, type UpsertResult } from './corpus';
import { assertArticles } from './validate';

/**
 * Imports a bundle file read as a stream (`open()` gives its bytes afresh; File.stream()): never
 * the whole file, its text or all its articles in memory. Read twice: first to validate every
 * record without writing (a bad file writes nothing and throws InvalidArticleError), then to
 * write in transactions of `batch`. Merge only. Like upsertBatched, each batch is atomic and the
 * import as a whole is **resumable**, not atomic: a cancel (between batches) or a full storage
 * keeps the batches written, says so in `stopped`, and importing the same file again resumes
 * (the articles already in come back "unchanged").
 */
export async function importBundleStream(corpus: Corpus, open: OpenBytes, opts: BatchOptions = {}): Promise<BatchedImportResult> {
  const size = Math.max(1, opts.batch ?? IMPORT_BATCH);
      const total = await checkBundleStream(open, size);
  if (total === null) throw new NotABundleError();
  const results: UpsertResult[] = [];
  let stopped: BatchedImportResult['stopped'] = null;
  let done = 0;
  // The next batch is parsed and its story keys computed while the current one is written (as
  // upsertBatched does); a problem in it is raised when its turn comes, after the cancel check.
  const records = bundleRecords(open, size);
  type Next = { done: true } | { done: false; raw: Article[]; keys: KeyCache } | { done: false; error: unknown };
  const fetchNext = async (): Promise<Next> => {
    try {
      const r = await records.next();
      if (r.done) return { done: true };
      assertArticles(r.value); // validated by the first reading; checked again in case the file changed
      return { done: false, raw: r.value, keys: await corpus.precomputeKeys(r.value) };
    } catch (error) {
      return { done: false, error };
    }
  };
  let next = fetchNext();
  const session = newSession();
  try {
    for (;;) {
      const cur = await next;
      if (cur.done) break;
      if (opts.signal?.aborted) {
        stopped = 'cancelled';
        break;
      }
      if ('error' in cur) throw cur.error;
      next = fetchNext();
      const written = await corpus.writeBatch(cur.raw, done, cur.keys, total, session);
      if (written === 'storage full') {
        stopped = written;
        break;
      }
      results.push(...written);
      done += cur.raw.length;
      opts.onProgress?.(done, total);
    }
  } finally {
    await next; // never rejects
    await records.return(undefined);
  }
  return { ...tally(results), done, total, stopped };
}
