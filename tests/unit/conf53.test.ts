/**
 * A "Possible conflicts" card a reader can trust (conf53): the card is shown only when the fitted trust of its pair
 * (lib/engine/conflicts.ts `figureTrust` / `quoteTrust`, lib/engine/fitted/conflicts.ts) reaches the bar. Two counts
 * far apart in two sentences that share few words, no owner named on both sides, are two things more often than one
 * misreported (the traders who work in a hall / those inside it when its roof fell): no card. A quotation whose wordings
 * differ by no content word the other lacks (a noun said again where the other has a pronoun) is one utterance: no card. One count told
 * two ways in one sentence, and a quotation with another content word, are still cards. Text written for the tests.
 */
import { describe } from 'vitest';
import { noCardButGuard } from '../data/engine/no-card';
import { figureCardsBetween, quoteCardsBetween } from '../data/engine/sentence-article';

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

describe('a quotation with a noun for a pronoun is not a card', () => {
  const quoteCards = quoteCardsBetween(
    ['The mayor of Crale, Ines Harrow, visited the market hall on Tuesday afternoon with the fire service.'],
    ['The council said the hall had been due for repairs since the spring.'],
    'Crale market roof falls in',
  );
  noCardButGuard(
    quoteCards,
    [
      [
        'the noun said again where the other wording has a pronoun',
        '“This roof was checked in the spring and the roof was safe,” Harrow said.',
        '“This roof was checked in the spring and it was safe,” Harrow said.',
      ],
    ],
    [
      'another content word is still a card',
      '“We will rebuild the hall quickly and safely for every trader in Crale,” Harrow said.',
      '“We will rebuild the hall quickly and cheaply for every trader in Crale,” Harrow said.',
    ],
  );
});
