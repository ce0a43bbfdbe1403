/**
 * speak16 (docs/notes/speak16.md): a quote that opens its sentence with no attribution of its own continues the subject
 * of the sentence before ("Vettel … paid tribute to Lauda. ¶ “…”") — the largest mechanism of the misses on fresh
 * samples — and not when the quote's own sentence names its source ("“…,” the ministry said"). Articles written for the test.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyArticle } from '../data/quotes/story-article';

describe('a quote paragraph continues the subject of the sentence before', () => {
  it('"Marta Keller, the mayor, praised the crews on Friday. ¶ “…”" → Keller', () => {
    const a = storyArticle(`The storm cut power to most of the valley for two days.\n\nMarta Keller, the town's mayor, praised the repair crews on Friday for working through the night.\n\n"Nobody here will forget what these people did for us this week."`);
    expect(speakerOf(a, 'Nobody here will forget')).toBe('Marta Keller');
  });
  it('a subject after an opening phrase: "In a letter on Monday, Judge Omar Haddad ordered … ¶ “…”" → Haddad', () => {
    const a = storyArticle(`The county lost its appeal last month.\n\nIn a letter released on Monday, Judge Omar Haddad ordered the county to reopen the two shelters before winter.\n\n"The county has had more than enough time to find the money for this."`);
    expect(speakerOf(a, 'The county has had')).toBe('Omar Haddad');
  });
  it('not the name after a preposition or a possessive: "Fans of Peter Lund cheered. ¶ “…”" names nobody', () => {
    const a = storyArticle(`The race ended in heavy rain.\n\nFans of Peter Lund cheered in the stands as the cars came home.\n\n"It was the wettest finish anyone here can remember."`);
    expect(speakerOf(a, 'It was the wettest')).toBeNull();
  });
  it('guard: the quote\'s own sentence names its source ("“…,” the ministry said") — not the person before', () => {
    const a = storyArticle(`Finance Minister Jonas Berg met the bank's board on Tuesday.\n\n"The talks were open and useful, and they will continue next month," the ministry said in a statement.`);
    expect(speakerOf(a, 'The talks were open')).not.toBe('Jonas Berg');
  });
  it('guard: one bare capitalised word is no person to continue ("(Story continues below)")', () => {
    const a = storyArticle(`The storm killed two people who ignored the warnings to stay inside.\n\n(Story continues below)\n\n"It is not a good night to be out driving around, so please stay home."`);
    expect(speakerOf(a, 'It is not a good night')).toBeNull();
  });
  it('guard: a quote inside its sentence (not opening it) is left to the rules', () => {
    const a = storyArticle(`Ruth Adler spoke at the fair on Sunday.\n\nThe new bridge is what locals call a "long overdue fix for the east side of town."`);
    expect(speakerOf(a, 'long overdue fix')).not.toBe('Ruth Adler');
  });
});
