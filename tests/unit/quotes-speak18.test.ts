/**
 * speak18 (docs/notes/speak18.md): a person the text names once, in full, is still a person — "Lukas Brandt of the
 * German Founders Association told" (the name before "of the" + an organisation) and "the theologian Matthew Corwin"
 * (a first name news text shows with a gender) — so a quote after the name, and a pronoun after it, go to that person and
 * not to someone named earlier. Guards: a first-name word that opens a place or a building, or that the article writes
 * alone as a surname, is no given name there. Articles written for the test.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyArticle } from '../data/quotes/story-article';

describe('a person named once in full is an antecedent and a speaker', () => {
  it('"“…,” Lukas Brandt of the German Founders Association told the paper" → Brandt', () => {
    const a = storyArticle(`Minister Kendall Sorensen presented the report on Monday.\n\n"Founders should look closely at the money on offer," Lukas Brandt of the German Founders Association told the paper.`);
    expect(speakerOf(a, 'Founders should look closely')).toBe('Lukas Brandt');
  });
  it('"The words of the theologian Matthew Corwin seem apt: “…,” he wrote." → Corwin, not a person named before', () => {
    const a = storyArticle(`Kendall Sorensen walked up to the officer with a drink in hand.\n\nThe words of the theologian Matthew Corwin seem apt: "They know not because they will not learn," he wrote.`);
    expect(speakerOf(a, 'They know not because')).toBe('Matthew Corwin');
  });
  it('"Helen Marsh, the lead for public health at the college, highlighted the deficits. ¶ “…,” she said." → Marsh', () => {
    const a = storyArticle(`"Any plan is welcome if it is funded," Dr. Andrew Paige, president of the Royal College of Surgeons said.\n\nHelen Marsh, the lead for public health at the Royal College of Midwives, highlighted the deficits that must be closed first.\n\n"The plans will start at a disadvantage as councils face cuts every year," she said.`);
    expect(speakerOf(a, 'The plans will start')).toBe('Helen Marsh');
  });
  it('guard: a first-name word the article writes alone as a surname ("Trump Tower" where "Trump said") is no person', () => {
    const a = storyArticle(`Donald Trump met the visitors on Tuesday. Trump said the talks went well.\n\nThe meeting took place at Trump Tower in the afternoon.\n\n"We had a very good meeting, a really good one," he said.`);
    expect(speakerOf(a, 'We had a very good meeting')).toBe('Donald Trump');
  });
  it('guard: the first word of a region\'s name ("South Korean") opens no person\'s name', () => {
    const a = storyArticle(`Daniel Ortiz arrived in Seoul on Monday. South Korean officials met Ortiz at the airport.\n\n"We are ready to talk," he said.`);
    expect(speakerOf(a, 'We are ready to talk')).toBe('Daniel Ortiz');
  });
  it('guard: a name after "a" modifies a noun ("A Philip Morris executive argued …, he wrote") and is no speaker', () => {
    const a = storyArticle(`Tobacco firms lobbied hard against the rules.\n\nA Philip Morris executive argued in a memo that the reforms were "a distraction from the real work," he wrote.`);
    expect(speakerOf(a, 'a distraction from the real work')).toBeNull();
  });
  it('a parenthesis closes and opens sentences ("… their work. (One student said he …) But …, Bill Reed walked in. “…,” he said.") → Reed', () => {
    const a = storyArticle(`It was surprising enough when Justin Marlow showed up at the ball last night and asked the students about their work. (One student told us that Marlow mentioned he wanted to take a painting class.) But it was shocking when, later that evening, Bill Reed walked in the door.\n\n"I just finished a thing downtown and I had some time," he said.`);
    expect(speakerOf(a, 'I just finished a thing')).toBe('Bill Reed');
  });
});
