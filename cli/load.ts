/** Loading article files from disk with the same lib/ingest code the extension runs. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { ingestFile } from '../lib/ingest/index.ts';
import { fileTooLarge, MAX_FILE_BYTES } from '../lib/ingest/limits.ts';
import { decodeTextBytes } from '../lib/text/normalize.ts';
import type { Article } from '../lib/types.ts';
import { nodeEnv } from './node-env.ts';

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.json'];

export interface LoadError {
  file: string;
  reason: string;
}

export interface LoadResult {
  articles: Article[];
  errors: LoadError[];
}

/** Splits "file: reason" messages from lib/ingest into their parts. */
function toLoadErrors(file: string, messages: string[]): LoadError[] {
  return messages.map((m) => ({ file, reason: m.startsWith(`${basename(file)}: `) ? m.slice(basename(file).length + 2) : m }));
}

/** File bytes → text: lib/text decodeTextBytes, the same rule as the options page. */
export const decodeFileBytes = decodeTextBytes;

/** Reads and ingests one article file (any supported format). Files over MAX_FILE_BYTES are refused unread. */
export async function loadArticleFile(path: string): Promise<LoadResult> {
  let content: string;
  let warning: string | null = null;
  try {
    const size = (await stat(path)).size;
    if (size > MAX_FILE_BYTES) return { articles: [], errors: [{ file: path, reason: fileTooLarge(size) }] };
    ({ text: content, warning } = decodeFileBytes(await readFile(path)));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { articles: [], errors: [{ file: path, reason: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String((e as Error).message) }] };
  }
  const r = ingestFile({ name: basename(path), content }, nodeEnv);
  if (warning) for (const a of r.articles) a.warnings.unshift(warning);
  return { articles: r.articles, errors: toLoadErrors(path, r.errors) };
}

/**
 * Reads every article file in DIR (not recursive), sorted by name so output is deterministic.
 * Throws only when DIR itself cannot be read.
 */
export async function loadCorpusDir(dir: string): Promise<LoadResult> {
  const s = await stat(dir).catch(() => null);
  if (!s) throw new Error(`corpus directory not found: ${dir}`);
  if (!s.isDirectory()) throw new Error(`not a directory: ${dir}`);
  const names = (await readdir(dir)).filter((n) => ARTICLE_EXTENSIONS.includes(extname(n).toLowerCase()) && !n.startsWith('.')).sort();
  const articles: Article[] = [];
  const errors: LoadError[] = [];
  for (const n of names) {
    const r = await loadArticleFile(join(dir, n));
    articles.push(...r.articles);
    errors.push(...r.errors);
  }
  return { articles, errors };
}
