/**
 * The CLI's warm `--corpus DIR` path, by phase, in one process (so the comparison holds on a busy
 * machine): read the ingest cache, build the in-memory corpus with the story keys from the cache
 * against computing them again (alternating, median of 3), and one compare.
 *
 *   PARALLAX_CACHE_DIR=/tmp/pc npx tsx bench/cli-corpus.ts DIR [ARTICLE_FILE]
 *
 * The first run fills the cache (and says so on stderr); run it twice and read the second.
 * DIR for the README numbers: the 181 zyte pages gunzipped + the 5 seeds + tests/data's .md/.html/.txt.
 */
import { loadArticleFile, loadCorpusDir } from '../cli/load.ts';
import { openMemoryCorpus } from '../cli/memory-corpus.ts';
import { compareArticle } from '../lib/engine/index.ts';

const [dir, file] = process.argv.slice(2);
if (!dir) {
  console.error('usage: npx tsx bench/cli-corpus.ts DIR [ARTICLE_FILE]');
  process.exit(2);
}
const ms = (t: number) => `${t.toFixed(0)} ms`;
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const t0 = performance.now();
const loaded = await loadCorpusDir(dir);
const t1 = performance.now();
const withKeys: number[] = [];
const without: number[] = [];
for (let round = 0; round < 3; round++) {
  for (const cached of [true, false]) {
    const t = performance.now();
    const c = await openMemoryCorpus(loaded.articles, () => undefined, cached ? loaded.keys : undefined);
    (cached ? withKeys : without).push(performance.now() - t);
    c.close();
  }
}
const probe = file ? (await loadArticleFile(file)).articles[0]! : loaded.articles[0]!;
const corpus = await openMemoryCorpus(loaded.articles, () => undefined, loaded.keys);
const t2 = performance.now();
const report = await compareArticle(probe, corpus);
const t3 = performance.now();
corpus.close();
console.log(
  [
    `files read from ${dir}: ${loaded.articles.length} articles, ${loaded.errors.length} skipped; keys ${loaded.keys ? 'from the cache' : 'not cached (cache off?)'}`,
    `read the corpus (ingest cache):          ${ms(t1 - t0)}`,
    `build the corpus, keys from the cache:   ${ms(med(withKeys))} (median of 3)`,
    `build the corpus, keys computed again:   ${ms(med(without))} (median of 3)`,
    `compare ${probe.id}: ${ms(t3 - t2)} (${report.related.length} related)`,
    `warm total (read + build + compare):     ${ms(t1 - t0 + med(withKeys) + t3 - t2)}, plus Node/tsx start-up`,
  ].join('\n'),
);
