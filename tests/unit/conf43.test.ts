/**
 * conf43: a multiplied or qualified count is one figure ("over two dozen" is more than 24, not 2 and 12; "nearly a
 * dozen" keeps its "nearly"; "several hundred" is a vague count, as "hundreds" is), and a middle initial written on one
 * side only is no change of wording ("Elijah E. Cummings" / "Elijah Cummings") (docs/notes/conf43.md). Short texts
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { quantities } from '../../lib/nlp';
import { harlowConflicts as conflicts, saidByMayor as said } from '../data/engine/two-outlet-conflicts';

const read = (s: string) => quantities(s).map((q) => [q.text, q.value, q.max, q.qualifier]);

describe('a count multiplied or qualified in words is one figure', () => {
  it('reads "two dozen", "nearly a dozen", "a couple of dozen", "several hundred" as one figure each', () => {
    expect(read('Over two dozen people were hurt.')).toEqual([['Over two dozen', 24, 24, 'over']]);
    expect(read('Nearly a dozen people were hurt.')).toEqual([['Nearly a dozen', 12, 12, 'nearly']]);
    expect(read('More than a dozen people were hurt.')).toEqual([['More than a dozen', 12, 12, 'more than']]);
    expect(read('A couple of dozen people were hurt.')).toEqual([['A couple of dozen', 24, 24, null]]);
    expect(read('Several hundred people were hurt.')).toEqual([['Several hundred', 200, 999, null]]);
    expect(read('Half a dozen people were hurt.')).toEqual([['Half a dozen', 6, 6, null]]);
  });

  it('"over two dozen" and "at least 37" can both be true; "two dozen" and 37 cannot', async () => {
    const other = 'At least 37 people were hurt at the Harlow cookout.';
    expect(await conflicts('Over two dozen people were hurt at the Harlow cookout.', other)).toEqual([]);
    expect(await conflicts('Two dozen people were hurt at the Harlow cookout.', other)).toEqual([['number', 'Two dozen', 'At least 37']]);
  });

  it('"nearly a dozen" admits 11; "a dozen" against 20 still disagrees', async () => {
    expect(await conflicts('Nearly a dozen people were hurt at the Harlow cookout.', '11 people were hurt at the Harlow cookout.')).toEqual([]);
    expect(await conflicts('A dozen people were hurt at the Harlow cookout.', '20 people were hurt at the Harlow cookout.')).toEqual([['number', 'A dozen', '20']]);
  });

  it('"several hundred" and "more than 300" can both be true; "several hundred" and "fewer than 100" cannot', async () => {
    expect(await conflicts('Several hundred people fled the Harlow cookout.', 'More than 300 people fled the Harlow cookout.')).toEqual([]);
    expect((await conflicts('Several hundred people fled the Harlow cookout.', 'Fewer than 100 people fled the Harlow cookout.')).map((c) => c[0])).toEqual(['number']);
  });
});

describe('a middle initial is no change of wording', () => {
  it('"Ann B. Lowe" / "Ann Lowe" in one quotation: no conflict; another name still differs', async () => {
    expect(await conflicts(said('We will never forget what Dan R. Kirby did for Harlow'), said('We will never forget what Dan Kirby did for Harlow'))).toEqual([]);
    expect((await conflicts(said('We will never forget what Dan R. Kirby did for Harlow'), said('We will never forget what Dan Marsh did for Harlow'))).map((c) => c[0])).toEqual(['quote']);
  });
});
