/**
 * speak17 (docs/notes/speak17.md): a name that is the complement of a preposition inside a subject that opens its clause
 * ("20 percent of Slovaks said", "A spokesman for … Hillary Clinton called") is not the speaker — the subject, an unnamed
 * person, group or document, is; a title run or an apposition's name still is. Articles written for the test.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyArticle } from '../data/quotes/story-article';

describe('a name inside the subject, after a preposition, is not the speaker', () => {
  it('"a survey that found that 40 percent of Danes said they were “…”" names nobody', () => {
    const a = storyArticle(`Turnout is expected to rise this year.\n\nPollsters pointed to a survey that found that 40 percent of Danes said they were "almost certain" to vote in the spring election.`);
    expect(speakerOf(a, 'almost certain')).toBeNull();
  });
  it('"A spokesman for Democratic candidate Laura Finch called the report “…”" names nobody', () => {
    const a = storyArticle(`The report was published on Tuesday.\n\nA spokesman for Democratic candidate Laura Finch called the report "a shameless attack on a public servant."`);
    expect(speakerOf(a, 'a shameless attack')).toBeNull();
  });
  it('"Several senior officials with close ties to both Hendersons cited “…”" names nobody', () => {
    const a = storyArticle(`The family has not commented.\n\nSeveral senior officials with close ties to both Hendersons cited another "dangerous and reckless" decision by the board.`);
    expect(speakerOf(a, 'dangerous and reckless')).toBeNull();
  });
  it('guard: a title run before the name ("The secretary of state Anna Moreau said “…”") → Moreau', () => {
    const a = storyArticle(`The talks ended late on Friday.\n\nThe secretary of state Anna Moreau said the talks were "productive and very good for all of us."`);
    expect(speakerOf(a, 'productive and very good')).toBe('Anna Moreau');
  });
  it('guard: an apposition\'s name before the role ("Tom Reyes, a lawyer for the founder Carl Brandt told …") → Reyes', () => {
    const a = storyArticle(`The dispute went to court in March.\n\nTom Reyes, a lawyer for the studio founder Carl Brandt told a judge that "an agreement in principle" had been reached.`);
    expect(speakerOf(a, 'an agreement in principle')).toBe('Tom Reyes');
  });
  it('guard: a phrase that is no subject ("In an interview with the Herald, Mayor Ida Stone said “…”"; "asked for a photo and Stone said") → Stone', () => {
    const a = storyArticle(`The vote is on Sunday.\n\nIn an interview with the Herald, Mayor Ida Stone said the plan was "the best deal this city has seen in years."\n\nAt one point, a woman asked for a photo and Stone said, "as long as we are not breaking any rules here."`);
    expect(speakerOf(a, 'the best deal this city')).toBe('Ida Stone');
    expect(speakerOf(a, 'as long as we are not')).toBe('Ida Stone');
  });
  it('guard: a passive agent is no subject\'s complement ("a letter sent out by Ida Stone on Monday warned: “…”") → Stone', () => {
    const a = storyArticle(`The campaign is short of money.\n\nIn addition, a letter sent out by Mayor Ida Stone on Monday warned of the fight ahead: "There are four votes in the next three weeks and we must win all of them."`);
    expect(speakerOf(a, 'There are four votes')).toBe('Ida Stone');
  });
});
