/** Loading the engine's test corpora with the real ingestion (cli/load.ts, lib/ingest). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpusDir } from '../../../cli/load';
import { nodeEnv } from '../../../cli/node-env';
import { ingestFile } from '../../../lib/ingest/index';
import type { Article } from '../../../lib/types';
import type { Labels } from './eval';
import { sentenceArticle } from './sentence-article';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/**
 * The zyte pages: ZYTE_HTML_DIR when set (only it), else ../shared beside the checkout; null when
 * absent (tests that need them skip with a printed reason).
 */
export const ZYTE_DIR: string | null =
  (process.env.ZYTE_HTML_DIR !== undefined
    ? [process.env.ZYTE_HTML_DIR]
    : [join(ROOT, '..', 'shared', 'data', 'zyte-article-extraction', 'html')]
  ).find((d) => !!d && existsSync(d)) ?? null;

/** The five seeds' corpus ids in file order: the options page's first rows, the benches' first probes. */
export const SEED_IDS: readonly string[] = ['000_14712938aead5b0e', '001_c9b1ae6c24b4ec71', '002_ad7da8ead634a3f9', '003_38879e5049cf1087', '004_91c9a7de652690cd'];

/** The benches' probes (bench/browser.ts's, in its order): the seeds, then the first five zyte pages. */
export const benchProbes = (zyte: readonly Article[]): string[] => [...SEED_IDS, ...zyte.slice(0, 5).map((a) => a.id)];

export async function loadSet(name: 'seeds' | 'harbor' | 'distractors' | 'page' | 'doobie' | 'plague' | 'meth' | 'europa'): Promise<Article[]> {
  const dir = name === 'seeds' ? join(ROOT, 'seeds') : join(ROOT, 'tests/data/engine', name);
  const { articles, errors } = await loadCorpusDir(dir);
  if (errors.length) throw new Error(`${name}: ${errors.map((e) => `${e.file}: ${e.reason}`).join('; ')}`);
  return articles;
}

/** The ECB+ sample reports of tests/data/story (CC BY 3.0, see ATTRIBUTION) and the seeds, with a lookup of a report by id. */
export async function loadEcbSample(): Promise<{ ecb: Article[]; seeds: Article[]; get: (id: string) => Article }> {
  const ecb = (await loadCorpusDir(join(ROOT, 'tests/data/story'))).articles;
  return { ecb, seeds: await loadSet('seeds'), get: (id) => ecb.find((x) => x.id === id)! };
}

export function loadLabels(name: 'seeds' | 'harbor' | 'doobie' | 'plague' | 'meth' | 'europa'): Labels {
  return JSON.parse(readFileSync(join(ROOT, `tests/data/engine/${name}-labels.json`), 'utf8')) as Labels;
}

/** The zyte pages ingested as pages (Readability through cli/node-env), up to `limit`. */
export function loadZyte(limit = Infinity, dir = ZYTE_DIR): Article[] {
  const out: Article[] = [];
  if (!dir) return out;
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

/**
 * Deterministic synthetic articles of `size` sentences: `fromStory` sentences drawn from ONE of
 * `stories` (another story on the same people), the rest from `filler` (unrelated text).
 */
export function mixedArticles(stories: string[][], filler: string[], n: number, opts: { size?: number; fromStory?: number; seed?: number } = {}): Article[] {
  const { size = 10, fromStory = 4, seed = 7 } = opts;
  let s = seed >>> 0;
  const rnd = () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const pick = (xs: string[]) => xs[Math.floor(rnd() * xs.length)]!;
  const out: Article[] = [];
  for (let k = 0; k < n; k++) {
    const story = stories[k % stories.length]!;
    const texts = Array.from({ length: size }, (_, i) => (i < fromStory ? pick(story) : pick(filler)));
    out.push(sentenceArticle(`mixed-${k}`, texts, { title: texts[0]!.slice(0, 60), outlet: `Mixed ${k % 30}` }));
  }
  return out;
}

/**
 * The meth set's articles, each file ingested on its own in file-name order (synchronous, for benches that read the
 * set beside loaders of other events: bench/audit62-shots.ts, bench/marks62-why.ts).
 */
export function methArticles(): Article[] {
  const dir = join(ROOT, 'tests', 'data', 'engine', 'meth');
  return readdirSync(dir)
    .filter((n) => n.endsWith('.md'))
    .sort()
    .map((name) => ingestFile({ name, content: readFileSync(join(dir, name), 'utf8') }).articles[0]!);
}

