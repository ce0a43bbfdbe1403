/**
 * speak11: the causes found on the Big9 speaker sample (docs/notes/speak11.md), each on an article written for the test:
 * an apposition the writer did not close before the verb, a capitalised role after "the" before a name, "shrugs" as a
 * verb of saying (not "shrugged off"), a name after the article's adjectives in an inverted attribution, and a name that
 * complements a noun before the verb (not the subject).
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyArticle } from '../data/quotes/story-article';

describe('an apposition with no closing comma before the verb', () => {
  it('the person before the comma speaks, not the organisation of the role', () => {
    const a = storyArticle(`The training bill would give a tax credit to small firms. Marta Lindqvist, head of policy at Norrbank calls it "a modest but welcome step."`);
    expect(speakerOf(a, 'a modest but welcome step')).toBe('Marta Lindqvist');
  });
  it('also after the quote', () => {
    const a = storyArticle(`Why did the river rise so fast?\n\n"The ground was already saturated after a wet spring," Dr Colin P Marsh, director of the Institute of Hydrology's Flood Research Unit told the BBC.`);
    expect(speakerOf(a, 'The ground was already')).toBe('Colin P Marsh');
  });
});

describe('a capitalised role after "the" makes the name after its comma a person', () => {
  it('a later "she told" goes to her', () => {
    const a = storyArticle(`The worry was shared by the Council Vice President, Ilse Brandauer, who pointed to the budget gap.\n\n"We cannot keep borrowing at these rates," she told reporters in Vienna on Friday.`);
    expect(speakerOf(a, 'We cannot keep borrowing')).toBe('Ilse Brandauer');
  });
});

describe('"shrugs the smooth-talking Belfort": a verb of saying, a name after adjectives', () => {
  it('the inverted attribution names the speaker', () => {
    const a = storyArticle(`At 24, Tomas Kerrigan was selling carpets door to door.\n\n"I was good at it," shrugs the soft-spoken Kerrigan, now 31.`);
    expect(speakerOf(a, 'I was good at it')).toBe('Tomas Kerrigan');
  });
  it('"the timing of Kerrigan’s move" is no speaker phrase', () => {
    const a = storyArticle(`Analyst Rosa Vidal follows the carpet trade closely.\n\nThe timing of Kerrigan’s move does not surprise analyst Rosa Vidal: "Everyone saw it coming."`);
    expect(speakerOf(a, 'Everyone saw it coming')).not.toBe('Kerrigan');
  });
});

describe('a name that complements a noun before the verb is not its subject', () => {
  it('"the paper’s written offer to Westbrook described" names nobody', () => {
    const a = storyArticle(`College officials liked the pitch.\n\n"Celebrate success; reflect the excellence of Westbrook," is how the paper's written offer to Westbrook described each week's lead story.`);
    expect(speakerOf(a, 'Celebrate success')).toBe(null);
  });
  it('"footage of Harlan saying" stays Harlan’s', () => {
    const a = storyArticle(`The advert attacks Senator Dale Harlan over jobs.\n\nThe ad then cuts to footage of Harlan saying, "We will not raise the fuel tax."`);
    expect(speakerOf(a, 'We will not raise')).toBe('Dale Harlan');
  });
});
