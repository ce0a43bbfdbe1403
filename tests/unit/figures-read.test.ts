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
import { readFileSync } from 'node:fs';
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

/** tests/data/figures-read.tsv: what, story, the Herald's line, the reason it gives ('' → none). */
const REASONS = readFileSync(new URL('../data/figures-read.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#') && !l.startsWith('what\t'))
  .map((l) => {
    const [what, story, line, reason] = l.split('\t') as [string, keyof typeof STORIES, string, string];
    return [what, story, line, reason || undefined] as const;
  });

/** The reason the Herald's `line`, an Added card, ranks high. */
function why(story: keyof typeof STORIES, line: string): string | undefined {
  const gazette = STORIES[story];
  const r = twoOutletReport({ id: 'gazette', outlet: 'Gazette', sentences: gazette }, { id: 'herald', outlet: 'Herald', sentences: [gazette[0]!, line] }, [], [1]);
  return rankReport(r).added[0]!.why;
}

describe('a clock time, a span of years, a title, a round, a second day and a number that names are not given as a figure or a quotation', () => {
  it.each(REASONS)('%s', (_, story, line, reason) => {
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
