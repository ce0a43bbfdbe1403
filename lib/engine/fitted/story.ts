/**
 * Fitted parameters of the same-story decision (lib/engine/story.ts): a logistic model over the
 * evidence storyInputs() lists, and the probability from which two articles are related.
 * Produced by `npx tsx bench/fit-story.ts` (L2 1e-3, Newton's method) on the development splits of
 * public data, each source weighing alike: ECB+ odd topics (Cybulska & Vossen 2014, CC BY 3.0;
 * same-kind events), NewsWCL50 even events (Hamborg et al. 2019, CC BY-SA 4.0; five US outlets per
 * event, full articles), AllSides roundups even events (Lee et al. 2022, MIT; three outlets per
 * event, excerpts), and the project's own labelled sets (seeds, harbor, same-people distractors).
 * The threshold is the one with the best mean F1 over those four dev sources. Held out (never
 * fitted): ECB+ even topics, NewsWCL50 odd events, AllSides odd events — see docs/notes/story.md.
 */
export const STORY_MODEL = {
  /** Inputs: docScore, clamp(z, 0, 10)/10, lead, names, figures, title, ratio, back (storyInputs). */
  weights: [1.455, 1.227, 2.022, 2.236, 0.857, 1.777, 3.007, 2.552] as number[],
  bias: -7.625,
  /** Related when the probability is at least this (best mean dev F1). */
  threshold: 0.38,
};

/**
 * One step of story closure (lib/engine/closure.ts): the best dated near miss within the window at
 * probability ≥ pmin joins the story when an article of the story is related to it both ways.
 * pmin: best mean F1 over the dev splits (ECB+, NewsWCL50, AllSides) on the evidence of
 * bench/fit-story.ts, `npx tsx bench/story-closure.ts --one-way --dated --max-near 1 --max-bridges 1`
 * (grid 0–0.30; best 0.15, mean dev F1 0.841 vs 0.831 without closure). maxNear / maxBridges bound the
 * cost (each question is a story decision against the corpus: at 100k up to 3 × 4 of them took the
 * panel's compare from ~0.3 s to 1.1–1.8 s), not fitted.
 */
export const STORY_CLOSURE = { pmin: 0.15, maxNear: 1, maxBridges: 1 };

/**
 * The detail step (lib/engine/story.ts detailsDecide, lib/engine/story-details.ts): a dated near miss within the
 * window (probability ≥ STORY_CLOSURE.pmin) agreeing on at least `agree` specific details (an age, a clock time, a
 * block, a name written with an age) whose ages do not clash is related. agree: chosen on GVC dev only (SemEval-2018
 * Task 5 local shooting reports, bench/story-gvc.ts's dev split), `npx tsx bench/story36-detail.ts --study ROWS` (grid
 * pmin 0.05–0.25 × agree 1–3; docs/notes/story36.md §1). Held-out numbers: docs/notes/story37.md.
 */
export const STORY_DETAILS = { agree: 1 };

/**
 * Coherence (lib/engine/closure.ts cohereStory): a related article with probability below pmax stays in
 * the story only when the story's most probable other article relates to it too (both: and it to that
 * article). Chosen on the dev splits only: the highest mean dev precision among the rules that lose at
 * most 0.01 recall on every dev source, on the evidence of bench/fit-story.ts,
 * `npx tsx bench/story-closure.ts --one-way --dated --max-near 1 --max-bridges 1 --cohere --by-precision`
 * (grid 0.40–0.95, one way and both ways). maxWeak bounds the cost (questions per compare), not fitted.
 * Held-out numbers: docs/notes/story6.md.
 */
export const STORY_COHERENCE = { pmax: 0.45, both: true, maxWeak: 2 };

/**
 * Consistency (lib/engine/closure.ts consistStory): a relation below pmax is dropped when one side's
 * stronger relations lie wholly outside the other side's story (q's story and c's story are two groups).
 * pmax chosen on the dev splits only (ECB+ odd topics, NewsWCL50 even events with five and with three
 * outlets, AllSides even events): the highest mean dev precision among the pmax that lose at most 0.01
 * recall on every dev source, `npx tsx bench/story-closure.ts --one-way --dated --max-near 1 --max-bridges 1
 * --consistent --mode or --max-check 2 --guard --seq --rows ROWS` (ROWS from `npx tsx bench/story-corpus.ts --triples
 * --dump ROWS`; docs/notes/story7.md).
 * maxCheck bounds the cost (full story decisions per compare), not fitted.
 */
export const STORY_CONSISTENCY = { pmax: 0.75, maxCheck: 2 };

/**
 * The pool's background (lib/engine/story.ts makeStage): the document cosine of a full pool's member at each rank (0 =
 * best of 40), in thousandths, the mean over the full pools of the corpora the model was fitted in (dev halves: the
 * BASIL dev events, NewsWCL50 even events, ECB+ odd topics, GVC dev, each beside the seeds and the zyte pages). A
 * pool with fewer members than `limit` (a small corpus) is filled with the ranks it lacks from here, so that its robust
 * z reads the same background as a large corpus's. `npx tsx bench/story70-small.ts --curve` (docs/notes/story70.md).
 */
export const POOL_PRIOR = [427, 342, 207, 182, 161, 128, 120, 113, 107, 102, 97, 93, 90, 86, 83, 81, 78, 76, 73, 71, 69, 67, 65, 63, 61, 59, 57, 55, 53, 52, 49, 47, 45, 43, 41, 38, 36, 33, 30, 24];
