/**
 * conf39: conflicts with precision — two sums in two currencies are two amounts, a whole number with its fraction is one
 * figure, and one quotation that writes a time or a figure in two formats is one wording (docs/notes/conf39.md). Short
 * texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { twoOutletConflicts } from '../data/engine/two-outlet-conflicts';

const lead = 'Storms swept across the county of Dunmore on Sunday, flooding roads and cutting power to thousands of homes.';
const last = 'Crews worked through the night on Monday to restore power to the Dunmore county homes.';
const conflicts = twoOutletConflicts(lead, last, { id: 'tribune', outlet: 'Tribune', title: 'Storms flood Dunmore county' }, { id: 'coastline', outlet: 'Coastline', title: 'Storms flood Dunmore county roads' });

describe('figures in two formats or two currencies are not a disagreement', () => {
  it('two sums in two currencies are two amounts; two sums in one currency still disagree', async () => {
    expect(await conflicts('Dunmore county said the flood repairs will cost $5 million over two years.', 'Dunmore county said the flood repairs will cost £4 million over two years.')).toEqual([]);
    expect(await conflicts('Dunmore county said the flood repairs will cost $5 million over two years.', 'Dunmore county said the flood repairs will cost $4 million over two years.')).toEqual([['money', '$5 million', '$4 million']]);
  });
  it('a whole number and its fraction ("4 1/2") is the figure "4.5" writes', async () => {
    expect(await conflicts('The storm dropped 4 1/2 inches of rain on Dunmore county.', 'The storm dropped 4.5 inches of rain on Dunmore county.')).toEqual([]);
    expect(await conflicts('The storm dropped 4 1/2 inches of rain on Dunmore county.', 'The storm dropped 6 inches of rain on Dunmore county.')).toEqual([['number', '4', '6']]);
  });
  it('one quotation writing a clock time or a figure two ways is one wording; another word is still a difference', async () => {
    const said = (w: string) => `"The shelter at the Dunmore county school opens at ${w} and stays open all night," Mayor Ann Lowe said.`;
    expect(await conflicts(said('6 p.m.'), said('6:00 p.m.'))).toEqual([]);
    expect(await conflicts(`"Repairs will cost $1 million and take 5 percent of the budget," Mayor Ann Lowe said.`, `"Repairs will cost $1,000,000 and take 5% of the budget," Mayor Ann Lowe said.`)).toEqual([]);
    expect((await conflicts(said('6 p.m.'), said('6 p.m.').replace('all night', 'all week'))).map((c) => c[0])).toEqual(['quote']);
  });
});
