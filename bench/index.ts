/**
 * `npm run bench`: latency of compareArticle (seed 003 read against the corpus) on corpora of
 * growing size, next to a brute-force baseline in the same run: every unit of the article against
 * every unit of every article in the corpus (TF-IDF + char 4-gram similarity, as the aligner uses).
 *
 * Corpora: the 5 seeds; seeds + harbor + distractors + the 181 zyte pages (ingested as pages);
 * then 1,000 and 5,000 articles, padded with synthetic articles made of sentences drawn from the
 * zyte pages (deterministic PRNG) — unrelated text with real vocabulary.
 * "index" = lib/engine/memory-index.ts; "store" = the extension's Dexie store on fake-indexeddb
 * (cli/memory-corpus.ts), measured up to 1,000 articles (filling fake-indexeddb is slow).
 * Timings are medians of several runs after one warm-up run.
 */
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { openMemoryCorpus } from '../cli/memory-corpus.ts';
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import type { Article, CorpusIndex } from '../lib/types.ts';
import { syntheticArticle } from './synthetic.ts';
import { bruteForce, timedMedian as median } from './baseline.ts';
import { byPrefix, loadSet, loadZyte } from '../tests/data/engine/fixtures.ts';

function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Synthetic unrelated articles: 8–20 sentences drawn from the pool. */
function synthetic(pool: Article[], n: number, seed = 42): Article[] {
  const rnd = prng(seed);
  const sentences = pool.flatMap((a) => a.units.filter((u) => u.kind === 'body').map((u) => u.text));
  const out: Article[] = [];
  for (let k = 0; k < n; k++) {
    const count = 8 + Math.floor(rnd() * 13);
    const texts = Array.from({ length: count }, () => sentences[Math.floor(rnd() * sentences.length)]!);
    out.push(
      syntheticArticle({
        id: `synthetic-${String(k).padStart(5, '0')}`,
        title: texts[0]!.slice(0, 80),
        outlet: `Synthetic ${k % 50}`,
        paragraphs: texts.map((t) => [t]),
      }),
    );
  }
  return out;
}

async function main() {
  const seeds = await loadSet('seeds');
  const harbor = await loadSet('harbor');
  const distractors = await loadSet('distractors');
  process.stderr.write('ingesting the zyte pages…\n');
  const zyte = loadZyte();
  const reader = byPrefix(seeds, '003');
  const base = [...seeds, ...harbor, ...distractors, ...zyte];
  const corpora: Array<{ name: string; articles: Article[] }> = [
    { name: 'seeds', articles: seeds },
    { name: `seeds + zyte + distractors`, articles: base },
    { name: '1,000', articles: [...base, ...synthetic(zyte, 1000 - base.length)] },
    { name: '5,000', articles: [...base, ...synthetic(zyte, 5000 - base.length)] },
  ];
  const rows: string[][] = [];
  for (const c of corpora) {
    const units = c.articles.reduce((s, a) => s + a.units.length, 0);
    const index = new MemoryIndex(c.articles);
    const report = await compareArticle(reader, index);
    const tIndex = await median(5, () => compareArticle(reader, index));
    let tStore = NaN;
    if (c.articles.length <= 1000) {
      process.stderr.write(`filling the store with ${c.articles.length} articles…\n`);
      const store = await openMemoryCorpus(c.articles);
      tStore = await median(3, () => compareArticle(reader, store as CorpusIndex));
      store.close();
    }
    const others = c.articles.filter((a) => a.id !== reader.id);
    let pairs = 0;
    const tBrute = await median(c.articles.length > 1000 ? 1 : 3, async () => {
      pairs = bruteForce(reader, others);
    });
    rows.push([
      c.name,
      String(c.articles.length),
      String(units),
      String(report.related.length),
      tIndex.toFixed(0),
      Number.isNaN(tStore) ? '—' : tStore.toFixed(0),
      tBrute.toFixed(0),
      pairs.toLocaleString('en'),
    ]);
  }
  const head = ['corpus', 'articles', 'units', 'related found', 'engine, memory index (ms)', 'engine, Dexie store (ms)', 'brute force (ms)', 'unit pairs (brute force)'];
  console.log(`compareArticle(seed 003) — ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`);
  console.log(`| ${head.join(' | ')} |`);
  console.log(`|${head.map(() => '---').join('|')}|`);
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
