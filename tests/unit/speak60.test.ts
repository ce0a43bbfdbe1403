/**
 * speak60 (docs/notes/speak60.md): a possessive pronoun, a kin noun the lexicon does not list (hyphenated or not), then the full
 * name, after the verb ("“…,” said his cousin Jennifer Rogulich", "said her great-grandmother, Marie Jacobs") names that person:
 * main read the phrase but counted the name as no person (no title, no gendered noun, no listed given name) and gave nobody.
 * A kin noun with no name stays nobody, and such a name after "said" with a clause of its own is no speaker of the quote
 * after it ("Ray Dunn … said his employee, Juan Perez, was …. “Our bar is done,” he said." is Ray Dunn's). Articles written for the test.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyArticle } from './../data/quotes/story-article';

const story = (attribution: string) =>
  `Tom Bandemer, 16, died on Sunday after a shooting on Ash Street.\n\nFriends gathered at the school on Monday.\n\n“He was with the wrong people at the wrong time,” ${attribution}`;
const tavern =
  'A crane fell onto a block of flats on Saturday.\n\nRay Dunn, who owned a tavern that was closed when the building fell, said his employee, Juan Perez, was the man pulled from the rubble. He said Perez suffered a broken leg.\n\n“Our bar is done,” he said.';

describe('who said it: his / her, a kin noun, then the name', () => {
  it.each([
    ['“…,” said his cousin Jennifer Rogulich.', story('said his cousin Jennifer Rogulich.'), 'He was with', 'Jennifer Rogulich'],
    ['“…,” said his great-grandmother Marie Jacobs.', story('said his great-grandmother Marie Jacobs.'), 'He was with', 'Marie Jacobs'],
    ['“…,” said her step-cousin, Ana Ruiz.', story('said her step-cousin, Ana Ruiz.'), 'He was with', 'Ana Ruiz'],
    ['“…,” said his cousin, who asked not to be named. (no name)', story('said his cousin, who asked not to be named.'), 'He was with', null],
    ['“…,” he said, after "X said his employee, Juan Perez, was …"', tavern, 'Our bar', 'Ray Dunn'],
  ])('%s', (_name, text, quote, speaker) => {
    expect(speakerOf(storyArticle(text), quote)).toBe(speaker);
  });
});
