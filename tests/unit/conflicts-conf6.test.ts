/**
 * Quote wording a reader would call a disagreement (lib/engine/conflicts.ts quoteDifference,
 * docs/notes/conf6.md): a changed content word, name, negation or tense is told; filler words added
 * or dropped, a contraction written out, one determiner for another or an abbreviated word are not.
 * Text written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { quoteDifference } from '../../lib/engine/conflicts';

const differ = (a: string, b: string) => quoteDifference({ text: a, speaker: null }, { text: b, speaker: null });

describe('quote wordings that say the same thing', () => {
  it('are not a difference when one outlet adds a filler word', () => {
    expect(differ('We will just say good luck to the new captain and thank the crew', 'We will say good luck to the new captain and thank the crew')).toBeNull();
    expect(differ('We received a letter from the port authority and are answering it', 'We have received a letter from the port authority and are answering it')).toBeNull();
    expect(differ('What the hell were they doing out there in that storm', 'What in the hell were they doing out there in that storm')).toBeNull();
  });

  it('are not a difference when a contraction is written out or a determiner swapped', () => {
    expect(differ("I know he's a good sailor and a really careful man", 'I know he is both a good sailor and a really careful man')).toBeNull();
    expect(differ("We didn't see the ship until the lights came on", 'We did not see the ship until the lights came on')).toBeNull();
    expect(differ('It is good not to keep this secret from the families', 'It is good not to keep the secret from the families')).toBeNull();
  });

  it('are not a difference when a unit is abbreviated', () => {
    expect(differ('Going up the ladder was a 30 minute climb for the injured crew', 'Going up the ladder was a 30 min climb for the injured crew')).toBeNull();
  });
});

describe('quote wordings that say different things', () => {
  it('differ by a negation, a tense or a name', () => {
    expect(differ('We did not leave the ship before the captain gave the order', 'We did leave the ship before the captain gave the order')?.diff).toEqual([
      { op: 'equal', text: 'We did ' },
      { op: 'delete', text: 'not ' },
      { op: 'equal', text: 'leave the ship before the captain gave the order' },
    ]);
    expect(differ('How many sailors did you lose in the storm tonight', 'How many sailors will you lose in the storm tonight')).not.toBeNull();
    expect(differ('The letter from Wendy Ross reached the harbour office on Monday', 'The letter from Debbie Ross reached the harbour office on Monday')).not.toBeNull();
  });

  it('differ by a content word even beside filler words', () => {
    expect(differ('The channel will stay closed until the hull is stable', 'The channel will just stay open until the hull is stable')).not.toBeNull();
  });
});
