/**
 * speak58 (docs/notes/speak58.md): an indefinite role with the person's full name as the speaker of a quote ("“…,” another yoga
 * instructor Melissa Brennan said", "said one local resident Tom Hale") names that person: main read the article as "an unnamed
 * person" and gave nobody. An unnamed person stays nobody ("“…,” a New Hampshire Republican said"), and a name reached through a
 * preposition is not the speaker ("a friend of Mary Cole said"). Articles written for the test.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyArticle } from './../data/quotes/story-article';

describe('who said it: an indefinite role, then the name', () => {
  it.each([
    [
      '"“…,” another yoga instructor Nora Pell said" → Nora Pell',
      'The studio on Main Street will close in March after twenty years.\n\nIts owner, Ruth Adler, said the rent had doubled.\n\n“We all learned to teach here,” another yoga instructor Nora Pell said.',
      'We all learned to teach here',
      'Nora Pell',
    ],
    [
      '"“…,” said one local resident Tom Hale." → Tom Hale',
      'The bridge over the Alder River reopened on Friday after two years of repairs.\n\nMayor Ruth Adler cut the ribbon.\n\n“It is good to drive to work again,” said one local resident Tom Hale.',
      'It is good to drive',
      'Tom Hale',
    ],
    [
      '"“…,” a longtime Democratic donor said" (no name) → nobody',
      'Senator Ruth Adler raised $2 million in the quarter.\n\n“She will need more than that,” a longtime Democratic donor said.',
      'She will need more',
      null,
    ],
    [
      '"“…,” a friend of Mary Cole said" (the name after a preposition) → nobody, not Mary Cole',
      'Mary Cole, 34, was last seen leaving her office on Friday evening.\n\nPolice have searched the park near her home.\n\n“She would never just leave,” a friend of Mary Cole said.',
      'She would never just leave',
      null,
    ],
  ])('%s', (_name, text, quote, speaker) => {
    expect(speakerOf(storyArticle(text), quote)).toBe(speaker);
  });
});
