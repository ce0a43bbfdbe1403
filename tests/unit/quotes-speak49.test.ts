/**
 * speak49 (docs/notes/speak49.md): words that are no person's name — a wire dateline, a capitalised common noun after "a", a
 * company with "Co". Articles written for the test; each case fails on main 9992eaa.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyArticle } from './../data/quotes/story-article';

describe('a dateline names a place, not a speaker', () => {
  it('"LIMA, May 4 - …, Pedro Salas, head of the growers\' board, said. ¶ “…,” he told Reuters" → Pedro Salas, not LIMA', () => {
    const a = storyArticle(`LIMA, May 4 - Peru will not attend a meeting of copper producing nations planned for next week in Chile, Pedro Salas, head of the national growers' board, said.\n\n"We would rather wait until the talks are better prepared," he told Reuters. He added the meeting could be delayed.`);
    expect(speakerOf(a, 'We would rather wait')).toBe('Pedro Salas');
  });
});

describe('a capitalised common noun after "a" is nobody named', () => {
  it('"“…,” a U.S. Banker told Reuters" → nobody, not "Banker"', () => {
    const a = storyArticle(`Strikes have not badly hurt the Spanish economy, and pay limits are likely to stay, foreign bankers and analysts said.\n\n"The strikes were a surprise, but they have had little effect on daily economic life," a U.S. Banker told Reuters.`);
    expect(speakerOf(a, 'The strikes were a surprise')).toBeNull();
  });
});

describe('a company whose name ends in "Co" is no person', () => {
  it('"Acme Motor Co\'s sales rose … “…,” the company official said" → nobody, not "Acme Motor Co"', () => {
    const a = storyArticle(`Sales of cars dropped in mid-March, analysts said.\n\n"It doesn't look like it's happening," said Joseph Philippi, analyst with E.F. Hutton and Co.\n\n"There may be less bloom to the selling season this year," one car company official conceded.\n\nBolt Motors Corp led the drop with a 14 pct decline.\n\nAcme Motor Co's sales rose 15 pct for the period. But analysts said the rise follows a weak period for Acme.\n\n"The total industry was slightly less than expected," the company official said.`);
    expect(speakerOf(a, 'The total industry')).toBeNull();
  });
});

describe('a title before a common word is a thing\'s name, not a titled surname', () => {
  it('"the General Agreement on Tariffs and Trade … One diplomat said … ¶ “…,” he said" → nobody, not "Agreement"', () => {
    const a = storyArticle(`Vietnam is likely to join the world trade body, western diplomats said.\n\nVietnam applied to join the General Agreement on Tariffs and Trade in 1995. Its agreement will be a model for others.\n\nOne diplomat said Vietnam's prospects are good.\n\n"The fear is that if Vietnam was refused entry, it would turn inward," he said.`);
    expect(speakerOf(a, 'The fear is that')).toBeNull();
  });
});
