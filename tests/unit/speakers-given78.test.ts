/**
 * Who said it, the quotes of a proxy nobody names (docs/notes/given78.md): articles written for the test, one row each, the
 * expected "Said by" (null: nobody). The rows marked "fails on main" name someone on main 2e57d089; the guards hold on both.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyArticle } from './../data/quotes/story-article';

describe('who said it: a proxy nobody names speaks for nobody named', () => {
  it.each([
    // G1: "the aide" / "the official" that nobody in the article was named as is an unnamed one, not the last person named.
    ['`… Senator Mara Quinn … ¶ “…,” the aide said.` → nobody (fails on main)', 'Senator Mara Quinn will vote against the bill on Tuesday, her office confirmed.\n\n"If the House makes any changes, I am sure they will let everyone know," the aide said.', 'If the House', null],
    ['`… Governor Tom Reyes … ¶ “…,” the official said.` → nobody (fails on main)', 'Governor Tom Reyes signed the order on Monday.\n\n"The conditions have improved enough to end the program," the official said.', 'The conditions', null],
    // G2: a role the preposition ties to a name is another's: "a senior official with President Ann Cole's administration" gives
    // Ann Cole no role "official".
    ['`a senior official with President Ann Cole’s administration told … ¶ “…,” the official said.` → nobody (fails on main)', 'The program will end in July, a senior official with President Ann Cole\'s administration told a briefing.\n\n"The conditions have improved enough to end the program," the official said.', 'The conditions', null],
    // Guards: the article names someone with the role (after the name or before it, set off by a comma).
    ['`Sandy Liser, an attorney for the family, … ¶ “…,” the attorney said.` → Sandy Liser', 'Sandy Liser, an attorney for the family, spoke on Monday.\n\n"We will appeal the ruling as soon as we can," the attorney said.', 'We will appeal', 'Sandy Liser'],
    ['`a spokesman for the company, Peter Carr, … ¶ “…,” the spokesman said.` → Peter Carr', 'A spokesman for the company, Peter Carr, declined to comment on Monday.\n\n"We will appeal the ruling as soon as we can," the spokesman said.', 'We will appeal', 'Peter Carr'],
    ['`Gerald Marsh argued … ¶ “…,” the lawyer said.` → Gerald Marsh (a lawyer the text names by name alone)', 'Gerald Marsh defended the actor in court. Marsh argued on Thursday that his client had been willing to stay.\n\n"He had come to terms with the fact that it was family," the lawyer said.', 'He had come', 'Gerald Marsh'],
    ['`Official Dana Boyd … ¶ “…,” the official said.` → Dana Boyd', 'State official Dana Boyd spoke to reporters on Monday.\n\n"The conditions have improved enough to end the program," the official said.', 'The conditions', 'Dana Boyd'],
  ])('%s', (_name, text, quote, speaker) => {
    expect(speakerOf(storyArticle(text), quote)).toBe(speaker);
  });
});
