/**
 * A total against its parts told under the same head (conf50): "two people on the dock and 31 people on the
 * ferry were hurt" counts 33 people hurt, so "33 people were hurt" is no "Possible conflicts" card; a total the parts
 * do not add up to still is. Two figures both articles give ("12 cracked beams on the east span … and 15 … on its west
 * span" in both) are no disagreement between them, and a figure whose clause dates it back from the story ("where three
 * years earlier 13 people were killed") is another event's; a figure only one article gives, the same event's dead
 * told two ways, still make a card. Text written for the tests.
 */
import { describe } from 'vitest';
import { noCardButGuard } from '../data/engine/no-card';
import { figureCardsBetween } from '../data/engine/sentence-article';

const figureCards = figureCardsBetween(
  'The ferry Wren struck the north pier at Gullhaven harbor on Friday evening while docking in a strong wind.',
  'The harbor will stay closed to passenger ferries until engineers have inspected the damaged pier.',
  ['Ferry strikes pier at Gullhaven', 'Gullhaven ferry crash hurts dozens'],
);

describe('a total against its parts told under the same head', () => {
  noCardButGuard(
    figureCards,
    [
      [
        'all hurt against those on the dock and those on the ferry',
        'In all, 33 people on the ferry and the dock were hurt when it hit the pier, the harbor master said.',
        'Two people on the dock and 31 people on the ferry were hurt when it hit the pier, the harbor master said.',
      ],
    ],
    [
      'a total the parts do not add up to is still told',
      'In all, 40 people on the ferry and the dock were hurt when it hit the pier, the harbor master said.',
      'Two people on the dock and 31 people on the ferry were hurt when it hit the pier, the harbor master said.',
    ],
  );
});

const spanCards = figureCardsBetween(
  'Inspectors found 12 cracked beams on the east span of the Harlow bridge and 15 cracked beams on its west span last week.',
  'The bridge will stay open to cars while the work goes on, with one lane closed on each side.',
  ['Harlow bridge repairs begin', 'Crews start work on cracked Harlow bridge'],
);

describe('two figures both articles give are no disagreement between them', () => {
  noCardButGuard(
    spanCards,
    [
      [
        'the east span’s beams against the west span’s, both counts in both articles',
        'Crews began replacing the 12 cracked beams of the east span on Monday, the city engineer said.',
        'Crews began replacing the 15 cracked beams of the west span on Monday, the city engineer said.',
      ],
    ],
    [
      'a figure only one article gives is still told',
      'Crews began replacing the 12 cracked beams of the east span on Monday, the city engineer said.',
      'Crews began replacing the 14 cracked beams of the east span on Monday, the city engineer said.',
    ],
  );
});

const schoolCards = figureCardsBetween(
  'Mourners gathered on Sunday outside the Larch Street offices of Benner Freight, where a gunman opened fire on Friday.',
  'The company said its offices would stay closed for the rest of the week while the police finish their work.',
  ['Mourners gather at Benner Freight', 'Town grieves after Benner Freight shooting'],
);

describe('a figure its clause dates back from the story is another event', () => {
  noCardButGuard(
    schoolCards,
    [
      [
        'the dead of an attack years before against the dead of this one',
        'Four people were killed in the offices of Benner Freight, the police chief said at a vigil.',
        'The town grieved at a vigil, where three years earlier 13 people were killed in the offices of Benner Freight.',
      ],
    ],
    [
      'the dead of this attack told two ways are still told',
      'Four people were killed in the offices of Benner Freight, the police chief said at a vigil.',
      'Five people were killed in the offices of Benner Freight, the police chief said at a vigil.',
    ],
  );
});
