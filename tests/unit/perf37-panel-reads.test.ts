/**
 * perf37: the corpus view the side panel hands the engine (lib/sidebar/controller.ts panelCorpus) gives it the store's
 * repeat counts, so the panel hides a site's furniture as the engine on the store does; and one compare reads the
 * repeat counts and "is the page stored" once, however often furniture asks (lib/engine/read-cache.ts). Texts written
 * for the test.
 */
import { describe, expect, it } from 'vitest';
import { compareArticle } from '../../lib/engine';
import { panelCorpus } from '../../lib/sidebar/controller';
import type { Report } from '../../lib/types';
import { FLOOD_STORY } from '../data/engine/flood-story';
import { sentenceArticle } from '../data/engine/sentence-article';
import { openTestCorpus } from './store-helpers';

const GAZETTE = 'Harwick Gazette';
const ABOUT = 'The Harwick Gazette has been printed in the valley since 1887, from its office on Mill Road.';
const gazette = (id: string, s: string[]) => sentenceArticle(id, [...s, ABOUT], { outlet: GAZETTE });
const flood = gazette('g-flood', [...FLOOD_STORY, 'Police said the footbridge at Marsh Lane was also swept away.']);
const post = sentenceArticle('p-flood', [FLOOD_STORY[0]!, FLOOD_STORY[1]!, FLOOD_STORY[2]!, 'Volunteers filled sandbags outside the town hall in Lorton.'], {
  outlet: 'Evening Post',
});
const others = [
  gazette('g-bakery', ['A bakery opened on Queen Street on Saturday.', 'Its owner trained in Lyon for six years.', 'The first hundred customers got a free loaf.']),
  gazette('g-budget', ['The council approved a budget of 40 million pounds on Tuesday.', 'Spending on parks rises by a tenth.', 'Two councillors voted against it.']),
  gazette('g-concert', ['The school choir sang at the cathedral on Friday night.', 'Three hundred parents filled the nave.', 'The choir will tour Norway in June.']),
];
const leftOut = (r: Report) => r.leftOut.map((f) => f.text);

describe('the panel reads furniture as the store does', () => {
  it("hides the site's line repeated under its other stories, as a compare on the store itself does", async () => {
    const c = await openTestCorpus();
    await c.upsert([flood, post, ...others]);
    const direct = await compareArticle(flood, c);
    expect(direct.related.some((x) => x.id === 'p-flood')).toBe(true);
    expect(leftOut(direct)).toContain('Police said the footbridge at Marsh Lane was also swept away.');
    expect(leftOut(direct)).not.toContain(ABOUT);
    const view = panelCorpus(c);
    const panel = await compareArticle(flood, view.forCompare(c.count(), { article: flood, id: c.findSame(flood) }));
    expect(leftOut(panel)).not.toContain(ABOUT);
    expect(panel).toEqual(direct);
  });

  it('reads the repeat counts and the page\'s "is it stored" once per compare', async () => {
    const c = await openTestCorpus();
    await c.upsert([flood, post, ...others]);
    const calls = { repeatCounts: 0, findSame: 0 };
    const repeatCounts = c.repeatCounts.bind(c);
    const findSame = c.findSame.bind(c);
    c.repeatCounts = (keys) => (calls.repeatCounts++, repeatCounts(keys));
    c.findSame = (a) => (calls.findSame += a.id === flood.id ? 1 : 0, findSame(a));
    const r = await compareArticle(flood, c);
    expect(leftOut(r)).not.toContain(ABOUT);
    // Read ahead: the page's units while its story is decided, its story's once the page's decision is made; nothing after.
    expect(calls.repeatCounts).toBeLessThanOrEqual(2);
    expect(calls.findSame).toBe(1);
  });
});
