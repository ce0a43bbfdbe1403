/**
 * conf37: a figure conflict is stated only where both sides name one owner of the figure (a name, a poll's measurer, a
 * place); else it is flagged `check` — different figures for the reader to check, not a disagreement (docs/notes/conf37.md:
 * on national news such pairs were mostly two things one head names). Short texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { ownersNamed } from '../../lib/engine/conflicts';
import { quantities } from '../../lib/nlp';
import { twoTellings } from '../data/engine/sentence-article';

const owners = (a: string, b: string) => {
  const [x] = quantities(a);
  const [y] = quantities(b);
  return ownersNamed(x!, y!);
};

describe('the owners both figures name', () => {
  it('one name on both sides', () => {
    expect(owners('Richard Carter scored 12 points in the win.', 'Richard Carter scored 14 points in the win.')).toContain('name');
  });
  it('no owner when neither sentence says whose the count is (what both say of it is no owner)', () => {
    expect(owners('A crowd of about 230 people gathered on Saturday.', 'About 1,000 people gathered on Saturday.')).toEqual(['complement']);
  });
  it('one poll\'s measurer, one person noun\'s age', () => {
    expect(owners('A Marist poll found 48 percent of voters back the plan.', 'A Marist poll found 52 percent of voters back the plan.')).toContain('measurer');
    expect(owners('Police arrested the 34-year-old suspect on Friday.', 'Police arrested the 35-year-old suspect on Friday.')).toEqual(['person']);
  });
  it('two names are no owner in common', () => {
    expect(owners('Richard Carter scored 12 points in the win.', 'James Brown scored 14 points in the win.')).not.toContain('name');
  });
});

describe('the report flags a figure conflict no owner of which both sides name', () => {
  const lead = 'Storms swept across the county of Dunmore on Sunday, flooding roads and cutting power to thousands of homes.';
  const last = 'Crews worked through the night on Monday to restore power to the Dunmore county homes.';
  const tellings = twoTellings(lead, last, ['Storms flood Dunmore county', 'Storms flood Dunmore county roads']);
  const compare = async (here: string, there: string) => (await tellings(here, there)).conflicts.filter((c) => c.kind === 'number');
  it('a count no sentence gives an owner: reported, flagged check', async () => {
    const c = await compare('About 300 people were evacuated from their homes as the water rose.', 'About 500 people were evacuated from their homes as the water rose.');
    expect(c.map((x) => [x.sides?.[0]?.here, x.sides?.[0]?.there, x.check])).toEqual([['About 300', 'About 500', true]]);
  });
  it('a count both sides give one named owner: stated, no flag', async () => {
    const c = await compare('Fire chief Tom Reyes rescued 300 people from flooded homes as the water rose.', 'Fire chief Tom Reyes rescued 500 people from flooded homes as the water rose.');
    expect(c.map((x) => [x.sides?.[0]?.here, x.sides?.[0]?.there, x.check])).toEqual([['300', '500', undefined]]);
  });
});
