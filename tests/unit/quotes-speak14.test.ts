/**
 * speak14 (docs/notes/speak14.md): a name written with a "Jr." suffix keeps its apposition; an apposition the writer did
 * not close after a role noun and a preposition; verbs of saying counted from PolNeAR's annotated cues. Articles written
 * for the test; a guard keeps a run's own title from being read as an apposition.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyArticle } from '../data/quotes/story-article';

describe('a name ending in "Jr." keeps what follows it', () => {
  it('"James B. Comey Jr., the director of the bureau, said" → James B. Comey', () => {
    const a = storyArticle(`The bureau was criticised by both parties this week.\n\nJames B. Comey Jr., the director of the bureau, said the review "found no evidence of wrongdoing" in the case.`);
    expect(speakerOf(a, 'found no evidence')).toBe('James B. Comey');
  });
  it('"Sweeney Jr. added" still names Sweeney', () => {
    const a = storyArticle(`William F. Sweeney Jr., head of the city's FBI office, spoke after the arrest.\n\n"His attempt at petitioning for political favors was unsuccessful," Sweeney Jr. added.`);
    expect(speakerOf(a, 'His attempt')).toBe('William F. Sweeney');
  });
});

describe('an apposition not closed before the verb, after a role noun', () => {
  it('"Marta Olsen, a lawyer for the studio co-founder Bob Weinstein told a judge" → Marta Olsen', () => {
    const a = storyArticle(`The trial opens in June.\n\nMarta Olsen, a lawyer for the studio co-founder Bob Weinstein told a judge that "an economic agreement in principle" had been reached.`);
    expect(speakerOf(a, 'an economic agreement')).toBe('Marta Olsen');
  });
  it('guard: "Hillary Clinton, former president Bill Clinton said" — the title belongs to the run itself', () => {
    const a = storyArticle(`While campaigning for his wife, Democratic front-runner Hillary Clinton, former president Bill Clinton said she was ready because "the world is in tough shape."`);
    expect(speakerOf(a, 'the world is in tough shape')).toBe('Bill Clinton');
  });
});

describe('verbs of saying counted from annotated cues', () => {
  it('"Okafor lamented that …" attributes the quote', () => {
    const a = storyArticle(`The council met on Monday night to vote on the budget.\n\nOkafor lamented that the plan "leaves the north side with nothing at all" for the third year running.`);
    expect(speakerOf(a, 'leaves the north side')).toBe('Okafor');
  });
  it('"Whitlock yelled “…”" attributes the quote', () => {
    const a = storyArticle(`Dana Whitlock has run the shelter for a decade.\n\nWhen the inspectors left without signing the permit, Whitlock yelled, "Come back when you have read the file!"`);
    expect(speakerOf(a, 'Come back when')).toBe('Dana Whitlock');
  });
});
