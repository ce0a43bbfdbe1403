/**
 * Fitted trust of figure conflict cards (lib/engine/conflicts.ts `trusted`): a logistic model over `figureTrust`'s
 * signals and the probability from which a pair is shown. Produced by `npx tsx bench/conf53-fit.ts` (L2 1, Newton's
 * method) on 129 judged figure rows (68 true) of the blind conflicts rounds r32, r31b, r31, r29, r30, r30b, r27, r23, r22, r20, r28, r29b, r24, r16, r17, r28b; the bar has
 * the best F0.5 over the rounds' rows, each round scored by a model fitted without it (docs/notes/conf53.md).
 */
export const TRUST_MODEL = {
  /** Inputs: one stated owner on both sides, log2 gap of the values (≤ 4) × (1 − overlap), the sentences' word overlap. */
  weights: [1.37, -1.627, 1.092] as number[],
  bias: -0.306,
  bar: 0.56,
};
