/**
 * Importing files chosen or dropped by the user (the corpus manager) into the corpus: each file is
 * read and parsed by the shared ingestion (`ingestFile`); the articles of consecutive files are
 * written together with `Corpus.upsertBatched` (transactions of IMPORT_BATCH articles), so one bad
 * file is reported and the others still go in, and 10,000 small files are not 10,000 transactions.
 * A Parallax export (JSON bundle) is imported as a bundle, ids and content exactly as exported,
 * read as a stream (`importBundleStream`, lib/store/bundle-import.ts) when the source can give one.
 *
 * Cancel (an AbortSignal) and a full storage stop the import between batches. It is **resumable
 * per batch**, not atomic: every batch written stays, each file's result line says whether it went
 * in, and importing the same files again resumes (the articles already in come back unchanged).
 */
import { idForUrl, ingestFile } from '../ingest';
import { fileTooLarge, formatSize, MAX_BUNDLE_BYTES, MAX_FILE_BYTES } from '../ingest/limits';
import { limitedFetch, type FetchText } from '../feeds';
import { decodeTextBytes } from '../text/normalize';
import type { Article } from '../types';
import { IMPORT_BATCH, NotABundleError, StorageFullError, tally, type BatchedImportResult, type Corpus, type ImportResult, type UpsertResult, type UpsertStatus } from './corpus';
import { importBundleStream } from './bundle-import';

export const IMPORT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.json'] as const;
export const IMPORT_ACCEPT = IMPORT_EXTENSIONS.join(',');

/**
 * A file as the importer needs it: a name, its size when known, and a way to read it. `bytes()`
 * (File.arrayBuffer() in a page) is preferred: the bytes are decoded by lib/text decodeTextBytes,
 * the same rule as the CLI. `text()` is for callers that only have text.
 */
export interface ImportSource {
  name: string;
  size?: number;
  bytes?(): Promise<Uint8Array>;
  text?(): Promise<string>;
  /** The bytes as a stream, afresh on each call (File.stream()): a corpus bundle is read through it. */
  stream?(): ReadableStream<Uint8Array>;
}

/** Options of importFiles / importFile. */
export interface ImportFilesOptions {
  ingest?: IngestFn;
  env?: IngestEnv;
  /** Each file's result, in the order of the files, with how many files have a result. */
  onResult?: (r: FileImportResult, done: number, total: number) => void;
  /** Articles written so far inside a corpus bundle being imported, and its total. */
  onArticles?: (done: number, total: number) => void;
  /** Stops the import between batches (see the module comment: resumable per batch). */
  signal?: AbortSignal;
  /** Articles per write transaction (default IMPORT_BATCH). */
  batch?: number;
  /** Pending files are written after this many ms even short of a batch, for progress (default 1,000). */
  flushMs?: number;
}

/** added / updated / unchanged as for one article; skipped: nothing written, `detail` says why. */
export type FileStatus = UpsertStatus;

export interface FileImportResult {
  name: string;
  /** For a single article: its status. For a file of several: the most notable one (added > updated > …). */
  status: FileStatus;
  /** A short line for people: "added", "updated 003_38879e… (same address)", "3 added, 2 unchanged", or why it was skipped. */
  detail: string;
  /** Ids written or matched. */
  ids: string[];
  /** For files of several articles: one line per article whose result needs a word (merged, renamed). */
  notes?: string[];
}

type IngestEnv = Parameters<typeof ingestFile>[1];
/** Ingestion for one file: `ingestFile` itself, or an async stand-in (the options page runs it in a Worker). */
export type IngestFn = (
  file: { name: string; content: string; url?: string },
  env?: IngestEnv,
) => ReturnType<typeof ingestFile> | Promise<ReturnType<typeof ingestFile>>;

function extOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

function message(e: unknown): string {
  if (typeof e === 'string') return e;
  if (e instanceof Error) return e.message;
  if (e && typeof e === 'object') {
    const x = e as { message?: unknown; reason?: unknown; error?: unknown };
    for (const v of [x.message, x.reason, x.error]) if (typeof v === 'string') return v;
  }
  return JSON.stringify(e);
}

function isBundle(data: unknown): boolean {
  return !!data && typeof data === 'object' && (data as { format?: unknown }).format === 'parallax-corpus';
}

const ORDER: UpsertStatus[] = ['added', 'updated', 'unchanged', 'skipped'];
const MAX_NOTES = 50;

function oneLine(r: UpsertResult): string {
  return r.reason ? `${r.status}: ${r.reason}` : r.status;
}

