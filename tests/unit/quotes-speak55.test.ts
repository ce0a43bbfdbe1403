/**
 * speak55 (docs/notes/speak55.md): an intensive reflexive between a speaker and the verb of saying ("the mayor himself said",
 * "Vane himself admits") does not hide the speaker. Articles written for the test; each expectation fails on main e40c9086
 * (null: the quote given to nobody).
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
