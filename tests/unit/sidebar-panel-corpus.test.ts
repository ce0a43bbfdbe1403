/**
 * The corpus view the side panel hands the engine (lib/sidebar/controller.ts panelCorpus): an
 * unchanged stored article comes back as the same object (so the engine's per-article caches hold
 * across compares), a changed one as the new one, and a compare's count is the one already read.
 */
import { describe, expect, it } from 'vitest';
import { panelCorpus } from '../../lib/sidebar/controller';
import { compareArticle } from '../../lib/engine';
import { seedArticles } from '../../lib/seeds';
import { article, openTestCorpus } from './store-helpers';

describe('panelCorpus', () => {
  it('gives back the same object for an unchanged article and the new one after an edit', async () => {
    const c = await openTestCorpus();
    await c.upsert([article({ id: 'a', text: 'The ferry runs every two hours. It stops at night.' }), article({ id: 'b', text: 'The bridge opens in May.' })]);
    const view = panelCorpus(c);
    const [a1, b1] = await view.getMany(['a', 'b']);
    const [a2, b2] = await view.getMany(['a', 'b']);
    expect(a2).toBe(a1);
    expect(b2).toBe(b1);
    await c.update('a', { title: 'Ferry timetable' });
    const [a3] = await view.getMany(['a']);
    expect(a3).not.toBe(a1);
    expect(a3!.title).toBe('Ferry timetable');
    expect(await view.withCount(41).count()).toBe(41);
    expect(await view.count()).toBe(2);
  });

  it('gives the engine the same report as the store itself', async () => {
    const c = await openTestCorpus();
    const seeds = seedArticles();
    await c.upsert(seeds);
    const view = panelCorpus(c);
    const page = seeds.find((s) => s.id.startsWith('003'))!;
    const direct = await compareArticle(page, c);
    const first = await compareArticle(page, view.withCount(await c.count()));
    const again = await compareArticle(page, view.withCount(await c.count()));
    expect(first).toEqual(direct);
    expect(again).toEqual(direct);
  });
});
