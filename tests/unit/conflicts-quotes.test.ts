/**
 * Quote wording as a conflict (lib/engine/conflicts.ts quoteDifference, describeConflicts): two
 * outlets that put different words in one speaker's mouth are told; the same words up to punctuation,
 * case, spelling, an editor's brackets or a shorter excerpt are not, nor two things one speaker said.
 * Text written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { quoteDifference } from '../../lib/engine/conflicts';
import { quoteCardsBetween } from '../data/engine/sentence-article';

const quoteConflicts = quoteCardsBetween(
  [
    'The cargo ship Meridian ran aground off the port of Valmora late on Tuesday night after losing power in a storm.',
    'Three crew members were injured when the vessel struck a sandbank and were taken to the city hospital.',
  ],
  [
    'Salvage teams began pumping fuel from the damaged hull of the Meridian on Wednesday morning.',
    'The port authority said ferries to the islands would leave from the northern terminal until further notice.',
  ],
  'Cargo ship Meridian runs aground off Valmora',
);

describe('two outlets, one quote worded two ways', () => {
  it('reports a quote conflict with both wordings and the words that differ', async () => {
    const found = await quoteConflicts(
      '“The channel will stay closed until the hull is stable and nothing more is leaking,” harbour master Ana Ruiz said.',
      '“The channel will remain closed until the hull is stable and nothing more is leaking,” harbour master Ana Ruiz said.',
    );
    expect(found).toHaveLength(1);
    const c = found[0]!;
    expect(c.here.i).toBe(2);
    expect(c.there).toEqual([expect.objectContaining({ id: 'coastline', i: 2 })]);
    expect(c.sides).toHaveLength(1);
    const side = c.sides![0]!;
    expect(side.here).toBe('The channel will stay closed until the hull is stable and nothing more is leaking');
    expect(side.there).toBe('The channel will remain closed until the hull is stable and nothing more is leaking');
    expect(side.diff!.filter((p) => p.op !== 'equal').map((p) => [p.op, p.text.trim()])).toEqual([
      ['delete', 'stay'],
      ['insert', 'remain'],
    ]);
    // The parts put together give the other outlet's wording back.
    expect(side.diff!.filter((p) => p.op !== 'delete').map((p) => p.text).join('')).toBe(side.there);
  });
});

const HERE = '“The channel will stay closed until the hull is stable and nothing more is leaking,” harbour master Ana Ruiz said.';
const REWORDED = '“The channel will remain closed until the hull is stable and nothing more is leaking,” harbour master Ana Ruiz said.';

describe('what is not a quote conflict', () => {
  it('reports nothing for punctuation, case, a shorter excerpt or a misspelling', async () => {
    const here = HERE;
    // The control: the same sentence reworded is reported.
    expect(await quoteConflicts(here, REWORDED)).toHaveLength(1);
    expect(await quoteConflicts(here, '“The channel will stay closed — until the hull is stable, and nothing more is leaking!” harbour master Ana Ruiz said.')).toEqual([]);
    expect(await quoteConflicts(here, '“The Channel will stay closed until the hull is stable,” harbour master Ana Ruiz said.')).toEqual([]);
    expect(await quoteConflicts(here, '“The channel will stay closed until the hul is stable and nothing more is leaking,” harbour master Ana Ruiz said.')).toEqual([]);
  });

  it('reports nothing for two different things one speaker said', async () => {
    expect(await quoteConflicts(HERE, REWORDED)).toHaveLength(1);
    expect(
      await quoteConflicts(
        '“The channel will stay closed until the hull is stable and nothing more is leaking,” harbour master Ana Ruiz said.',
        '“We will inspect every tank of the ship before anyone is allowed back on board,” harbour master Ana Ruiz said.',
      ),
    ).toEqual([]);
  });
});

describe('quoteDifference', () => {
  it('tells words in one mouth from an editor’s brackets, spelling and two speakers', () => {
    const q = (text: string, speaker: string | null = null) => ({ text, speaker });
    expect(quoteDifference(q('We appreciate your respect for her and her family at this time'), q('We appreciate your respect for her (Jane Doe) and her family at this time'))).toBeNull();
    expect(quoteDifference(q('there is a lot of goodwill between us'), q('there is a lot of good will between us'))).toBeNull();
    expect(quoteDifference(q("It's disappointing to hear about the issue"), q('It’s disappointing to hear about the issue'))).toBeNull();
    // Same words, two named speakers: not one utterance.
    expect(quoteDifference(q('We will rebuild the bridge this year', 'Ana Ruiz'), q('We will repair the bridge this year', 'Tom Hale'))).toBeNull();
    const d = quoteDifference(q('We will rebuild the bridge this year', 'Ana Ruiz'), q('We will repair the bridge this year', 'Ruiz'));
    expect(d?.diff.filter((p) => p.op !== 'equal').map((p) => p.text.trim())).toEqual(['rebuild', 'repair']);
    // A number written two ways; an excerpt that starts at a word the longer quote also has earlier.
    expect(quoteDifference(q('the pills had an effect within two days'), q('the pills had an effect within 2 days'))).toBeNull();
    expect(quoteDifference(q('I was going to pass out. Going upstairs to bed took half an hour'), q('Going upstairs to bed took half an hour'))).toBeNull();
    // Words replaced at the end are a difference, not an excerpt.
    expect(quoteDifference(q('The only condition is that it must be everyone'), q('The only condition is that it must be all of them'))).not.toBeNull();
  });
});
