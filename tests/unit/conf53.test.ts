/**
 * A "Possible conflicts" figure card a reader can trust (conf53): a pair of figures is shown only when the fitted trust of
 * its two sentences (lib/engine/conflicts.ts `figureTrust`, lib/engine/fitted/conflicts.ts) reaches the bar. Two counts
 * far apart in two sentences that share few words, no owner named on both sides, are two things more often than one
 * count misreported (the traders who work in a hall / those inside it when its roof fell): no card. One count told two
 * ways in one sentence is still a card. Text written for the tests.
 */
import { describe } from 'vitest';
import { noCardButGuard } from '../data/engine/no-card';
import { figureCardsBetween } from '../data/engine/sentence-article';

describe('a figure card a reader would not trust is not shown', () => {
  const cards = figureCardsBetween(
    'The roof of the old market hall in Crale fell in during the Tuesday morning market, the fire service said.',
    'The council said the hall had been due for repairs since the spring.',
    ['Market hall roof falls in at Crale', 'Crale market roof collapse'],
  );
  noCardButGuard(
    cards,
    [
      [
        'the traders who work in the hall against those inside it when the roof fell',
        'About 130 traders work in the market hall, the council said.',
        'About 50 traders were in the market hall when the roof fell in, the council said.',
      ],
    ],
    [
      'one count told two ways in one sentence is still a card',
      'Twelve people were hurt when the roof of the market hall fell in, the fire service said.',
      'Thirteen people were hurt when the roof of the market hall fell in, the fire service said.',
    ],
  );
});