export function describe(res: ImportResult): Omit<FileImportResult, 'name'> {
  const ids = [...new Set(res.results.map((r) => r.storedAs))];
  if (res.results.length === 1) {
    const r = res.results[0]!;
    return { status: r.status, detail: oneLine(r), ids };
  }
  const parts = ORDER.filter((s) => res[s] > 0).map((s) => `${res[s]} ${s}`);
  const status = ORDER.find((s) => res[s] > 0) ?? 'unchanged';
  const noted = res.results.map((r, k) => ({ r, k })).filter(({ r }) => r.reason);
  const notes = noted.slice(0, MAX_NOTES).map(({ r, k }) => `record ${k + 1} (${r.id}): ${oneLine(r)}`);
  if (noted.length > MAX_NOTES) notes.push(`… and ${noted.length - MAX_NOTES} more`);
  return { status, detail: parts.join(', ') || 'no articles', ids, ...(notes.length ? { notes } : {}) };
}

const skipped = (name: string, detail: string): FileImportResult => ({ name, status: 'skipped', detail, ids: [] });

const CANCELLED = 'not imported: the import was cancelled (import the file again to add it)';

/** A bundle import's line, saying where it stopped if it did. */
function describeBatched(r: BatchedImportResult): Omit<FileImportResult, 'name'> {
  const d = describe(r);
  if (!r.stopped) return d;
  const why = r.stopped === 'cancelled' ? 'cancelled' : 'stopped: the browser has no more storage for Parallax';
  return { ...d, status: r.done ? d.status : 'skipped', detail: `${why} after ${r.done} of ${r.total} articles${r.done ? ` (${d.detail})` : ''}; import the file again to resume` };
}

/** Reads a source's text: bytes through decodeTextBytes when available. */
async function readSource(source: ImportSource): Promise<{ text: string; warning: string | null }> {
  if (source.bytes) return decodeTextBytes(await source.bytes());
  if (source.text) return { text: await source.text(), warning: null };
  throw new Error('the file cannot be read');
}

/** A file read and ingested, its articles not yet written. */
type Read = { kind: 'done'; result: FileImportResult } | { kind: 'articles'; name: string; articles: Article[] };

