/**
 * What the report reads for one article read against a corpus, as the fact benches rebuild it:
 * the related articles (the story decision), the report features of the article and of each related
 * one, and the story's unit IDF (lib/engine/compare.ts builds the same before `buildReport`).
 */
import { reportFeatures } from '../lib/engine/features.ts';
import { featuresOf, findRelated, unitIdf } from '../lib/engine/story.ts';
import type { Article, CorpusIndex } from '../lib/types.ts';

export async function readingInputs(x: Article, index: CorpusIndex) {
  const { candidates } = await findRelated(x, index);
  const rel = candidates.filter((c) => c.related).map((c) => c.article);
  const fx = reportFeatures(x, featuresOf(x));
  const fr = rel.map((a) => reportFeatures(a, featuresOf(a)));
  const idf = unitIdf([fx, ...fr]);
  return { rel, fx, fr, idf };
}
