/**
 * Story keys off the page's thread during an import (Corpus.keysElsewhere). An import writes a
 * batch while the next batch's keys are computed; on the page's one thread the two took turns
 * (`indexKeys` was ~45 % of the options page's main-thread time in a 10k → 20k import,
 * `bench/import-browser.ts --profile`, docs/notes/perf10.md). In a Worker running the same
 * lib/engine/keys code, the page only clones the texts over and the records into IndexedDB.
 *
 * Protocol (one message per batch): `{ seq, keys: [{ title, text }, …] }` →
 * `{ seq, keys: string[][] }` or `{ seq, error }`. `answerKeys` is the worker's side; the options
 * page's ingest worker (entrypoints/options/ingest-worker.ts) answers these next to its files.
 */
import { indexKeys } from '../engine/keys';
import { repeatTexts } from '../engine/repeats';
import type { KeysAnswered, KeysAsked, KeysInBulk } from './corpus';

/** A key worker no import has asked for this long is stopped (started again at the next request). */
export const KEYS_WORKER_IDLE_MS = 30_000;

export interface KeysRequest {
  seq: number;
  /** What indexKeys reads of each article: title, text and quotes; with the outlet and unit texts (or their bounds) when the repeat texts are wanted too. */
  keys: KeysAsked[];
}
export type KeysReply = ({ seq: number } & KeysAnswered) | { seq: number; error: string };

export function isKeysRequest(m: unknown): m is KeysRequest {
  return !!m && typeof m === 'object' && Array.isArray((m as KeysRequest).keys) && typeof (m as KeysRequest).seq === 'number';
}

/** The unit texts as sent: the texts, or their bounds in the text (start, end per unit). */
function unitTexts(text: string, units: string[] | Int32Array): string[] {
  if (Array.isArray(units)) return units;
  const out: string[] = new Array(units.length >> 1);
  for (let k = 0; k < out.length; k++) out[k] = text.slice(units[2 * k], units[2 * k + 1]);
  return out;
}

/** The worker's answer to a keys request (the engine's own key function, each article's keys). */
export function answerKeys(m: KeysRequest): KeysReply {
  try {
    const keys = m.keys.map((a) => indexKeys(a));
    // Repeat texts (lib/engine/repeats.ts) when every article came with its unit texts.
    if (!m.keys.every((a) => Array.isArray(a.units) || a.units instanceof Int32Array)) return { seq: m.seq, keys };
    return { seq: m.seq, keys, repeats: m.keys.map((a) => repeatTexts({ outlet: a.outlet ?? null, units: unitTexts(a.text, a.units!).map((text) => ({ text })) })) };
  } catch (e) {
    return { seq: m.seq, error: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * A KeysInBulk that asks a worker made by `makeWorker` (started at the first request, started
 * again after an error, stopped after `idleMs` without a request). A request the worker cannot answer is rejected: the corpus then computes
 * those keys on the page, as without a worker.
 */
export function keysWorker(makeWorker: () => Worker, idleMs = KEYS_WORKER_IDLE_MS): KeysInBulk {
  let worker: Worker | null = null;
  let seq = 0;
  let idle: ReturnType<typeof setTimeout> | null = null;
  // Stopped when no import has asked for a while (an import asks every batch): no idle thread kept.
  const rest = () => {
    if (idle) clearTimeout(idle);
    idle = setTimeout(() => {
      if (pending.size) return;
      worker?.terminate();
      worker = null;
    }, idleMs);
  };
  const pending = new Map<number, { resolve: (k: KeysAnswered) => void; reject: (e: Error) => void }>();
  const failAll = (why: string) => {
    for (const [k, p] of pending) {
      pending.delete(k);
      p.reject(new Error(why));
    }
  };
  const start = (): Worker => {
    const w = makeWorker();
    w.onmessage = (e: MessageEvent<KeysReply>) => {
      const p = pending.get(e.data.seq);
      if (!p) return;
      pending.delete(e.data.seq);
      if (!pending.size) rest();
      if ('keys' in e.data) p.resolve(e.data.repeats ? { keys: e.data.keys, repeats: e.data.repeats } : { keys: e.data.keys });
      else p.reject(new Error(e.data.error));
    };
    w.onerror = (e) => {
      e.preventDefault();
      failAll(e.message || 'the key worker stopped');
      w.terminate();
      if (worker === w) worker = null;
    };
    return w;
  };
  return (articles) =>
    new Promise<KeysAnswered>((resolve, reject) => {
      const id = ++seq;
      if (idle) clearTimeout(idle);
      idle = null;
      pending.set(id, { resolve, reject });
      try {
        worker ??= start();
        const req: KeysRequest = { seq: id, keys: articles.map((a) => ({ title: a.title, text: a.text, quotes: a.quotes, ...(a.units ? { outlet: a.outlet ?? null, units: a.units } : {}) })) };
        worker.postMessage(req);
      } catch (e) {
        pending.delete(id);
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
}
