/**
 * conf56: a company's legal form ("Ltd", "Inc", "Corp") is no owner both sides name. Two companies' figures under one
 * noun ("The Harlow Mills Ltd is issuing a 30 mln dlr bond" / "The Corran Textiles Ltd is issuing a 50 mln dlr bond")
 * share only the suffix, so the card must not state that the outlets differ about one thing: it is a figure to check
 * (docs/notes/conf56.md: round 36, Reuters-21578, two "differs" rows were two banks' eurobonds told by one lead manager,
 * "Ltd" read as their one owner).
 *
 * conf56b: whose figure it is. A nationality written before a currency or a unit ("30 mln Swiss francs", "50 mln
 * Australian dlrs") says which currency it is, not whose figure: two companies' notes in Swiss francs are not one owner's
 * figure the outlets disagree on (docs/notes/conf56b.md: round 37, Reuters-21578, three "differs" rows read "Swiss" or
 * "Australian" as the owner). And "roughly" / "close to" hedge a figure as "about" does: "roughly 30 pages" admits 28.
 *
 * Short texts invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { ownersNamed, statedOwner } from '../../lib/engine/conflicts';
import { quantities } from '../../lib/nlp';
import { twoTellings } from '../data/engine/sentence-article';

const lead = 'Two textile makers of the Harlow valley are raising money on the bond market this week, bankers said on Monday.';
const last = 'The bonds are due in 2031 and will be listed in Dublin, the bankers said.';
const tellings = twoTellings(lead, last, ['Harlow textile makers tap the bond market', 'Harlow valley mills raise money with bonds']);
const compare = async (here: string, there: string) =>
  (await tellings(here, there)).conflicts.filter((c) => c.kind !== 'quote').map((x) => [x.sides?.[0]?.here, x.sides?.[0]?.there, x.check]);
const first = (s: string) => quantities(s).find((q) => q.kind === 'count')!;

describe('a legal form is not a name both sides give', () => {
  it('two companies\' bonds whose names share only "Ltd": flagged check, not stated', async () => {
    expect(
      await compare(
        'The Harlow Mills Ltd is issuing a 30 mln dlr convertible bond with an indicated coupon of 2 pct, lead manager Orrin Bank said.',
        'The Corran Textiles Ltd is issuing a 50 mln dlr convertible bond with an indicated coupon of 2 pct, lead manager Orrin Bank said.',
      ),
    ).toEqual([['30', '50', true]]);
  });
  it('"Ltd" or "Inc" alone names no owner; a name does', () => {
    const a = 'The Harlow Mills Ltd is issuing a 30 mln dlr bond.';
    const b = 'The Corran Textiles Ltd is issuing a 50 mln dlr bond.';
    expect(ownersNamed(first(a), first(b))).not.toContain('name');
    expect(statedOwner(first('Brannock Inc sold 400 looms last year.'), first('Tully Inc sold 700 looms last year.'))).toBe(false);
    expect(statedOwner(first('Mara Tolen sold 400 looms last year.'), first('Mara Tolen sold 700 looms last year.'))).toBe(true);
  });
});

describe('a nationality before a currency or a unit is not whose figure it is', () => {
  it('two companies\' notes in Swiss francs: no card states that the outlets differ', async () => {
    const cards = await compare(
        'The Harlow Mills Ltd is issuing 30 mln Swiss francs of convertible notes with an indicated coupon of 2 pct, lead manager Orrin Bank said.',
        'The Corran Textiles Ltd is issuing 50 mln Swiss francs of convertible notes with an indicated coupon of 2 pct, lead manager Orrin Bank said.',
    );
    expect(cards.filter(([, , check]) => !check)).toEqual([]);
  });
  it('the owner is the company, not the currency\'s nationality; a person noun rule and a plain name still hold', () => {
    expect(first('Harlow Mills is issuing 30 mln Swiss francs of notes.').owner).toBe('mills');
    expect(first('Corran Textiles sold 40 mln Australian dlrs of bonds.').owner).toBe('textiles');
    expect(statedOwner(first('Harlow Mills is issuing 30 mln Swiss francs of notes.'), first('Corran Textiles is issuing 50 mln Swiss francs of notes.'))).toBe(false);
    expect(quantities('The court heard from 27-year-old Christopher Tolen on Tuesday.')[0]!.owner).toBe('tolen');
  });
});

describe('"roughly" and "close to" hedge a figure', () => {
  it('reads them as qualifiers', () => {
    expect(first('The report runs roughly 30 pages.').qualifier).toBe('roughly');
    expect(first('Inspectors found close to 40 faults.').qualifier).toBe('close to');
  });
  it('an exact figure and a hedged round one are no disagreement', async () => {
    expect(
      await compare(
        'The Harlow council report on the two mills runs 28 pages and lists their debts, officials said.',
        'The Harlow council report on the two mills runs roughly 30 pages and lists their debts, officials said.',
      ),
    ).toEqual([]);
  });
});
