/**
 * qty65: a year range's second year and a clock time are no counts, and a title with "it's" in it is no quotation
 * (docs/notes/audit65.md §3 causes 4–5). On main the panel gave pinochet's "his 1973-90 rule" as "gives a figure (90)",
 * bandaid's "premiere at 1755 GMT" as "gives a figure (1755)", a song title Bono "belts out" as "quotes someone", and
 * marked "2013" alone of lieberman's "served in the Senate from 1989-2013" as new. Stories written for the test.
 */
import { describe, expect, it } from 'vitest';
import { rankReport } from '../../lib/engine/rank';
import { foldedText, novelDetails } from '../../lib/engine/report';
import { twoOutletReport } from '../data/engine/two-outlet-report';
import { sentenceArticle } from '../data/engine/sentence-article';

const GAZETTE = ['The charity single was released on Monday.', 'Its video was shown on television.'];

/** The reason the Herald's `line`, an Added card, ranks high. */
function why(line: string): string | undefined {
  const r = twoOutletReport({ id: 'gazette', outlet: 'Gazette', sentences: GAZETTE }, { id: 'herald', outlet: 'Herald', sentences: ['The charity single was released on Monday.', line] }, [], [1]);
  return rankReport(r).added[0]!.why;
}

describe('a clock time, a span of years and a title are not given as a figure or a quotation', () => {
  it.each([
    ['a clock time before a time zone', 'Madonna spoke before the video got its premiere at 1755 GMT on every channel.', undefined],
    ['a span of two years, the second in two digits', 'The general was never tried for abuses under his 1973-90 rule, despite many cases.', undefined],
    ['a span of years before a noun', 'The singer served 1998–2001 as the charity’s patron in Sudan.', undefined],
    ['a song title with "it’s" in it', 'Bono belts out “And Tonight Thank God it’s Them Instead of You” in the new version.', undefined],
    // Still what they were: a four-digit count, a quotation with "it's" in it.
    ['a four-digit count', 'The single sold 1755 copies in its first hour on sale.', 'gives a figure (1755)'],
    ['a quotation with "it’s" in it', '“I think it’s the right thing to do for the children,” the singer said of the record.', 'quotes someone'],
  ])('%s', (_, line, reason) => {
    expect(why(line)).toBe(reason);
  });

  it('marks no year of a span of years as a new detail when the other outlet gives none', () => {
    const other = sentenceArticle('times', ['Joe Lieberman, a former senator, met the president on Wednesday.']);
    expect(novelDetails('Lieberman, 75, who served in the Senate from 1989-2013, first as a Democrat, met the president.', foldedText(other))).not.toContain('2013');
  });
});
