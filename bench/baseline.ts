/**
 * What the benchmarks share: the brute-force baseline the engine is measured against, and medians.
 * Runs in Node (bench/index.ts, bench/panel-compare.ts) and in an extension page (bench/browser-page.ts).
 */
import { unitSimilarity, weigh } from '../lib/engine/align';
import { articleFeatures, Idf } from '../lib/engine/features';
import type { Article } from '../lib/types';

/**
 * Every unit of `article` against every unit of the others with the aligner's similarity (no index,
 * no story decision). Returns the number of comparisons.
 */
export function bruteForce(article: Article, others: Article[]): number {
  const all = [article, ...others].map(articleFeatures);
  const words = new Idf().addAll(all.flat().map((f) => f.words));
  const grams = new Idf().addAll(all.flat().map((f) => f.grams));
  const here = all[0]!.map((f) => weigh(f, words, grams));
  let n = 0;
  let best = 0;
  for (const other of all.slice(1)) {
    for (const f of other) {
      const w = weigh(f, words, grams);
      for (const h of here) {
        best = Math.max(best, unitSimilarity(h, w)); // kept, so the work is not optimised away
        n++;
      }
    }
  }
  return best >= 0 ? n : n;
}

/** Median of the values (NaN for none). */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/** "median 41.2 ms (min 39.0, max 50.3)": a set of timings in one line. */
export function msSummary(xs: number[]): string {
  return `median ${median(xs).toFixed(1)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)})`;
}

/** Median wall time of `runs` calls of `f` after one warm-up call, in ms. */
export async function timedMedian(runs: number, f: () => Promise<unknown>): Promise<number> {
  await f();
  const ts: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    await f();
    ts.push(performance.now() - t0);
  }
  ts.sort((a, b) => a - b);
  return ts[ts.length >> 1]!;
}
