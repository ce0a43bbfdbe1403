/**
 * speak51 (docs/notes/speak51.md), speak50's two rules with their restrictions: a title's gender picks the person of a shared
 * surname, but only away from a person whose given name says the other gender; a report's or a publication's words are
 * nobody's, unless the quote's own sentence names its speaker first. Articles written for the test; each case fails on main
 * 5275bab1 (its first expectation); the second expectation of each holds on main and failed with speak50's unrestricted rules.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyArticle } from './../data/quotes/story-article';

describe("a title's gender agrees with the person a surname names", () => {
  it('"Senator Tom Baxter … His wife, Carol Baxter, … ¶ “…,” Ms. Baxter said" → Carol Baxter; "Mr. Quill" stays Tavish Quill, whose given name tells no gender', () => {
    const a = storyArticle(`Senator Tom Baxter was released from hospital on Friday, his campaign said.\n\n"I feel fine," he said. "No apologies."\n\nHis wife, Carol Baxter, said in an interview that she had heard the news on Thursday. Mr. Baxter's son, Owen Baxter, flew in from Denver.\n\n"I heard it on Thursday," Ms. Baxter said. "But frankly, I was not thinking about the race."`);
    expect(speakerOf(a, 'I heard it on Thursday')).toBe('Carol Baxter');
    const b = storyArticle(`Tavish Quill, the younger son of former Governor Robert Quill, opened a bakery on Main Street this week.\n\nThe shop sells rye bread and cinnamon rolls from six in the morning.\n\n"I wanted a place where people sit down and talk," Mr. Quill, 34, said on Tuesday. "Nobody sits down anymore."`);
    expect(speakerOf(b, 'I wanted a place')).toBe('Tavish Quill');
  });
});

describe("a report's or a publication's words are no person's", () => {
  it('"“…,” the report continued" after a named speaker → nobody; "Dorsey said … “…,” the Harbor Times reported" stays Ray Dorsey', () => {
    const a = storyArticle(`Lawmakers pressed the minister on the school budget on Tuesday, a local paper reported.\n\n"I still cannot understand why you would cut the lunch program," Rep. Dana Whitfield said.\n\n"Several posts claimed the minister had already cut the funding," the report continued.`);
    expect(speakerOf(a, 'Several posts claimed')).toBeNull();
    const b = storyArticle(`Ray Dorsey, a city councilman, has asked for a second audit of the water board.\n\nDorsey said on Monday that the first audit was "a complete failure of oversight by everyone involved," the Harbor Times reported.`);
    expect(speakerOf(b, 'a complete failure of oversight')).toBe('Ray Dorsey');
  });
  it('"“…,” the Harbor Reporter noted" → nobody, not the person the sentence before names', () => {
    const a = storyArticle(`A new series will follow the campaign of Mayor Lena Ortiz, based on a memoir by the reporter who covered it.\n\nThe memoir, published last year, tells of Ortiz's two runs for office.\n\n"Grant rode the campaign bus for two years and followed the candidate through every county of the state," the Harbor Reporter noted.`);
    expect(speakerOf(a, 'Grant rode the campaign bus')).toBeNull();
  });
});
