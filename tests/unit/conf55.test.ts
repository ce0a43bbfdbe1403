/**
 * conf55: a percentage is stated as a difference ("differs", no `check` flag) only when both sides name its measurer or
 * its place — the name of whose share it is (a candidate's, a group's) is not enough: two polls, or two wholes, give one
 * name two shares (docs/notes/conf55.md: on the judged rounds 1–34, eight of the nine percentage rows a name alone stated
 * were false — two polls' shares of one candidate, one group's share of two states). Short texts invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { statedOwner } from '../../lib/engine/conflicts';
import { quantities } from '../../lib/nlp';
import { twoTellings } from '../data/engine/sentence-article';

const lead = 'Voters in the county of Dunmore choose a new county executive on Tuesday after a bitter three-way race.';
const last = 'Polls open at 7 a.m. and close at 8 p.m. at the county\'s 41 polling places.';
const tellings = twoTellings(lead, last, ['Dunmore votes for a county executive', 'Dunmore county executive race ends Tuesday']);
const compare = async (here: string, there: string) =>
  (await tellings(here, there)).conflicts.filter((c) => c.kind === 'number').map((x) => [x.sides?.[0]?.here, x.sides?.[0]?.there, x.check]);

describe('a percentage whose name alone is given on both sides is a figure to check', () => {
  it.each([
    ['one candidate\'s share, no poll named on either side: flagged check, not stated',
      'Green Party candidate Mara Tolen polled at 4 percent, trailing both of her rivals by a wide margin.',
      'Green Party candidate Mara Tolen polled at 7 percent, trailing both of her rivals by a wide margin.', ['4', '7', true]],
    ['a count both sides give one named owner is still stated (guard)',
      'County clerk Ada Brennan said Mara Tolen collected 4,100 signatures to get on the ballot.',
      'County clerk Ada Brennan said Mara Tolen collected 4,600 signatures to get on the ballot.', ['4,100', '4,600', undefined]],
  ] as const)('%s', async (_, here, there, row) => {
    expect(await compare(here, there)).toEqual([[...row]]);
  });
  it('a share with only a name in common is not stated; with one measurer in common it is', () => {
    const stated = (a: string, b: string) => statedOwner(quantities(a).find((q) => q.kind === 'percent')!, quantities(b).find((q) => q.kind === 'percent')!);
    expect(stated('Mara Tolen polled at 4 percent among likely voters.', 'Mara Tolen polled at 7 percent among likely voters.')).toBe(false);
    expect(stated('A Harlow College poll found 48 percent of voters back the levy.', 'A Harlow College poll found 52 percent of voters back the levy.')).toBe(true);
  });
});
