/**
 * speak42 (docs/notes/speak42.md): two constructions of attribution from the errors pooled over every dev speaker sample.
 * An unnamed person who speaks stays unnamed past a relative clause between commas ("A next-door neighbor, who asked to
 * remain anonymous, said …"): the he/she after it is nobody named, not the person the story is about. And a quote that
 * opens the paragraph after an attributed quote continues it also when the attribution lacks its full stop ("“…,” he
 * said ¶ “…”"). Guard: a named person with that relative clause in apposition ("Mary Smith, a neighbor, who …, said") keeps
 * the pronoun. Articles written for the test.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyArticle } from './../data/quotes/story-article';

describe('an unnamed speaker past a relative clause is nobody named', () => {
  it('"A next-door neighbor, who asked to remain anonymous, said … ¶ “…,” she said" → nobody, not the girl the story is about', () => {
    const a = storyArticle(`Dynasty Marshall, 8, was shot by a relative who was cleaning a gun.\n\nThree more victims were shot at a home on Walker Street. A next-door neighbor, who asked to remain anonymous, said she heard the gunfire ring out at midnight.\n\n"I was with my two brothers-in-law and my husband," she said. "I heard there was shooting so, I got scared."`);
    expect(speakerOf(a, 'I was with my two')).toBeNull();
  });
  it('"An officer, who spoke on condition of anonymity, told reporters … “…,” he said" → nobody, not the chief named before', () => {
    const a = storyArticle(`Police Chief Tom Barker held a news conference on Monday.\n\nAn officer, who spoke on condition of anonymity, told reporters the suspect had fled on foot. "We had units on every corner within minutes," he said.`);
    expect(speakerOf(a, 'We had units')).toBeNull();
  });
  it('guard: "Mary Smith, a neighbor, who has lived on the street for years, said … “…,” she said" → Mary Smith', () => {
    const a = storyArticle(`Dynasty Marshall, 8, was shot by a relative.\n\nMary Smith, a neighbor, who has lived on the street for years, said she heard the gunfire.\n\n"I was with my two brothers-in-law and my husband," she said.`);
    expect(speakerOf(a, 'I was with my two')).toBe('Mary Smith');
  });
});

describe('a paragraph of speech continues the quote before it when its attribution lacks a full stop', () => {
  it('"“…,” he said ¶ “Winning four tournaments …”" → Andy Murray', () => {
    const a = storyArticle(`Andy Murray lost in the fourth round on Monday.\n\nMurray is confident he will quickly recover from this setback.\n\n“I want to stay in the top 10,” he said\n\n“Winning four tournaments in the last few years I know I've got the potential to challenge for Grand Slams.”`);
    expect(speakerOf(a, 'Winning four')).toBe('Andy Murray');
  });
});
