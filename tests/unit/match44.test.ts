/**
 * match44: the detail step weighs the details two local reports agree on against those they disagree on
 * (lib/engine/story.ts `detailBalance`, docs/notes/match44.md). A lone shared age of two same-week shootings that give
 * different hours (or different blocks) is two victims of one age, not one event; one shared age with nothing said
 * against it, or a shared age and a shared block, still is. Reports written for the test.
 */
import { describe, expect, it } from 'vitest';
import { detailMatch, detailsOf } from '../../lib/engine/story-details';
import { detailBalance } from '../../lib/engine/story';

const report = (title: string, text: string) => ({ title, text });
const aged = (_: string, withAge: boolean) => withAge;

const page = report(
  'Man shot outside Dunmore laundromat',
  'A 23-year-old man was shot outside a laundromat in the 400 block of Pine Street around 11:15 p.m. Friday, Dunmore police said.\n\nHe was taken to the hospital with wounds that were not life-threatening.',
);
// Another shooting in the same town that week: a victim of the same age, another hour, another block.
const otherShooting = report(
  'Dunmore police investigate weekend shooting',
  'Police said a 23-year-old was wounded in the 1800 block of Lake Road at about 3 a.m. Sunday.\n\nNo arrests have been made.',
);
// A second report of the page's shooting: the age, no hour, no block.
const secondReport = report(
  'Dunmore man wounded Friday night',
  'Dunmore police said a 23-year-old man was shot outside a laundromat on Friday night.\n\nInvestigators are asking witnesses to come forward.',
);
// A second report giving the hour a little differently (the call to police) but the same block.
const thirdReport = report(
  'Shooting on Pine Street',
  'Officers were called to the 400 block of Pine Street at 11:40 p.m. Friday, where they found a 23-year-old man with a gunshot wound.',
);

const balance = (x: ReturnType<typeof report>, y: ReturnType<typeof report>) => detailBalance(detailMatch(detailsOf(x), detailsOf(y), aged));

describe('match44: the detail step weighs details for and against one event', () => {
  it('does not take a lone shared age against another hour and another block as one event', () => {
    expect(balance(page, otherShooting)).toBeLessThan(1);
    expect(balance(otherShooting, page)).toBeLessThan(1);
  });

  it('still takes a shared age with nothing said against it, or an age and a block despite another hour', () => {
    expect(balance(page, secondReport)).toBeGreaterThanOrEqual(1);
    expect(balance(page, thirdReport)).toBeGreaterThanOrEqual(1);
  });
});
