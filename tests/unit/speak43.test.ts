/**
 * speak43 (docs/notes/speak43.md): three constructions of attribution from the errors pooled over every dev speaker sample.
 * A capitalised plural opening a sentence whose verb of saying agrees with a plural ("Investigators say …") is no name; a
 * possessive in an inverted attribution holds the speaker, it does not speak ("said Kitsap Sheriff’s Office Lt. Earl Smith");
 * a bare surname shared by relatives is the one named in full just before as the subject of a verb of saying ("Somboon Thao,
 * Bill’s father, said …. “…,” Thao said"). Guards: a name with "says" keeps its words; a bare shared surname after a relative
 * who says nothing stays the person introduced first. Articles written for the test.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyArticle } from './../data/quotes/story-article';

describe('a sentence-initial plural whose verb agrees with a plural is nobody named', () => {
  it('"Investigators say it appears … “an accidental discharge of a weapon”" → nobody, not "Investigators"', () => {
    const a = storyArticle(`Deputies searched the home on Friday.\n\nInvestigators say it appears the man's death was caused by “an accidental discharge of a weapon.”`);
    expect(speakerOf(a, 'an accidental')).toBeNull();
  });
  it('"Organizers call for all to come and “…”" → nobody', () => {
    const a = storyArticle(`The church hosts a revival this week.\n\nOrganizers call for all to come and “enter into a personal experience with the healer” this weekend.`);
    expect(speakerOf(a, 'enter into')).toBeNull();
  });
  it('guard: "Peters says … “…,” Peters said" → Peters (a name takes "says")', () => {
    const a = storyArticle(`Coach Anna Peters spoke after the game.\n\nPeters says the team will win. “We are ready for the final,” Peters said.`);
    expect(speakerOf(a, 'We are ready')).toBe('Anna Peters');
  });
  it('guard: "Jason Sims … Sims say he was “kind of riding the fence”" → Jason Sims (a name the article writes inside a sentence)', () => {
    const a = storyArticle(`Voters lined up early in Mount Pleasant.\n\nJason Sims, a teacher, made a last-minute decision to vote for the senator. Sims say he was “kind of riding the fence” until the governor endorsed him.`);
    expect(speakerOf(a, 'kind of riding')).toBe('Jason Sims');
  });
});

describe('a possessive in an inverted attribution does not speak', () => {
  it('"“…,” said Kitsap Sheriff’s Office Lt. Earl Smith" → Earl Smith, not "Kitsap Sheriff"', () => {
    const a = storyArticle(`Deputies arrested a man on Thursday.\n\nInvestigators said they did not have enough evidence until early Thursday morning.\n\n“We wanted to make sure that we had all the evidence that we could,” said Kitsap Sheriff’s Office Lt. Earl Smith.`);
    expect(speakerOf(a, 'We wanted')).toContain('Earl Smith');
  });
  it('"“…,” said Clinton’s top foreign policy aide Jake Sullivan" → Jake Sullivan, not Clinton', () => {
    const a = storyArticle(`Hillary Clinton spoke in Philadelphia on Tuesday.\n\n“This has to be the first time a candidate has encouraged a foreign power to spy,” said Clinton’s top foreign policy aide Jake Sullivan.`);
    expect(speakerOf(a, 'This has to be')).toBe('Jake Sullivan');
  });
  it('"“…,” said Acme\'s spokeswoman" → nobody named, not Acme', () => {
    const a = storyArticle(`The mayor spoke on Monday about the park.\n\n“We will rebuild the park,” said Acme's spokeswoman.`);
    expect(speakerOf(a, 'We will rebuild')).toBeNull();
  });
});

describe('a bare surname shared by relatives', () => {
  it('"Somboon Thao, Bill’s father, said …. “…,” Thao said" → Somboon Thao, not the boy', () => {
    const a = storyArticle(`Bill Thao, 9, was shot in his bedroom on Tuesday.\n\nSomboon Thao, Bill’s father, said the shooting will be difficult to live with.\n\n“Everyone that I know has a broken heart because of what he did,” Thao said.`);
    expect(speakerOf(a, 'Everyone that')).toBe('Somboon Thao');
  });
  it('guard: "Donald Trump … Melania Trump, his wife, attended …. “…,” Trump said" → Donald Trump (the relative says nothing)', () => {
    const a = storyArticle(`President Donald Trump spoke at the rally on Monday.\n\nMelania Trump, his wife, attended the event with their son.\n\n“We are going to win this state,” Trump said.`);
    expect(speakerOf(a, 'We are going')).toBe('Donald Trump');
  });
});

describe('a he/she whose sentence says the person is not named', () => {
  it('"Another resident … is horrified. He asked not to be identified. ¶ “…,” he said" → nobody, not the chief named before', () => {
    const a = storyArticle(`Police Chief Tom Barker said the boy was hit in the leg at the TPD station.\n\nArmando Romero lives in the complex. He said it broke his heart.\n\nAnother resident, who is a father himself, is horrified over what happened. He asked not to be identified.\n\n"I felt hurt because it's a little kid," he said.`);
    expect(speakerOf(a, 'I felt hurt')).toBeNull();
  });
});
