/**
 * conf10: the false conflicts of blind round 8 (docs/notes/conf9.md), fixed by one principle — a
 * conflict needs positive evidence that both figures measure one thing of one owner; a word said on one
 * side only is no agreement (docs/notes/conf10.md). Short texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { quantities } from '../../lib/nlp';
import { conflict, conflictIn } from './conflict-helpers';


describe('a figure restated in another currency or unit', () => {
  it('reads a currency written with its country ("$US2 million") as money', () => {
    const q = quantities('Repairs were put at $US2 million ($2.9 million), the council said.');
    expect(q.map((x) => [x.kind, x.value, x.restates ?? false])).toEqual([
      ['money', 2e6, false],
      ['money', 2.9e6, true],
    ]);
  });

  it('a sum and its conversion in parentheses are one sum, not two figures against a third', () => {
    expect(conflict('Repairs to the hall were put at $US2 million ($2.9 million), the council said.', 'Repairs to the hall were put at $2 million, the council said on Monday.')).toBeNull();
  });

  it('the sum itself still disagrees with another outlet’s', () => {
    expect(conflict('Repairs to the hall were put at $US2 million ($2.9 million), the council said.', 'Repairs to the hall were put at $5 million.')).toBe('money: $US2 million vs $5 million');
  });

  it('two roundings of one distance converted to miles are no disagreement', () => {
    expect(conflict('The tremor struck 10 kilometres (six miles) below the town.', 'The tremor struck 10 kilometres (6.2 miles) below the town.')).toBeNull();
  });

  it('two quakes told alike by depth and distance stay two records when the conversions are set aside', () => {
    expect(
      conflict(
        'The tremor struck at a depth of 10 kilometres (6.2 miles), 55 kilometres south of the port.',
        'The shallow tremor hit some 75 kilometres (50 miles) west of the capital.',
      ),
    ).toBeNull();
  });
});

describe('an owner read on one side only', () => {
  it('reads the subject over several words, but not a source or a maker', () => {
    expect(quantities('Nora Lane was the mother of eight children.')[0]!.subject).toBe('lane');
    expect(quantities('Running back Jim Dale will miss the final three games of the season.')[0]!.subject).toBe('dale');
    expect(quantities('Officials say at least 20 people were killed.')[0]!.owner).toBeUndefined();
    expect(quantities('He carried a .38 caliber Miller’s revolver.')[0]!.owner).toBeUndefined();
  });

  it('the children of one mother are not the children in a street scene', () => {
    expect(conflict('Nora Lane was the mother of eight children.', 'Two women and three children huddled in a doorway for safety.')).toBeNull();
  });

  it('the games one player misses are not another player’s', () => {
    expect(conflict('Running back Jim Dale will miss the final three games of the season.', 'Ortiz missed seven games this season because of the injury.')).toBeNull();
  });

  it('one owner given two values is still a disagreement', () => {
    expect(conflict('Nora Lane was the mother of eight children.', 'Lane had nine children, her family said.')).toBe('number: eight vs nine');
    expect(conflict('Ortiz missed seven games this season because of the injury.', 'Ortiz sat out eight games this season.')).toBe('number: seven vs eight');
  });

  it('a subject read far from its figure separates two owners but does not make an ambiguous figure one owner’s', () => {
    const A = ['Hillis rushed for well over a hundred yards in the win.', 'Charles ran for 226 yards.'];
    const B = ['Peyton Hillis rushed for 101 yards.'];
    expect(quantities(A[0]!)[0]!.owner).toBeUndefined();
    expect(quantities(A[0]!)[0]!.subject).toBe('hillis');
    expect(conflictIn(A, 0, B, 0)).toBeNull();
  });
});

describe('what a percentage measures', () => {
  it('support at one figure and the share unhappy at another are two measures', () => {
    expect(conflict('A poll showed the ruling party’s support at a dismal 21.4 percent.', 'A poll found 78.5 percent of voters were unhappy with the cabinet.')).toBeNull();
  });

  it('one measure given two figures is a disagreement', () => {
    expect(conflict('A poll found 76 percent of voters were unhappy with the cabinet.', 'A poll found 78.5 percent of voters were unhappy with the cabinet.')).toBe('number: 76 vs 78.5');
  });
});
