/**
 * age76: an age's person is the noun its phrase ends on, past the words that modify it ("a 58-year-old white man" is a
 * man's age, not "white"'s; docs/notes/age76.md). Short texts written for the test; each article's units read whole,
 * with their words, as the report reads them, about no shared named actor (as in the theater shooting that showed it).
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
const personOf = (s: string) => quantities(s).find((q) => q.anchor === '|old')?.person;

describe('the person an age describes, past its modifiers', () => {
  it('reads the noun the phrase ends on', () => {
    expect(personOf('The shooter was a 58-year-old white man who sat in the theater.')).toBe(stem('man'));
    expect(personOf('A 21-year-old college student was in the theater.')).toBe(stem('student'));
    expect(personOf('Two 17-year-old high school students were hurt.')).toBe(stem('student'));
  });
  it('keeps the word after the age when the phrase ends on no person noun, or the sentence goes on', () => {
    expect(personOf('A 35-year-old construction worker was hurt.')).toBe(stem('construction'));
    expect(personOf('A 7-year-old girl died at the scene.')).toBe(stem('girl'));
  });
});

describe('one person\'s age told with and without a modifier', () => {
  const man = ['Police have released more on a 59-year-old man who opened fire inside a movie theater.'];
  const white = ['The shooter was a 58-year-old white man who was a movie theater patron, police said.'];
  it('"a 59-year-old man" / "a 58-year-old white man" disagree', () => {
    expect(ageConflict(man, white)).toBe('number: 59 vs 58');
    expect(ageConflict(white, man)).toBe('number: 58 vs 59');
  });
  it('a different person\'s age stays apart: a man and a woman, a man and a college student', () => {
    expect(ageConflict(['The shooter was a 58-year-old white woman who was a movie theater patron, police said.'], man)).toBeNull();
    expect(ageConflict(['A 21-year-old college student was in the theater when the shooting began.'], ['The shooter was a 20-year-old white man, police said.'])).toBeNull();
  });
});
