/**
 * Importing files chosen or dropped by the user (the corpus manager) into the corpus: each file is
 * read, parsed by the shared ingestion (`ingestFile`), and upserted in its own transaction, so one
 * bad file is reported and the others still go in. A Parallax export (JSON bundle) is imported as a
 * bundle: atomically, ids and content exactly as exported.
 */
import { idForUrl, ingestFile } from '../ingest';
import { fetchText as defaultFetch, type FetchText } from '../feeds';
import type { Article } from '../types';
import type { Corpus, ImportResult, UpsertStatus } from './corpus';

export const IMPORT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.json'] as const;
export const IMPORT_ACCEPT = IMPORT_EXTENSIONS.join(',');

/** A file as the importer needs it: a name and a way to read its text (File.text() in a page). */
export interface ImportSource {
  name: string;
  text(): Promise<string>;
}

export type FileStatus = UpsertStatus | 'error';

export interface FileImportResult {
  name: string;
  /** For a single article: its status. For a file of several: the most notable one (added > updated > …). */
  status: FileStatus;
  /** A short line for people: "added", "duplicate of 003_38879e…", "3 added, 2 unchanged", or the error. */
  detail: string;
  /** Ids written or matched. */
  ids: string[];
}

type IngestEnv = Parameters<typeof ingestFile>[1];
export type IngestFn = (file: { name: string; content: string }, env?: IngestEnv) => ReturnType<typeof ingestFile>;

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

const ORDER: FileStatus[] = ['added', 'updated', 'unchanged', 'duplicate', 'error'];

export function describe(res: ImportResult): Omit<FileImportResult, 'name'> {
  const ids = res.results.map((r) => r.duplicateOf ?? r.id);
  if (res.results.length === 1) {
    const r = res.results[0]!;
    const detail =
      r.status === 'duplicate'
        ? `duplicate of ${r.duplicateOf}`
        : r.status === 'updated' && r.duplicateOf
          ? `updated ${r.duplicateOf} (same address)`
          : r.status;
    return { status: r.status, detail, ids };
  }
  const parts = (['added', 'updated', 'unchanged', 'duplicate'] as const)
    .filter((s) => res[s] > 0)
    .map((s) => `${res[s]} ${s}`);
  const status = ORDER.find((s) => s !== 'error' && res[s as UpsertStatus] > 0) ?? 'unchanged';
  return { status, detail: parts.join(', ') || 'no articles', ids };
}

/** Imports one file. Never throws: problems are in the result. */
export async function importFile(
  corpus: Corpus,
  source: ImportSource,
  opts: { ingest?: IngestFn; env?: IngestEnv } = {},
): Promise<FileImportResult> {
  const { name } = source;
  const ext = extOf(name);
  if (!(IMPORT_EXTENSIONS as readonly string[]).includes(ext)) {
    return {
      name,
      status: 'error',
      detail: `unsupported file type${ext ? ` (${ext})` : ''}; use .txt, .md, .html or .json`,
      ids: [],
    };
  }
  try {
    const content = await source.text();
    if (ext === '.json') {
      let data: unknown = undefined;
      try {
        data = JSON.parse(content);
      } catch {
        // Not JSON at all: let ingestion report it in its own words.
      }
      if (isBundle(data)) return { name, ...describe(await corpus.importBundle(data, { mode: 'merge' })) };
    }
    const ingest = opts.ingest ?? ingestFile;
    const res = await ingest({ name, content }, opts.env);
    const articles: Article[] = res.articles.filter((a) => a.text.trim() !== '');
    if (articles.length === 0) {
      const why = res.errors.map(message).join('; ') || 'no article found in this file';
      return { name, status: 'error', detail: why, ids: [] };
    }
    return { name, ...describe(await corpus.upsert(articles)) };
  } catch (e) {
    return { name, status: 'error', detail: message(e), ids: [] };
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
    return { name, status: 'error', detail: 'not a web address (it should start with http:// or https://)', ids: [] };
  }
  let html: string;
  try {
    html = await (opts.fetch ?? defaultFetch)(u.href);
  } catch (e) {
    return { name, status: 'error', detail: `could not fetch the page (${message(e)})`, ids: [] };
  }
  try {
    const ingest = opts.ingest ?? ingestFile;
    const res = await ingest({ name: `${idForUrl(u.href)}.html`, content: html, url: u.href }, opts.env);
    const found = res.articles.filter((a) => a.text.trim() !== '');
    if (found.length === 0) {
      const why = [...res.errors.map(message), ...res.articles.flatMap((a) => a.warnings)].join('; ');
      return { name, status: 'error', detail: why || 'no article text found on this page', ids: [] };
    }
    return { name, ...describe(await corpus.upsert(found)) };
  } catch (e) {
    return { name, status: 'error', detail: message(e), ids: [] };
  }
}
