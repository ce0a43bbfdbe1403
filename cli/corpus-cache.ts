/**
 * `compare --corpus DIR`, warm: the corpus as the store held it after the last run, read from the
 * cache while DIR's listing is unchanged — no file of DIR is read, hashed or ingested, no store is
 * built — and only the articles the engine asks for are read whole.
 *
 *   listing  = every article file of DIR (cli/load.ts ARTICLE_EXTENSIONS): name, size, mtime
 *   snapshot = CACHE/corpus/<sha256 of DIR's real path>.json, the index part:
 *              { format, stamp, listing, errors, notes, bodies, size,
 *                entries: [{ id, url, hash, keys, at, len }] (store order) }
 *              and CACHE/corpus/<same>.<token>.bodies, the articles (as the store returns them),
 *              one JSON text each, the entry's `len` bytes at byte offset `at`.
 *
 * The index part is small (ids, URLs, hashes and story keys: ~6 % of the articles' JSON at 10k),
 * so a warm run parses that, builds MemoryIndex from it and reads ~40 articles from the body file
 * (the engine's candidates), instead of parsing every article (format 1: one JSON file of
 * everything, 107 MB at 10k files; JSON.parse and its garbage were 2/3 of a warm run).
 *
 * The snapshot is used when its stamp (the ingesting code, cli/load.ts codeStamp), its listing and
 * its body file (name from the index, size) match; otherwise the corpus is loaded as before (each
 * file through the per-file ingest cache, keyed by content hash), put through the store (lib/store
 * on fake-indexeddb: the identity rule), and the snapshot is written again: the body file under a
 * new token first, then the index part by an atomic rename, then the old body file is removed. A
 * file rewritten with the same size within the same millisecond of mtime is not seen as changed
 * (the per-file cache, keyed by content, still is). One snapshot per directory.
 */
import { createHash } from 'node:crypto';
import { mkdir, open, readdir, readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { dirname, extname, join } from 'node:path';
import { ARTICLE_EXTENSIONS, codeStamp, defaultCacheDir, loadCorpusDir, stderrProgress, type LoadError } from './load.ts';
import { indexedContents, openMemoryCorpus, storeContents, type IndexEntry, type IndexedContents, type StoreContents } from './memory-corpus.ts';
import type { Article } from '../lib/types.ts';

const FORMAT = 'parallax-cli-corpus-2';

interface Snapshot {
  format: typeof FORMAT;
  stamp: string;
  listing: string;
  /** The body file's token (CACHE/corpus/<dir hash>.<token>.bodies) and its size in bytes. */
  bodies: string;
  size: number;
  entries: Array<IndexEntry & { at: number; len: number }>;
  errors: LoadError[];
  /** What the store said while taking the files in (identity merges), said again on every run. */
  notes: string[];
}

export interface CorpusLoad extends IndexedContents {
  errors: LoadError[];
  notes: string[];
  /** Where the corpus came from: the snapshot, or the files (then the snapshot was written, if cached). */
  from: 'snapshot' | 'files';
  /** Every article and its keys, in store order (reads the whole body file on a warm run). */
  all(): Promise<StoreContents>;
}

/** Reads articles from a body file by their entries (one open file per call). */
function bodyReader(path: string, entries: Snapshot['entries']): (ids: string[]) => Promise<Article[]> {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return async (ids) => {
    const want = ids.map((id) => byId.get(id)).filter((e) => e !== undefined);
    if (want.length === 0) return [];
    const fh = await open(path, 'r');
    try {
      return await Promise.all(
        want.map(async (e) => {
          const buf = Buffer.allocUnsafe(e.len);
          const { bytesRead } = await fh.read(buf, 0, e.len, e.at);
          if (bytesRead !== e.len) throw new Error(`the corpus cache is damaged (${path}): delete it and run again`);
          return JSON.parse(buf.toString('utf8')) as Article;
        }),
      );
    } finally {
      await fh.close();
    }
  };
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
      const bodies = `${path.slice(0, -'.json'.length)}.${snap.bodies}.bodies`;
      if (snap.format === FORMAT && snap.stamp === stamp && snap.listing === list && (await stat(bodies)).size === snap.size) {
        const read = bodyReader(bodies, snap.entries);
        const entries: IndexEntry[] = snap.entries.map(({ id, url, hash, keys }) => ({ id, url, hash, keys }));
        const all = async () => ({ articles: await read(entries.map((e) => e.id)), keys: entries.map((e) => e.keys) });
        return { entries, read, all, errors: snap.errors, notes: snap.notes, from: 'snapshot' };
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
  if (path) await writeSnapshot(path, contents, { stamp, listing: list, errors: loaded.errors, notes });
  return { ...indexedContents(contents), all: async () => contents, errors: loaded.errors, notes, from: 'files' };
}

/** Writes the body file, then the index part (atomic rename), then removes the previous body file. */
async function writeSnapshot(path: string, contents: StoreContents, meta: Pick<Snapshot, 'stamp' | 'listing' | 'errors' | 'notes'>): Promise<void> {
  const base = path.slice(0, -'.json'.length);
  const old = await readFile(path, 'utf8')
    .then((t) => (JSON.parse(t) as Partial<Snapshot>).bodies)
    .catch(() => undefined);
  const token = randomBytes(6).toString('hex');
  const bodies = `${base}.${token}.bodies`;
  try {
    await mkdir(dirname(path), { recursive: true });
    const parts: Buffer[] = [];
    const entries: Snapshot['entries'] = [];
    let at = 0;
    contents.articles.forEach((a, k) => {
      const b = Buffer.from(JSON.stringify(a), 'utf8');
      entries.push({ id: a.id, url: a.url, hash: a.hash, keys: contents.keys[k] ?? [], at, len: b.length });
      parts.push(b);
      at += b.length;
    });
    await writeFile(bodies, Buffer.concat(parts));
    const snap: Snapshot = { format: FORMAT, ...meta, bodies: token, size: at, entries };
    const tmp = `${path}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(snap));
    await rename(tmp, path); // atomic: a reader never sees half an index, and its body file is complete
    if (old && old !== token && /^[0-9a-f]+$/.test(old)) await rm(`${base}.${old}.bodies`, { force: true });
  } catch {
    // a cache that cannot be written only costs time
    await rm(bodies, { force: true }).catch(() => undefined);
  }
}
