/**
 * The alignment floors' calibration (bench/calibrate.ts) for clauses (facts7): the similarity of the
 * clauses (lib/nlp/clauses.ts `predications`, ≥ 2 content words, no attribution) of the labelled
 * stories' multi-clause sentences to the sentences of 60 unrelated real articles (zyte pages), as
 * quantiles — what a clause reaches by chance, to compare with the sentence floors 0.12 / 0.17.
 * With --against=clauses (facts16, ClauseTold.againstClauses), the same clauses are compared with the
 * unrelated articles' CLAUSES too (their multi-clause sentences cut the same way), and the pooled
 * quantiles of the two are printed with their difference: how much higher a clause-to-clause match runs by chance.
 * --pages=N: that many zyte pages (default 60, as facts7).
 *   npx tsx bench/calibrate-clauses.ts [--against=clauses] [--pages=N]
 */
import { loadCorpusDir } from '../cli/load.ts';
import { articleFeatures, Idf, unitFeatures } from '../lib/engine/features.ts';
import { sentenceUnit, unitSimilarity, weigh } from '../lib/engine/align.ts';
import { isAttribution } from '../lib/engine/report.ts';
import { predications } from '../lib/nlp/clauses.ts';
import { loadZyte } from '../tests/data/engine/fixtures.ts';

const againstClauses = process.argv.includes('--against=clauses');
const pages = Number(process.argv.find((a) => a.startsWith('--pages='))?.slice(8) ?? 60);
const zyte = loadZyte(pages);
if (zyte.length === 0) {
  console.log('skipped: the zyte pages (../shared/data/zyte-article-extraction) are absent');
  process.exit(0);
}
/** The clauses (≥ 2 content words, no attribution) of the units `predications` cuts in two or more. */
function cut(units: ReturnType<typeof articleFeatures>) {
  return units.flatMap((f) => {
    const cl = predications(f.unit.text);
    return cl.length < 2 ? [] : cl.filter((c) => !isAttribution(c.text)).map((c) => unitFeatures(sentenceUnit(c.text))).filter((c) => c.lex.length >= 2);
  });
}
const quantiles = (sims: number[]) => {
  sims.sort((a, b) => a - b);
  const q = (p: number) => sims[Math.min(sims.length - 1, Math.floor(p * sims.length))]!;
  return { n: sims.length, p50: q(0.5), p99: q(0.99), p999: q(0.999), p9999: q(0.9999), max: q(1) };
};
const show = (label: string, x: ReturnType<typeof quantiles>) =>
  console.log(label, 'pairs', x.n, 'p50', x.p50.toFixed(3), 'p99', x.p99.toFixed(3), 'p99.9', x.p999.toFixed(3), 'p99.99', x.p9999.toFixed(3), 'max', x.max.toFixed(3));
const pooled = { sentences: [] as number[], clauses: [] as number[] };
for (const dir of ['seeds', 'tests/data/engine/harbor']) {
  const { articles } = await loadCorpusDir(dir);
  const clauses = cut(articles.flatMap((a) => articleFeatures(a).filter((f) => f.fact)));
  const sims: number[] = [];
  const simsC: number[] = [];
  for (const z of zyte) {
    const F = [...articles.map(articleFeatures), articleFeatures(z)];
    const wi = new Idf().addAll(F.flat().filter((f) => f.fact).map((f) => f.words));
    const gi = new Idf().addAll(F.flat().filter((f) => f.fact).map((f) => f.grams));
    const zf = F[F.length - 1]!.filter((f) => f.fact);
    const Z = zf.map((f) => weigh(f, wi, gi));
    const ZC = againstClauses ? cut(zf).map((f) => weigh(f, wi, gi)) : [];
    for (const c of clauses) {
      const w = weigh(c, wi, gi);
      for (const u of Z) sims.push(unitSimilarity(w, u));
      for (const u of ZC) simsC.push(unitSimilarity(w, u));
    }
  }
  for (const x of sims) pooled.sentences.push(x);
  for (const x of simsC) pooled.clauses.push(x);
  console.log(dir, 'clauses', clauses.length);
  show('  clauses vs sentences', quantiles(sims));
  if (againstClauses) show('  clauses vs clauses  ', quantiles(simsC));
}
if (againstClauses) {
  const a = quantiles(pooled.sentences);
  const b = quantiles(pooled.clauses);
  show('pooled clauses vs sentences', a);
  show('pooled clauses vs clauses  ', b);
  console.log(`clause vs clause minus clause vs sentence: p99.9 ${(b.p999 - a.p999).toFixed(3)}, p99.99 ${(b.p9999 - a.p9999).toFixed(3)}`);
}
