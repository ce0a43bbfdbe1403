/**
 * speak81 (docs/notes/speak81.md): a "he"/"she" with no name before it in its sentence gives the sentence before a half vote of its
 * gender (findGenders); it goes to that sentence's subject — not to a name in a prepositional phrase before the subject — as
 * `antecedent` reads the sentence. Articles written for the test. The first row fails on main fd567065 (→ the militia leader); the
 * others hold on main too and guard what must not move.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyArticle } from './../data/quotes/story-article';

describe('who said it: the pronoun after a quote takes up the subject of the sentence before', () => {
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
  ])('%s', (_name, text, quote, speaker) => {
    expect(speakerOf(storyArticle(text), quote)).toBe(speaker);
  });
});
