/**
 * Fitted parameters of the pair decision (lib/engine/align.ts `sameFact`, `PAIR_FEATURES`).
 *
 * SAME_FACT: logistic regression over the 17 overlap measures of `pairFeatures`, fitted by
 *   `npx tsx bench/fit-align.ts --write` on MRPC train (brmson/dataset-sts data/para/msr/msr-para-train.tsv,
 *   3,576 pairs; L2 = 1 on standardised features), threshold = best accuracy on that set.
 *   Not fitted on: MRPC val (500 pairs held out) — see docs/notes/align.md for its scores.
 *
 * VETO_BELOW: `align` drops a pair accepted on weak evidence only (mutual / one-sided best, not the
 *   strong rule) when SAME_FACT gives it less than this: the model is 95% sure the two units state
 *   different facts. Not fitted: a conventional level. Checked with `npx tsx bench/eval.ts` (seeds,
 *   harbor): 0.05 changes nothing on the seeds and removes one wrong harbor pair; 0.1 already drops
 *   four right seed pairs (translations score low).
 */
import type { PairModel } from '../align';

export const VETO_BELOW = 0.05;

export const SAME_FACT: PairModel = {
  // wordCos, gramCos, uniMin, uniMax, biMin, biMax, triMin, triMax, contentMin, contentMax, lcs, lenRatio, nameMiss, figureMiss, figureBoth, negationDiffers, quoteCos
  weights: [3.0462, 0.13422, 13.888, -7.2104, 2.366, -2.4628, -1.798, -2.0059, -0.25617, 0.12335, 5.3489, -6.8605, 0.15275, -0.2984, -0.19519, -1.0714, 0.46781],
  bias: 0.23504,
  threshold: 0.54,
};
