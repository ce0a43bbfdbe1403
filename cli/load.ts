/** Loading article files from disk with the same lib/ingest code the extension runs. */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileTooLarge, MAX_FILE_BYTES } from '../lib/ingest/limits.ts';
import { decodeTextBytes } from '../lib/text/normalize.ts';
import type { Article } from '../lib/types.ts';
import { indexKeys } from '../lib/engine/keys.ts';

/**
 * Ingestion and its parsers (lib/ingest, linkedom, Readability, yaml) are loaded when a file must
 * be read, not with this module: a warm run finds every file in the cache and never needs them.
 */
let ingestLoad: Promise<[typeof import('../lib/ingest/index.ts'), typeof import('./node-env.ts')]> | null = null;
const ingestModules = () => (ingestLoad ??= Promise.all([import('../lib/ingest/index.ts'), import('./node-env.ts')]));

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.json'];

export interface LoadError {
  file: string;
  reason: string;
}

export interface LoadResult {
  articles: Article[];
  errors: LoadError[];
  /**
   * Story keys of each article (lib/engine/keys.ts indexKeys), parallel to `articles`, when they
   * came from the cache (or were computed to be cached): the corpus then does not compute them again.
   */
  keys?: string[][];
}

/** Splits "file: reason" messages from lib/ingest into their parts. */
function toLoadErrors(file: string, messages: string[]): LoadError[] {
  return messages.map((m) => ({ file, reason: m.startsWith(`${basename(file)}: `) ? m.slice(basename(file).length + 2) : m }));
}

/** File bytes → text: lib/text decodeTextBytes, the same rule as the options page. */
export const decodeFileBytes = decodeTextBytes;

/**
 * Where `--corpus DIR` keeps what it ingested, so the next run does not extract every file again:
 * PARALLAX_CACHE_DIR, else $XDG_CACHE_HOME/parallax or ~/.cache/parallax. PARALLAX_CACHE=off
 * turns it off; so do test runs (VITEST), which must not write outside the checkout.
 */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.PARALLAX_CACHE === 'off' || env.VITEST) return null;
  if (env.PARALLAX_CACHE_DIR) return env.PARALLAX_CACHE_DIR;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'parallax');
}

let stampMemo: Promise<string> | null = null;
/**
 * A stamp of the code that ingests: size and mtime of every source file under lib/ and cli/, so any
 * change to the extraction (or the key function) invalidates every cached entry. The bundled CLI
 * (`npm run build:cli`, .output/cli) has no lib/ beside it: there the stamp is its own files.
 */
export function codeStamp(): Promise<string> {
  return (stampMemo ??= (async () => {
    const here = dirname(fileURLToPath(import.meta.url));
    const root = join(here, '..');
    const h = createHash('sha256').update('parallax-ingest-cache-1');
    let files = 0;
    const add = async (base: string, sub: string, re: RegExp, recursive: boolean) => {
      const names = (await readdir(join(base, sub), { recursive }).catch(() => [] as string[])).filter((n) => re.test(n)).sort();
      await Promise.all(
        names.map(async (n) => {
          const st = await stat(join(base, sub, n)).catch(() => null);
          return st ? `${sub}/${n}:${st.size}:${st.mtimeMs}\n` : '';
        }),
      ).then((lines) => lines.forEach((l) => (l && files++, h.update(l))));
    };
    for (const sub of ['lib', 'cli']) await add(root, sub, /\.(ts|tsx|json)$/, true);
    if (files === 0) await add(here, '.', /\.(m?js|json)$/, false);
    return h.digest('hex');
  })());
}

interface CacheEntry {
  articles: Article[];
  reasons: string[];
  /** indexKeys of each article; the code stamp covers the key function, so they match the code. */
  keys?: string[][];
}

/** Ingests file bytes (decode + lib/ingest), as loadArticleFile does. */
async function ingestBytes(path: string, bytes: Uint8Array): Promise<LoadResult> {
  const { text: content, warning } = decodeFileBytes(bytes);
  const [{ ingestFile }, { nodeEnv }] = await ingestModules();
  const r = ingestFile({ name: basename(path), content }, nodeEnv);
  if (warning) for (const a of r.articles) a.warnings.unshift(warning);
  return { articles: r.articles, errors: toLoadErrors(path, r.errors) };
}

/**
 * Reads and ingests one article file (any supported format). Files over MAX_FILE_BYTES are refused
 * unread. With `cacheDir`, the result is kept there under a hash of the file's name and bytes and
 * of the ingesting code (codeStamp), and reused while none of them changes; `fresh` says whether
 * the file was ingested now.
 */
