/** Loading the engine's test corpora with the real ingestion (cli/load.ts, lib/ingest). */
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpusDir } from '../../../cli/load';
import { nodeEnv } from '../../../cli/node-env';
import { ingestFile } from '../../../lib/ingest/index';
import type { Article } from '../../../lib/types';
import type { Labels } from './eval';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const ZYTE_DIR = '/work/shared/data/zyte-article-extraction/html';

export async function loadSet(name: 'seeds' | 'harbor' | 'distractors'): Promise<Article[]> {
  const dir = name === 'seeds' ? join(ROOT, 'seeds') : join(ROOT, 'tests/data/engine', name);
  const { articles, errors } = await loadCorpusDir(dir);
  if (errors.length) throw new Error(`${name}: ${errors.map((e) => `${e.file}: ${e.reason}`).join('; ')}`);
  return articles;
}

export function loadLabels(name: 'seeds' | 'harbor'): Labels {
  return JSON.parse(readFileSync(join(ROOT, `tests/data/engine/${name}-labels.json`), 'utf8')) as Labels;
}

/** The zyte pages ingested as pages (Readability through cli/node-env), up to `limit`. */
export function loadZyte(limit = Infinity, dir = ZYTE_DIR): Article[] {
  const out: Article[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.html.gz')).sort()) {
    if (out.length >= limit) break;
    const html = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
    const r = ingestFile({ name: f.replace(/\.gz$/, ''), content: html }, nodeEnv);
    out.push(...r.articles.filter((a) => a.units.length > 0));
  }
  return out;
}

export const byPrefix = (articles: Article[], p: string): Article => {
  const a = articles.find((x) => x.id.startsWith(p));
  if (!a) throw new Error(`no article ${p}`);
  return a;
};
