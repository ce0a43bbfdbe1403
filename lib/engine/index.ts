/**
 * The comparison engine's public API.
 *   compareArticle(article, corpus, opts?) → Report        (compare.ts)
 *   findRelated(article, corpus, opts?)    → story candidates with scores (compare.ts)
 *   buildReport / rankReport               → the report from the story's alignments, ranked (report.ts, rank.ts)
 *   indexKeys(article) / KEYS_VERSION      → keys the store indexes (keys.ts)
 *   MemoryIndex                            → in-memory CorpusIndex for tests and benchmarks
 *   copiedShares, isNearCopy               → Churnalism-style copy shares (copy.ts)
 *   align, unitSimilarity                  → unit-level fact alignment (align.ts)
 */
export { compareArticle, findRelated, type CompareOptions, type StoryCandidate } from './compare';
export { buildReport, mutualBest } from './report';
export { rankReport, signals } from './rank';
export { indexKeys, KEYS_VERSION } from './keys';
export { MemoryIndex } from './memory-index';
export { copiedShares, isNearCopy, NEAR_COPY_SHARE } from './copy';
export { align, unitSimilarity, DEFAULT_ALIGN, type AlignParams } from './align';
export { isFactUnit } from './features';
