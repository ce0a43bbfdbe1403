/**
 * Two figures under one head noun that count two things (conf49): what is added to a count ("one more dive") is not
 * the count ("three dives in all"), so the two make no "Possible conflicts" card; two additions, or two totals, that
 * differ still do. Text written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { twoTellings } from '../data/engine/sentence-article';

const tellings = twoTellings(
  'The research ship Marlow reached the wreck of the steamer Orla off Kestrel Point on Tuesday after two days at sea.',
  'The Orla sank in a winter storm in 1911 with a cargo of coal and timber bound for the northern ports.',
  ['Divers reach the wreck of the Orla', 'Marlow crew dives on the Orla wreck'],
);
const figureCards = async (here: string, there: string) => (await tellings(here, there)).conflicts.filter((c) => c.kind !== 'quote');

describe('an addition to a count is not the count', () => {
  it.each([
    [
      'one more dive against the dives in all',
      'In all, three dives are planned for the ship’s ten-day survey of the wreck site.',
      'One more dive is planned for the ship’s ten-day survey of the wreck site.',
    ],
    [
      'inches still to fall against the inches fallen',
      'More than 12 inches of rain fell on the coast near Kestrel Point during the survey.',
      'As much as 5 more inches of rain fell on the coast near Kestrel Point during the survey.',
    ],
  ])('%s', async (_, here, there) => {
    expect(await figureCards(here, there)).toEqual([]);
  });

  it('(guard) two additions that differ are still told', async () => {
    const found = await figureCards(
      'Two more dives are planned for the ship’s ten-day survey of the wreck site.',
      'Four more dives are planned for the ship’s ten-day survey of the wreck site.',
    );
    expect(found).toHaveLength(1);
  });
});
