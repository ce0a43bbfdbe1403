/**
 * Figures a reader would not call figures are not given as a card's reason or marked new: a year range's second year, a
 * clock time, a title with "it's" in it (qty65: docs/notes/audit65.md §3 causes 4–5), a round of a competition and a
 * month's second day (nlp66: audit66.md §7, cause 8). On main before them the panel gave pinochet's "his 1973-90 rule" as
 * "gives a figure (90)", bandaid's "premiere at 1755 GMT" as "gives a figure (1755)", a song title Bono "belts out" as
 * "quotes someone", chelsea's "play Barcelona in the last 16" as "gives a figure (16)", and marked "2013" alone of
 * lieberman's "served in the Senate from 1989-2013" and "23" of "on Feb 22 or 23" as new. A number that names (figures68:
 * audit68's gvc17 "gives a figure (900)" for "the 900 block" and "(911)" for an emergency number) is no figure either.
 * Stories written for the test.
 */
import { describe, expect, it } from 'vitest';
import { rankReport } from '../../lib/engine/rank';
import { foldedText, novelDetails } from '../../lib/engine/report';
import { twoOutletReport } from '../data/engine/two-outlet-report';
import { sentenceArticle } from '../data/engine/sentence-article';

/** The Gazette's two sentences of each story; the Herald repeats the first and adds its line. */
const STORIES = {
  single: ['The charity single was released on Monday.', 'Its video was shown on television.'],
  cup: ['The club drew its rival in the cup on Monday.', 'Its coach spoke to the press after the draw.'],
  shots: ['Police said two people were shot on Monday night.', 'The victims were taken to a hospital.'],
};

/** The reason the Herald's `line`, an Added card, ranks high. */
function why(story: keyof typeof STORIES, line: string): string | undefined {
  const gazette = STORIES[story];
  const r = twoOutletReport({ id: 'gazette', outlet: 'Gazette', sentences: gazette }, { id: 'herald', outlet: 'Herald', sentences: [gazette[0]!, line] }, [], [1]);
  return rankReport(r).added[0]!.why;
}

describe('a clock time, a span of years, a title, a round, a second day and a number that names are not given as a figure or a quotation', () => {
  it.each([
    ['a clock time before a time zone', 'single', 'Madonna spoke before the video got its premiere at 1755 GMT on every channel.', undefined],
    ['a span of two years, the second in two digits', 'single', 'The general was never tried for abuses under his 1973-90 rule, despite many cases.', undefined],
    ['a span of years before a noun', 'single', 'The singer served 1998–2001 as the charity’s patron in Sudan.', undefined],
    ['a song title with "it’s" in it', 'single', 'Bono belts out “And Tonight Thank God it’s Them Instead of You” in the new version.', undefined],
    ['a round at the end of a sentence', 'cup', 'The coach had said he wanted to play Barcelona in the last 16.', undefined],
    ['a round of a named cup', 'cup', 'Chelsea will face Barcelona in the last 16 of the Champions League next month.', undefined],
    ['a round written "round of"', 'cup', 'The club were knocked out in the round of 16 by a late goal from the visitors.', undefined],
    // Still what they were: a four-digit count, a quotation with "it's" in it, the last N of something counted, a span of the last N years.
    ['a count of thousands, written with a comma', 'single', 'The single sold 1,755 copies in its first hour on sale.', 'gives a figure (1,755)'],
    ['a quotation with "it’s" in it', 'single', '“I think it’s the right thing to do for the children,” the singer said of the record.', 'quotes someone'],
    ['the last N people', 'cup', 'The last 16 people left the stadium only after midnight on Tuesday.', 'gives a figure (16)'],
    ['the last N years', 'cup', 'The club has won the cup three times in the last 16 years, the coach said.', undefined],
    ['a block number', 'shots', 'The shooting happened in the 900 block of South Main Street, police said.', undefined],
    ['an emergency number called', 'shots', 'A neighbour called 911 and reported hearing several shots.', undefined],
    ['an emergency number before a noun', 'shots', 'Officers went to the house after an anonymous 911 call from a neighbour.', undefined],
    ['a street address', 'shots', 'Officers were sent to 4621 Balsam Court after the shots.', undefined],
    ['a phone number', 'shots', 'Anyone with information is asked to call police at 704-866-3320.', undefined],
    ['a model before a singular noun', 'single', 'The band flew to the show on a 767 airliner lent by the label.', undefined],
    // Four bare digits are a year, whatever follows (audit70: muellerreport's "gives a figure (2020)"; none of the 67 such
    // figures in 19,029 dev units is a count a reader would quote), and a number a capitals code follows names a form.
    ['a year before a plural noun', 'single', 'The release was demanded by several 2020 candidates on Friday.', undefined],
    ['a year after "through"', 'shots', 'The man was arrested several times from 2005 through 2008, police said.', undefined],
    ['a form named by a number', 'single', 'The label did not mention the talks in its 10-Q filed on Monday.', undefined],
    // Still figures: a count of people at an address, a count of the wounded (a plural without an "s").
    ['a count of people at an address', 'shots', 'Police evacuated 40 people from 4621 Balsam Court after the shots.', 'gives a figure (40)'],
    ['a count of the wounded', 'shots', 'The gunfire left 12 wounded outside the club on Monday.', 'gives a figure (12)'],
  ] as const)('%s', (_, story, line, reason) => {
    expect(why(story, line)).toBe(reason);
  });

  it.each([
    ['a year of a span when the other outlet gives none', 'Lieberman, 75, who served in the Senate from 1989-2013, first as a Democrat, met the president.', 'Joe Lieberman, a former senator, met the president on Wednesday.', '2013'],
    ['a second day after "or" when the other outlet names the first day', 'The first leg will be held at the Nou Camp on Feb 22 or 23, the club said.', 'The first leg will be held at the Nou Camp on Feb 22, the club said.', '23'],
    ['a second day after "and" when the other outlet names the first day', 'The climate forum is scheduled for September 19 and 20 at the university.', 'The climate forum is scheduled for September 19 at the university.', '20'],
    ['a second day after a dash when the other outlet names the first day', 'The summit will be held on March 3-4 in the capital, the ministry said.', 'The summit will be held on March 3 in the capital, the ministry said.', '4'],
  ])('marks no %s as a new detail', (_, line, there, figure) => {
    expect(novelDetails(line, foldedText(sentenceArticle('times', [there])))).not.toContain(figure);
  });

  it('still marks a count after a month\'s day and "and" as new ("March 3 and 10 people")', () => {
    const other = sentenceArticle('times', ['The storm struck on March 3 and people died.']);
    expect(novelDetails('The storm struck on March 3 and 10 people died.', foldedText(other))).toContain('10');
  });
});
