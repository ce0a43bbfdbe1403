/**
 * speak37 (docs/notes/speak37.md): errors of L3S-GN1's Google News pages, a source no speaker rule had read. A name written
 * with an Arabic article ("Hussain al-Shahristani", "al-Shahristani said") is one name, so a later "he" is that person,
 * not "Hussain". A headline whose subject is a name and whose predicate is a few quoted words ("Heidfeld 'very excited'
 * about new BMW") is that person's, when the article names the person. A quoted span after a work's genre ("the recent epic
 * “Beowulf.”") is a title, nobody's words. Guards: a headline's name the article never gives as a person, a headline with
 * a verb of saying, a longer quote; a lower-case quotation after a genre noun. Articles written for the test.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyArticle } from './../data/quotes/story-article';
import { extractQuotes } from '../../lib/quotes/extract';

describe('a name written with an Arabic article is one name', () => {
  it('"Oil Minister Hussain al-Shahristani said … He added that his ministry “…”" → Hussain al-Shahristani', () => {
    const a = storyArticle(`A fire broke out early Tuesday in a major oil refinery in Basra.\n\nOil Minister Hussain al-Shahristani said a helicopter hovering over the refinery was to blame.\n\n"This is what caused the fire," al-Shahristani said in a statement. He added that his ministry "had warned many times against aircraft flying above refineries."`);
    expect(speakerOf(a, 'This is what caused the fire')).toBe('Hussain al-Shahristani');
    expect(speakerOf(a, 'had warned many times')).toBe('Hussain al-Shahristani');
  });
  it('"“…,” said el-Baradei" with "Mohamed el-Baradei" named before → Mohamed el-Baradei', () => {
    const a = storyArticle(`Mohamed el-Baradei arrived in Vienna on Monday for talks on the inspections.\n\n"We are not there yet, but we are closer than we were," said el-Baradei.`);
    expect(speakerOf(a, 'We are not there yet')).toBe('Mohamed el-Baradei');
  });
});

describe("a headline's named subject says its quoted words", () => {
  it('"Heidfeld \'very excited\' about new BMW" with Nick Heidfeld in the story → Nick Heidfeld', () => {
    const a = storyArticle(`Heidfeld 'very excited' about new BMW\n\nNick Heidfeld drove the new car for the first time on Monday in Munich.`);
    expect(speakerOf(a, 'very excited')).toBe('Nick Heidfeld');
  });
  it('"Minister Lee “confident” of a deal" → Anna Lee', () => {
    const a = storyArticle(`Minister Lee “confident” of a deal\n\nTrade minister Anna Lee met her counterparts in Geneva on Tuesday.`);
    expect(speakerOf(a, 'confident')).toBe('Anna Lee');
  });
  it('guard: a place or body the story never gives as a person ("Iraq \'unity\' pact signed") → nobody', () => {
    const a = storyArticle(`Iraq 'unity' pact signed\n\nLawmakers from the main blocs signed the agreement in Baghdad on Monday.`);
    expect(speakerOf(a, 'unity')).toBeNull();
  });
});

describe("a quoted span after a work's genre is a title", () => {
  it('"a co-writer of the recent epic “Beowulf.” He and his wife live in Ojai" → no quote (not Avary\'s words)', () => {
    const a = storyArticle(`Gretchen Avary was thrown from the car.\n\nAvary, who is free on bail, faces arraignment Friday.\n\nAvary won an Academy Award for writing "Pulp Fiction," and was also a co-writer of the recent epic "Beowulf." He and his wife live in Ojai, an artists' colony.`);
    expect(extractQuotes(a).filter((q) => q.kind === 'direct' && q.text.startsWith('Beowulf'))).toEqual([]);
  });
  it('guard: lower-case words after a genre noun are a quotation ("the drama “was never meant to be a history lesson,” Lane said")', () => {
    const a = storyArticle(`The series returns in May.\n\nWriter Sara Lane said the drama "was never meant to be a history lesson," and added that the cast had read widely.`);
    expect(speakerOf(a, 'was never meant to be')).toBe('Sara Lane');
  });
});

describe('a quoted nickname inside a name does not split it', () => {
  it('"Rep. Joe “You Lie” Wilson (R-S.C.) … closing with his sign-off: “…”" → Joe Wilson', () => {
    const a = storyArticle(`The House opened its day at 2 p.m.\n\nNext, Rep. Joe “You Lie” Wilson (R-S.C.) requested a minute to speak, closing with his standard sign-off: “In conclusion, God bless our troops, and we will never forget.”`);
    expect(speakerOf(a, 'In conclusion, God bless')).toBe('Joe Wilson');
  });
});
