/**
 * speak52 (docs/notes/speak52.md): a word or three the writer calls "so-called" ("to so-called “modular” assembly", "the
 * so-called “open-sky” policy") is a term, nobody's words, though a person is named in the sentence; a quoted word a verb of
 * naming governs ("called it a “shameful” deal") stays that person's. Articles written for the test; the first expectation of each case fails on main
 * af6a71d8, the second holds on main and on the branch.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyArticle } from './../data/quotes/story-article';

describe('a so-called term in quotation marks is nobody’s words', () => {
  it('"Since the strike, Harlow Motors has announced plans to move its plants to so-called “cell” assembly" → nobody', () => {
    const a = storyArticle(`Workers at the Brenton plant returned on Monday after a six-week strike over job security.\n\nSince the strike, Harlow Motors has announced plans to move its small-car plants to so-called "cell" assembly to cut costs. The union describes it as a threat to jobs.\n\n"We will keep talking," said Mina Okafor, the union's president.`);
    expect(speakerOf(a, 'cell')).toBeNull();
    expect(speakerOf(a, 'We will keep talking')).toBe('Mina Okafor');
  });
  it('"Premier Dalia Ferro stressed that her government would keep the so-called “open-sky” policy" → nobody; "Ferro called it a “shameful” deal" → Dalia Ferro', () => {
    const a = storyArticle(`Premier Dalia Ferro met the visiting trade envoy on Tuesday.\n\nFerro said she hoped for an early visit to the port. She stressed that her government would keep the so-called "open-sky" policy for regional airlines.`);
    expect(speakerOf(a, 'open-sky')).toBeNull();
    const b = storyArticle(`Premier Dalia Ferro met the visiting trade envoy on Tuesday.\n\nOn Wednesday Ferro called it a "shameful" deal for the island's fishermen.`);
    expect(speakerOf(b, 'shameful')).toBe('Dalia Ferro');
  });
});
