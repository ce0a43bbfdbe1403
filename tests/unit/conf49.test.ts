/**
 * Two figures under one head noun that count two things (conf49): what is added to a count ("one more dive") is not
 * the count ("three dives in all"), and the unnamed people each outlet says told it ("four officials familiar with the
 * plans said") are its own sources, not a figure of the story, and the whole a part is counted from ("one of the three
 * divers died") is not the count of those something befell ("one diver died"); none makes a "Possible conflicts" card.
 * Two additions, two counts of the story, two wholes that differ still do. Nor does one compound written closed and
 * hyphenated beside an added "it's" in one quotation. Text written for the tests.
 */
import { describe } from 'vitest';
import { noCardButGuard } from '../data/engine/no-card';
import { figureCardsBetween, quoteCardsBetween } from '../data/engine/sentence-article';

const figureCards = figureCardsBetween(
  'The research ship Marlow reached the wreck of the steamer Orla off Kestrel Point on Tuesday after two days at sea.',
  'The Orla sank in a winter storm in 1911 with a cargo of coal and timber bound for the northern ports.',
  ['Divers reach the wreck of the Orla', 'Marlow crew dives on the Orla wreck'],
);

describe('an addition to a count is not the count', () => {
  noCardButGuard(
    figureCards,
    [
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
    ],
    [
      'two additions that differ are still told',
      'Two more dives are planned for the ship’s ten-day survey of the wreck site.',
      'Four more dives are planned for the ship’s ten-day survey of the wreck site.',
    ],
  );
});

describe('the count of an outlet’s unnamed sources is not a figure of the story', () => {
  noCardButGuard(
    figureCards,
    [
      [
        'four officials familiar with the plans against three',
        'The navy will pay for a second survey of the wreck next spring, four officials familiar with the plans said.',
        'The navy will pay for a second survey of the wreck next spring, three officials familiar with the plans said.',
      ],
    ],
    [
      'a count of the story beside such sources is still told',
      'The navy will send 40 divers for a second survey of the wreck, officials familiar with the plans said.',
      'The navy will send 60 divers for a second survey of the wreck, officials familiar with the plans said.',
    ],
  );
});

describe('the whole a part is counted from is not the part', () => {
  noCardButGuard(
    figureCards,
    [
      [
        'one diver died against one of the three divers died',
        'One diver died when the storm broke over the wreck site on the second day.',
        'One of the three divers died when the storm broke over the wreck site on the second day.',
      ],
    ],
    [
      'two wholes that differ are still told',
      'Three divers were on the wreck site when the storm broke on the second day.',
      'Two of the four divers were on the wreck site when the storm broke on the second day.',
    ],
  );
});

describe('a compound written two ways beside a filler is one wording', () => {
  const quoteCards = quoteCardsBetween(
    ['The school board of Ashford voted on Tuesday to drop a new science course from next year’s classes.'],
    ['Parents on both sides of the debate are expected at the next meeting of the board in March.'],
    'Ashford school board drops new science course',
  );

  noCardButGuard(
    quoteCards,
    [
      [
        'a closed compound against a hyphenated one, a sentence break and “it’s” between',
        '“This course is pseudoscience being pushed on our children by people who should know better,” the board member Ruth Ames said.',
        '“This course is pseudo-science. It’s being pushed on our children by people who should know better,” the board member Ruth Ames said.',
      ],
    ],
    [
      'a content word beside the compound is still told',
      '“This course is pseudoscience being pushed on our children by people who should know better,” the board member Ruth Ames said.',
      '“This course is pseudo-science. It’s being forced on our children by people who should know better,” the board member Ruth Ames said.',
    ],
  );
});
