/**
 * Calibrates the alignment floors (lib/engine/align.ts DEFAULT_ALIGN): the similarity of sentences
 * of the labelled stories to sentences of 60 unrelated real articles (zyte pages), as quantiles.
 *   npx tsx bench/calibrate.ts
 */
import { loadCorpusDir } from '../cli/load.ts';
import { articleFeatures, Idf } from '../lib/engine/features.ts';
import { weigh, unitSimilarity } from '../lib/engine/align.ts';
import { loadZyte } from '../tests/data/engine/fixtures.ts';
const zyte = loadZyte(60);
for (const dir of ['seeds', 'tests/data/engine/harbor']) {
  const { articles } = await loadCorpusDir(dir);
  // IDF as in compare: over the story cluster + this unrelated article
  const sims: number[] = [];
  const bestPerUnit: number[] = [];
  for (const z of zyte) {
    const F = [...articles.map(articleFeatures), articleFeatures(z)];
    const wi = new Idf().addAll(F.flat().filter((f) => f.fact).map((f) => f.words));
    const gi = new Idf().addAll(F.flat().filter((f) => f.fact).map((f) => f.grams));
    const W = F.map((fs) => fs.filter((f) => f.fact).map((f) => weigh(f, wi, gi)));
    const Z = W[W.length - 1]!;
    for (const A of W.slice(0, -1)) for (const a of A) { let b = 0; for (const u of Z) { const s = unitSimilarity(a, u); sims.push(s); b = Math.max(b, s); } bestPerUnit.push(b); }
  }
  sims.sort((a, b) => a - b); bestPerUnit.sort((a, b) => a - b);
  const q = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))]!.toFixed(3);
  console.log(dir, 'n', sims.length, 'p50', q(sims, 0.5), 'p99', q(sims, 0.99), 'p99.9', q(sims, 0.999), 'p99.99', q(sims, 0.9999), 'max', q(sims, 1), '| best-per-unit-per-article p50', q(bestPerUnit, 0.5), 'p95', q(bestPerUnit, 0.95), 'p99', q(bestPerUnit, 0.99));
}
