/**
 * speak15 (docs/notes/speak15.md): causes read on two fresh blind samples (AllSides article openings, SeniorResearch
 * pages): a name after "a" and adjectives, a listener's name is no clause subject, a possessive role is no speaker, a
 * document "according to" a person's findings, "the statement reads" after the person's statement, a given name's usual
 * gender for a pronoun, a dateline is no person. Articles written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../lib/quotes/extract';
import { speakerOf, storyArticle } from '../data/quotes/story-article';

describe('who speaks after the quote', () => {
  it('"“…,” a defiant Biden said" → Biden', () => {
    const a = storyArticle(`President Joe Biden spoke to the nation on Tuesday about the withdrawal.\n\n"Leaving on that date was designed to save American lives," a defiant Biden said, responding to criticism.`);
    expect(speakerOf(a, 'Leaving on that date')).toBe('Joe Biden');
  });
  it('guard: "“…,” a former Trump adviser said" names nobody', () => {
    const a = storyArticle(`Donald Trump held a rally in Phoenix on Saturday.\n\n"He will not stop talking about the audit," a former Trump adviser said on Sunday.`);
    expect(speakerOf(a, 'He will not stop')).toBeNull();
  });
  it('"“…,” the statement reads" → the person whose statement the paragraph before gave', () => {
    const a = storyArticle(`In a statement Wednesday, former President George W. Bush lauded Rumsfeld, who served as Bush's defense secretary, as a "faithful steward of our armed forces."\n\n"A period that brought unprecedented challenges to our country also brought out his best qualities," the statement reads.`);
    expect(speakerOf(a, 'A period that brought')).toBe('George W. Bush');
  });
  it('guard: an organisation\'s statement is not given to a person named later in its sentence', () => {
    const a = storyArticle(`In a statement on Wednesday, the Acme Pipeline Corporation said it had ended the project, months after President Joe Biden revoked its permit.\n\n"The company will keep working with regulators to ensure a safe end to the work," the statement said.`);
    expect(speakerOf(a, 'The company will keep')).not.toBe('Joe Biden');
  });
  it('"“21 Grams,” confirmed the director\'s artistic prowess": a title, and a possessive is no speaker', () => {
    const a = storyArticle(`Alejandro González Iñárritu leads the jury this year.\n\nIñárritu's second feature film, "21 Grams," confirmed the director's artistic prowess. In this movie, Sean Penn plays a man after heart surgery.`);
    const q = extractQuotes(a).find((x) => x.kind === 'direct' && x.text.startsWith('21 Grams'));
    expect(q?.speaker ?? null).toBeNull();
  });
});

describe('who speaks before the quote', () => {
  it('"The caucus wrote to House Minority Leader Kevin McCarthy, saying that they “…”" is not McCarthy\'s', () => {
    const a = storyArticle(`The House Freedom Caucus sent a letter on Friday.\n\nThe caucus wrote to House Minority Leader Kevin McCarthy, saying that they "respectfully request that you pursue the authorization of the conference."`);
    expect(speakerOf(a, 'respectfully request')).not.toBe('Kevin McCarthy');
  });
  it('"heard Gallagher say “…,” according to Judge Rugh\'s findings" → Gallagher', () => {
    const a = storyArticle(`Prosecutors allege that Edward Gallagher stabbed a captive in 2017. Members of the platoon heard Gallagher say "Nobody touch him, he's mine," according to Navy Judge Capt. Aaron Rugh's findings-of-fact statement.`);
    expect(speakerOf(a, 'Nobody touch him')).toBe('Edward Gallagher');
  });
});

describe('pronouns', () => {
  it('a given name\'s usual gender: "Karen Lund, the county engineer, met Tim Scott. Scott praised the plan. “…,” she said." → Lund', () => {
    const a = storyArticle(`Karen Lund, the county engineer, met Tim Scott at the office on Monday. Scott praised the plan for the new bridge.\n\n"It is a good start, but the money is not there yet," she said.`);
    expect(speakerOf(a, 'It is a good start')).toBe('Karen Lund');
  });
  it('a dateline is no person: "WASHINGTON — President Trump … he described as “…”" → Trump, not George Washington', () => {
    const a = storyArticle(`WASHINGTON — President Trump vowed Tuesday to look for common ground but made no commitment to stick with the agreement he described as "insane and ridiculous, a terrible deal."\n\nThe two leaders later laid a tree at the home of George Washington.`);
    expect(speakerOf(a, 'insane and ridiculous')).toBe('Trump');
  });
});
