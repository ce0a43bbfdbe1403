/**
 * conf40: "possible conflicts" a reader does not read as two numbers or two statements — a count and the same count
 * without the part it says it includes, two block numbers of two avenues, two names' figures in parentheses, and quote wordings a reader reads as one
 * (a false start, "everybody" / "everyone", the same words in another order) (docs/notes/conf40.md). Short texts
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { harlowConflicts as conflicts, saidByMayor as said } from '../data/engine/two-outlet-conflicts';

describe('a part and a whole, and two streets, are not two numbers for one thing', () => {
  it('a count that says it includes one more agrees with the count without it; another count still disagrees', async () => {
    const other = 'Five people were killed at the Harlow cookout and two more were wounded.';
    expect(await conflicts('The gunman killed six people at the Harlow cookout, including an unborn child.', other)).toEqual([]);
    expect(await conflicts('The gunman killed seven people at the Harlow cookout, including an unborn child.', other)).toEqual([['number', 'seven', 'Five']]);
    // Both count the same part: the counts differ.
    expect(await conflicts('The gunman killed six people at the Harlow cookout, including an unborn child.', 'Five people were killed at the Harlow cookout, including an unborn child.')).toEqual([['number', 'six', 'Five']]);
  });
  it('two block numbers of two avenues are two addresses; two of one avenue still disagree', async () => {
    expect(await conflicts('The victim was found in the 1600 block of Cedar Avenue.', 'The shooting happened in the 1800 block of Hewitt Avenue.')).toEqual([]);
    expect(await conflicts('The victim was found in the 1600 block of Cedar Avenue.', 'The victim was found in the 1800 block of Cedar Avenue.')).toEqual([['number', '1600', '1800']]);
  });
});

describe('figures in parentheses after two names are two owners\' figures', () => {
  it('two boxers\' records are two records; one boxer\'s record told two ways still disagrees', async () => {
    expect(await conflicts('Harlow boxer Dan Kirby (31-2, 26 KOs) will fight on Saturday night in Harlow.', 'His opponent Lee Marsh (28-4, 19 KOs) will fight on Saturday night in Harlow.')).toEqual([]);
    expect(await conflicts('Harlow boxer Dan Kirby (31-2, 26 KOs) will fight on Saturday night in Harlow.', 'Harlow boxer Dan Kirby (31-2, 24 KOs) will fight on Saturday night in Harlow.')).toEqual([['number', '26', '24']]);
  });
});

describe('quote wordings a reader reads as one utterance', () => {
  it('a false start, "everybody" / "everyone", the same words reordered: no conflict', async () => {
    expect(await conflicts(said('People were just trying to get out and get out of harm’s way at the cookout'), said('People were just trying to get out of harm’s way at the cookout'))).toEqual([]);
    expect(await conflicts(said('We need everybody’s help to get the guns off the streets of Harlow'), said('We need everyone’s help to get the guns off the streets of Harlow'))).toEqual([]);
    expect(await conflicts(said('It was the most difficult night in Harlow history'), said('It was the most difficult night in the history of Harlow'))).toEqual([]);
  });
  it('a word changed is still a difference', async () => {
    expect((await conflicts(said('We need everybody’s help to get the guns off the streets of Harlow'), said('We need the police’s help to get the guns off the streets of Harlow'))).map((c) => c[0])).toEqual(['quote']);
    expect((await conflicts(said('It was the most difficult night in Harlow history'), said('It was the most difficult week in Harlow history'))).map((c) => c[0])).toEqual(['quote']);
  });
});
