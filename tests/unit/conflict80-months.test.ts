/**
 * conflict80: a month one outlet dates with its year and another tells alone, for one event told in other words
 * ("wrote a long emotional letter … in May 2012" / "in April wrote a lengthy emotional letter"; Multi-News dev 0cd7b0bf,
 * the panel audit79 read). Short texts written for the test, read as the report reads them (docs/notes/conflict80.md).
 */
import { describe, expect, it } from 'vitest';
import { align, DEFAULT_ALIGN } from '../../lib/engine/align';
import { ambiguousFigures, figureConflict } from '../../lib/engine/conflicts';
import { featuresOf, unitIdf, weighAll } from '../../lib/engine/story';
import { quantities, stem, tokens } from '../../lib/nlp';
import { sentenceArticle } from '../data/engine/sentence-article';

/** The conflicts the aligner finds between two articles of sentences (what the panel lists under Possible conflicts). */
function conflictsBetween(x: string[], y: string[]): string[] {
  const fx = featuresOf(sentenceArticle('a', x));
  const fy = featuresOf(sentenceArticle('b', y));
  const idf = unitIdf([fx, fy]);
  return align(weighAll(fx, idf), weighAll(fy, idf), DEFAULT_ALIGN).conflicts.map((c) => c.about);
}

const read = (...texts: string[]) => texts.map((t) => ({ f: { figures: quantities(t), seq: tokens(t).map((x) => stem(x.w)) } }));
/** Unit 0 of A against unit 0 of B, each article read whole, about no shared named actor. */
function monthConflict(A: string[], B: string[]): string | null {
  const a = read(...A);
  const b = read(...B);
  return figureConflict(a[0]!.f.figures, b[0]!.f.figures, { a: ambiguousFigures(a), b: ambiguousFigures(b) }, false);
}

const here = [
  'Vera Lindqvist, who died last week aged 88, wrote a long emotional letter to Bishop Anders Ek in March 2019, church officials say.',
  'In the letter she asked whether the harbour chapel could be saved.',
  'The chapel was closed by the diocese after storm damage to its roof.',
  'Funeral services will be held at the cathedral on Saturday.',
];
const there = [
  'Lindqvist, who died on Friday at the age of 88, in February wrote a lengthy emotional letter to Bishop Anders Ek, the Valmora Post reported.',
  'In the letter she asked whether the harbour chapel could be saved.',
  'The diocese closed the chapel after a storm damaged its roof.',
  'Her funeral will take place at the cathedral on Saturday.',
];

describe('a month dated with its year against a month told alone, one event in other words', () => {
  it('reports the two months of one letter as a possible conflict', () => {
    expect(conflictsBetween(here, there)).toEqual(['date: March vs February']);
    expect(monthConflict(here, there)).toBe('date: March vs February');
  });

  it('the same months in both outlets are no conflict', () => {
    expect(conflictsBetween(here, [there[0]!.replace('February', 'March'), ...there.slice(1)])).toEqual([]);
  });

  it('"May" after a name is a person, not a month: no date conflict', () => {
    expect(monthConflict(['The envoy said he would hold bilateral talks with Prime Minister May during the visit.'], ['The president will hold bilateral talks in July, the embassy said.'])).toBeNull();
  });

  it('two months whose clauses share fewer words date two events', () => {
    expect(monthConflict(['The unemployment rate ticked up to 6.1% from 6% in March.'], ['The unemployment rate rose to 6.1% in April, up from 6% a month earlier.'])).toBeNull();
    expect(monthConflict(['Lindqvist wrote to the bishop in March 2019.'], ['Lindqvist visited the bishop in February.'])).toBeNull();
  });

  it('a different year in the other unit settles it: no conflict', () => {
    expect(monthConflict([here[0]!], ['Lindqvist in February 2018 wrote a lengthy emotional letter to Bishop Anders Ek.'])).toBeNull();
  });
});
