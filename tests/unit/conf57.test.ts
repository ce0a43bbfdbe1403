/**
 * conf57: a capitalised word that opens a sentence, a line or a stretch after a spaced dash ("NOTE: Net excludes …",
 * "Acme Inc - Offering of …") says nothing of a name by its capital. It is read as whose figure it is only where the
 * article also writes it capitalised somewhere no sentence opens ("… the attack on Yida camp …"). Without that, two
 * companies' earnings notes that both open "Net excludes" are not one owner's figure the outlets disagree on: the card
 * is a figure to check (docs/notes/conf57.md: rounds 36–38, Reuters-21578, 15 false "differs" rows, 13 of them such
 * openers; no true row of rounds 1–35 moves).
 *
 * Short texts invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { articleNames, statedOwner } from '../../lib/engine/conflicts';
import { nameEvidence, quantities } from '../../lib/nlp';
import { sentenceArticle, twoTellings } from '../data/engine/sentence-article';

const first = (s: string) => quantities(s).find((q) => q.kind === 'count' || q.kind === 'money')!;
const last = 'The figures are unaudited, the two mills said in statements filed on Monday.';
const titles = ['Harlow mills report a quiet quarter', 'Two Harlow mills post quarterly results'] as const;
const cards = async (lead: string, here: string, there: string) =>
  (await twoTellings(lead, last, titles)(here, there)).conflicts.filter((c) => c.kind !== 'quote').map((x) => [x.sides?.[0]?.here, x.sides?.[0]?.there, !!x.check]);

describe('a word that opens a line is a name only with evidence from its article', () => {
  it('"NOTE: Net excludes …" twice: a figure to check; a name the article writes mid-sentence: stated', async () => {
    const here = 'NOTE: Net excludes a gain of 40,000 dlrs from the sale of a warehouse in the fourth quarter.';
    const there = 'NOTE: Net excludes a gain of 75,000 dlrs from the sale of a warehouse in the fourth quarter.';
    expect(await cards('Two textile mills of the Harlow valley reported quarterly earnings on Monday, both lower than a year ago.', here, there)).toEqual([['40,000', '75,000', true]]);
    // A name opening its sentence that the lead writes mid-sentence ("near Brannock"): one owner, so the card states
    // that the outlets differ; the same pair where nothing else names Brannock is a figure to check.
    const a = 'Brannock employs 2,200 mill workers in the fourth quarter, the mills said.';
    const b = 'Brannock employs 3,100 mill workers in the fourth quarter, the mills said.';
    expect(await cards('Two textile mills near Brannock reported quarterly earnings on Monday, both lower than a year ago.', a, b)).toEqual([['2,200', '3,100', false]]);
    expect(await cards('Two textile mills of the valley reported quarterly earnings on Monday, both lower than a year ago.', a, b)).toEqual([['2,200', '3,100', true]]);
  });

  it('reads the opener: after a colon, a spaced dash or a full stop; not a name of two words or after an initial, nor one the sentence repeats', () => {
    expect(first('NOTE: Net excludes a gain of 40,000 dlrs.').opens).toBe(true);
    expect(first('Harlow Mills Inc - Offering of 50 mln dlrs of notes through Orrin Bank.').opens).toBe(true);
    expect(first('Funds averaged 6.29 pct on Friday.').opens).toBe(true);
    expect(first('Mara Tolen sold 400 looms last year.').opens).toBeUndefined();
    expect(first('Brannock sold 400 looms last year, and the looms went to Brannock schools.').opens).toBeUndefined();
    expect(first('The mill said Tolen sold 400 looms last year.').opens).toBeUndefined();
    // An initial's full stop ends no sentence: "J. Tolen", "the U.S. Treasury" are names, not openers.
    expect(first('J. Tolen sold 400 looms last year.').opens).toBeUndefined();
    expect(first('The fund bought the U.S. Treasury notes worth 400 mln dlrs.').opens).toBeUndefined();
  });

  it('the evidence: words written capitalised where no sentence, line or dashed stretch opens', () => {
    const e = nameEvidence('NOTE: Net rose. The attack on Yida camp came at noon - Officials said so.\nFunds fell.');
    expect([...e].sort()).toEqual(['yida']);
    const a = sentenceArticle('a', ['Brannock is home to 22,000 people.', 'The mill at Brannock closed.']);
    const b = sentenceArticle('b', ['Brannock is home to 20,000 people.']);
    const x = first(a.units[0]!.text);
    const y = first(b.units[0]!.text);
    expect(statedOwner(x, y, { a: articleNames(a), b: articleNames(b) })).toBe(false);
    expect(statedOwner(x, y, { a: articleNames(a), b: articleNames(a) })).toBe(true);
    expect(statedOwner(x, y)).toBe(false);
  });
});
