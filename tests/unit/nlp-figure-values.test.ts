import { describe, expect, it } from 'vitest';
import { figureValues, quantities } from '../../lib/nlp';

// figureValues (perf35) is quantities without what is read around each figure for conflicts: the
// story vectors and keys read only which figures a text gives and their values, and must read the
// same ones as before.
const TEXTS = [
  'More than 200 Venezuelans arrived in Manaus on Monday, police said, after a 30-day trek.',
  'Barely a week ago, Parise, 35, had scored just once in a 10-game stretch.',
  'The fire started in the 1700 block of South Main Street at 7:48 a.m. on Sept. 11, 2019.',
  'The council spent $4.76 million ($US3.1 million) on roads, and half a million dollars on parks.',
  'Between 30-60 per cent of voters backed it; the team won 3-2 and lost 88-72 in March.',
  'Hundreds of people were wounded and four others killed near Route 66, about 135 kilometers from Manokwari.',
  'A 7-year-old girl needed just nine stitches; another two children were treated in 2020.',
  'Fifty-two members, a quarter of a million pounds and 12% of the budget went to 9/11 families.',
];
const fields = (qs: ReturnType<typeof quantities>) => qs.map((q) => [q.kind, q.value, q.max, q.qualifier, q.head, q.text, q.start, q.end]);

describe('figureValues', () => {
  it('finds the figures quantities finds, with the same kinds, values, heads and places', () => {
    for (const s of TEXTS) expect(fields(figureValues(s)), s).toEqual(fields(quantities(s)));
  });

  it('keeps the kind quantities reports for an age in apposition and a block number', () => {
    const age = figureValues(TEXTS[1]!).find((q) => q.value === 35)!;
    expect(age.kind).toBe(quantities(TEXTS[1]!).find((q) => q.value === 35)!.kind);
    const block = figureValues(TEXTS[2]!).find((q) => q.value === 1700)!;
    expect(block.kind).toBe(quantities(TEXTS[2]!).find((q) => q.value === 1700)!.kind);
  });

  it('does not read what a figure is said of (that is for conflicts)', () => {
    const full = quantities(TEXTS[0]!);
    expect(full.some((q) => q.event || q.scope || q.owner || q.fate)).toBe(true);
    expect(figureValues(TEXTS[0]!).some((q) => q.event || q.scope || q.owner || q.fate || q.clock)).toBe(false);
  });
});
