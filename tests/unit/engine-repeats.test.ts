/**
 * Page furniture by repetition (lib/engine/repeats.ts): a sentence a site prints under its articles of other stories
 * is no card; the same sentence in one story only (or under one other story) is. Texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { compareArticle, MemoryIndex } from '../../lib/engine';
import { repeatKey, repeatKeys, REPEAT_OUTSIDE, withoutRepeatCounts } from '../../lib/engine/repeats';
import type { Report } from '../../lib/types';
import { FLOOD_STORY } from '../data/engine/flood-story';
import { sentenceArticle } from '../data/engine/sentence-article';

const GAZETTE = 'Harwick Gazette';
// A site line no form tells from a fact (a promotion would be dropped by its form alone, furn35): only its repetition
// under other stories does.
const ABOUT = 'The Harwick Gazette has been printed in the valley since 1887, from its office on Mill Road.';
const HOTLINE = 'Anyone with information is asked to call the county hotline on 0800 555 0199.';

const gazette = (id: string, s: string[]) => sentenceArticle(id, [...s, ABOUT, HOTLINE], { outlet: GAZETTE });
const flood = gazette('g-flood', [...FLOOD_STORY, 'Police said the footbridge at Marsh Lane was also swept away.']);
const post = sentenceArticle(
  'p-flood',
  [FLOOD_STORY[0]!, FLOOD_STORY[1]!, FLOOD_STORY[2]!, 'Volunteers filled sandbags outside the town hall in Lorton.', HOTLINE],
  { outlet: 'Evening Post' },
);
const others = [
  gazette('g-bakery', ['A bakery opened on Queen Street on Saturday.', 'Its owner trained in Lyon for six years.', 'The first hundred customers got a free loaf.']),
  gazette('g-budget', ['The council approved a budget of 40 million pounds on Tuesday.', 'Spending on parks rises by a tenth.', 'Two councillors voted against it.']),
  gazette('g-concert', ['The school choir sang at the cathedral on Friday night.', 'Three hundred parents filled the nave.', 'The choir will tour Norway in June.']),
];

const texts = (r: Report) => ({
  leftOut: r.leftOut.map((f) => f.text),
  added: r.added.map((f) => f.text),
  shared: r.shared.map((f) => f.text),
});
const related = (r: Report, id: string) => r.related.some((x) => x.id === id);

describe('page furniture by repetition', () => {
  it('keys a unit by its site and its words, not by case, spacing or punctuation', () => {
    expect(repeatKey(GAZETTE, ABOUT)).toBe(repeatKey(' harwick  gazette ', ABOUT.toUpperCase().replace(/,/g, ' ')));
    expect(repeatKey(GAZETTE, ABOUT)).not.toBe(repeatKey('Evening Post', ABOUT));
    expect(repeatKey(GAZETTE, ' — ')).toBeNull();
    expect(repeatKeys(flood).length).toBe(flood.units.length);
  });

  it("drops the site's sentences repeated under its other stories from the cards, on both sides", async () => {
    const corpus = new MemoryIndex([flood, post, ...others]);
    const here = await compareArticle(flood, corpus);
    expect(related(here, 'p-flood')).toBe(true);
    const t = texts(here);
    // A real fact the Post lacks is still a card; the app prompt, under three other Gazette stories, is not.
    expect(t.leftOut).toContain('Police said the footbridge at Marsh Lane was also swept away.');
    expect(t.leftOut).not.toContain(ABOUT);
    const there = await compareArticle(post, corpus);
    expect(related(there, 'g-flood')).toBe(true);
    expect(texts(there).added).toContain('Police said the footbridge at Marsh Lane was also swept away.');
    expect(texts(there).added).not.toContain(ABOUT);
  });

  it('keeps a hidden sentence as the counterpart of the other outlet’s own', async () => {
    // The hotline line is the Gazette's boilerplate but the Post's fact: the Post's is no "left out" card (the Gazette
    // prints it), and the Gazette's is no card of its own.
    const corpus = new MemoryIndex([flood, post, ...others]);
    const there = await compareArticle(post, corpus);
    expect(texts(there).leftOut).not.toContain(HOTLINE);
    expect(texts(there).shared).toContain(HOTLINE);
    const here = await compareArticle(flood, corpus);
    expect(texts(here).shared).not.toContain(HOTLINE);
    expect(texts(here).added).not.toContain(HOTLINE);
    expect(texts(here).leftOut).not.toContain(HOTLINE);
  });

  it(`needs ${REPEAT_OUTSIDE} articles of other stories, and follows deletes`, async () => {
    const corpus = new MemoryIndex([flood, post, ...others]);
    for (const a of others.slice(1)) corpus.remove(a.id);
    // One other story carries it: not enough to call it furniture.
    const r = await compareArticle(flood, corpus);
    expect(related(r, 'p-flood')).toBe(true);
    expect(texts(r).leftOut).toContain(ABOUT);
    corpus.add(others[1]!);
    expect(texts(await compareArticle(flood, corpus)).leftOut).not.toContain(ABOUT);
  });

  it('counts the article read once, stored or not', async () => {
    // Not stored: the corpus's counts lack it, so nothing of its own is subtracted.
    const corpus = new MemoryIndex([post, ...others.slice(0, 1)]);
    const r = await compareArticle(flood, corpus);
    expect(related(r, 'p-flood')).toBe(true);
    expect(texts(r).leftOut).toContain(ABOUT);
    corpus.add(flood);
    expect(texts(await compareArticle(flood, corpus)).leftOut).toContain(ABOUT);
  });

  it('takes nothing for furniture when the corpus keeps no counts', async () => {
    const m = new MemoryIndex([flood, post, ...others]);
    const corpus = withoutRepeatCounts(m);
    const r = await compareArticle(flood, corpus);
    expect(related(r, 'p-flood')).toBe(true);
    expect(texts(r).leftOut).toContain(ABOUT);
  });
});
