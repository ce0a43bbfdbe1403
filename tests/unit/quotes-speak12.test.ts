/**
 * speak12: a sentence that ends on a colon introduces the quote paragraph after it (docs/notes/speak12.md: the largest
 * error rate by attribution structure on the PolNeAR-train proxy was the paragraph continuation, 30 of 68 wrong), with
 * the guards the unjudged diffs asked for. Articles written for the test.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyArticle } from '../data/quotes/story-article';

describe('a sentence ending on a colon introduces the quote that opens the next paragraph', () => {
  it('"Mayor Ilse Brandauer released the following statement:" ¶ "“…”"', () => {
    const a = storyArticle(`The bridge closed on Monday after inspectors found cracks in two of its piers.\n\nIn response, Mayor Ilse Brandauer released the following statement:\n\n"Our engineers will work through the weekend so that the bridge can reopen as soon as it is safe to cross."`);
    expect(speakerOf(a, 'Our engineers will work')).toBe('Ilse Brandauer');
  });
  it('"Kerrigan continued:" with a pronoun-free quote paragraph', () => {
    const a = storyArticle(`Tomas Kerrigan, the union's negotiator, spoke for twenty minutes.\n\nKerrigan continued:\n\n"You look at the offer on the table and you ask yourself who wrote it, and for whom it was written."`);
    expect(speakerOf(a, 'You look at the offer')).toBe('Tomas Kerrigan');
  });
  it('the main clause speaks, not a subordinate clause\'s subject ("When Marsh retired, Governor Rosa Vidal issued …:")', () => {
    const a = storyArticle(`Colin Marsh ran the water board for thirty years.\n\nWhen Marsh retired in 2019, Governor Rosa Vidal issued the following statement:\n\n"Colin gave this state clean water and asked for nothing in return, and we owe him more than we can say."`);
    expect(speakerOf(a, 'Colin gave this state')).toBe('Rosa Vidal');
  });
});

describe('guards: who a colon sentence introduces is not always its subject', () => {
  it('"Vidal quotes the economist Marta Lindqvist:" — the one quoted speaks, not Vidal', () => {
    const a = storyArticle(`Rosa Vidal's new book is about the crisis of 2008.\n\nVidal quotes the economist Marta Lindqvist:\n\n"Nobody in the room understood the size of the losses until the weekend, when it was far too late to act."`);
    expect(speakerOf(a, 'Nobody in the room understood')).not.toBe('Rosa Vidal');
  });
  it('"…the website, which carries the following statement:" — a document, not the subject', () => {
    const a = storyArticle(`Governor Rosa Vidal launched the campaign on Tuesday.\n\nShe shared a link to the campaign's website, which carries the following statement:\n\n"Every county has a problem with this drug, and no county can solve it alone without help from the state."`);
    expect(speakerOf(a, 'Every county has a problem')).not.toBe('Rosa Vidal');
  });
});
