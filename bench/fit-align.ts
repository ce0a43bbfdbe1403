/**
 * Fits the pair decision of the aligner (lib/engine/align.ts `sameFact`): a logistic regression over
 * the overlap measures of `pairFeatures`, on public sentence-pair data, and prints the weights to
 * paste into lib/engine/fitted/align.ts with the scores it reaches on data it was not fitted on.
 *
 *   npx tsx bench/fit-align.ts [--write]
 *
 * Data: brmson/dataset-sts (fetched as a bare git mirror; set DATASET_STS_GIT to its .git dir).
 *   fit:      MRPC train (data/para/msr/msr-para-train.tsv, 3,576 pairs), 5-fold cross-validation
 *   held out: MRPC val   (data/para/msr/msr-para-val.tsv, 500 pairs: the last 500 of the original
 *             MRPC training set, never used to fit)
 *   STS dev:  SemEval 2012 SMTnews, 2014 deft-news and tweet-news (Spearman of the score; not fitted).
 * Not read, ever: the MRPC test split and the SemEval headlines files (the project's acceptance data).
 * The data is not in the repo (MRPC's licence does not allow it); without the mirror this prints why
 * and exits 0.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { bestThreshold, fitLogistic, scores, spearman } from './fit-lib.ts';
import { decidePairs, pairFeatures, PAIR_FEATURES, pairProbability, weighPairs, type PairModel } from '../lib/engine/align.ts';

const GIT = process.env.DATASET_STS_GIT ?? '/work/.mirror/brmson+dataset-sts/repo/.git';
if (!existsSync(GIT)) {
  console.log(`fit-align: skipped: no dataset-sts mirror at ${GIT} (fetch github:brmson/dataset-sts, or set DATASET_STS_GIT)`);
  process.exit(0);
}
const show = (path: string) => execFileSync('git', ['--git-dir', GIT, 'show', `HEAD:${path}`], { encoding: 'utf8', maxBuffer: 64 << 20 });

interface Pair {
  a: string;
  b: string;
  y: number;
}
function mrpc(path: string): Pair[] {
  return show(path)
    .replace(/^\uFEFF/, '')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => {
      const c = l.split('\t');
      return { y: Number(c[0]), a: c[3]!, b: c[4]! };
    });
}
function sts(path: string): Pair[] {
  return show(path)
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const c = l.split('\t');
      return { y: c[0]!.trim() ? Number(c[0]) : NaN, a: (c[1] ?? '').trim(), b: (c[2] ?? '').trim() };
    })
    .filter((p) => Number.isFinite(p.y) && p.a && p.b);
}

/** Features as the pairs command computes them: IDF over the sentences of one file. */
function featurize(pairs: Pair[]): number[][] {
  return weighPairs(pairs.map((p) => [p.a, p.b] as const)).map(([a, b]) => pairFeatures(a, b));
}

const t0 = Date.now();
const train = mrpc('data/para/msr/msr-para-train.tsv');
const val = mrpc('data/para/msr/msr-para-val.tsv');
const Xtr = featurize(train);
const ytr = train.map((p) => p.y);
const L2 = Number(process.env.L2 ?? 1);

// 5-fold cross-validation on MRPC train (folds by position: the file order is the corpus order).
const K = 5;
const cvP = new Array<number>(train.length);
for (let k = 0; k < K; k++) {
  const inFold = (i: number) => i % K === k;
  const m = fitLogistic(Xtr.filter((_, i) => !inFold(i)), ytr.filter((_, i) => !inFold(i)), L2);
  for (let i = 0; i < train.length; i++) if (inFold(i)) cvP[i] = pairProbability(Xtr[i]!, { ...m, threshold: 0.5 });
}
const cvT = bestThreshold(cvP, ytr);

const fit = fitLogistic(Xtr, ytr, L2);
const trainP = Xtr.map((x) => pairProbability(x, { ...fit, threshold: 0.5 }));
const threshold = bestThreshold(trainP, ytr);
const model: PairModel = { weights: fit.weights.map((w) => Number(w.toPrecision(5))), bias: Number(fit.bias.toPrecision(5)), threshold };

