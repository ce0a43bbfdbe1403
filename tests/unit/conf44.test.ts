/**
 * conf44: a quotation told in two spellings or two inflections of one word is one wording ("theatre" / "theater", "the
 * discoveries were" / "the discovery was"), not "outlets quote this differently"; a word put for another still is
 * (docs/notes/conf44.md). Short texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { harlowConflicts as conflicts, saidByMayor as said } from '../data/engine/two-outlet-conflicts';

const kinds = async (here: string, there: string) => (await conflicts(said(here), said(there))).map((c) => c[0]);

describe('one word in two spellings or inflections is one wording', () => {
  it('US / UK spelling and a noun\'s number (with its verb) are no quote conflict', async () => {
    expect(await kinds('The new theatre will open its doors to every child in Harlow', 'The new theater will open its doors to every child in Harlow')).toEqual([]);
    expect(await kinds('The colour of the harbour centre will never change', 'The color of the harbour center will never change')).toEqual([]);
    expect(await kinds('The discoveries were made by our own divers last summer', 'The discovery was made by our own divers last summer')).toEqual([]);
  });

  it('a word put for another still is one', async () => {
    expect(await kinds('The new theatre will open its doors to every child in Harlow', 'The new library will open its doors to every child in Harlow')).toEqual(['quote']);
    expect(await kinds('The discoveries were made by our own divers last summer', 'The mistakes were made by our own divers last summer')).toEqual(['quote']);
  });
});
