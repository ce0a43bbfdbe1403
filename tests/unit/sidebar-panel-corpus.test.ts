/**
 * The corpus view the side panel hands the engine (lib/sidebar/controller.ts panelCorpus): the
 * store's reads, and for one compare the count and "is this page in the corpus" the panel is
 * already reading, so the engine does not ask the database for them again; same report as the store.
 */
import { describe, expect, it } from 'vitest';
import { panelCorpus } from '../../lib/sidebar/controller';
import { compareArticle } from '../../lib/engine';
import { seedArticles } from '../../lib/seeds';
import { prepareSeeds, seedFiles } from '../../lib/seeds-pack';
import { article, openTestCorpus } from './store-helpers';

describe('panelCorpus', () => {
  it('answers a compare\'s count and the page\'s own findSame from what the panel read, other reads from the store', async () => {
    const c = await openTestCorpus();
    await c.upsert([article({ id: 'a', text: 'The ferry runs every two hours. It stops at night.' }), article({ id: 'b', text: 'The bridge opens in May.' })]);
    const view = panelCorpus(c);
    const page = article({ id: 'page', text: 'The ferry runs every two hours.' });
    const other = (await c.getMany(['a']))[0]!;
    let findSameCalls = 0;
    const findSame = c.findSame.bind(c);
    c.findSame = (x) => (findSameCalls++, findSame(x));
    const one = view.forCompare(Promise.resolve(41), { article: page, id: Promise.resolve('a') });
    expect(await one.count()).toBe(41);
    expect(await one.findSame(page)).toBe('a');
    expect(findSameCalls).toBe(0);
    expect(await one.findSame(other)).toBe('a'); // another article: asked of the store
    expect(findSameCalls).toBe(1);
    expect(await view.count()).toBe(2);
    expect((await view.getMany(['b']))[0]!.text).toBe('The bridge opens in May.');
    expect(await view.withCount(7).count()).toBe(7);
  });

  it('gives the engine the same report as the store itself', async () => {
    const c = await openTestCorpus();
    const seeds = seedArticles(prepareSeeds(seedFiles()));
    await c.upsert(seeds);
    const view = panelCorpus(c);
    const page = seeds.find((s) => s.id.startsWith('003'))!;
    const direct = await compareArticle(page, c);
    const first = await compareArticle(page, view.withCount(await c.count()));
    const again = await compareArticle(page, view.forCompare(c.count(), { article: page, id: c.findSame(page) }));
    expect(first).toEqual(direct);
    expect(again).toEqual(direct);
  });
});
