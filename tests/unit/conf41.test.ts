/**
 * conf41: "possible conflicts" a reader does not read as two numbers or two statements — a part told with "among them",
 * "of whom" or "plus", a sum restated in parentheses after a bare number, a figure after a slash, two multiples of two things, a
 * figure dated "a decade ago", and quote wordings a reader reads as one (the very words said twice, one form of "be" for another,
 * "within" / "in", a web address's suffix) (docs/notes/conf41.md). Short texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { harlowConflicts as conflicts, saidByMayor as said } from '../data/engine/two-outlet-conflicts';

describe('a part told beside or within a count is not a second number for it', () => {
  it('"among them" and "of whom" tell a part the count holds; "plus" one beside it', async () => {
    const five = 'Five people were killed at the Harlow cookout and two more were wounded.';
    expect(await conflicts('The gunman killed seven people at the Harlow cookout, among them two children.', five)).toEqual([]);
    expect(await conflicts('The gunman killed six people at the Harlow cookout, of whom one was a child.', five)).toEqual([]);
    expect(await conflicts('The gunman killed four people at the Harlow cookout plus the owner of the house.', five)).toEqual([]);
    // The part does not make up the difference: still two numbers.
    expect(await conflicts('The gunman killed eight people at the Harlow cookout, among them two children.', five)).toEqual([['number', 'eight', 'Five']]);
  });
});

describe('figures that are not counts of the noun after them', () => {
  it('a sum in parentheses after a bare number restates it; two such conversions are not compared', async () => {
    expect(await conflicts('Harlow agreed a 110 billion ($143 billion) rescue of its lenders at the weekend.', 'Harlow agreed a 110 billion ($158 billion) rescue of its lenders at the weekend.')).toEqual([]);
  });
  it('a figure after a slash is a fraction\'s second term', async () => {
    expect(await conflicts('Police said 9 / 4 guests at the Harlow cookout were neighbours of the gunman.', 'Police said 3 guests at the Harlow cookout were neighbours of the gunman.')).toEqual([]);
    expect(await conflicts('Police said 4 guests at the Harlow cookout were neighbours of the gunman.', 'Police said 3 guests at the Harlow cookout were neighbours of the gunman.')).toEqual([['number', '4', '3']]);
  });
  it('two multiples of two things are two ratios; two of one thing still disagree', async () => {
    expect(await conflicts('The new Harlow pump moves ten times the water of the old pump.', 'The new Harlow pump has four times that of the town\'s budget.')).toEqual([]);
    expect(await conflicts('The new Harlow pump moves ten times the water of the old pump.', 'The new Harlow pump moves four times the water of the old pump.')).toEqual([['number', 'ten', 'four']]);
  });
  it('"a decade ago" dates a figure the other side gives: no disagreement', async () => {
    expect(await conflicts('About 300 people came to the Harlow cookout this year, compared with 450 a decade ago.', 'A total of 450 people came to the Harlow cookout.')).toEqual([]);
  });
});

describe('quote wordings a reader reads as one utterance', () => {
  it('the same words said twice, "are" / "is", "within" / "in", a web address\'s suffix: no conflict', async () => {
    expect(await conflicts(said('We will not, we will not stand by and let them shoot up our town'), said('We will not stand by and let them shoot up our town'))).toEqual([]);
    expect(await conflicts(said('The only people it does not happen to are people who have guards around them'), said('The only people it does not happen to is people who have guards around them'))).toEqual([]);
    expect(await conflicts(said('The future of Harlow and the future of the county within the state is at stake'), said('The future of Harlow and the future of the county in the state is at stake'))).toEqual([]);
    expect(await conflicts(said('Anyone who saw the gunman should write to tips at HarlowPolice.com right away'), said('Anyone who saw the gunman should write to tips at HarlowPolice right away'))).toEqual([]);
  });
  it('a word changed is still a difference', async () => {
    expect((await conflicts(said('We will not, we will not stand by and let them shoot up our town'), said('We will never stand by and let them shoot up our town'))).map((c) => c[0])).toEqual(['quote']);
    expect((await conflicts(said('The only people it does not happen to are people who have guards around them'), said('The only people it did not happen to were people who have guards around them'))).map((c) => c[0])).toEqual(['quote']);
  });
});
