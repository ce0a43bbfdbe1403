/**
 * One quotation told two ways that a reader calls the same quote (conf54): a discourse marker set off by a comma on one
 * side only ("you know,", "OK,", "of course,"), an excerpt that marks its cut with an ellipsis and adds no word of its
 * own, a possessive or "any" for a determiner ("our bridge" / "this bridge"), a topic's preposition ("on" / "about"), a title dropped before a name that opens with a particle ("Mr. van Dorn").
 * Each makes no card; a content word changed in the same quotation still does, and so does a figure behind "over" /
 * "about". Text written for the tests: a ferry company closes the crossing to Tarrow Island.
 */
import { describe } from 'vitest';
import { noCardButGuard } from '../data/engine/no-card';
import { quoteCardsBetween } from '../data/engine/sentence-article';

const quoteCards = quoteCardsBetween(
  ['The Tarrow Island ferry will stop running in March, its owner Brannock Lines said on Tuesday.'],
  ['Islanders will meet the council on Friday to ask for a subsidy to keep the crossing open.'],
  'Tarrow ferry to close',
);

describe('a discourse marker, an ellipsis cut, a possessive or a topic preposition is the same quote', () => {
  noCardButGuard(
    quoteCards,
    [
      [
        'a discourse marker set off by commas on one side',
        '“But, you know, when the fuel bill doubles in a year, we cannot keep the boat on the water,” said Mara Quill, the company’s director.',
        '“But when the fuel bill doubles in a year, we cannot keep the boat on the water,” said Mara Quill, the company’s director.',
      ],
      [
        'an opening marker and a contraction written out',
        '“Of course, it’s a sad day for the island and for the crew who sailed her,” Quill said.',
        '“It is a sad day for the island and for the crew who sailed her,” Quill said.',
      ],
      [
        'an excerpt that marks its cut with an ellipsis',
        '“The closure has had a heavy cost for the island -- in money, in jobs and in the good name of the island. The company will help every family that depended on the boat,” Quill said.',
        '“The closure has had a heavy cost for the island.... The company will help every family that depended on the boat,” Quill said.',
      ],
      [
        'a possessive for a determiner',
        '“Our crossing has lost money for six winters in a row,” Quill said.',
        '“This crossing has lost money for six winters in a row,” Quill said.',
      ],
      [
        'a title dropped before a name with a particle',
        '“We have been fair to Mr. van Dorn and to every family on the island,” Quill said.',
        '“We have been fair to van Dorn and to every family on the island,” Quill said.',
      ],
      [
        'one topic preposition for another',
        '“There is no decision on the timetable for the last sailings yet,” Quill said.',
        '“There is no decision about the timetable for the last sailings yet,” Quill said.',
      ],
    ],
    [
      'a content word changed in the same quotation is still told',
      '“But, you know, when the fuel bill doubles in a year, we cannot keep the boat on the water,” said Mara Quill, the company’s director.',
      '“But when the fuel bill triples in a year, we cannot keep the boat on the water,” said Mara Quill, the company’s director.',
    ],
  );
  noCardButGuard(
    quoteCards,
    [],
    [
      'a figure behind "over" / "about" is still told',
      '“The crossing carried over 40 people a day last winter,” Quill said.',
      '“The crossing carried about 40 people a day last winter,” Quill said.',
    ],
  );
});
