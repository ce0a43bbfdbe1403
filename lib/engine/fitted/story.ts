/**
 * Fitted parameters of the same-story decision (lib/engine/story.ts): a logistic model over the
 * evidence storyInputs() lists. Produced by `npx tsx bench/fit-story.ts` (L2 1e-3, Newton's method)
 * on public development data: the odd-numbered topics of ECB+ (Cybulska & Vossen 2014, CC BY 3.0;
 * three articles drawn per event, three draws, beside the other event of the same topic, the
 * project's sets and the 181 zyte pages), and the project's own labelled sets (seeds, harbor,
 * same-people distractors), the two sources weighing alike. Held out (never fitted): the
 * even-numbered ECB+ topics — see docs/notes/story.md for the numbers.
 */
export const STORY_MODEL = {
  /** Inputs: docScore, clamp(z, 0, 10)/10, lead, names, figures, title (storyInputs). */
  weights: [2.723, 2.264, 3.09, 3.927, 2.187, 1.253] as number[],
  bias: -6.352,
};
