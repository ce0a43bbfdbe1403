/**
 * Fitted trust of figure conflict cards (lib/engine/conflicts.ts `trusted`): a logistic model over `figureTrust`'s
 * signals and the probability from which a pair is shown. Produced by `npx tsx bench/conf53-fit.ts` (L2 1, Newton's
 * method) on 124 judged figure rows (59 true) of the blind conflicts rounds r16, r17, r22, r23, r24, r27, r29, r29b, r30, r30b, r31, r31b, r32; the bar has
 * the best F0.5 over the rounds' rows, each round scored by a model fitted without it (docs/notes/conf53.md).
 */
export const TRUST_MODEL = {
  /** Inputs: one stated owner on both sides, log2 gap of the values (≤ 4) × (1 − overlap), the sentences' word overlap. */
  weights: [1.567, -1.859, 0.995] as number[],
  bias: -0.407,
  bar: 0.52,
};
