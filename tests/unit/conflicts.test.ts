import { describe, expect, it } from 'vitest';
import { comparable } from '../../lib/engine/conflicts';
import { quantities } from '../../lib/nlp';
import { conflict } from './conflict-helpers';


describe('conflicts need the same quantity about the same thing', () => {
  it('does not read the 11 of "Sept. 11" or "9/11" as a count (issue 8)', () => {
    expect(conflict('Fifteen of the 19 hijackers on 9/11 were citizens of Saudi Arabia.', 'Fifteen of the 19 Sept. 11 hijackers were citizens of Saudi Arabia.')).toBeNull();
    expect(conflict('The 19 hijackers trained for months before 9/11.', 'The 19 Sept. 11 hijackers trained for months.')).toBeNull();
  });

  it('reads a range written with a dash as one figure, and a figure inside it as no disagreement', () => {
    expect(quantities('Prices rose 30-60 per cent last year.').map((q) => [q.kind, q.value, q.max])).toEqual([['percent', 30, 60]]);
    expect(quantities('Between 10–12 people were hurt.').map((q) => [q.value, q.max])).toEqual([[10, 12]]);
    expect(conflict('Prices rose 30-60 per cent last year.', 'Prices rose 45 per cent last year.')).toBeNull();
    // A falling pair is a score, not a range; two years stay two years.
    expect(quantities('The Lakers won 3-2 on Sunday.').filter((q) => q.kind === 'count').map((q) => q.value)).toEqual([3, 2]);
    expect(quantities('The 2019-2020 season ended.').some((q) => q.max === 2020 && q.value === 2019)).toBe(false);
  });

  it('reports a real disagreement on a count of the same thing', () => {
    expect(conflict('Nineteen hijackers boarded four planes that morning.', 'Twenty hijackers boarded four planes that morning.')).toBe('number: Nineteen vs Twenty');
    expect(conflict('The crash killed 157 people on board.', 'The crash killed 149 people on board.')).toBe('number: 157 vs 149');
  });

  it('does not compare counts of different things', () => {
    expect(conflict('19 hijackers took part in the attacks.', 'The attacks caused 11 deaths in the building.')).toBeNull();
    expect(conflict('Officials said 40 officers were injured.', 'Officials said 12 protesters were arrested.')).toBeNull();
  });

  it('treats identifiers as names, not amounts', () => {
    expect(conflict('The Boeing 737 was delayed on Route 66.', 'The Boeing 747 was delayed on Route 60.')).toBeNull();
    expect(conflict('Section 230 shields platforms, lawmakers said.', 'Section 231 shields platforms, lawmakers said.')).toBeNull();
    expect(conflict('COVID-19 cases rose as F-35 jets flew over.', 'COVID-20 cases rose as F-16 jets flew over.')).toBeNull();
    // A size that names a model: two different laptops, not a disagreement.
    expect(conflict('The 16-inch MacBook Pro has a physical escape key.', 'My 15-inch MacBook Pro has a physical escape key.')).toBeNull();
    expect(conflict('The video runs for an 11-minute stretch.', 'The video runs for a 12-minute stretch.')).toBe('number: 11 vs 12');
  });

  it('reports different figures for the same thing, and the same figure written two ways as agreement', () => {
    expect(conflict('More than 200 Venezuelans were deported.', 'The U.S. deported 150 Venezuelans.')).toBe('number: More than 200 vs 150');
    expect(conflict('About 12,000 liters of fuel leaked.', 'Some 12,000 liters of fuel escaped.')).toBeNull();
    expect(conflict('Two crew members were hurt.', 'The two injured crew members spent two weeks in hospital.')).toBeNull();
  });

  it('compares money about the same thing, not money about different things', () => {
    expect(conflict('The U.S. paid $4.76 million in aid.', 'The U.S. paid $6 million in aid.')).toBe('money: $4.76 million vs $6 million');
    expect(conflict('The U.S. paid $4.76 million in aid.', 'The U.S. paid 4.76 million dollars in aid.')).toBeNull();
    expect(conflict('The city spent $4 million on roads.', 'The city spent $9 million on schools.')).toBeNull();
  });

  it('leaves dates and times out of number conflicts', () => {
    expect(conflict('The vote came at 5 p.m. on Sept. 12 and 300 members voted.', 'The vote came at 6 p.m. on Sept. 13 and 300 members voted.')).toBeNull();
    expect(conflict('The meeting began at 10:30 with 12 ministers.', 'The meeting began at 11:15 with 12 ministers.')).toBeNull();
  });

  it('says when two figures are comparable', () => {
    const [a] = quantities('more than 200 Venezuelans');
    const [b] = quantities('238 Venezuelans');
    const [c] = quantities('238 Colombians');
    const [d] = quantities('Route 238');
    expect(comparable(a!, b!)).toBe(true);
    expect(comparable(b!, c!)).toBe(false);
    expect(comparable(d!, d!)).toBe(false);
  });
});

describe('conflicts on real coverage (shapes seen on the zyte pages)', () => {
  it('does not pair quantities an order of magnitude apart', () => {
    expect(conflict('The attorney general is investigating, according to two people familiar with the matter.', 'More than 4,000 people are expected to receive notice, according to people familiar with the matter.')).toBeNull();
    expect(conflict('The retailer earned $2.8 billion, or $2.53 per diluted share.', 'Home Depot reported $2.53 in per-share earnings.')).toBeNull();
  });
  it('does not call rounding a disagreement', () => {
    expect(conflict('Stadia Pro costs $10 a month.', 'Stadia Pro costs $9.99 a month.')).toBeNull();
    expect(conflict('The deal is worth $4.8 billion.', 'The deal is worth $4.76 billion.')).toBeNull();
    expect(conflict('The deal is worth $4.8 billion.', 'The deal is worth $5.2 billion.')).toBe('money: $4.8 billion vs $5.2 billion');
    expect(conflict('Ascom has subsidiaries in 15 countries.', 'Ascom has operating businesses in 18 countries.')).toBe('number: 15 vs 18');
  });
});
