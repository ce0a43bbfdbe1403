/**
 * speak20 (docs/notes/speak20.md): local-news attributions the speaker rules did not read. After an inverted "said", lower-case
 * words that describe a full name ("said neighbor Owen Pratt", "said police Sgt. Luis Ortega") name that person, also after a
 * place or body written in several words ("said Lake City police Sgt. …"), which is not the speaker; a name with a suffix
 * ("Marcus Hale Jr. said") is read past the suffix's dot. A quote after such an attribution continues it. A straight closing
 * mark typed with a space before it ("worried, \" said") still closes the quote. Guard: a subordinator after the name
 * ("said Owen Pratt after meeting neighbor Ann Cole") is no description.
 * Articles written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../lib/quotes/extract';
import { quoteStarting, speakerOf, storyArticle } from '../data/quotes/story-article';

describe('lower-case words describing a full name after an inverted "said"', () => {
  it('"“…,” said neighbor Owen Pratt. “…”" → Pratt, for both parts of the quote', () => {
    const a = storyArticle(`Neighbors gathered on the lawn after the fire was put out.\n\n"The kids played in our yard every summer, and I would wave to them," said neighbor Owen Pratt. "You feel sad for them, and it is strange to see it happen next door."`);
    // The two parts around the attribution are one quote.
    const q = quoteStarting(extractQuotes(a), 'The kids played in our yard');
    expect(q.speaker).toBe('Owen Pratt');
    expect(q.text).toContain('You feel sad for them');
  });
  it('"“…,” said police Sgt. Luis Ortega. “…”" → Ortega (a title after the description)', () => {
    const a = storyArticle(`A teenager was hurt at a house on Elm Street on Sunday.\n\n"The boy took the rifle out of the closet," said police Sgt. Luis Ortega. "When his friend grabbed it, the rifle went off."`);
    expect(speakerOf(a, 'The boy took the rifle')).toBe('Luis Ortega');
    expect(speakerOf(a, 'When his friend grabbed it')).toBe('Luis Ortega');
  });
  it('"DAYTON — … “…,” said Dayton police Sgt. Luis Ortega." → Ortega, not the city of the dateline', () => {
    const a = storyArticle(`DAYTON, Ohio — A teenager was hurt at a house on Elm Street on Sunday.\n\n"The boy took the rifle out of the closet," said Dayton police Sgt. Luis Ortega. "When his friend grabbed it, the rifle went off."`);
    expect(speakerOf(a, 'The boy took the rifle')).toBe('Luis Ortega');
    expect(speakerOf(a, 'When his friend grabbed it')).toBe('Luis Ortega');
  });
  it('"“…,” said Green Valley fire Capt. Rosa Diaz." → Diaz, not the town (a place of two words before the description)', () => {
    const a = storyArticle(`GREEN VALLEY — Crews worked through the night to contain the blaze at the lumber yard.\n\n"The wind turned twice before midnight and pushed the flames toward the houses," said Green Valley fire Capt. Rosa Diaz.`);
    expect(speakerOf(a, 'The wind turned twice')).toBe('Rosa Diaz');
  });
  it('guard: "“…,” said Owen Pratt after meeting neighbor Ann Cole." stays Pratt (a subordinator is no description)', () => {
    const a = storyArticle(`The street reopened on Tuesday.\n\n"We are glad the road is open again," said Owen Pratt after meeting neighbor Ann Cole.`);
    expect(speakerOf(a, 'We are glad the road')).toBe('Owen Pratt');
  });
});

describe('a name with a suffix before its verb', () => {
  it('"“…,” Marcus Hale Jr. said. “…”" → Hale, for both quotes', () => {
    const a = storyArticle(`A plea deal was reached in the county court on Friday.\n\n"This is not fair to my son," Marcus Hale Jr. said. "I think the deal is wrong, and we will say so at the sentencing."`);
    expect(speakerOf(a, 'This is not fair to my son')).toBe('Marcus Hale');
    expect(speakerOf(a, 'I think the deal is wrong')).toBe('Marcus Hale');
  });
  it('"Marcus Hale Jr. said “…”" → Hale (the name before the quote)', () => {
    const a = storyArticle(`A plea deal was reached in the county court on Friday.\n\nOutside the courthouse, Marcus Hale Jr. said "the deal does not match what happened that night."`);
    expect(speakerOf(a, 'the deal does not match')).toBe('Marcus Hale');
  });
});

describe('a closing mark typed with a space before it', () => {
  it('"“… worried, ” said Ana Ruiz who …" → Ruiz, the quote ending at the mark', () => {
    const a = storyArticle(`Crews stayed at the house on Birch Road all night.\n\n"I left work when I saw the house on the news and I am just really worried, " said Ana Ruiz who coached the boy in the science club at Lincoln Middle School.`);
    const q = quoteStarting(extractQuotes(a), 'I left work when I saw');
    expect(q.speaker).toBe('Ana Ruiz');
    expect(q.text).not.toContain('science club');
  });
});

describe('guard: an indefinite description names nobody', () => {
  it('"“…,” said one Iowa Democrat." → nobody (a word of number opens the phrase)', () => {
    const a = storyArticle(`Party insiders were split on the caucus.\n\n"If she wins here, it will be by a margin as close as last time," said one Iowa Democrat.`);
    expect(speakerOf(a, 'If she wins here')).toBeNull();
  });
});
