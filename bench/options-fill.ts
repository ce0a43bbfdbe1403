/**
 * Runs INSIDE an extension page of a copy of the built extension (bench/options-table.ts adds it
 * as bench-fill.html): fills the real `parallax` database through `Corpus.upsertBatched`, the
 * store's own batched write path, with short synthetic articles (the table reads summaries only).
 * Story keys are computed with `indexKeys` unless `keys` is false (faster fills at 100k; the
 * options page never reads keys).
 */
import { Corpus } from '../lib/store/corpus';
import { fillRows } from './fill-rows';
import { syntheticArticle } from './synthetic';
import type { Article } from '../lib/types';

function makeArticles(from: number, n: number): Article[] {
  return fillRows(from, n).map(({ sentences, ...r }) => syntheticArticle({ ...r, paragraphs: [sentences] }));
}

declare global {
  interface Window {
    __fill?: (from: number, n: number, keys: boolean) => Promise<{ ms: number; total: number }>;
  }
}

window.__fill = async (from, n, keys) => {
  const corpus = await Corpus.open(keys ? {} : { keysOf: () => [] });
  const t0 = performance.now();
  try {
    for (let at = from; at < from + n; at += 5000) {
      const r = await corpus.upsertBatched(makeArticles(at, Math.min(5000, from + n - at)), { batch: 1000 });
      if (r.stopped) throw new Error(`fill stopped: ${r.stopped}`);
    }
    return { ms: performance.now() - t0, total: await corpus.count() };
  } finally {
    corpus.close();
  }
};
