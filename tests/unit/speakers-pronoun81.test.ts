/**
 * speak81 (docs/notes/speak81.md): a "he"/"she" with no name before it in its sentence gives the sentence before a half vote of its
 * gender (findGenders); it goes to that sentence's subject — not to a name in a prepositional phrase before the subject — as
 * `antecedent` reads the sentence; when that sentence gives its statement to a named source ("…, according to Dana Whitfield, an NRA
 * spokeswoman."), to the source, as to a sentence's speaker (speak82). Articles written for the test. The first row fails on main fd567065 (→ the militia leader); the
 * others hold on main too and guard what must not move.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyArticle } from './../data/quotes/story-article';

describe('who said it: the pronoun after a quote takes up the subject, or the source an "according to" names, of the sentence before', () => {
  it.each([
    [
      '"While announcing the death of militia leader al-Zubaydi …, Fletcher named … “…,” he urged" → Fletcher, not the dead leader',
      'Parents of hostages killed by the group of Abu Omar al-Zubaydi are calling on President Fletcher to work with them.\n\nThe Fletcher administration has made the return of hostages a priority. While announcing the death of militia leader al-Zubaydi last weekend, Fletcher named some of the Americans who were killed by the group.\n\n"Think of Jim Farley," he urged. "Think of the things he did to him."',
      'Think of Jim',
      'Fletcher',
    ],
    [
      'the same without the leader named earlier → Fletcher',
      'Parents of hostages are calling on President Fletcher to work with them.\n\nWhile announcing the death of militia leader al-Zubaydi last weekend, Fletcher named some of the Americans who were killed.\n\n"Think of Jim Farley," he urged.',
      'Think of Jim',
      'Fletcher',
    ],
    [
      'the subject, not the object: "Interior Minister Omar Haidari likened Hassan to a ghost. “…,” he said" → Omar Haidari',
      'In an interview on Tuesday, Interior Minister Omar Haidari likened Hassan to a ghost.\n\n“He shows you one face, but it is not his true face,” he said.',
      'He shows you',
      'Omar Haidari',
    ],
    [
      'the speaker of the sentence before: "Brandt’s lawyer, Walter Kessel, said … “…,” he said" → Walter Kessel',
      'Brandt’s lawyer, Walter Kessel, said the singer was pleased with the decision. “He looks forward to moving on,” he said.',
      'He looks forward',
      'Walter Kessel',
    ],
    // speak82: the next two rows failed on main 4cc8f0c2 (→ the group, a speaker elsewhere in the text).
    [
      '"…, according to Dana Whitfield, an NRA spokeswoman. ¶ “…,” she said" → Dana Whitfield, not the NRA (a speaker above)',
      'The NRA is launching a $5 million ad campaign, the group says. The ad shows what the NRA says would happen if the law passes.\n\nThe advertisements target rural voters, according to Dana Whitfield, an NRA spokeswoman.\n\n"It is designed to run up the score with those voters," she said.',
      'It is designed',
      'Dana Whitfield',
    ],
    [
      'the same with a group of two words → Dana Whitfield, not Harwick',
      'The Harwick League is launching a $5 million ad campaign, the league says. The ad shows what Harwick says would happen if the law passes.\n\nThe advertisements target rural voters, according to Dana Whitfield, a Harwick spokeswoman.\n\n"It is designed to run up the score with those voters," she said.',
      'It is designed',
      'Dana Whitfield',
    ],
    [
      'a spokesman with no group beside him → Robin Whitfield',
      'The NRA is launching a $5 million ad campaign, the group says. The ad shows what the NRA says would happen if the law passes.\n\nThe advertisements target rural voters, according to Robin Whitfield, a spokesman.\n\n"It is designed to run up the score with those voters," he said.',
      'It is designed',
      'Robin Whitfield',
    ],
    [
      '"according to" a newspaper names nobody: "Corinne Vasquez … was arrested, according to the Harlow Sentinel. ¶ “…,” she said" → Corinne Vasquez',
      'Corinne Vasquez, 34, was arrested on Friday after the crash, according to the Harlow Sentinel.\n\n"I did nothing wrong," she said.',
      'I did nothing',
      'Corinne Vasquez',
    ],
  ])('%s', (_name, text, quote, speaker) => {
    expect(speakerOf(storyArticle(text), quote)).toBe(speaker);
  });
});
