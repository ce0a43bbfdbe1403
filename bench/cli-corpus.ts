/**
 * The CLI's warm `compare --corpus DIR` path, by phase, in one process (so the comparison holds on a
 * busy machine):
 *   - the corpus snapshot (cli/corpus-cache.ts: one file, while DIR's listing is unchanged) against
 *     the per-file ingest cache (cli/load.ts loadCorpusDir: one cache entry per file) + the store;
 *   - the compare on MemoryIndex (what `compare` runs) against the same compare on the store on
 *     fake-indexeddb (what it ran before), with the reports checked equal.
 * Each timing is the median of --runs (default 3), alternating.
 *
 *   PARALLAX_CACHE_DIR=/tmp/pc npx tsx bench/cli-corpus.ts DIR [ARTICLE_FILE] [--runs N]
 *
 * The first run fills the caches (and says so on stderr); run it twice and read the second.
 * For the whole command, time `node .output/cli/index.js compare ARTICLE_FILE --corpus DIR`
 * after `npm run build:cli` (docs/notes/pkg.md).
 * DIR for the README numbers: the 181 zyte pages gunzipped + the 5 seeds + tests/data's .md/.html/.txt.
 */
import { isDeepStrictEqual } from 'node:util';
import { defaultCacheDir, loadArticleFile, loadCorpusDir } from '../cli/load.ts';
import { loadCorpus } from '../cli/corpus-cache.ts';
import { MemoryIndex, openMemoryCorpus } from '../cli/memory-corpus.ts';
import { compareArticle } from '../lib/engine/index.ts';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 3;
const [dir, file] = args;
if (!dir) {
  console.error('usage: npx tsx bench/cli-corpus.ts DIR [ARTICLE_FILE] [--runs N]');
  process.exit(2);
}
if (!defaultCacheDir()) console.error('the cache is off (PARALLAX_CACHE=off?): every phase reads the files');
const ms = (t: number) => `${t.toFixed(0)} ms`;
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = async <T>(f: () => Promise<T>): Promise<[T, number]> => {
  const t = performance.now();
  const r = await f();
  return [r, performance.now() - t];
};

// Fill the caches (a no-op when they are warm).
const first = await loadCorpus(dir, { onProgress: () => undefined });
const probe = file ? (await loadArticleFile(file, { cacheDir: defaultCacheDir() })).articles[0]! : first.articles[0]!;

// The first compare of a process (what one CLI run pays: the engine's caches start empty).
const [, tFirst] = await time(() => compareArticle(probe, new MemoryIndex(first)));

const t = { snapshot: [] as number[], files: [] as number[], store: [] as number[], index: [] as number[], memCompare: [] as number[], storeCompare: [] as number[] };
let same = true;
let related = 0;
for (let round = 0; round < runs; round++) {
  const [snap, tSnap] = await time(() => loadCorpus(dir));
  t.snapshot.push(tSnap);
  const [loaded, tFiles] = await time(() => loadCorpusDir(dir, { onProgress: () => undefined }));
  t.files.push(tFiles);
  const [corpus, tStore] = await time(() => openMemoryCorpus(loaded.articles, () => undefined, loaded.keys));
  t.store.push(tStore);
  const [index, tIndex] = await time(async () => new MemoryIndex(snap));
  t.index.push(tIndex);
  const [a, tMem] = await time(() => compareArticle(probe, index));
  t.memCompare.push(tMem);
  const [b, tStoreCompare] = await time(() => compareArticle(probe, corpus));
  t.storeCompare.push(tStoreCompare);
  corpus.close();
  same &&= isDeepStrictEqual(a, b);
  related = a.related.length;
}
console.log(
  [
    `${dir}: ${first.articles.length} articles in the store, ${first.errors.length} files skipped; compare ${probe.id} (${related} related); medians of ${runs}`,
    `read the corpus snapshot (one file):        ${ms(med(t.snapshot))}`,
    `  before: per-file ingest cache:            ${ms(med(t.files))}`,
    `  before: the store on fake-indexeddb:      ${ms(med(t.store))}`,
    `build MemoryIndex:                          ${ms(med(t.index))}`,
    `first compare of the process (MemoryIndex): ${ms(tFirst)}  <- what one CLI run pays`,
    `compare on MemoryIndex:                     ${ms(med(t.memCompare))}`,
    `  before: compare on the store:             ${ms(med(t.storeCompare))}`,
    `reports equal: ${same ? 'yes' : 'NO'}`,
    `warm total now (snapshot + index + first compare): ${ms(med(t.snapshot) + med(t.index) + tFirst)}, plus Node start-up`,
    `warm total before (files + store + first compare): ${ms(med(t.files) + med(t.store) + tFirst)}`,
  ].join('\n'),
);
