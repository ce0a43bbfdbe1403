/**
 * The alignment floors' calibration (bench/calibrate.ts) for clauses (facts7): the similarity of the
 * clauses (lib/nlp/clauses.ts `predications`, ≥ 2 content words, no attribution) of the labelled
 * stories' multi-clause sentences to the sentences of 60 unrelated real articles (zyte pages), as
 * quantiles — what a clause reaches by chance, to compare with the sentence floors 0.12 / 0.17.
 *   npx tsx bench/calibrate-clauses.ts
 */
import { loadCorpusDir } from '../cli/load.ts';
import { articleFeatures, Idf, unitFeatures } from '../lib/engine/features.ts';
import { sentenceUnit, unitSimilarity, weigh } from '../lib/engine/align.ts';
import { isAttribution } from '../lib/engine/report.ts';
import { predications } from '../lib/nlp/clauses.ts';
import { loadZyte } from '../tests/data/engine/fixtures.ts';

const zyte = loadZyte(60);
if (zyte.length === 0) {
  console.log('skipped: the zyte pages (../shared/data/zyte-article-extraction) are absent');
  process.exit(0);
}
for (const dir of ['seeds', 'tests/data/engine/harbor']) {
  const { articles } = await loadCorpusDir(dir);
  const clauses = articles.flatMap((a) => articleFeatures(a).filter((f) => f.fact)).flatMap((f) => {
    const cl = predications(f.unit.text);
    return cl.length < 2 ? [] : cl.filter((c) => !isAttribution(c.text)).map((c) => unitFeatures(sentenceUnit(c.text))).filter((c) => c.lex.length >= 2);
  });
  const sims: number[] = [];
  for (const z of zyte) {
    const F = [...articles.map(articleFeatures), articleFeatures(z)];
    const wi = new Idf().addAll(F.flat().filter((f) => f.fact).map((f) => f.words));
    const gi = new Idf().addAll(F.flat().filter((f) => f.fact).map((f) => f.grams));
    const Z = F[F.length - 1]!.filter((f) => f.fact).map((f) => weigh(f, wi, gi));
    for (const c of clauses) {
      const w = weigh(c, wi, gi);
      for (const u of Z) sims.push(unitSimilarity(w, u));
    }
  }
  sims.sort((a, b) => a - b);
  const q = (p: number) => sims[Math.min(sims.length - 1, Math.floor(p * sims.length))]!.toFixed(3);
  console.log(dir, 'clauses', clauses.length, 'pairs', sims.length, 'p50', q(0.5), 'p99', q(0.99), 'p99.9', q(0.999), 'p99.99', q(0.9999), 'max', q(1));
}
