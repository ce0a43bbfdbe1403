/**
 * The comparison engine's public API.
 *   compareArticle(article, corpus, opts?) → Report        (compare.ts)
 *   findRelated(article, corpus, opts?)    → story candidates with evidence and probability (story.ts)
 *   buildReport / rankReport               → the report from the story's alignments, ranked (report.ts, rank.ts)
 *   indexKeys(article) / KEYS_VERSION      → keys the store indexes (keys.ts)
 *   MemoryIndex                            → in-memory CorpusIndex for tests and benchmarks
 *   copiedShares, isNearCopy               → Churnalism-style copy shares (copy.ts)
 *   align, unitSimilarity                  → unit-level fact alignment (align.ts)
 */
export { compareArticle, relatedStory } from './compare';
export { findRelated, type CompareOptions, type StoryCandidate } from './story';
export { buildReport, mutualBest } from './report';
export { rankReport, signals } from './rank';
export { indexKeys, KEYS_VERSION } from './keys';
export { MemoryIndex } from './memory-index';
export { copiedShares, isNearCopy, NEAR_COPY_SHARE } from './copy';
export { align, unitSimilarity, DEFAULT_ALIGN, REPORT_ALIGN, type AlignParams } from './align';
export { isFactUnit } from './features';
