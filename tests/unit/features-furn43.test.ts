/**
 * furn43: a magazine's plug for its own issue and a film site's credits box are no facts of the report
 * (lib/engine/features.ts `pageFurnitureForm`; docs/notes/furn43.md). Text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { featuresOf, pageFurnitureForm, reportFeatures } from '../../lib/engine/features';
import { sentenceArticle } from '../data/engine/sentence-article';

const facts = (lines: string[]) => {
  const a = sentenceArticle('a', lines);
  return reportFeatures(a, featuresOf(a)).map((f) => f.fact);
};

describe("the publication's plug for its own issue is no fact", () => {
  it('buy / pick up / on sale, about this week\'s issue or the digital edition, addressed to the reader', () => {
    expect(
      facts([
        'The singer filed for divorce in a Los Angeles court on Monday, her lawyer said.',
        "Pick up this week's Glint at your local newsstand now, or download the digital edition to your phone.",
        'Remember, you can buy the tablet edition of Glint magazine every Thursday.',
        "This week's Glint is on sale now, with the full interview.",
        'The couple married in 2012 and have two children.',
      ]),
    ).toEqual([true, false, false, false, true]);
  });
  it('a story about a magazine, a quoted plug, a reported sale stay facts', () => {
    expect(pageFurnitureForm('The issue with the singer on its cover hits newsstands on Friday.')).toBeNull();
    expect(pageFurnitureForm('The magazine said it sold 2 million copies of the digital edition last year.')).toBeNull();
    expect(pageFurnitureForm('"Buy this week\'s issue now," the editor wrote in a memo to staff.')).toBeNull();
  });
});

describe("a film site's credits box is no fact", () => {
  it('three or more capitalised credit labels in one unit', () => {
    expect(
      facts([
        'Moor Hound, The DRAMA: 2021 Release Date: 2021-03-05 Running Length: 1:52 MPAA Classification: PG-13 Cast: Ann Poe, Bo Roe Director: Cy Doe',
        'The remake moves the story from the moors to a mill town.',
      ]),
    ).toEqual([false, true]);
  });
  it("a review's sentence naming the director and the rating stays a fact", () => {
    expect(pageFurnitureForm('The film, directed by Cy Doe and starring Ann Poe, is rated PG-13 for violence.')).toBeNull();
    expect(pageFurnitureForm('Directed by Cy Doe, the remake moves the story from the moors to a mill town.')).toBeNull();
  });
});
