/**
 * Runs INSIDE an extension page of a copy of the built extension (bench/options-table.ts adds it
 * as bench-fill.html): fills the real `parallax` database through `Corpus.upsertBatched`, the
 * store's own batched write path, with short synthetic articles (the table reads summaries only).
 * Story keys are computed with `indexKeys` unless `keys` is false (faster fills at 100k; the
 * options page never reads keys).
 */
import { Corpus } from '../lib/store/corpus';
import { syntheticArticle } from './synthetic';
import type { Article } from '../lib/types';

// A Zipf-like vocabulary so searches match some titles, not all or none.
const WORDS = [
  'harbour', 'strike', 'election', 'volcano', 'minister', 'budget', 'court', 'ferry', 'storm', 'prison',
  'envoy', 'council', 'museum', 'festival', 'bridge', 'hospital', 'school', 'railway', 'market', 'river',
  'café', 'élan', 'senate', 'mayor', 'airport', 'library', 'police', 'union', 'climate', 'energy',
];
const OUTLETS = ['Fox News', 'Reuters', 'AP', 'BBC', 'The Sun', 'Express', 'Guardian', 'Le Monde', 'NYT', 'WSJ'];

function makeArticles(from: number, n: number): Article[] {
  let seed = 1 + from;
  const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const word = () => WORDS[Math.floor(WORDS.length * rand() ** 2)]!;
  const out: Article[] = [];
  for (let k = from; k < from + n; k++) {
    const title = `${word()} ${word()} ${word()} story ${k}`;
    out.push(
      syntheticArticle({
        id: `fill-${String(k).padStart(6, '0')}`,
        title: title[0]!.toUpperCase() + title.slice(1),
        outlet: rand() < 0.1 ? null : OUTLETS[k % OUTLETS.length]!,
        date: rand() < 0.05 ? null : `20${20 + (k % 6)}-${String(1 + (k % 12)).padStart(2, '0')}-${String(1 + (k % 28)).padStart(2, '0')}`,
        url: `https://outlet${k % 40}.example/news/${k}`,
        paragraphs: [[`The ${word()} and the ${word()} met on day ${k}.`, `Officials said the ${word()} would follow.`]],
      }),
    );
  }
  return out;
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
