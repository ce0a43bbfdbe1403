/**
 * Fitted trust of conflict cards (lib/engine/conflicts.ts `trusted`): a logistic model per kind over `figureTrust` /
 * `quoteTrust`'s signals, and the probability from which a card is shown. Produced by `npx tsx bench/conf53-fit.ts`
 * (L2 1, Newton's method) on 261 judged rows (132 true) of the blind conflicts rounds r16, r17, r22, r23, r24, r27, r29, r29b, r30, r30b, r31, r31b, r32; the bar
 * has the best F0.5 over the rounds' readings, each round scored by a model fitted without it (docs/notes/conf53.md).
 */
export const TRUST_MODEL = {
  /** Inputs: one stated owner on both sides, a date, log2 gap of the values (≤ 4) × (1 − Jaccard), content-word Jaccard. */
  figure: { weights: [1.453, -0.907, -1.729, 1.472] as number[], bias: -0.159 },
  /** Input: changed content words the other wording lacks (≤ 3). */
  quote: { weights: [0.304] as number[], bias: -0.162 },
  bar: 0.5,
};
