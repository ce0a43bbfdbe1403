/**
 * story36's pool-rarity reading of the specific details (docs/notes/story36.md), for bench/story36-detail.ts: the
 * details themselves are lib/engine/story-details.ts's (shipped by story37 with names written with an age); here a
 * shared name counts when at most `maxDf` articles of the page's pool (page and candidates) give it — story36's
 * measured, not shipped, rule (commit 3773124).
 */
import { detailMatch as libDetailMatch, detailsOf, type DetailMatch, type Details } from '../lib/engine/story-details.ts';
import type { Article } from '../lib/types.ts';

export { detailsOf, type DetailMatch, type Details };

/** `poolNames`: how many of the page's pool give each name (Details.names); a name counts when ≤ maxDf give it. */
export function detailMatch(x: Details, y: Details, poolNames: Map<string, number>, maxDf = 2): DetailMatch {
  return libDetailMatch(x, y, (name) => (poolNames.get(name) ?? 0) <= maxDf);
}

export function poolNameCounts(articles: Array<Pick<Article, 'title' | 'text'>>): Map<string, number> {
  const df = new Map<string, number>();
  for (const a of articles) for (const v of detailsOf(a).names) df.set(v, (df.get(v) ?? 0) + 1);
  return df;
}
