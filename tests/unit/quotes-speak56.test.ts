/**
 * speak56 (docs/notes/speak56.md): verbs that pass a verdict on something or someone — condemn, welcome, chide, liken, tout,
 * ridicule — reach a quoted fragment as the naming verbs do ("Cruz called the suicide a “…”", "Trump slammed the hearings as
 * a “…”"): their subject speaks the few quoted words of the verdict, even several words on ("Lt Vale condemned the “inability”
 * of the council"). The passive ("was welcomed by residents as a “…”") names no speaker, as before. Articles written for the
 * test. The first three tests fail on main dd1921b4 (each gives null); the last holds on main too and guards the passive and
 * the possessive.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, storyArticle } from './../data/quotes/story-article';

describe('who said it: a verdict verb before a quoted fragment', () => {
  it('"Lt Vale condemned the “inability” of the council" → Dan Vale', () => {
    const a = storyArticle('Lieutenant Dan Vale spoke to soldiers on Monday.\n\nLt Vale condemned the “inability” of the council to pay the garrison, and said the troops would hand power to an elected body.');
    expect(speakerOf(a, 'inability')).toBe('Dan Vale');
  });

  it('"Kroll welcomed the accord as one that would show the country can “do big things.”" → Anna Kroll', () => {
    const a = storyArticle('President Anna Kroll met the delegates on Friday.\n\nKroll welcomed the accord as one that would show the country can “do big things.” It passed on Saturday.');
    expect(speakerOf(a, 'do big things.')).toBe('Anna Kroll');
  });

  it('"Osei, in a post on Friday evening, chided “lazy reporters”" and "Osei likened the protesters to “hooligans”" → Rita Osei', () => {
    const lead = 'Mayor Rita Osei opened the fair.\n\n';
    expect(speakerOf(storyArticle(lead + 'Osei, in a post on Friday evening, chided “lazy reporters” for missing the opening.'), 'lazy reporters')).toBe('Rita Osei');
    expect(speakerOf(storyArticle(lead + 'Osei likened the protesters to “hooligans” on Monday.'), 'hooligans')).toBe('Rita Osei');
  });

  it('the passive names nobody; a possessive holds the words', () => {
    const lead = 'Mayor Rita Osei opened the fair.\n\n';
    expect(speakerOf(storyArticle(lead + 'The plan was welcomed by residents as a “fresh start” for the docks.'), 'fresh start')).toBeNull();
    expect(speakerOf(storyArticle(lead + 'The council welcomed Osei’s “fresh start” plan for the docks.'), 'fresh start')).toBeNull();
  });
});
