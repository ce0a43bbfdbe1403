/**
 * Reading a corpus bundle (the export file) record by record, so importing it never holds the whole
 * file, its text or all its articles at once: the bytes go through a streaming JSON parser
 * (@streamparser/json) that hands over each element of `articles` as soon as it is complete, and
 * keeps nothing of the elements already handed over. Any JSON layout reads (the export's own, a
 * minified one, keys in another order); the header fields are checked as bundle validation does.
 */
import { JSONParser } from '@streamparser/json';
import { articleProblem, InvalidArticleError } from './validate';

/** Bytes of a file, read afresh on each call (a File's `stream()`, a Blob's, a Node stream). */
export type OpenBytes = () => ReadableStream<Uint8Array> | AsyncIterable<Uint8Array | string>;

/** The bundle's top-level fields, filled in as the parser meets them. */
export interface BundleHeader {
  format?: unknown;
  version?: unknown;
  exportedAt?: unknown;
}

async function* chunks(source: ReturnType<OpenBytes>): AsyncGenerator<Uint8Array | string> {
  if (typeof (source as ReadableStream<Uint8Array>).getReader === 'function') {
    const reader = (source as ReadableStream<Uint8Array>).getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    } finally {
      // Stopped early (a bad record, "not a bundle", a cancel): let the file go.
      await reader.cancel().catch(() => undefined);
    }
  }
  yield* source as AsyncIterable<Uint8Array | string>;
}

/** Raised inside the parser's callback to stop reading: the file says it is not a bundle. */
class NotBundle extends Error {}

/**
 * The elements of the bundle's `articles`, in order, in arrays of up to `batch` (unchecked: the
 * caller validates them). `header` is filled as the fields are read; when `format` turns out not
 * to be "parallax-corpus", reading stops and `header.format` says what it was.
 * Throws InvalidArticleError when the bytes are not JSON.
 */
export async function* bundleRecords(open: OpenBytes, batch: number, header: BundleHeader = {}): AsyncGenerator<unknown[]> {
  const parser = new JSONParser({ paths: ['$.format', '$.version', '$.exportedAt', '$.articles.*'], keepStack: false });
  let pending: unknown[] = [];
  parser.onValue = ({ value, key, stack }) => {
    if (stack.length === 1) {
      if (key === 'format' || key === 'version' || key === 'exportedAt') header[key] = value;
      if (key === 'format' && value !== 'parallax-corpus') throw new NotBundle();
    } else pending.push(value);
  };
  const fail = (e: unknown): never => {
    if (e instanceof NotBundle) throw e;
    throw new InvalidArticleError(`Not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  };
  try {
    for await (const chunk of chunks(open())) {
      if (parser.isEnded) {
        // The parser stops at the end of the top-level value; only whitespace may follow.
        const rest = typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk);
        if (rest.trim()) fail(new Error('unexpected text after the end of the JSON value'));
        continue;
      }
      try {
        parser.write(chunk);
      } catch (e) {
        fail(e);
      }
      if (pending.length >= batch) {
        const out = pending;
        pending = [];
        yield out;
      }
    }
    try {
      if (!parser.isEnded) parser.end();
    } catch (e) {
      fail(e);
    }
  } catch (e) {
    if (e instanceof NotBundle) return;
    throw e;
  }
  if (pending.length) yield pending;
}

/** The plain message when a read header is not one this version imports, else null. */
export function headerProblem(h: BundleHeader): string | null {
  if (h.format !== 'parallax-corpus') return 'Not a Parallax corpus file: "format" is not "parallax-corpus".';
  if (h.version !== 1) return `Unsupported corpus file version ${String(h.version)} (this version reads 1).`;
  return null;
}

/**
 * Reads a streamed bundle through once without writing anything: the number of articles when it
 * is a corpus bundle this version imports, null when it is not a corpus bundle at all (no "format",
 * or another one: some other JSON file). Throws InvalidArticleError naming the first problem (bad
 * JSON, unsupported version, an invalid article, an id listed twice), as `assertBundle` does.
 */
export async function checkBundleStream(open: OpenBytes, batch = 500): Promise<number | null> {
  const header: BundleHeader = {};
  const seen = new Set<string>();
  let n = 0;
  for await (const part of bundleRecords(open, batch, header)) {
    for (const a of part) {
      n++;
      const p = articleProblem(a);
      const id = (a as { id?: unknown } | null)?.id;
      if (p) throw new InvalidArticleError(`Article ${n}${typeof id === 'string' ? ` (${id})` : ''}: ${p}.`);
      if (seen.has(id as string)) throw new InvalidArticleError(`Corpus file lists article ${String(id)} twice.`);
      seen.add(id as string);
    }
  }
  if (header.format !== 'parallax-corpus') return null;
  const bad = headerProblem(header);
  if (bad) throw new InvalidArticleError(bad);
  return n;
}
