/**
 * Quote wordings that put the same words in one mouth (conf48, round 27's false rows): a word starred out for print,
 * speech written as heard ("gonna"), an interjection, a quoted phrase turned to the third person for reported speech,
 * a title before a name. None is a different statement, so none makes a "Possible conflicts" card; a changed content
 * word beside them still does. Text written for the tests.
 */
import { describe } from 'vitest';
import { noCardButGuard } from '../data/engine/no-card';
import { quoteCardsBetween } from '../data/engine/sentence-article';

const quoteCards = quoteCardsBetween(
  [
    'The city council of Harwick voted on Monday night to close the old river bridge to all traffic from next month.',
    'Engineers found cracks in two of the bridge supports during an inspection in the spring, the council said.',
  ],
  [
    'A temporary ferry will carry pedestrians across the river while a new bridge is designed and built.',
    'Shop owners on both banks said the closure would cost them customers during the busy summer season.',
  ],
  'Harwick council votes to close the old river bridge',
);

describe('one utterance printed two ways is not a conflict', () => {
  noCardButGuard(
    quoteCards,
    [
      [
        'a word starred out and speech written as heard',
        '“We are going to fight this closure at every meeting of the council, and we are going to win this damn fight,” said the shop owner Tom Fenwick.',
        '“We are gonna fight this closure at every meeting of the council, and we are going to win this d**n fight,” said the shop owner Tom Fenwick.',
      ],
      [
        'an interjection on one side',
        '“It is about safety. Oh, not about money, about safety,” the mayor Jane Holt said on Monday.',
        '“It is about safety. Not about money, about safety,” the mayor Jane Holt said on Monday.',
      ],
      [
        'a quoted phrase turned to the third person for reported speech',
        '“I look forward to crossing a safe new bridge within two years,” the mayor Jane Holt said on Monday.',
        'The mayor Jane Holt said she “looks forward to crossing a safe new bridge within two years.”',
      ],
      [
        'a title before a name on one side',
        '“With respect, I disagree with Councillor Marsh and with Senator Pike on the ferry,” the mayor Jane Holt said.',
        '“With respect, I disagree with Councillor Marsh and with Pike on the ferry,” the mayor Jane Holt said.',
      ],
    ],
    [
      'a content word changed beside a starred word is still told',
      '“We are going to fight this closure at every meeting of the council, and we are going to win this damn fight,” said the shop owner Tom Fenwick.',
      '“We are gonna fight this decision at every meeting of the council, and we are going to win this d**n fight,” said the shop owner Tom Fenwick.',
    ],
  );
});
