/**
 * `compare --corpus DIR`, warm: the whole corpus as the store held it after the last run, read from
 * ONE cache file while DIR's listing is unchanged — no file of DIR is read, hashed or ingested, no
 * store is built.
 *
 *   listing  = every article file of DIR (cli/load.ts ARTICLE_EXTENSIONS): name, size, mtime
 *   snapshot = CACHE/corpus/<sha256 of DIR's real path>.json:
 *              { stamp, listing, articles (as the store returns them), keys, errors, notes }
 *
 * The snapshot is used when its stamp (the ingesting code, cli/load.ts codeStamp) and its listing
 * equal today's; otherwise the corpus is loaded as before (each file through the per-file ingest
 * cache, keyed by content hash), put through the store (lib/store on fake-indexeddb: the identity
 * rule), and the snapshot is written again. A file rewritten with the same size within the same
 * millisecond of mtime is not seen as changed (the per-file cache, keyed by content, still is).
 * One snapshot per directory: a changed listing overwrites it.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, realpath, rename, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { ARTICLE_EXTENSIONS, codeStamp, defaultCacheDir, loadCorpusDir, stderrProgress, type LoadError } from './load.ts';
import { openMemoryCorpus, storeContents, type StoreContents } from './memory-corpus.ts';

const FORMAT = 'parallax-cli-corpus-1';

interface Snapshot extends StoreContents {
  format: typeof FORMAT;
  stamp: string;
  listing: string;
  errors: LoadError[];
  /** What the store said while taking the files in (identity merges), said again on every run. */
  notes: string[];
}

export interface CorpusLoad extends StoreContents {
  errors: LoadError[];
  notes: string[];
  /** Where the corpus came from: the snapshot, or the files (then the snapshot was written, if cached). */
  from: 'snapshot' | 'files';
}

/** Name, size and mtime of every article file of `dir`, sorted by name. */
async function listing(dir: string): Promise<string> {
  const names = (await readdir(dir)).filter((n) => ARTICLE_EXTENSIONS.includes(extname(n).toLowerCase()) && !n.startsWith('.')).sort();
  const lines = await Promise.all(
    names.map(async (n) => {
      const st = await stat(join(dir, n)).catch(() => null);
      return `${n}\0${st?.size ?? -1}\0${st?.mtimeMs ?? -1}`;
    }),
  );
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

/**
 * The corpus of `dir` as the store holds it, and its story keys. Throws only when DIR itself
 * cannot be read. `cacheDir` as in loadCorpusDir (default defaultCacheDir(), off in tests).
 */
export async function loadCorpus(
  dir: string,
  opts: { cacheDir?: string | null; onProgress?: (done: number, total: number, fresh: number) => void } = {},
): Promise<CorpusLoad> {
  const cacheDir = opts.cacheDir === undefined ? defaultCacheDir() : opts.cacheDir;
  const s = await stat(dir).catch(() => null);
  if (!s) throw new Error(`corpus directory not found: ${dir}`);
  if (!s.isDirectory()) throw new Error(`not a directory: ${dir}`);
  let path: string | null = null;
  let stamp = '';
  let list = '';
  if (cacheDir) {
    const real = await realpath(dir);
    path = join(cacheDir, 'corpus', `${createHash('sha256').update(real).digest('hex')}.json`);
    [stamp, list] = await Promise.all([codeStamp(), listing(dir)]);
    try {
      const snap = JSON.parse(await readFile(path, 'utf8')) as Snapshot;
      if (snap.format === FORMAT && snap.stamp === stamp && snap.listing === list && snap.keys.length === snap.articles.length) {
        return { articles: snap.articles, keys: snap.keys, errors: snap.errors, notes: snap.notes, from: 'snapshot' };
      }
    } catch {
      // no snapshot yet, or an unreadable one: load the files
    }
  }
  const loaded = await loadCorpusDir(dir, { cacheDir, onProgress: opts.onProgress ?? (cacheDir ? stderrProgress : undefined) });
  const notes: string[] = [];
  const corpus = await openMemoryCorpus(loaded.articles, (line) => notes.push(line), loaded.keys);
  let contents: StoreContents;
  try {
    contents = await storeContents(corpus);
  } finally {
    corpus.close();
  }
  if (path) {
    const snap: Snapshot = { format: FORMAT, stamp, listing: list, ...contents, errors: loaded.errors, notes };
    try {
      await mkdir(join(cacheDir!, 'corpus'), { recursive: true });
      const tmp = `${path}.${process.pid}.tmp`;
      await writeFile(tmp, JSON.stringify(snap));
      await rename(tmp, path); // atomic: a reader never sees half a snapshot
    } catch {
      // a cache that cannot be written only costs time
    }
  }
  return { ...contents, errors: loaded.errors, notes, from: 'files' };
}
