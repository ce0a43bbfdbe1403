/**
 * The SHIPPED pair decision and score (lib/engine/fitted/align.ts, as `cli pairs` runs them) on the
 * held-out rows of bench/fit-align.ts, without refitting: MRPC val (accuracy, F1 of `same`) and
 * STS-B dev headlines rows (Spearman of `score`). Run after any change to the measures' inputs
 * (tokens, figures, names) to check the `pairs` bars (MRPC val ≥ 0.78 / F1 ≥ 0.845, headlines ≥ 0.80).
 *   npx tsx bench/pairs-shipped.ts
 * Never reads MRPC test or the SemEval headlines files.
 */
import { decidePairs } from '../lib/engine/align.ts';
import { useSynonyms } from '../lib/nlp/paraphrases.ts';
import { SYNONYM_PAIRS } from '../lib/nlp/synonym-data.ts';
import { spearman } from './fit-lib.ts';
import { DATASET_STS, isHeadlines, mrpc, stsb, STSB } from './sts-data.ts';

if (!DATASET_STS || !STSB) {
  console.log('pairs-shipped: skipped: the brmson/dataset-sts or STS Benchmark mirror is absent');
  process.exit(0);
}
useSynonyms(SYNONYM_PAIRS); // as cli/pairs.ts
const val = mrpc('val');
const d = decidePairs(val.map((p) => [p.a, p.b] as const));
let tp = 0, fp = 0, fn = 0, ok = 0;
val.forEach((p, k) => {
  const gold = p.y === 1;
  const same = d[k]!.same;
  if (same === gold) ok++;
  if (same && gold) tp++;
  else if (same) fp++;
  else if (gold) fn++;
});
console.log(`MRPC val (${val.length} pairs), shipped SAME_FACT: accuracy ${(ok / val.length).toFixed(3)}, F1 ${((2 * tp) / (2 * tp + fp + fn)).toFixed(3)}`);
const head = stsb('dev').filter(isHeadlines);
const s = decidePairs(head.map((p) => [p.a, p.b] as const));
console.log(`STS-B dev headlines rows (${head.length}), shipped STS_SCORE: Spearman ${spearman(s.map((x) => x.score), head.map((p) => p.y)).toFixed(3)}`);
