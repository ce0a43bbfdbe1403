/**
 * Two things under one noun told apart by their days, and one quotation written with other function words (conf52).
 * Two sentences that date what they tell by two weekdays, none of them one day ("drowned on Friday at Wendham" / "on
 * Saturday at Crale"), tell two days' events: their counts are not one count told two ways. A quotation whose two
 * wordings differ only by one relative pronoun for another ("a neighbor that had" / "who had"), or by a determiner and
 * an "it's" one outlet supplied ("the warning that" / "It's a warning that"), is one utterance. Each still makes a card
 * where the two disagree (one day, two counts; another content word in the quote). Text written for the tests.
 */
import { describe } from 'vitest';
import { noCardButGuard } from '../data/engine/no-card';
import { figureCardsBetween, quoteCardsBetween } from '../data/engine/sentence-article';

describe('two counts of two days are two things', () => {
  const floodCards = figureCardsBetween(
    'The river Alder rose above its old stone walls after a week of rain in the hills, the water board said.',
    'The water board said the river would stay high until the middle of next week.',
    ['Alder floods the valley', 'Valley towns under water as the Alder rises'],
  );
  noCardButGuard(
    floodCards,
    [
      [
        'drowned on Friday in one town against on Saturday in another',
        'Four people drowned on Friday when the Alder broke through the levee at Wendham, the police said.',
        'Six people drowned on Saturday when the Alder broke through the levee at Crale, the police said.',
      ],
    ],
    [
      'two counts of one day are still told',
      'Four people drowned on Friday when the Alder broke through the levee at Wendham, the police said.',
      'Six people drowned on Friday when the Alder broke through the levee at Wendham, the police said.',
    ],
  );
  noCardButGuard(
    floodCards,
    [],
    [
      'one night told late on the first day and early on the second is still one night',
      'Four people drowned late Friday when the Alder broke through the levee at Wendham, the police said.',
      'Six people drowned early Saturday when the Alder broke through the levee at Wendham, the police said.',
    ],
  );
});

describe('one quotation with other function words is one utterance', () => {
  const quoteCards = quoteCardsBetween(
    ['The mayor of Wendham, Orla Fenwick, walked the broken levee with the water board on Sunday morning.'],
    ['The board said it would begin repairs to the levee once the river fell.'],
    'Wendham mourns its drowned',
  );
  noCardButGuard(
    quoteCards,
    [
      [
        'one relative pronoun for another',
        '“We lost a neighbor that had lived by this river for sixty years,” Fenwick said.',
        '“We lost a neighbor who had lived by this river for sixty years,” Fenwick said.',
      ],
      [
        'a determiner and an “it’s” one side supplied',
        'Fenwick called the flood “the warning that the river no longer respects the old walls.”',
        '“It’s a warning that the river no longer respects the old walls,” Fenwick said.',
      ],
    ],
    [
      'another content word is still told',
      '“We lost a neighbor that had lived by this river for sixty years,” Fenwick said.',
      '“We lost a neighbor who had farmed by this river for sixty years,” Fenwick said.',
    ],
  );
});
