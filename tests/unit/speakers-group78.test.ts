/**
 * Who said it, a group's words (docs/notes/speak78.md): articles written for the test, one row each, the expected "Said by"
 * (null: nobody). The rows marked "fails on main" read nobody on main 2e57d089; the guards hold on both.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyArticle } from './../data/quotes/story-article';

describe('who said it: a group the article names', () => {
  it.each([
    // A plural role no group of its holders answers: the first of people the article names together as a list.
    ['`a report by A and B … “…,” the authors write` → the first author (fails on main)', 'The Post ran a new report on Sunday. According to the report, written by Ann Kell and Tom Berg, the fund is growing.\n\nThe donor "is expected to put as much as $10 million into the fund," the authors write.', 'is expected', 'Ann Kell'],
    ['`Chairman A …; Chairman B …` … `“…,” the congressmen wrote` → nobody (the text gives them another role)', 'Judiciary Chairman Bob Gale, R-Va.; Oversight Chairman Trey Dunn, R-S.C.; and Intelligence Chairman Devin Moss, R-Calif., wrote to the department on Friday.\n\n"The memos show nothing of the kind," the congressmen wrote.', 'The memos', null],
    ['a semicolon list before `“…,” they added` → the first (fails on main)', 'Judiciary Chairman Bob Gale, R-Va.; Oversight Chairman Trey Dunn, R-S.C.; and Intelligence Chairman Devin Moss, R-Calif., wrote to the department on Friday.\n\n"The memos show nothing of the kind," they added.', 'The memos', 'Bob Gale'],
    // Guards: two names joined across a clause are no list; nobody named together, nobody.
    ['`A takes the second slot, and B is third … “…,” the authors write` → nobody', 'Ann Kell takes the second slot, and Tom Berg is in third place.\n\n"Most of the figures are born in the west," the authors write.', 'Most of the', null],
    ['`the researchers said` with nobody named together → nobody', 'Ann Kell visited the lab on Monday.\n\n"Most of the figures are born in the west," the researchers said.', 'Most of the', null],
  ])('%s', (_name, text, quote, speaker) => {
    expect(speakerOf(storyArticle(text), quote)).toBe(speaker);
  });
});
