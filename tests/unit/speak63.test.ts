/**
 * speak63 (docs/notes/speak63.md): a bare given name standing as a speaker ("Kendall told the magazine") for a person the
 * article names in full once, with no cue beside the full name ("Kendall Jenner went to the party"): the reader sees the full
 * name under the quote, not the bare word. The rows after keep what must not move: a bare name opening two different full
 * names, a company's bare name beside its product's (no gender: no person), a full name never written. Articles written for the test.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyArticle } from './../data/quotes/story-article';

describe('who said it: a bare given name goes to the one full name it opens', () => {
  it.each([
    ['Kendall Jenner … “…,” Kendall told the magazine', 'Kendall Jenner went to the party in a silver dress.\n\nThe party ran until dawn.\n\n“It was the best night of the year,” Kendall told the magazine. She left at dawn.', 'It was the best', 'Kendall Jenner'],
    ['Phil Foden … “…,” Phil said', 'Phil Foden became a father for the second time this week.\n\nHe missed the game against Chelsea.\n\n“It has been a very special week for us,” Phil said. He will play on Sunday.', 'It has been', 'Phil Foden'],
    ['two full names open with the bare word: the bare word stays', 'Kendall Jenner went to the party. Kendall Smith went home early.\n\n“It was the best night of the year,” Kendall said.', 'It was the best', 'Kendall'],
    ['a company’s bare name and a product (no gender): "Apple" stays', 'Apple Music lost a million subscribers this year.\n\n“We are proud of our service,” Apple said.', 'We are proud', 'Apple'],
    ['no full name: the bare word stays', 'The party ran until dawn.\n\n“It was the best night of the year,” Kendall said.', 'It was the best', 'Kendall'],
    // elect63: a role word ending in "-elect" is held by the person the text names with it.
    ['elect63: President-elect Donald Trump … “…,” the president-elect said', 'President Barack Obama welcomed President-elect Donald Trump to the White House on Thursday.\n\nThe two men spoke for ninety minutes.\n\n“We really discussed a lot of different situations,” the president-elect said in a statement.', 'We really discussed', 'Donald Trump'],
    ['elect63: Governor-elect Phil Murphy … the governor-elect told reporters', 'Governor-elect Phil Murphy named his cabinet on Monday.\n\n“This is a team that will get things done,” the governor-elect told reporters.', 'This is a team', 'Phil Murphy'],
  ])('%s', (_name, text, quote, speaker) => {
    expect(speakerOf(storyArticle(text), quote)).toBe(speaker);
  });
});
