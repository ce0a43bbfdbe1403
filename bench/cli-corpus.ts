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
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { zipfArticles, ZipfVocabulary } from './synthetic.ts';
import { defaultCacheDir, loadArticleFile, loadCorpusDir } from '../cli/load.ts';
import { loadCorpus } from '../cli/corpus-cache.ts';
import { MemoryIndex, openMemoryCorpus } from '../cli/memory-corpus.ts';
import { compareArticle } from '../lib/engine/index.ts';

const args = process.argv.slice(2);
const ms = (t: number) => `${t.toFixed(0)} ms`;
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * `--make N DIR`: a corpus folder of N files for the whole-command timing below: the 5 seeds
 * (/work/shared/seeds or ../shared/seeds), the 181 zyte pages gunzipped (ZYTE_HTML_DIR or
 * /work/shared/data/zyte-article-extraction/html; skipped with a note when absent), then synthetic
 * Zipf articles (bench/synthetic.ts, the same generator as bench:browser) written as Markdown with
 * a front matter (title, date, link) up to N files. Deterministic.
 *
 * `--cli DIR ARTICLE_FILE [--runs N] [--bin FILE]`: times the BUNDLED CLI (`npm run build:cli` first;
 * --bin another build's index.js, e.g. an older commit's),
 * `node .output/cli/index.js compare ARTICLE_FILE --corpus DIR --json`, with a fresh cache
 * directory: one cold run (ingests every file, writes the caches, prints its progress line on
 * stderr), then N warm runs (median), wall time of the whole process; checks the warm output
 * equals the cold one byte for byte.
 */