/** Reads and ingests one file; a corpus bundle is imported right away. Never throws. */
async function readFile(corpus: Corpus, source: ImportSource, opts: ImportFilesOptions): Promise<Read> {
  const { name } = source;
  const done = (result: FileImportResult): Read => ({ kind: 'done', result });
  const ext = extOf(name);
  if (!(IMPORT_EXTENSIONS as readonly string[]).includes(ext)) {
    return done(skipped(name, `unsupported file type${ext ? ` (${ext})` : ''}; use .txt, .md, .html or .json`));
  }
  // Sizes first, before anything is read: a corpus file may be large, any other file is bounded.
  const size = source.size;
  if (size !== undefined && size > (ext === '.json' ? MAX_BUNDLE_BYTES : MAX_FILE_BYTES)) {
    return done(skipped(name, ext === '.json' ? `the file is ${formatSize(size)}; the limit is ${formatSize(MAX_BUNDLE_BYTES)} for a corpus file` : fileTooLarge(size)));
  }
  try {
    if (ext === '.json' && source.stream) {
      // A corpus bundle is never read whole: streamed, validated, then written in batches.
      try {
        const r = await importBundleStream(corpus, () => source.stream!(), { signal: opts.signal, batch: opts.batch, onProgress: opts.onArticles });
        return done({ name, ...describeBatched(r) });
      } catch (e) {
        if (!(e instanceof NotABundleError)) throw e;
        // Some other JSON: read as an article file below.
      }
    }
    const { text: content, warning } = await readSource(source);
    if (ext === '.json' && !source.stream) {
      let data: unknown = undefined;
      if (/^\s*\{/.test(content.slice(0, 100))) {
        try {
          data = JSON.parse(content);
        } catch {
          // Not JSON at all: let ingestion report it in its own words.
        }
      }
      if (isBundle(data)) return done({ name, ...describe(await corpus.importBundle(data, { mode: 'merge' })) });
    }
    if ((size ?? content.length) > MAX_FILE_BYTES) return done(skipped(name, fileTooLarge(size ?? content.length)));
    const ingest = opts.ingest ?? ingestFile;
    const res = await ingest({ name, content }, opts.env);
    const articles: Article[] = res.articles.filter((a) => a.text.trim() !== '');
    if (articles.length === 0) {
      // Ingestion's messages start with the file name; the result line shows it already.
      const why = res.errors.map((e) => message(e).replace(`${name}: `, '')).join('; ') || 'no article found in this file';
      return done(skipped(name, why));
    }
    if (warning) for (const a of articles) a.warnings.unshift(warning);
    return { kind: 'articles', name, articles };
  } catch (e) {
    return done(skipped(name, message(e)));
  }
}

/** Imports one file (see importFiles). Never throws: problems are in the result (status "skipped" with the reason). */
export async function importFile(corpus: Corpus, source: ImportSource, opts: ImportFilesOptions = {}): Promise<FileImportResult> {
  return (await importFiles(corpus, [source], opts))[0]!;
}

/** Pending files are written once they hold a batch of articles, or after this long (for progress). */
const FLUSH_MS = 1000;


/**
 * Imports files in order, reporting each file's result as soon as it is known (for a progress bar),
 * in the order of the files. The articles of consecutive files are written together in batches.
 */
export async function importFiles(corpus: Corpus, sources: ImportSource[], opts: ImportFilesOptions = {}): Promise<FileImportResult[]> {
  const batch = Math.max(1, opts.batch ?? IMPORT_BATCH);
  const flushMs = opts.flushMs ?? FLUSH_MS;
  const out: Array<FileImportResult | undefined> = new Array(sources.length);
  let emitted = 0;
  const emit = () => {
    while (emitted < sources.length && out[emitted]) {
      emitted++;
      opts.onResult?.(out[emitted - 1]!, emitted, sources.length);
    }
  };
  let pending: Array<{ k: number; name: string; articles: Article[] }> = [];
  let pendingArticles = 0;
  let lastFlush = Date.now();
  let stopped: string | null = null;

  const flush = async () => {
    lastFlush = Date.now();
    if (!pending.length) return;
    const files = pending;
    pending = [];
    pendingArticles = 0;
    let r: BatchedImportResult;
    try {
      r = await corpus.upsertBatched(files.flatMap((f) => f.articles), { batch, signal: opts.signal });
    } catch (e) {
      for (const f of files) out[f.k] = skipped(f.name, message(e));
      emit();
      return;
    }
    let pos = 0;
    for (const f of files) {
      const n = f.articles.length;
      // Record numbers count across the files written together; name the article instead, as a
      // file imported alone would have it.
      const mine = r.results.slice(pos, Math.min(pos + n, r.done)).map((x) => {
        const m = x.reason && /^merged with record \d+ of this import \(same (\w+)\)$/.exec(x.reason);
        return m ? { ...x, reason: `same ${m[1]} as ${x.storedAs}` } : x;
      });
      if (pos + n <= r.done) out[f.k] = { name: f.name, ...describe(tally(mine)) };
      else {
        const why = r.stopped === 'storage full' ? new StorageFullError().message : CANCELLED;
        out[f.k] = mine.length
          ? { name: f.name, ...describe(tally(mine)), status: 'skipped', detail: `${mine.length} of ${n} articles imported, then stopped (${r.stopped}); import the file again to finish` }
          : skipped(f.name, why);
      }
      pos += n;
    }
    if (r.stopped) stopped = r.stopped === 'storage full' ? new StorageFullError().message : CANCELLED;
    emit();
  };

  for (let k = 0; k < sources.length; k++) {
    const source = sources[k]!;
    if (!stopped && opts.signal?.aborted) stopped = CANCELLED;
    if (stopped) {
      out[k] = skipped(source.name, stopped);
      continue;
    }
    // A bundle writes as it reads: what other files read before it goes in first.
    if (extOf(source.name) === '.json' && source.stream) await flush();
    const read = await readFile(corpus, source, opts);
    if (read.kind === 'done') {
      out[k] = read.result;
      if (opts.signal?.aborted) stopped = CANCELLED;
    } else {
      pending.push({ k, name: read.name, articles: read.articles });
      pendingArticles += read.articles.length;
      if (pendingArticles >= batch || Date.now() - lastFlush >= flushMs) await flush();
    }
    emit();
  }
  await flush();
  emit();
  return out as FileImportResult[];
}

/**
 * Fetches a web page and imports it as an article (the whole page goes through Readability via
 * env.parseHtml). The caller must hold the host permission for the URL. Never throws.
 */
export async function importUrl(
  corpus: Corpus,
  url: string,
  opts: { fetch?: FetchText; ingest?: IngestFn; env?: IngestEnv } = {},
): Promise<FileImportResult> {
  const name = url;
  let u: URL;
  try {
    u = new URL(url.trim());
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('not http');
  } catch {
    return skipped(name, 'not a web address (it should start with http:// or https://)');
  }
  let html: string;
  try {
    html = await (opts.fetch ?? limitedFetch(MAX_FILE_BYTES))(u.href);
  } catch (e) {
    return skipped(name, `could not fetch the page (${message(e)})`);
  }
  try {
    const ingest = opts.ingest ?? ingestFile;
    const res = await ingest({ name: `${idForUrl(u.href)}.html`, content: html, url: u.href }, opts.env);
    const found = res.articles.filter((a) => a.text.trim() !== '');
    if (found.length === 0) {
      const why = [...res.errors.map(message), ...res.articles.flatMap((a) => a.warnings)].join('; ');
      return skipped(name, why || 'no article text found on this page');
    }
    return { name, ...describe(await corpus.upsert(found)) };
  } catch (e) {
    return skipped(name, message(e));
  }
}
