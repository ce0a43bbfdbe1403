/**
 * perf44: the pass after an import or a feed refresh that derives, ahead of any compare, the story vectors of the
 * newest-added articles (up to nine tenths of the corpus's `vectorsMax`: those a new page's compare most likely reads) that have
 * none kept, so that a page's first compare reads them with the articles (Corpus.getMany) instead of tokenising
 * each candidate (docs/notes/perf43.md: ~half a first compare's CPU at 100k). Not part of the import: storing
 * them there was costed below 1,000 articles/s (perf36). Its own module (loaded by the options page when needed) so
 * that the background's bundle, which holds the store, carries neither it nor the text derivation.
 */
import { packedVectorsOf, vectorsFingerprint } from '../engine/vectors';
import { toArticle, type Corpus } from './corpus';
import type { VectorsRecord } from './db';
import { PREPARED_VECTORS } from './constants';

export interface PrepareOptions {
  /** Articles derived per write (default 25: ~60 ms of work at a time). */
  batch?: number;
  /** Stops the pass between batches; what it wrote stays. */
  signal?: AbortSignal;
  /** Awaited before each batch (default: idle time where the page has it, else a task turn). */
  pause?: () => Promise<unknown>;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Derives the missing entries, `batch` articles per small write, pausing before each, so it never holds the thread
 * or a transaction long; a compare never waits for it (an article without an entry is derived as before). Room is
 * made by dropping kept entries of articles outside the newest, so the bound holds. Cut short (`signal`, the page
 * closed), a later run skips every article with an entry: resumable, nothing else to remember. An entry that no
 * longer matches its article (edited since) is skipped too: getMany ignores it and a compare derives and keeps it.
 */
export async function prepareVectors(corpus: Corpus, opts: PrepareOptions = {}): Promise<{ derived: number; done: boolean }> {
  const { db, vectorsMax } = corpus;
  const vt = (db as Partial<typeof db>).vectors;
  if (!vt) return { derived: 0, done: true };
  const batch = opts.batch ?? 25;
  const pause = opts.pause ?? idleTurn;
  // A tenth left for the entries compares keep (Corpus.keepVectors): filled to the bound, the first compare's
  // keep would drop a tenth of all entries in id order, prepared ones with them (measured: --fresh-toggle prepared).
  const room = vectorsMax - Math.ceil(vectorsMax / 10);
  const recent = db.summaries.orderBy('addedAt').reverse();
  // perf45: the reader's own articles (seeds, imports, pages added) and pinned ones first, newest first, up to half
  // the room (a seed is among the oldest: a recency-only pass never reached it), then the newest of all.
  const own = (await recent.clone().filter((s) => s.own === true || s.pinned === true).limit(Math.floor(room / 2)).primaryKeys()) as string[];
  const newest = [...new Set([...own, ...((await recent.limit(room).primaryKeys()) as string[])])].slice(0, room);
  // Listed for Corpus.keepVectors, which trims the entries a compare kept before these.
  await db.settings.put({ key: PREPARED_VECTORS, value: newest });
  const kept = new Set((await vt.toCollection().primaryKeys()) as string[]);
  const todo = newest.filter((id) => !kept.has(id));
  const wanted = new Set(newest);
  const over = kept.size + todo.length - room;
  if (over > 0) await vt.bulkDelete([...kept].filter((id) => !wanted.has(id)).slice(0, over));
  let derived = 0;
  for (let k = 0; k < todo.length; k += batch) {
    await pause();
    if (opts.signal?.aborted) return { derived, done: false };
    const recs = await db.articles.bulkGet(todo.slice(k, k + batch));
    const out: VectorsRecord[] = [];
    for (const r of recs) {
      if (!r) continue;
      const a = toArticle(r);
      const vec = packedVectorsOf(a);
      if (vec) out.push({ id: a.id, of: vectorsFingerprint(a), vec });
    }
    await vt.bulkPut(out);
    derived += out.length;
    opts.onProgress?.(Math.min(k + batch, todo.length), todo.length);
  }
  return { derived, done: true };
}

/** One turn of idle time where the page has it (requestIdleCallback), else a task turn. */
function idleTurn(): Promise<unknown> {
  const ric = (globalThis as { requestIdleCallback?: (f: () => void, o: { timeout: number }) => unknown }).requestIdleCallback;
  return new Promise((r) => (ric ? ric(() => r(undefined), { timeout: 500 }) : setTimeout(r, 0)));
}