export async function loadArticleFile(path: string, opts: { cacheDir?: string | null } = {}): Promise<LoadResult & { fresh?: boolean }> {
  const cacheDir = opts.cacheDir ?? null;
  if (!cacheDir) return loadArticleFileUncached(path);
  let bytes: Uint8Array;
  try {
    const size = (await stat(path)).size;
    if (size > MAX_FILE_BYTES) return loadArticleFileUncached(path);
    bytes = await readFile(path);
  } catch {
    return loadArticleFileUncached(path);
  }
  const key = createHash('sha256').update(await codeStamp()).update('\0').update(basename(path)).update('\0').update(bytes).digest('hex');
  const entryPath = join(cacheDir, 'ingest', key.slice(0, 2), `${key}.json`);
  try {
    const hit = JSON.parse(await readFile(entryPath, 'utf8')) as CacheEntry;
    const keys = hit.keys?.length === hit.articles.length ? hit.keys : undefined;
    return { articles: hit.articles, errors: hit.reasons.map((reason) => ({ file: path, reason })), fresh: false, ...(keys ? { keys } : {}) };
  } catch {
    // a miss (or an unreadable entry): ingest and write the entry
  }
  const r = await ingestBytes(path, bytes);
  const keys = r.articles.map((a) => indexKeys(a));
  const entry: CacheEntry = { articles: r.articles, reasons: r.errors.map((e) => e.reason), keys };
  try {
    await mkdir(dirname(entryPath), { recursive: true });
    const tmp = `${entryPath}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(entry));
    await rename(tmp, entryPath); // atomic: a reader never sees half an entry
  } catch {
    // a cache that cannot be written only costs time
  }
  return { ...r, keys, fresh: true };
}

async function loadArticleFileUncached(path: string): Promise<LoadResult> {
  let bytes: Uint8Array;
  try {
    const size = (await stat(path)).size;
    if (size > MAX_FILE_BYTES) return { articles: [], errors: [{ file: path, reason: fileTooLarge(size) }] };
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { articles: [], errors: [{ file: path, reason: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String((e as Error).message) }] };
  }
  return ingestBytes(path, bytes);
}

/** A progress line on stderr while files are ingested (not for files found in the cache). */
export function stderrProgress(done: number, total: number, fresh: number): void {
  if (fresh === 0) return;
  const tty = process.stderr.isTTY;
  if (tty) process.stderr.write(`\rparallax: ingesting the corpus: ${done}/${total} files (${fresh} new or changed; cached for the next run)${done === total ? '\n' : ''}`);
  else if (fresh === 1 || done === total) process.stderr.write(`parallax: ingesting the corpus: ${done}/${total} files (${fresh} new or changed; cached for the next run)\n`);
}

/**
 * Reads every article file in DIR (not recursive), sorted by name so output is deterministic.
 * Throws only when DIR itself cannot be read. `cacheDir` (default: defaultCacheDir(), off in
 * tests) keeps ingested files between runs; `onProgress` hears of each file (default: a progress
 * line on stderr when files had to be ingested).
 */
export async function loadCorpusDir(
  dir: string,
  opts: { cacheDir?: string | null; onProgress?: (done: number, total: number, fresh: number) => void } = {},
): Promise<LoadResult> {
  const cacheDir = opts.cacheDir === undefined ? defaultCacheDir() : opts.cacheDir;
  const onProgress = opts.onProgress ?? (cacheDir ? stderrProgress : undefined);
  const s = await stat(dir).catch(() => null);
  if (!s) throw new Error(`corpus directory not found: ${dir}`);
  if (!s.isDirectory()) throw new Error(`not a directory: ${dir}`);
  const names = (await readdir(dir)).filter((n) => ARTICLE_EXTENSIONS.includes(extname(n).toLowerCase()) && !n.startsWith('.')).sort();
  const articles: Article[] = [];
  const errors: LoadError[] = [];
  const keys: string[][] = [];
  let allKeys = true;
  let fresh = 0;
  for (let k = 0; k < names.length; k++) {
    const r = await loadArticleFile(join(dir, names[k]!), { cacheDir });
    articles.push(...r.articles);
    errors.push(...r.errors);
    if (r.keys) keys.push(...r.keys);
    else allKeys &&= r.articles.length === 0;
    if (r.fresh !== false) fresh++;
    onProgress?.(k + 1, names.length, cacheDir ? fresh : 0);
  }
  return { articles, errors, ...(allKeys && cacheDir ? { keys } : {}) };
}
