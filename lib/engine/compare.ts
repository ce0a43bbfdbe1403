/**
 * compareArticle: the article being read against the corpus → a Report (lib/types.ts).
 *
 * 1. The story (story.ts `findRelated`): candidates through the corpus's key index (never a scan of
 *    every text), then one fitted decision per candidate — the probability that it is the same
 *    story, from its TF-IDF cosine, the query's robust z of that cosine among its candidates, the
 *    aligned facts, names, figures and titles (lib/engine/fitted/story.ts) — within a date window;
 *    then one step of closure (closure.ts): a near miss related both ways to an article of the story joins it;
 *    then a side that is all site furniture (repeats.ts) relates to nothing.
 * 2. Fact alignment within the story (align.ts), unit IDF over the article and its related set
 *    only (the words that all same-story articles share weigh little, so facts are told apart by
 *    what differs).
 * 3. The report (report.ts): coveredBy / matches, shared, added (grouped across outlets), left out,
 *    conflicts, near-copies (copy.ts); ranked by rank.ts. Deterministic: every list has a total order.
 */
import type { Article, CorpusIndex, Report } from '../types';
import { align, REPORT_ALIGN, type Alignment } from './align';
import { buildReport, type StoryArticle } from './report';
import { reportFeatures } from './features';
import { rankReport } from './rank';
import { describeConflicts } from './conflicts';
import { closeStory, nearMisses, storyAsker } from './closure';
import { readOnce } from './read-cache';
import { furnitureOf, repeatKeys, withoutFurniture, withoutFurnitureRelations } from './repeats';
import { featuresOf, findRelated, STORY_DAYS, storyPool, unitIdf, vectorsToKeep, weighAll, type CompareOptions, type StoryCandidate } from './story';
import { STORY_CLOSURE, STORY_COHERENCE, STORY_CONSISTENCY } from './fitted/story';

export { entityRuns, novelDetails } from './report';
export { findRelated, prominentShare, type CompareOptions, type StoryCandidate } from './story';

/** The story: the fitted decision per candidate (story.ts), then one step of closure (closure.ts). */
export async function relatedStory(article: Article, corpus: CorpusIndex, opts: CompareOptions = {}, once = readOnce(corpus)): Promise<StoryCandidate[]> {
  // Closure's questions read the keys and articles the page's own decision read: each once (read-cache.ts).
  // Of the page's own decision only the story and closure's near misses are read (story.ts `storyOnly`:
  // a candidate that can be neither is not aligned); `storyOnly: false` gives every candidate's own score.
  const decided = findRelated(article, once, { storyOnly: true, ...opts });
  // Furniture's counts (repeats.ts, read after closure) of the page's units, then of its story's, are read ahead
  // while the story is decided: through the compare's read cache, furnitureOf then finds them read or in flight.
  if (prefetching) prefetchRepeats([article], once);
  const { candidates } = await decided;
  if (prefetching) {
    prefetchPools(likelyAsked(candidates), once, opts);
    // Closure can take in only its near misses (closure.ts `closeStory`): their counts are read with the story's, so
    // that the furniture read after closure finds every story's counts read or in flight (perf63).
    prefetchRepeats([...candidates.filter((c) => c.related), ...(nearToo ? nearMisses(candidates) : [])].map((c) => c.article), once);
  }
  // A page that is all site furniture (repeats.ts) relates to nothing, and nothing relates to it.
  return withoutFurnitureRelations(article, await closeStory(candidates, storyAsker(once, opts)), once);
}

let prefetching = true;
/** Whether relatedStory reads the likely asked articles' pools ahead (default on; off only to measure it). */
export function prefetchStoryReads(on: boolean): void {
  prefetching = on;
}

let nearToo = true;
/** Whether relatedStory reads closure's near misses' repeat counts ahead with the story's (perf63; default on; off only to measure it). */
export function prefetchNearRepeats(on: boolean): void {
  nearToo = on;
}

/**
 * The articles whose own story decision closure, coherence and consistency (closure.ts) will probably
 * ask for, from the page's decision alone, by the same rules and constants: closure's best near miss
 * and its bridge, coherence's weakest relations and the story's most probable article, consistency's
 * checked relations that have a stronger one beside them. A guess made before closure changes
 * anything (its admissions and coherence's drops can change what consistency checks): it only
 * decides which reads start early, never what is decided.
 */
export function likelyAsked(candidates: StoryCandidate[]): Article[] {
  const byScore = (x: StoryCandidate, y: StoryCandidate) => y.score - x.score;
  const story = candidates.filter((c) => c.related).sort(byScore);
  if (story.length === 0) return [];
  const out = new Map<string, Article>();
  const add = (c: StoryCandidate) => out.set(c.article.id, c.article);
  const near = nearMisses(candidates);
  if (near.length) {
    near.forEach(add);
    story.slice(0, STORY_CLOSURE.maxBridges).forEach(add);
  }
  if (story.length > 1) {
    const weak = story.filter((c) => c.score < STORY_COHERENCE.pmax).sort((x, y) => x.score - y.score).slice(0, STORY_COHERENCE.maxWeak ?? Infinity);
    if (weak.length) {
      add(story[0]!);
      if (STORY_COHERENCE.both) weak.forEach(add);
    }
  }
  const checked = story.filter((c) => c.score < STORY_CONSISTENCY.pmax).sort((x, y) => x.score - y.score).slice(0, STORY_CONSISTENCY.maxCheck ?? Infinity);
  for (const c of checked) if (story[0]!.score > c.score) add(c);
  return [...out.values()];
}

