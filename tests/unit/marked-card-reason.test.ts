/**
 * audit64: a marked Added card ("Only the marked part is new: this article tells the rest") weighs, and gives as its
 * reason, only what its marked part carries (lib/engine/rank.ts `markedSignals`). On hr1 (BASIL dev) HuffPost's "The
 * For The People Act, which passed 234-193, [was Democrats' top priority …]" was ranked first with "gives a figure
 * (234)", the page's own figure. A story written for the test: the Gazette and the Herald on a bill's passage.
 */
import { describe, expect, it } from 'vitest';
import { markedSignals, rankReport } from '../../lib/engine/rank';
import type { NovelSpan } from '../../lib/types';
import { twoOutletReport } from '../data/engine/two-outlet-report';

const GAZETTE = ['The House passed the ethics bill on Friday.', 'Its sponsors spoke on the floor.'];
/** A plain new line of the Herald's, after the marked one: one point for its figure. */
const OTHER = 'Opponents warned the bill would cost taxpayers $5 million.';

/** The Herald's marked line (`line`, `marked` its new part; `detail` for a figure marked) before OTHER: the ranked cards. */
function ranked(line: string, marked: string, detail: boolean) {
  const r = twoOutletReport({ id: 'gazette', outlet: 'Gazette', sentences: GAZETTE }, { id: 'herald', outlet: 'Herald', sentences: ['The House passed the ethics bill on Friday.', line, OTHER] }, [], [1, 2]);
  const start = line.indexOf(marked);
  const novel: NovelSpan = { start, end: start + marked.length, ...(detail ? { detail: true as const } : {}) };
  r.added[0] = { ...r.added[0]!, novel: [novel] };
  return rankReport(r).added;
}

describe('a marked added card weighs what it adds, not the part this article tells', () => {
  it.each([
    // The figure is in the told part: neither its weight nor its reason; the plain line with a figure of its own leads.
    ['a figure in the told part', 'The bill, which passed 234-193, was the party’s first priority this year.', 'was the party’s first priority this year.', false, 1, undefined],
    // The figure is the new part: it keeps both, and its place.
    ['the figure marked', 'The bill passed on Friday by a vote of 234-193.', 'by a vote of 234-193', true, 0, 'gives a figure (234)'],
    // A marked number read in its sentence: the "10" of a "10-Q" names a form, and is given as no figure (audit70: mn17's
    // "gives a figure (10)"); a marked year neither.
    ['a form number marked', 'The talks went unmentioned in the company’s 10-Q filed on Monday.', '10', false, 0, undefined],
    ['a year marked', 'The talks went unmentioned by several 2020 candidates on Monday.', '2020', false, 1, undefined],
    // A quotation overlapping the mark is something new said.
    ['a quote marked', 'The bill passed, and its sponsor called it “a victory for every voter in this country” at once.', '“a victory for every voter in this country” at once.', false, 0, 'quotes someone'],
  ])('%s', (_, line, marked, detail, place, why) => {
    const cards = ranked(line, marked, detail);
    const card = cards.find((c) => c.text === line)!;
    expect(cards.indexOf(card)).toBe(place);
    expect(card.why).toBe(why);
  });

  it('reads the marks only: no figure, consequence or name outside them', () => {
    const text = 'The Senate passed it 60-40 after Smith, a senator, called for the vote.';
    const s = markedSignals(text, [{ start: text.indexOf('after'), end: text.indexOf(', a senator') }]);
    expect(s).toEqual({ figure: null, counted: false, quote: false, consequence: false, name: true });
  });
});
