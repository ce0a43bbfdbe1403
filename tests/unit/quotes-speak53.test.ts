/**
 * speak53 (docs/notes/speak53.md): a quote inside an account of what someone said is the account's subject's, not a name inside
 * its object: "Mayor Lena Corbett, who Halvorsen refers to as “the Duchess”" → Halvorsen; "Dunmore's assertion last week that
 * the late Senator Walt Brisco “would have walked out”" → Dunmore. Articles written for the test; the first expectation of each
 * case fails on main 4c646d90, the second holds on main and on the branch.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyArticle } from './../data/quotes/story-article';

describe('who said it: the account’s subject, not the name inside its object', () => {
  it('"Mayor Lena Corbett, who Halvorsen refers to as “the Duchess”" → Halvorsen, not Corbett', () => {
    const a = storyArticle(`Piet Halvorsen, a city councillor, opened his campaign for the harbour seat on Friday with a speech at the ferry terminal.\n\nHis main rival, Mayor Lena Corbett, who Halvorsen refers to as "the Duchess" in his speeches, is expected to announce her plans next month.\n\n"I will run on my record," Corbett said on Saturday.`);
    expect(speakerOf(a, 'the Duchess')).toBe('Piet Halvorsen');
    expect(speakerOf(a, 'I will run on my record')).toBe('Lena Corbett');
  });
  it('"He took issue with Dunmore\'s assertion last week that the late Senator Walt Brisco “would have walked out”" → Dunmore, not Brisco', () => {
    const a = storyArticle(`Governor Ada Dunmore said on Monday that the new budget would pass by spring.\n\nParty chairman Olek Varga took issue on Thursday with Dunmore's assertion last week that the late Senator Walt Brisco "would have walked out of the room" over the cuts. He said Brisco had backed every budget the party wrote.\n\n"Walt would have stayed and fought," Varga said.`);
    expect(speakerOf(a, 'would have walked out of the room')).toBe('Ada Dunmore');
    expect(speakerOf(a, 'Walt would have stayed and fought')).toBe('Olek Varga');
  });
});