/**
 * Starts the database reads of these articles' story decisions (story.ts `storyPool`) through the
 * compare's read cache, all at once, without waiting: IndexedDB answers them off this thread while
 * the page's closure runs, and each decision asked later finds its reads done or in flight. Reads
 * only (nothing derived, nothing decided); a failure is left to the decision that asks again.
 */
function prefetchPools(articles: Article[], once: ReturnType<typeof readOnce>, opts: CompareOptions): void {
  for (const a of articles) storyPool(a, once, opts, once.prefetch).catch(() => undefined);
}

/**
 * Starts the read of these articles' repeat counts (repeats.ts `furnitureOf`'s one read) through the compare's read
 * cache, without waiting (perf37). Reads only; a failure is left to furnitureOf, which asks again.
 */
function prefetchRepeats(articles: Article[], once: ReturnType<typeof readOnce>): void {
  if (!once.repeatCounts || articles.length === 0) return;
  once.repeatCounts(articles.flatMap(repeatKeys)).catch(() => undefined);
}

/** Articles whose story vectors are packed per task while they are kept after a compare. */
const KEEP_SLICE = 8;
let keeping: Promise<void> = Promise.resolve();

/**
 * After a compare, the story vectors the engine derived for the articles it read are handed to the
 * corpus to keep (CorpusIndex.keepVectors: lib/store's `vectors` table), so the next freshly opened
 * panel reads them with the articles instead of deriving them. Packed a few articles per task after
 * the report is back (never before it), one write; a failure only means they are derived again.
 */
function keepVectorsLater(corpus: CorpusIndex, articles: Article[]): void {
  const keep = corpus.keepVectors?.bind(corpus);
  if (!keep || articles.length === 0) return;
  keeping = keeping.then(async () => {
    const records: ReturnType<typeof vectorsToKeep> = [];
    for (let k = 0; k < articles.length; k += KEEP_SLICE) {
      await new Promise((r) => setTimeout(r, 0));
      records.push(...vectorsToKeep(articles.slice(k, k + KEEP_SLICE)));
    }
    if (records.length) await keep(records);
  }).catch(() => undefined);
}

/** Resolves when the story vectors of the compares so far have been handed to their corpus (tests, benches). */
export function vectorsKept(): Promise<void> {
  return keeping;
}

/**
 * The whole comparison, as a pipeline: the story (findRelated) → fact alignment within the story
 * (unit IDF over the article and its related set only, so what every same-story article says weighs
 * little and facts are told apart by what differs) → the report (report.ts) → ranked (rank.ts).
 */
export async function compareArticle(article: Article, corpus: CorpusIndex, opts: CompareOptions = {}): Promise<Report> {
  const once = readOnce(corpus);
  const candidates = await relatedStory(article, corpus, opts, once);
  const related = candidates.filter((c) => c.related);
  // The report's floors rise with the size of each matrix (align.ts REPORT_ALIGN); the story keeps DEFAULT_ALIGN.
  const params = opts.align ?? REPORT_ALIGN;

  // The report's fact units: the story's minus the headline repeated in the body and questions (features.ts).
  const feats = reportFeatures(article, featuresOf(article));
  const relFeats = related.map((c) => reportFeatures(c.article, featuresOf(c.article)));
  const uidf = unitIdf([feats, ...relFeats]);
  const weighted = weighAll(feats, uidf);
  const story: StoryArticle[] = related.map((c, k) => ({
    article: c.article,
    score: c.score,
    feats: relFeats[k]!,
    weighted: weighAll(relFeats[k]!, uidf),
  }));
  const withHere: Alignment[] = story.map((s) => align(weighted, s.weighted, params));
  // Conflicts told side by side, and quote wording (conflicts.ts): after the report, deciding nothing in it.
  // Page furniture (repeats.ts): units a site repeats across other stories are no card on their own side (before the
  // ranks are given; the conflicts' quote wording is told after, so its cards are looked at again).
  // Through the compare's read cache: the counts and "is the page stored" were read for the story's relations (or ahead).
  const furniture = await furnitureOf([article, ...related.map((c) => c.article)], once);
  const built = withoutFurniture(buildReport({ article, feats, weighted, related: story, withHere, params, idf: uidf }), article.id, furniture);
  const report = withoutFurniture(describeConflicts(rankReport(built, [article, ...related.map((c) => c.article)]), article, weighted, story), article.id, furniture);
  keepVectorsLater(corpus, once.read());
  return report;
}
