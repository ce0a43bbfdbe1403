import { describe, expect, it } from 'vitest';
import { splitParagraph } from '../../lib/segment/index';

const units = (text: string) => splitParagraph(text).map(([a, b]) => text.slice(a, b));

describe('a name written with several initials is one sentence', () => {
  it('keeps "Breanne L. A. Leigh" whole: the initial "A." is not the article "A"', () => {
    const text = 'The woman, identified in court records as Breanne L. A. Leigh, 31, told authorities that she had been shot. She survived.';
    expect(units(text)).toEqual([
      'The woman, identified in court records as Breanne L. A. Leigh, 31, told authorities that she had been shot.',
      'She survived.',
    ]);
  });

  it('keeps an initial "I." between initials, as in "John K. I. M. Smith"', () => {
    expect(units('The winner was John K. I. M. Smith of Leeds. He won again.')).toEqual([
      'The winner was John K. I. M. Smith of Leeds.',
      'He won again.',
    ]);
  });

  it('still cuts after an initial when the next sentence starts with the article "A"', () => {
    expect(units('The ship was renamed Plan B. A storm then hit the coast.')).toEqual([
      'The ship was renamed Plan B.',
      'A storm then hit the coast.',
    ]);
  });
});
