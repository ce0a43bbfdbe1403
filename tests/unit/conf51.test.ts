/**
 * Two things under one noun told apart by what the sentence says of them (conf51): a distance in nautical miles from
 * one place and one from another ("310 nautical miles off the coast of Morvania" / "340 nautical miles east of Port
 * Lisle") are two distances, as two distances in kilometers from two places already were. A comparative written with
 * "more" on one side and with its ending on the other ("more easy" / "easier") is one word of one quote. Each still makes a card where the two tell one thing two ways. Text written for
 * the tests.
 */
import { describe } from 'vitest';
import { noCardButGuard } from '../data/engine/no-card';
import { figureCardsBetween, quoteCardsBetween } from '../data/engine/sentence-article';

const shipCards = figureCardsBetween(
  'Armed men boarded the cargo ship Tamsin on Sunday and ordered its crew of 19 to sail north, the owners said.',
  'The owners said they had not heard from the hijackers and were working with the navy to free the crew.',
  ['Cargo ship Tamsin hijacked', 'Hijackers seize the Tamsin'],
);

describe('two distances in nautical miles from two places are two distances', () => {
  noCardButGuard(
    shipCards,
    [
      [
        'off one coast against east of another port',
        'The Tamsin was seized by the armed men 310 nautical miles off the coast of Morvania, the navy said.',
        'The Tamsin was seized by the armed men 340 nautical miles east of Port Lisle, the navy said.',
      ],
    ],
    [
      'two distances from one place are still told',
      'The Tamsin was seized by the armed men 310 nautical miles off the coast of Morvania, the navy said.',
      'The Tamsin was seized by the armed men 340 nautical miles off the coast of Morvania, the navy said.',
    ],
  );
});

describe('a comparative written with "more" and with its ending is one word', () => {
  const quoteCards = quoteCardsBetween(
    ['The harbor of Pellow will close to fishing boats for the winter from next Monday, the port authority said.'],
    ['The boats will move to the larger harbor at Strand until the spring, the authority added.'],
    'Pellow harbor closes for the winter',
  );
  noCardButGuard(
    quoteCards,
    [
      [
        '“more easy” against “easier”',
        '“It had been slightly more easy to keep the harbor open when the storms came from the west,” the harbor master Ines Calder said.',
        '“It had been slightly easier to keep the harbor open when the storms came from the west,” the harbor master Ines Calder said.',
      ],
    ],
    [
      'another comparative is still told',
      '“It had been slightly more easy to keep the harbor open when the storms came from the west,” the harbor master Ines Calder said.',
      '“It had been slightly harder to keep the harbor open when the storms came from the west,” the harbor master Ines Calder said.',
    ],
  );
});
