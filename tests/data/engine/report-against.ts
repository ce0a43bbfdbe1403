/**
 * Test helper: the report of one article against others taken as its related set (the story decision is
 * not under test), with the report's alignment as compare.ts makes it (REPORT_ALIGN) or the given one.
 */
import { align, REPORT_ALIGN, type AlignParams } from '../../../lib/engine/align';
import type { CoverageModel } from '../../../lib/engine/coverage';
import { featuresOf, reportFeatures } from '../../../lib/engine/features';
import { rankReport } from '../../../lib/engine/rank';
import { buildReport, type CoverageRow, type StoryArticle } from '../../../lib/engine/report';
import { unitIdf, weighAll } from '../../../lib/engine/story';
import type { Article, Report } from '../../../lib/types';
import type { Weighted } from '../../../lib/engine/align';

export function reportAgainst(...args: Parameters<typeof readingAgainst>): Report {
  return readingAgainst(...args).report;
}

/** reportAgainst's report with the weighted units it was built from: the page's and each related article's. */
export function readingAgainst(
  read: Article,
  others: Article[],
  coverage?: CoverageModel | null,
  collect?: (r: CoverageRow) => void,
  params: AlignParams = REPORT_ALIGN,
): { report: Report; related: StoryArticle[]; weighted: Weighted[] } {
  const feats = reportFeatures(read, featuresOf(read));
  const rel = others.map((a) => reportFeatures(a, featuresOf(a)));
  const idf = unitIdf([feats, ...rel]);
  const weighted = weighAll(feats, idf);
  const related: StoryArticle[] = others.map((a, k) => ({ article: a, score: 0.9, feats: rel[k]!, weighted: weighAll(rel[k]!, idf) }));
  const withHere = related.map((s) => align(weighted, s.weighted, params));
  return { report: rankReport(buildReport({ article: read, feats, weighted, related, withHere, params, coverage, collect, idf })), related, weighted };
}
