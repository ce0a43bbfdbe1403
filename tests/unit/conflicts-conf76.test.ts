/**
 * conf76: one person's age told with two person nouns ("a ranger's three-year-old son" / "a 2-year-old toddler") and
 * ages spelled with a half (docs/notes/conf76.md). Short texts written for the test; each article's units read whole,
 * with their words, as the report reads them (no named actor shared, as in the leopard story that showed the miss).
 */
import { describe, expect, it } from 'vitest';
import { ambiguousFigures, figureConflict } from '../../lib/engine/conflicts';
import { quantities, stem, tokens } from '../../lib/nlp';

const article = (...texts: string[]) => texts.map((t) => ({ f: { figures: quantities(t), seq: tokens(t).map((x) => stem(x.w)) } }));
/** Unit 0 of A against unit 0 of B, both articles read whole, about no shared named actor. */
function ageConflict(A: string[], B: string[]): string | null {
  const a = article(...A);
  const b = article(...B);
  return figureConflict(a[0]!.f.figures, b[0]!.f.figures, { a: ambiguousFigures(a), b: ambiguousFigures(b) }, false);
}

describe('ages spelled with a half', () => {
  it('reads "two and a half year old" as an age of the person after it, for conflicts', () => {
    for (const s of ['A two and a half year old child was hurt.', 'A two-and-a-half-year-old child was hurt.']) {
      const [q] = quantities(s);
      expect({ text: q!.text, kind: q!.compareAs?.kind, value: q!.value + (q!.fraction ?? 0), head: q!.compareAs?.head, person: q!.person }).toEqual({ text: s.slice(2, 16), kind: 'duration', value: 2.5, head: 'year', person: stem('child') });
    }
  });
  it('a 2-year-old may be two and a half; a three-year-old may not', () => {
    expect(figureConflict(quantities('A two and a half year old boy was hurt.'), quantities('A 2-year-old boy was hurt.'))).toBeNull();
    expect(figureConflict(quantities('A two and a half year old boy was hurt.'), quantities('A 3-year-old boy was hurt.'))).toBe('number: two and a half vs 3');
  });
});

describe('one person told by two nouns', () => {
  const son = ['A leopard snatched and ate a park ranger\'s three-year-old son near the lodge.', 'The toddler had been left with a nanny.'];
  const toddler = ['A 2-year-old toddler was killed by a leopard at the lodge on Friday.', 'Rangers are hunting the animal.'];
  it('the article that calls its son "the toddler" makes the two ages one person\'s: they disagree', () => {
    expect(ageConflict(son, toddler)).toBe('number: three vs 2');
    expect(ageConflict(toddler, son)).toBe('number: 2 vs three');
  });
  it('without an article calling its person by the other noun, two nouns are two people', () => {
    expect(ageConflict([son[0]!, 'The boy had been left with a nanny.'], toddler)).toBeNull();
  });
  it('a different person\'s age in an aligned pair is no conflict', () => {
    expect(ageConflict(['Police said the driver was traveling with his 3-year-old son when the car crashed.'], ['Police said the driver was traveling with her 40-year-old mother when the car crashed.'])).toBeNull();
    expect(ageConflict(['The man was traveling with his 3-year-old son when the car crashed.', 'The son was not hurt.'], ['The man was traveling with his 5-year-old daughter when the car crashed.', 'The daughter was not hurt.'])).toBeNull();
  });
  it('a role in the story is no such noun: the suspect and the victim are two people', () => {
    expect(ageConflict(['A 19-year-old man was arrested after the shooting.', 'The victim died at the hospital.'], ['The 20-year-old victim died at the hospital after the shooting.', 'The man was arrested.'])).toBeNull();
  });
  it('an article that gives the other noun another age does not call its person by it', () => {
    expect(ageConflict([son[0]!, 'The toddler, a 5-year-old toddler from the camp, was unhurt.'], toddler)).toBeNull();
  });
});
