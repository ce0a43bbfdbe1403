/**
 * furn37: the lead-in to a quoted statement the page gives in full is no fact of the report (lib/engine/features.ts
 * `isQuoteLeadIn`, read by `reportFeatures`); the statement itself stays. Text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { featuresOf, isQuoteLeadIn, reportFeatures } from '../../lib/engine/features';
import { sentenceArticle } from '../data/engine/sentence-article';

const TITLE = { title: 'Millbrook library shooting' };
const facts = (sentences: string[]) => {
  const a = sentenceArticle('a', sentences, TITLE);
  return reportFeatures(a, featuresOf(a)).map((f) => f.fact);
};

describe('a short lead-in to the quoted statement in the next paragraph says only who speaks', () => {
  const SHOT = 'A man was shot outside the Millbrook library on Monday night and taken to the county hospital.';
  const STATEMENT = '“We have interviewed a witness and are searching the grounds for the weapon used in the shooting.”';
  it.each([
    ['the report drops the lead-in and keeps the statement', 'The city released this statement:', STATEMENT, false],
    [
      'a lead-in that tells something of its own is longer, and stays a fact',
      'The mayor cancelled the council meeting on Tuesday and read a statement to reporters instead:',
      STATEMENT,
      true,
    ],
    [
      'a short colon line before no quotation (a list, a sentence) stays a fact',
      'Three people were arrested today:',
      'Two of them are brothers from Millbrook and one is a neighbour who lives near the library.',
      true,
    ],
  ])('%s', (_name, colonLine, next, colonLineIsFact) => {
    expect(facts([SHOT, colonLine, next])).toEqual([true, colonLineIsFact, true]);
  });
  it('the quotation must open the next paragraph, not go on in the same one', () => {
    const lead = { i: 0, text: 'The city released this statement:', p: 0, start: 0, end: 33, kind: 'body' as const };
    const next = { i: 1, text: '“We are searching the grounds.”', p: 0, start: 34, end: 65, kind: 'body' as const };
    expect(isQuoteLeadIn(lead, next)).toBe(false);
    expect(isQuoteLeadIn(lead, { ...next, p: 1 })).toBe(true);
    expect(isQuoteLeadIn(lead, undefined)).toBe(false);
  });
});
