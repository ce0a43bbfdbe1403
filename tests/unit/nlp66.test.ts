/**
 * nlp66: a round of a competition ("the last 16") and a month's second day ("Feb 22 or 23") are no counts
 * (docs/notes/audit66.md §7, cause 8). On main the panel gave chelsea's "play Barcelona in the last 16" as "gives a
 * figure (16)" and marked "23" of "on Feb 22 or 23" as new beside an outlet that names Feb 22. Stories written
 * for the test.
 */
import { describe, expect, it } from 'vitest';
import { rankReport } from '../../lib/engine/rank';
import { foldedText, novelDetails } from '../../lib/engine/report';
import { twoOutletReport } from '../data/engine/two-outlet-report';
import { sentenceArticle } from '../data/engine/sentence-article';

const GAZETTE = ['The club drew its rival in the cup on Monday.', 'Its coach spoke to the press after the draw.'];

/** The reason the Herald's `line`, an Added card, ranks high. */
function why(line: string): string | undefined {
  const r = twoOutletReport({ id: 'gazette', outlet: 'Gazette', sentences: GAZETTE }, { id: 'herald', outlet: 'Herald', sentences: ['The club drew its rival in the cup on Monday.', line] }, [], [1]);
  return rankReport(r).added[0]!.why;
}

describe('a round of a competition and a second day are not given as a figure or marked new', () => {
  it.each([
    ['a round at the end of a sentence', 'The coach had said he wanted to play Barcelona in the last 16.', undefined],
    ['a round of a named cup', 'Chelsea will face Barcelona in the last 16 of the Champions League next month.', undefined],
    ['a round written "round of"', 'The club were knocked out in the round of 16 by a late goal from the visitors.', undefined],
    // Still what they were: the last N of something counted, a span of the last N years.
    ['the last N people', 'The last 16 people left the stadium only after midnight on Tuesday.', 'gives a figure (16)'],
    ['the last N years', 'The club has won the cup three times in the last 16 years, the coach said.', undefined],
  ])('%s', (_, line, reason) => {
    expect(why(line)).toBe(reason);
  });

  it.each([
    ['"or"', 'The first leg will be held at the Nou Camp on Feb 22 or 23, the club said.', '23'],
    ['"and"', 'The climate forum is scheduled for September 19 and 20 at the university.', '20'],
    ['a dash', 'The summit will be held on March 3-4 in the capital, the ministry said.', '4'],
  ])('marks no second day after %s as a new detail when the other outlet names the first day', (_, line, day) => {
    const other = sentenceArticle('times', [line.replace(/(\d+)(?: or | and |-)\d+/, '$1')]);
    expect(novelDetails(line, foldedText(other))).not.toContain(day);
  });

  it('still marks a count after a month\'s day and "and" as new ("March 3 and 10 people")', () => {
    const other = sentenceArticle('times', ['The storm struck on March 3 and people died.']);
    expect(novelDetails('The storm struck on March 3 and 10 people died.', foldedText(other))).toContain('10');
  });
});