if (args[0] === '--make') {
  const n = Number(args[1]);
  const out = args[2];
  if (!(n > 0) || !out) {
    console.error('usage: npx tsx bench/cli-corpus.ts --make N DIR');
    process.exit(2);
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  let files = 0;
  const shared = ['/work/shared', join(import.meta.dirname, '..', '..', 'shared')].find((d) => existsSync(join(d, 'seeds')));
  if (shared) {
    for (const f of readdirSync(join(shared, 'seeds')).filter((f) => f.endsWith('.txt'))) {
      writeFileSync(join(out, f), readFileSync(join(shared, 'seeds', f)));
      files++;
    }
  } else console.error('seeds not found (/work/shared/seeds, ../shared/seeds): none written');
  const zdir = process.env.ZYTE_HTML_DIR ?? (shared ? join(shared, 'data/zyte-article-extraction/html') : '');
  if (zdir && existsSync(zdir)) {
    for (const f of readdirSync(zdir).filter((f) => f.endsWith('.html.gz')).sort()) {
      if (files >= n) break;
      writeFileSync(join(out, `zyte-${f.slice(0, 16)}.html`), gunzipSync(readFileSync(join(zdir, f))));
      files++;
    }
  } else console.error('zyte pages not found (ZYTE_HTML_DIR, /work/shared): none written');
  const vocab = new ZipfVocabulary();
  for (let from = 0; files < n; ) {
    const part = zipfArticles(Math.min(1000, n - files), { vocab, from });
    for (const a of part) {
      const body = a.text;
      writeFileSync(join(out, `${a.id}.md`), `---\ntitle: "${a.title}"\ndate: ${a.date}\nlink: "${a.url}"\n---\n\n# ${a.title}\n\n${body}\n`);
      files++;
    }
    from += part.length;
  }
  console.log(`${out}: ${files} files`);
  process.exit(0);
}

if (args[0] === '--cli') {
  const [, dir, file] = args;
  const rAt = args.indexOf('--runs');
  const warmRuns = rAt >= 0 ? Number(args[rAt + 1]) : 3;
  const binAt = args.indexOf('--bin');
  const cli = binAt >= 0 ? args[binAt + 1]! : join(import.meta.dirname, '..', '.output', 'cli', 'index.js');
  if (!dir || !file || !existsSync(cli)) {
    console.error(existsSync(cli) ? 'usage: npx tsx bench/cli-corpus.ts --cli DIR ARTICLE_FILE [--runs N]' : `${cli} not found: npm run build:cli first`);
    process.exit(2);
  }
  const cache = join('/tmp', `parallax-cli-bench-cache-${process.pid}`);
  rmSync(cache, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = { ...process.env, PARALLAX_CACHE_DIR: cache };
  delete env.PARALLAX_CACHE;
  // CPU time and peak memory of the child from /usr/bin/time when there is one (steadier than wall time on a busy machine).
  const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const TIME_TAG = 'parallax-bench-time';
  const runOnce = () => {
    const argv = [cli, 'compare', file, '--corpus', dir, ...(args.includes('--text') ? [] : ['--json'])];
    const t = performance.now();
    const r = TIME
      ? spawnSync(TIME, ['-f', `${TIME_TAG} %U %S %M`, process.execPath, ...argv], { env, maxBuffer: 1 << 30 })
      : spawnSync(process.execPath, argv, { env, maxBuffer: 1 << 30 });
    const wall = performance.now() - t;
    if (r.status !== 0) throw new Error(`exit ${r.status}: ${r.stderr.toString().slice(-2000)}`);
    const lines = r.stderr.toString().split('\n');
    const tl = lines.findLast((l) => l.startsWith(TIME_TAG));
    const [u, sy, rss] = tl ? tl.split(' ').slice(1).map(Number) : [NaN, NaN, NaN];
    return { wall, cpu: (u! + sy!) * 1000, rss: rss! / 1024, out: r.stdout, err: lines.filter((l) => !l.startsWith(TIME_TAG)).join('\n') };
  };
  const files = readdirSync(dir).length;
  console.log(`bundled CLI, compare ${file} --corpus ${dir} (${files} files); load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  const cold = runOnce();
  const progress = cold.err.split('\n').filter((l) => l.includes('ingesting')).at(-1) ?? '(no progress line)';
  const cpuOf = (r: { cpu: number; rss: number }) => (Number.isNaN(r.cpu) ? '' : `, CPU ${ms(r.cpu)}, peak RSS ${r.rss.toFixed(0)} MB`);
  console.log(`cold (empty cache): ${ms(cold.wall)}${cpuOf(cold)}; stderr: ${progress}`);
  const warm: number[] = [];
  const warmCpu: number[] = [];
  const warmRss: number[] = [];
  let same = true;
  for (let k = 0; k < warmRuns; k++) {
    const w = runOnce();
    warm.push(w.wall);
    warmCpu.push(w.cpu);
    warmRss.push(w.rss);
    same &&= Buffer.compare(w.out, cold.out) === 0;
  }
  if (TIME) console.log(`warm: CPU (user + sys) median ${ms(med(warmCpu))}, peak RSS median ${med(warmRss).toFixed(0)} MB`);
  if (args.includes('--save')) writeFileSync(args[args.indexOf('--save') + 1]!, cold.out);
  console.log(`warm: median ${ms(med(warm))} of ${warmRuns} (${warm.map(ms).join(', ')}); output equal to the cold run: ${same ? 'yes' : 'NO'}; load average ${loadavg()[0]!.toFixed(1)}`);
  rmSync(cache, { recursive: true, force: true });
  process.exit(0);
}

const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 3;
const [dir, file] = args;
if (!dir) {
  console.error('usage: npx tsx bench/cli-corpus.ts DIR [ARTICLE_FILE] [--runs N]');
  process.exit(2);
}
if (!defaultCacheDir()) console.error('the cache is off (PARALLAX_CACHE=off?): every phase reads the files');
const time = async <T>(f: () => Promise<T>): Promise<[T, number]> => {
  const t = performance.now();
  const r = await f();
  return [r, performance.now() - t];
};

// Fill the caches (a no-op when they are warm).
const first = await loadCorpus(dir, { onProgress: () => undefined });
const probe = file ? (await loadArticleFile(file, { cacheDir: defaultCacheDir() })).articles[0]! : (await first.read([first.entries[0]!.id]))[0]!;

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
    `${dir}: ${first.entries.length} articles in the store, ${first.errors.length} files skipped; compare ${probe.id} (${related} related); medians of ${runs}`,
    `read the corpus snapshot (index part):     ${ms(med(t.snapshot))}`,
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