// Held out: the decision exactly as the pairs command makes it (IDF over the file's sentences).
const valOut = decidePairs(val.map((p) => [p.a, p.b] as const), model);
const vs = scores(valOut.map((o) => (o.same ? 1 : 0)), val.map((p) => p.y), 0.5);
const allYes = scores(val.map(() => 1), val.map((p) => p.y), 0.5);

console.log(`MRPC train, ${train.length} pairs, 5-fold CV (threshold ${cvT} fitted on the CV probabilities): accuracy ${scores(cvP, ytr, cvT).acc.toFixed(3)}, F1 ${scores(cvP, ytr, cvT).f1.toFixed(3)}; at 0.5: ${scores(cvP, ytr, 0.5).acc.toFixed(3)} / ${scores(cvP, ytr, 0.5).f1.toFixed(3)}`);
console.log(`MRPC val (held out), ${val.length} pairs, threshold ${threshold}: accuracy ${vs.acc.toFixed(3)}, F1 ${vs.f1.toFixed(3)} (always "same": ${allYes.acc.toFixed(3)} / ${allYes.f1.toFixed(3)})`);
// STS regression (soft logistic on gold/5) over the same features, fitted on SemEval STS files that
// are neither news nor headlines (STS-B itself is not in the mirror).
const STS_FIT = ['2012/SMTeuroparl.train.tsv', '2012/OnWN.test.tsv', '2013/FNWN.test.tsv', '2013/OnWN.test.tsv', '2014/deft-forum.test.tsv', '2014/images.test.tsv', '2014/OnWN.test.tsv', '2015/answers-forums.test.tsv', '2015/answers-students.test.tsv', '2015/belief.test.tsv', '2015/images.test.tsv', '2016/answer-answer.test.tsv', '2016/plagiarism.test.tsv', '2016/postediting.test.tsv', '2016/question-question.test.tsv'];
const stsX: number[][] = [];
const stsY: number[] = [];
for (const f of STS_FIT) {
  const d = sts(`data/sts/semeval-sts/${f}`);
  stsX.push(...featurize(d));
  stsY.push(...d.map((p) => Math.min(1, Math.max(0, p.y / 5))));
}
const stsFit = fitLogistic(stsX, stsY, L2);
console.log(`STS regression fitted on ${stsX.length} pairs: weights [${stsFit.weights.map((w) => w.toPrecision(5)).join(', ')}], bias ${stsFit.bias.toPrecision(5)}`);
for (const f of ['2012/SMTnews.test.tsv', '2014/deft-news.test.tsv', '2014/tweet-news.test.tsv']) {
  const d = sts(`data/sts/semeval-sts/${f}`);
  const W = weighPairs(d.map((p) => [p.a, p.b] as const));
  const simR = W.map(([a, b]) => pairProbability(pairFeatures(a, b), { ...stsFit, threshold: 0.5 }));
  const out = decidePairs(d.map((p) => [p.a, p.b] as const), model);
  const jac = d.map((p) => {
    const A = new Set(p.a.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
    const B = new Set(p.b.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
    const inter = [...A].filter((w) => B.has(w)).length;
    return inter / (A.size + B.size - inter || 1);
  });
  const gold = d.map((p) => p.y);
  console.log(`STS ${f} (${d.length} pairs): Spearman of the pairs score ${spearman(out.map((o) => o.score), gold).toFixed(3)}, of the pair probability ${spearman(out.map((o) => o.probability), gold).toFixed(3)}, of an STS regression (not shipped) ${spearman(simR, gold).toFixed(3)}; word Jaccard ${spearman(jac, gold).toFixed(3)}`);
}
console.log('weights:');
PAIR_FEATURES.forEach((n, j) => console.log(`  ${n.padEnd(16)} ${model.weights[j]}`));
console.log(`  bias             ${model.bias}\n  threshold        ${model.threshold}`);
console.log(`(${((Date.now() - t0) / 1000).toFixed(1)} s)`);

if (process.argv.includes('--write')) {
  const file = 'lib/engine/fitted/align.ts';
  const src = readFileSync(file, 'utf8');
  const body = `export const SAME_FACT: PairModel = {\n  // ${PAIR_FEATURES.join(', ')}\n  weights: [${model.weights.join(', ')}],\n  bias: ${model.bias},\n  threshold: ${model.threshold},\n};\n`;
  writeFileSync(file, src.replace(/export const SAME_FACT[\s\S]*$/, body));
  console.log(`wrote ${file}`);
}
