/**
 * speak59 (docs/notes/speak59.md): a possessive pronoun's role, then the full name, after the verb ("“…,” said his wife,
 * Sheraine Lathon, 69", "said his uncle Jo Weber.") names that person: main read "his" as no speaker phrase and gave
 * nobody. A role with no name stays nobody ("said his lawyer, who asked not to be named"). Articles written for the test.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyArticle } from './../data/quotes/story-article';

describe('who said it: a possessive pronoun, a role, then the name', () => {
  it.each([
    [
      '"“…,” said his wife, Sheraine Lathon, 69, of Richton Park." → Sheraine Lathon',
      'Tom Lathon, 71, died in April after a short illness.\n\nHis family held a service on Friday.\n\n“He gave everything to this town,” said his wife, Sheraine Lathon, 69, of Richton Park.',
      'He gave everything',
      'Sheraine Lathon',
    ],
    [
      '"“…,” said his uncle Jo Weber." → Jo Weber',
      'Sam Adler, 19, was killed on Saturday when a car struck him on Dover Street.\n\nFamilies gathered at the corner on Sunday morning.\n\n“He was a hardworking young man,” said his uncle Jo Weber.',
      'He was a hardworking',
      'Jo Weber',
    ],
    [
      '"“…,” said his lawyer, who asked not to be named." (no name) → nobody',
      'Ruth Adler, the former county clerk, was charged on Monday with taking bribes.\n\nHer husband, Sam Adler, was not charged.\n\n“He is relieved,” said his lawyer, who asked not to be named.',
      'He is relieved',
      null,
    ],
  ])('%s', (_name, text, quote, speaker) => {
    expect(speakerOf(storyArticle(text), quote)).toBe(speaker);
  });
});
