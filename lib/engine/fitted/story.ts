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
 * The detail agreement read against chance (lib/engine/story.ts chanceOfDetails, detailsAgree; docs/notes/story81.md):
 * two reports agree on details only when the probability of sharing as many by chance, given how many each lists, is at
 * most `alpha` (1: any shared detail, the reading before story81). `rates`: each kind's collision rate, counted on GVC dev's
 * articles (Σ_v f_v²; names: Σ_v f^aged_v · f^names_v), not chosen by any score; `alpha`: best pair F1 of the decision on
 * GVC dev's rows. Both written by `npx tsx bench/story81-chance.ts DUMP --write` (DUMP: `bench/story-gvc.ts --split dev
 * --dump DUMP`).
 */
export const STORY_CHANCE = { alpha: 0.2, rates: { ages: 0.0291, clocks: 0.00866, blocks: 0.00104, names: 0.000543 } };

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

/**
 * A page's own background (lib/engine/story.ts backgroundOf): the commonest terms of a reference sample of news — the
 * articles of the corpora POOL_PRIOR was measured in, each once (n of them) — each with the share of the sample's
 * articles that hold it (per mille); `mean`: the statistic's mean (×1000) over the pages of the full pools POOL_PRIOR
 * averages. A short pool's missing ranks are POOL_PRIOR's scaled by the page's statistic over that mean: a page that
 * shares the world's common words more than the average page has a higher background. `npx tsx
 * bench/story71-background.ts --table K` (docs/notes/story71.md); mean 0: POOL_PRIOR as it is for every page.
 */
export const POOL_COMMON = {
  n: 298,
  terms: 'stat:483 tak:463 see:399 includ:389 cal:369 giv:369 work:362 thre:339 month:329 know:326 president:322 end:309 think:289 another:282 find:282 look:279 #10:268 right:268 hous:262 want:262 official:258 show:258 public:255 run:252 going:248 releas:248 long:245 part:245 hold:242 #11:235 #12:235 lead:235 expect:232 monday:232 next:232 plan:232 unit:232 former:228 leav:228 real:228 help:225 announc:221 high:221 country:218 nee:218 plac:218 put:218 several:218 start:218 trump:218 american:215 offer:215 offic:215 old:215 later:211 night:211 recent:211 cas:208 try:208 four:205 use:205 allow:201 group:201 lif:201 tuesday:201 clos:198 hom:198 investig:198 issu:198 open:198 point:198 keep:195 question:195 support:195 begin:191 los:191 becom:188 believ:188 fir:188 good:188 provid:188 respond:188 set:188 ear:185 govern:185 member:185 ask:181 center:181 fac:181 leader:181 man:181 near:181 never:181 pay:178 that:178 top:178 business:174 far:174 fiv:174 mov:174 play:174 second:174 servic:174 today:174 #30:171 bas:171 continu:171 decision:171 earlier:171 ful:171 general:171 inform:171 media:171 thing:171 world:171 charg:168 claim:168 great:168 past:168 polic:168 washington:168 already:164 campaign:164 car:164 chang:164 clear:164 depart:164 hand:164 administr:161 deal:161 million:161 return:161 step:161 talk:161 used:161 writ:161 effort:158 liv:158 rol:158 system:158 whit:158 best:154 confirm:154 fact:154 larg:154 nam:154 possibl:154 power:154 remain:154 security:154 send:154 sign:154 ther:154 win:154 current:151 direct:151 fami:151 nat:151 order:151 reach:151 result:151 #2016:148 act:148 better:148 company:148 election:148 every:148 law:148 meet:148 relat:148 #15:144 #20:144 appear:144 big:144 caus:144 detail:144 kil:144 littl:144 not:144 team:144 turn:144 effect:141 enough:141 final:141 say:141 short:141 shot:141 term:141 visit:141 york:141 attempt:138 consider:138 director:138 donald:138 hop:138 lot:138 someth:138 special:138 stop:138 #18:134',
  mean: 863.6,
};
