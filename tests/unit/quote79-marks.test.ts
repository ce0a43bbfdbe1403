/**
 * quote79 (issue 8 item 2): quotations written with the wire's doubled marks — ``…'' (TeX-like, old CMS exports) and
 * ''…'' (two typewriter apostrophes) — are quotations to the engine's quote channel and to the trace, so a quotation two
 * outlets print word for word is one quotation whichever marks each used; so are their smart-quoted forms “…’’ and
 * ‘’…’’. Inches (5' 11'') and a closer with no opener make none.
 */
import { describe, expect, it } from 'vitest';
import { sameQuotation, weighPairs } from '../../lib/engine/align';
import { quotedSpans } from '../../lib/nlp';
import { extractQuotes } from '../../lib/quotes/extract';
import { sentenceArticle } from '../data/engine/sentence-article';

const said = (s: string) => quotedSpans(s).map((q) => q.text);

describe('doubled quotation marks', () => {
  it('``…\'\' and \'\'…\'\' enclose a quotation, its text without the marks', () => {
    expect(said("``He threw the gun down and laid spread-eagle on the ground,'' Lea said.")).toEqual(['He threw the gun down and laid spread-eagle on the ground,']);
    expect(said("''She came on the public stage as someone who was a little different,'' said Ann Lewis.")).toEqual(['She came on the public stage as someone who was a little different,']);
    expect(said("The gunman ``went up and down the carousels,'' a witness said, and ''we just ran.''")).toEqual(['went up and down the carousels,', 'we just ran.']);
    // Their smart-quoted forms, as a CMS types them: “…’’ and ‘’…’’.
    expect(said('“The walls in these flats are very thin,’’ a neighbour said. ‘’We were lucky,’’ he added.')).toEqual(['The walls in these flats are very thin,', 'We were lucky,']);
  });

  it('inches and a closing pair with nothing opened are no quotation; curly and straight marks are read as before', () => {
    expect(said("He is 5' 11'' tall and weighs 180 pounds, the report said.")).toEqual([]);
    expect(said("She called the lease a parting gift'' to Boeing, and said so twice.")).toEqual([]);
    expect(said('"Plain straight marks," he said, and “curly ones too.”')).toEqual(['Plain straight marks,', 'curly ones too.']);
  });

  it('one quotation two wire outlets print with doubled marks is the same quotation (the quote channel sees it)', () => {
    const [[a, b]] = weighPairs([
      [
        "Mark Lea said: ''He threw the gun down and laid spread-eagle on the ground until the officer came up to him.''",
        "``He threw the gun down and laid spread-eagle on the ground until the officer came up to him,'' the witness said.",
      ],
    ]) as [[Parameters<typeof sameQuotation>[0], Parameters<typeof sameQuotation>[1]]];
    expect(sameQuotation(a, b)).toBe(true);
  });

  it('the trace finds a ``…\'\' quotation inside a sentence, and one opening a paragraph without its marks', () => {
    const article = sentenceArticle('wire', [
      'Mark Lea was waiting at the baggage claim on Friday.',
      "He said the gunman ``went up and down the carousels, shooting through luggage.''",
      "``He threw the gun down and laid spread-eagle on the ground,'' Lea said.",
    ], { title: 'Airport shooting' });
    const quotes = extractQuotes(article).map((q) => q.text);
    expect(quotes).toContain('went up and down the carousels, shooting through luggage.');
    expect(quotes.some((q) => q.startsWith('He threw the gun down'))).toBe(true);
    expect(quotes.some((q) => q.includes('`'))).toBe(false);
  });
});
