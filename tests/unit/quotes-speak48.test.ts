/**
 * speak48 (docs/notes/speak48.md): who a reader takes for "Y said:", "He added:" and a name with a post-nominal. Articles written
 * for the test; each case fails on main a1b9c05.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyArticle } from './../data/quotes/story-article';

describe('the subject of the verb of saying before the colon', () => {
  it('"Duff was injured … and manager Jose Mourinho said: “…”" → Mourinho, not the sentence\'s first subject', () => {
    const a = storyArticle(`Chelsea's Damien Duff has been ruled out of Wednesday's match with Porto.\n\nDuff sustained a knee injury in the cup defeat at Newcastle and manager Jose Mourinho said: "He cannot run. His injury is very painful, so he is out."`);
    expect(speakerOf(a, 'He cannot run')).toBe('Jose Mourinho');
  });
});

describe('a name with a post-nominal, after a body it chairs', () => {
  it('"Committee chairman Tom Baines QC, said: “…”" → Tom Baines (the QC is no part of the name)', () => {
    const a = storyArticle(`The report was a stinging rebuke for the government, correspondent Richard Black said.\n\nCommittee chairman Tom Baines QC, said: "The policy is an alarming example of disjointed thinking."`);
    expect(speakerOf(a, 'The policy is an alarming')).toBe('Tom Baines');
  });
  it('"Chairman of the Environmental Audit Committee Peter Ainsworth MP, said: “…”" → Peter Ainsworth, not nobody', () => {
    const a = storyArticle(`The report was a stinging rebuke for the government, BBC environment correspondent Richard Black said.\n\nChairman of the Environmental Audit Committee Peter Ainsworth MP, said: "The government's housing policy is an alarming example of disjointed thinking."`);
    expect(speakerOf(a, "The government's housing policy")).toBe('Peter Ainsworth');
  });
});

describe('"He added:" takes up the last person who was a sentence\'s subject', () => {
  it('not a possessive inside the object of the sentence before ("a comeback capped by Webb\'s drive")', () => {
    const a = storyArticle(`Rovers beat United 3-1 on Saturday and manager Alan Pardew said: "It was a really great night for the club."\n\nPardew hailed Marcus Webb for his winning goal and the home crowd for their support. The side scored three goals in the second half, a comeback capped by Webb's 20-yard drive.\n\nHe added: "Marcus can play all over the pitch and he influences every part of the game."`);
    expect(speakerOf(a, 'Marcus can play')).toBe('Alan Pardew');
  });
  it('the one who "argued", not the one said to be "claiming" ("It was no good Mr Blair claiming …, argued Mr Howard")', () => {
    const a = storyArticle(`Voters are tired of promises, Mr Howard said in the Commons.\n\nIt was no good Mr Blair claiming tax pledges were being left to the manifesto, argued Mr Howard. Pointing to national insurance, he added: "Everyone knows tax will go up under Labour."`);
    expect(speakerOf(a, 'Everyone knows tax')).toBe('Howard');
  });
  it('a titled name after the verb is the speaker ("…, said Sen. Tom Harkin. He added: “…”")', () => {
    const a = storyArticle(`The mayor defended the plan, but it was no use Mr Carter claiming the roads were fine, said Sen. Tom Harkin. He added: "The roads are a disgrace."`);
    expect(speakerOf(a, 'The roads are a disgrace')).toBe('Tom Harkin');
  });
});
