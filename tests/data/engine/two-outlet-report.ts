/**
 * A report of one page against one other outlet for ranking tests (rank-voice, rank-lead): both open with the same
 * lead (unit 0, aligned); `leftOut` are the page's units the other lacks, `added` the other's units the page lacks, each
 * card as far from the other side (closest s 0.05) and in article order, so only the ranking rules order them.
 */
import type { Article, Report } from '../../../lib/types';
import { sentenceArticle } from './sentence-article';

export function twoOutletReport(
  here: { id: string; outlet: string; sentences: string[] },
  there: { id: string; outlet: string; sentences: string[] },
  leftOut: number[],
  added: number[],
): Report {
  return {
    article: { id: here.id, title: here.outlet, outlet: here.outlet, date: null, url: null, units: here.sentences.map((text, i) => ({ i, text, coveredBy: i === 0 ? [there.id] : [] })) },
    related: [
      {
        id: there.id, title: there.outlet, outlet: there.outlet, date: null, url: null, score: 0.8, relation: 'same-story', copied: { ofThis: 0, ofThat: 0 },
        units: there.sentences.map((text, i) => ({ i, text, matches: i === 0 ? [0] : [] })),
      },
    ],
    shared: [],
    leftOut: leftOut.map((i) => ({ i, text: here.sentences[i]!, missingFrom: [there.id], outlets: 1, total: 1, closest: [{ id: there.id, i: 2, s: 0.05 }] })),
    added: added.map((i) => ({ text: there.sentences[i]!, sources: [{ id: there.id, i }], outlets: 1, total: 1, closest: { i: 2, s: 0.05 } })),
    conflicts: [],
  };
}

/** The two outlets' articles (`sentenceArticle`) and their report (`twoOutletReport`), for `rankReport(report, articles)`. */
export function twoOutlets(
  here: { id: string; outlet: string; sentences: string[] },
  there: { id: string; outlet: string; sentences: string[] },
  leftOut: number[],
  added: number[],
): { report: Report; articles: [Article, Article] } {
  const article = (o: typeof here) => sentenceArticle(o.id, o.sentences, { outlet: o.outlet });
  return { report: twoOutletReport(here, there, leftOut, added), articles: [article(here), article(there)] };
}
