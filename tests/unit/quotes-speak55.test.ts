/**
 * speak55 (docs/notes/speak55.md): an intensive reflexive between a speaker and the verb of saying ("the mayor himself said",
 * "Vane himself admits") does not hide the speaker; and speak54's rule — a name inside the words a person reports is no antecedent
 * of a later he/she, also when an apposition stands between that person's name and the verb — without reading a relative clause
 * ("Dustwolf, who are known for …, said") as an apposition. Articles written for the test. Each test fails on main e40c9086: the
 * first two give null, the third gives Dan Ortiz for Hensley's quote (its Dustwolf expectation holds on main and fails on
 * bench/speak54-apposition.patch as speak54 left it, which gives "Dustwolf").
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyArticle } from './../data/quotes/story-article';

describe('who said it: "X himself said …"', () => {
  it('"But the mayor himself recently said it is “…”" → the mayor named before', () => {
    const a = storyArticle(
      'Mayor Dan Ortiz has promised a new bridge for the east side since 2019.\n\nThe council voted the plan down again on Tuesday. But the mayor himself recently said it is “very discouraging to me” that the state has not stepped in.',
    );
    expect(speakerOf(a, 'very discouraging to me')).toBe('Dan Ortiz');
  });

  it('"Professor Mark Vane himself admits that … may be “outrageous.”" → Mark Vane', () => {
    const a = storyArticle(
      'A new study of ancient droughts was published on Friday.\n\nProfessor Mark Vane himself admits that his reading of the past may be “outrageous.” Other researchers were more cautious.',
    );
    expect(speakerOf(a, 'outrageous.')).toBe('Mark Vane');
  });
});

describe('who said it: a he after the reported words of a subject with an apposition (speak54, fixed)', () => {
  it('"Hensley, a party elder, … suggested Mayor Dan Ortiz could have done more. When asked …, he said" → Hensley; a "who" clause is no apposition', () => {
    const a = storyArticle(
      'The city council met on Monday to discuss the riots.\n\nFormer speaker Walt Hensley, a party elder, criticised city leaders and suggested Mayor Dan Ortiz could have done more to ease tensions. When asked how Ortiz may have missed a chance to repair relations, he said, "I think the biggest problem was that every one of the big districts is a disaster," citing school results.\n\n"We did everything the law allowed," Ortiz said on Tuesday.',
    );
    expect(speakerOf(a, 'I think the biggest problem was')).toBe('Walt Hensley');
    expect(speakerOf(a, 'We did everything the law allowed')).toBe('Dan Ortiz');
    const b = storyArticle(
      'The singer of US rock band Dustwolf has quit music, saying he made the decision after finding faith.\n\nTom Varga told a radio station in Ohio that his bandmates respected his decision to leave. A replacement singer has yet to be named by Dustwolf, who are currently at work on their fifth album. The remaining members of Dustwolf, who are known for their loud brand of rock, said they hoped Varga "finds the peace he is looking for".\n\nThe 41-year-old made reference to the band\'s angry music in his parting statement. "Anger is a good thing, but there is peace after the anger," he told his local radio station.',
    );
    expect(speakerOf(b, 'Anger is a good thing')).toBe('Tom Varga');
  });
});
