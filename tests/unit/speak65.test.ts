/**
 * speak65 (docs/notes/speak65.md): the verbs of saying that speak14's count admits when it reads all three PolNeAR compartments
 * (condemned, demanded, proclaimed, sings, thanked: `npx tsx bench/speak65-cues.ts`) give a quote to their subject; an
 * organisation or an unnamed crowd as the subject still names nobody. Articles written for the test.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyArticle } from './../data/quotes/story-article';

describe('who said it: the verbs of saying counted on all of PolNeAR', () => {
  it.each([
    ['“…,” demanded X', 'The council met on Monday.\n\n“Give us the money now,” demanded Maria Lopez, who leads the tenants’ union.', 'Give us the money', 'Maria Lopez'],
    ['“…,” X proclaimed', 'The council met on Monday.\n\n“We have won,” Maria Lopez proclaimed to the crowd outside the hall.', 'We have won', 'Maria Lopez'],
    ['“…,” X thanked', 'The council met on Monday.\n\n“Thank you all for coming tonight,” Maria Lopez thanked the volunteers.', 'Thank you all', 'Maria Lopez'],
    ['“…,” X sings', 'The band played on Monday.\n\n“I will always love you,” Maria Lopez sings in the new single.', 'I will always', 'Maria Lopez'],
    ['X demanded “…” (a fragment)', 'The council met on Monday.\n\nMaria Lopez demanded “a full inquiry” into the deal.', 'a full inquiry', 'Maria Lopez'],
    ['X proclaimed the night “…” (a fragment)', 'The council met on Monday.\n\nMaria Lopez proclaimed the night “a turning point.”', 'a turning point', 'Maria Lopez'],
    ['an organisation condemned “…”: nobody', 'The council met on Monday.\n\nThe ministry condemned the “provocation” in a statement.', 'provocation', null],
    ['an unnamed crowd demanded “…”: nobody', 'The council met on Monday.\n\nProtesters demanded “justice now” outside the hall.', 'justice now', null],
  ])('%s', (_name, text, quote, speaker) => {
    expect(speakerOf(storyArticle(text), quote)).toBe(speaker);
  });
});
