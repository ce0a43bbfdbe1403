/**
 * speak54 (docs/notes/speak54.md): a name inside the words a person reports is no antecedent of a "he" or "she" after them, also
 * when an apposition stands between that person's name and the verb ("Hensley, a party elder, criticised … and suggested Mayor Dan
 * Ortiz could have done more. When asked …, he said" → Hensley, not Ortiz). An article written for the test; the first expectation fails on main
 * 486f83e8 (Dan Ortiz), the second holds on main and on the branch.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyArticle } from './../data/quotes/story-article';

describe('who said it: a he after the reported words of a subject with an apposition', () => {
  it('"Hensley, a party elder, … suggested Mayor Dan Ortiz could have done more. When asked how Ortiz …, he said" → Hensley', () => {
    const a = storyArticle(`The city council met on Monday to discuss the riots.\n\nFormer speaker Walt Hensley, a party elder, criticised city leaders and suggested Mayor Dan Ortiz could have done more to ease tensions. When asked how Ortiz may have missed a chance to repair relations, he said, "I think the biggest problem was that every one of the big districts is a disaster," citing school results.\n\n"We did everything the law allowed," Ortiz said on Tuesday.`);
    expect(speakerOf(a, 'I think the biggest problem was')).toBe('Walt Hensley');
    expect(speakerOf(a, 'We did everything the law allowed')).toBe('Dan Ortiz');
  });
});
