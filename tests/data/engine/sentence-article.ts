/**
 * An article built from sentences for engine tests: one paragraph and one body unit per sentence,
 * offsets into the joined text, no ingestion. `fields` overrides any default (title: the first
 * sentence's first 40 characters; outlet and hash: the id).
 */
import { compareArticle, MemoryIndex } from '../../../lib/engine';
import { extractQuotes } from '../../../lib/quotes/extract';
import type { Article, Report } from '../../../lib/types';

export function sentenceArticle(id: string, sentences: string[], fields: Partial<Article> = {}): Article {
  let text = '';
  const units = sentences.map((t, i) => {
    if (i) text += '\n\n';
    const start = text.length;
    text += t;
    return { i, text: t, p: i, start, end: start + t.length, kind: 'body' as const };
  });
  return {
    id, title: sentences[0]?.slice(0, 40) ?? id, outlet: id, date: null, url: null, language: 'en', byline: null, description: null,
    text, units, quotes: [], warnings: [], hash: id, format: 'text',
    ...fields,
  };
}

/**
 * Two outlets' tellings of one story that differ in one sentence: `lead`, then `here` (Tribune's) or `there`
 * (Coastline's), then `last`; each with its own title. The report is Tribune's against a corpus of the two.
 */
export function twoTellings(lead: string, last: string, titles: readonly [string, string]) {
  return (here: string, there: string): Promise<Report> => {
    const a = sentenceArticle('tribune', [lead, here, last], { outlet: 'Tribune', title: titles[0] });
    const b = sentenceArticle('coastline', [lead, there, last], { outlet: 'Coastline', title: titles[1] });
    return compareArticle(a, new MemoryIndex([a, b]));
  };
}

/** The figure and date conflicts (no quote wording) of `twoTellings`' report: what a figure rule's test reads. */
export function figureCardsBetween(lead: string, last: string, titles: readonly [string, string]) {
  const tellings = twoTellings(lead, last, titles);
  return async (here: string, there: string): Promise<Report['conflicts']> =>
    (await tellings(here, there)).conflicts.filter((c) => c.kind !== 'quote');
}

/**
 * Two outlets' stories that differ only in one quoted sentence set between `before` and `after`, quotes extracted
 * as ingestion does. Returns the quote conflicts of Tribune's report against Coastline's telling, and fails when the
 * two are not related at all (a quote test that silently compared nothing would pass for the wrong reason).
 */
export function quoteCardsBetween(before: readonly string[], after: readonly string[], title: string) {
  const story = (id: string, outlet: string, quote: string): Article => {
    const a = sentenceArticle(id, [...before, quote, ...after], { outlet, title: `${title} (${outlet})` });
    return { ...a, quotes: extractQuotes(a) };
  };
  return async (here: string, there: string): Promise<Report['conflicts']> => {
    const a = story('tribune', 'Tribune', here);
    const b = story('coastline', 'Coastline', there);
    const report = await compareArticle(a, new MemoryIndex([a, b]));
    const related = report.related.map((r) => r.id).join(',');
    if (related !== 'coastline') throw new Error(`the two tellings should relate to each other alone; related: [${related}]`);
    return report.conflicts.filter((c) => c.kind === 'quote');
  };
}

/**
 * A deal story written for the tests, told by three outlets: the Tribune gives the price but not the cash part; the
 * Herald gives neither the price nor the closing date.
 */
export function dealStory() {
  const art = (id: string, s: string[]) => sentenceArticle(id, s, { outlet: id[0]!.toUpperCase() + id.slice(1), date: '2012-03-01' });
  return {
    gazette: art('gazette', [
      'Chip maker Orvanta agreed on Wednesday to buy the server start-up Kestrel Systems.',
      'The deal cost Orvanta $410 million, of which $290 million will be paid in cash.',
      'Kestrel builds small servers that use far less power than racks of standard machines.',
      'Orvanta expects the purchase to close in the second quarter of the year.',
    ]),
    tribune: art('tribune', [
      'Orvanta, the chip maker, said on Wednesday it would buy Kestrel Systems, a server start-up.',
      'The deal cost Orvanta $410 million.',
      'Kestrel makes compact servers that draw much less power than racks of ordinary machines.',
      'The purchase should close in the second quarter, Orvanta said.',
    ]),
    herald: art('herald', [
      'Orvanta will buy server start-up Kestrel Systems, the chip maker said on Wednesday.',
      'Kestrel servers use far less power than standard machines, the company says.',
      'Analysts said the move puts Orvanta in direct competition with larger rivals in data centres.',
    ]),
  };
}
