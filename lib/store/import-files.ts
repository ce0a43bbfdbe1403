/**
 * Importing files chosen or dropped by the user (the corpus manager) into the corpus: each file is
 * read, parsed by the shared ingestion (`ingestFile`), and upserted in its own transaction, so one
 * bad file is reported and the others still go in. A Parallax export (JSON bundle) is imported as a
 * bundle: atomically, ids and content exactly as exported.
 */
import { idForUrl, ingestFile } from '../ingest';
import { fileTooLarge, formatSize, MAX_BUNDLE_BYTES, MAX_FILE_BYTES } from '../ingest/limits';
import { limitedFetch, type FetchText } from '../feeds';
import { decodeTextBytes } from '../text/normalize';
import type { Article } from '../types';
import type { Corpus, ImportResult, UpsertResult, UpsertStatus } from './corpus';

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

/** Reads a source's text: bytes through decodeTextBytes when available. */
async function readSource(source: ImportSource): Promise<{ text: string; warning: string | null }> {
  if (source.bytes) return decodeTextBytes(await source.bytes());
  if (source.text) return { text: await source.text(), warning: null };
  throw new Error('the file cannot be read');
}

/** Imports one file. Never throws: problems are in the result (status "skipped" with the reason). */
export async function importFile(
  corpus: Corpus,
  source: ImportSource,
  opts: { ingest?: IngestFn; env?: IngestEnv } = {},
): Promise<FileImportResult> {
  const { name } = source;
  const ext = extOf(name);
  if (!(IMPORT_EXTENSIONS as readonly string[]).includes(ext)) {
    return skipped(name, `unsupported file type${ext ? ` (${ext})` : ''}; use .txt, .md, .html or .json`);
  }
  // Sizes first, before anything is read: a corpus file may be large, any other file is bounded.
  const size = source.size;
  if (size !== undefined && size > (ext === '.json' ? MAX_BUNDLE_BYTES : MAX_FILE_BYTES)) {
    return skipped(name, ext === '.json' ? `the file is ${formatSize(size)}; the limit is ${formatSize(MAX_BUNDLE_BYTES)} for a corpus file` : fileTooLarge(size));
  }
  try {
    const { text: content, warning } = await readSource(source);
    if (ext === '.json') {
      let data: unknown = undefined;
      if (/^\s*\{/.test(content.slice(0, 100))) {
        try {
          data = JSON.parse(content);
        } catch {
          // Not JSON at all: let ingestion report it in its own words.
        }
      }
      if (isBundle(data)) return { name, ...describe(await corpus.importBundle(data, { mode: 'merge' })) };
    }
    if ((size ?? content.length) > MAX_FILE_BYTES) return skipped(name, fileTooLarge(size ?? content.length));
    const ingest = opts.ingest ?? ingestFile;
    const res = await ingest({ name, content }, opts.env);
    const articles: Article[] = res.articles.filter((a) => a.text.trim() !== '');
    if (articles.length === 0) {
      // Ingestion's messages start with the file name; the result line shows it already.
      const why = res.errors.map((e) => message(e).replace(`${name}: `, '')).join('; ') || 'no article found in this file';
      return skipped(name, why);
    }
    if (warning) for (const a of articles) a.warnings.unshift(warning);
    return { name, ...describe(await corpus.upsert(articles)) };
  } catch (e) {
    return skipped(name, message(e));
  }
}

/** Imports files one after another, reporting each result as it comes (for a progress bar). */
export async function importFiles(
  corpus: Corpus,
  sources: ImportSource[],
  opts: { ingest?: IngestFn; env?: IngestEnv; onResult?: (r: FileImportResult, done: number, total: number) => void } = {},
): Promise<FileImportResult[]> {
  const out: FileImportResult[] = [];
  for (const s of sources) {
    const r = await importFile(corpus, s, opts);
    out.push(r);
    opts.onResult?.(r, out.length, sources.length);
  }
  return out;
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
