/**
 * speak13: people the engine did not take for persons (docs/notes/speak13.md). On the PolNeAR-train proxy two general
 * causes: a surname once written after "in" ("trust in Kellerman") was taken for a place although the article names the
 * person in full and has them speak; a run of more than four capitalised words ("said Lakeside Tenants Union Treasurer
 * Ana Ruiz") was no person's name at all. Articles written for the test; guards keep places places.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyArticle } from '../data/quotes/story-article';

describe('a person named once after "in" is still a person', () => {
  it('"confidence in Kellerman" and later "Kellerman said" → the full name', () => {
    const a = storyArticle(`Volunteers for Dana Kellerman packed the hall on Tuesday night.\n\nSeveral donors said their confidence in Kellerman had grown since the spring.\n\n"We are going to win this district by knocking on every single door in it," Kellerman said.`);
    expect(speakerOf(a, 'We are going to win')).toBe('Dana Kellerman');
  });
  it('"in Okafor" with "Okafor, the county’s chief engineer" beside it', () => {
    const a = storyArticle(`The county has placed its hopes in Okafor, the county's chief engineer, to finish the bridge this year.\n\n"The steel arrives in March and the deck will be poured by the summer," Okafor said.`);
    expect(speakerOf(a, 'The steel arrives')).toBe('Okafor');
  });
});

describe('a long run of capitalised words ending on a name', () => {
  it('"said Lakeside Tenants Union Treasurer Ana Ruiz" → Ana Ruiz', () => {
    const a = storyArticle(`The reservoir fell to its lowest level in a decade this week.\n\n"We are asking every household to cut its use by a fifth until the rains come," said Lakeside Tenants Union Treasurer Ana Ruiz.`);
    expect(speakerOf(a, 'We are asking every household')).toBe('Ana Ruiz');
  });
});

describe('guards: places stay places', () => {
  it('"in Vermont" … "Vermont said" in a statement is no person', () => {
    const a = storyArticle(`The pipeline would run from Quebec to a terminal in Vermont.\n\nVermont said in a statement that the permit "does not meet the state's water standards" and would be appealed.`);
    expect(speakerOf(a, 'does not meet')).not.toBe('Vermont');
  });
  it('"in New Harwick" … "New Harwick said" (a full form after "in") is no person', () => {
    const a = storyArticle(`Protests spread to New Harwick on Friday.\n\nThe crowds in New Harwick were the largest in years, and Harwick said in a statement that "order will be restored by the weekend."`);
    expect(speakerOf(a, 'order will be restored')).not.toBe('New Harwick');
  });
});
