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
import { gazetteCorpus } from '../data/engine/flood-story';
import { openTestCorpus } from './store-helpers';

const ABOUT = 'The Harwick Gazette has been printed in the valley since 1887, from its office on Mill Road.';
const { flood, post, others } = gazetteCorpus(ABOUT);
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
