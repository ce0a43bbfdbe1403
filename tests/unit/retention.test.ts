/**
 * Retention at the store level (issue 11 item 4): feed articles beyond the setting go to the trash,
 * oldest added first; seeds, the reader's imports and pinned articles stay; nothing happens while
 * the setting is off; the trash keeps one restorable entry per article.
 */
import { describe, expect, it } from 'vitest';
import { applyRetention, applyStoredRetention, checkPolicy, getRetention, isFeedArticle, RetentionError, setRetention } from '../../lib/store/retention';
import type { Corpus } from '../../lib/store/corpus';
import type { Article } from '../../lib/types';
import { article, openTestCorpus } from './store-helpers';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 10, 1);

/** A feed item as lib/feeds stores it today: Markdown named by its address. */
const feedItem = (n: number, extra: Partial<Article> = {}) =>
  article({ id: `url_${(0xa000 + n).toString(16)}`, text: `Feed story number ${n} happened today. It was reported.`, format: 'markdown', url: `https://news.example/${n}`, ...extra });
const seed = (n: number) => article({ id: `00${n}_seedfile`, text: `Seed article ${n} says something. More of it.` });
const imported = (n: number) => article({ id: `my-notes-${n}`, text: `An article I imported, number ${n}. It stays.`, format: 'markdown' });

/** Adds articles as if on `day` days after T0 (addedAt is the time of the write). */
async function addOn(c: Corpus, day: number, arts: Article[]) {
  await c.upsert(arts);
  await c.db.transaction('rw', c.db.articles, c.db.summaries, async () => {
    for (const a of arts) {
      await c.db.articles.update(a.id, { addedAt: T0 + day * DAY });
      await c.db.summaries.update(a.id, { addedAt: T0 + day * DAY });
    }
  });
}

const ids = async (c: Corpus) => (await c.list()).map((r) => r.id).sort();

describe('which articles retention may remove', () => {
  it.each([
    [{ id: 'url_1f2e', format: 'markdown' as const }, true],
    [{ id: 'feed_9ab', format: 'markdown' as const }, true],
    [{ id: 'url_1f2e', format: 'page' as const }, false], // "Add this page"
    [{ id: 'url_1f2e', format: 'html' as const }, false], // a page by address
    [{ id: '003_38879e5049cf1087', format: 'text' as const }, false], // a seed
    [{ id: 'notes', format: 'markdown' as const }, false], // a file the reader imported
    [{ id: 'anything', format: 'html' as const, fromFeed: true }, true],
    [{ id: 'url_1f2e', format: 'markdown' as const, fromFeed: false }, false],
  ])('%o → %s', (a, feed) => expect(isFeedArticle(a)).toBe(feed));

  it('checks the setting: whole numbers in range, empty is off', () => {
    expect(checkPolicy({ days: 30, maxArticles: null })).toEqual({ days: 30, maxArticles: null });
    expect(checkPolicy({ days: '7' as unknown as number })).toEqual({ days: 7, maxArticles: null });
    expect(() => checkPolicy({ days: 0 })).toThrow(RetentionError);
    expect(() => checkPolicy({ days: 2.5 })).toThrow(/whole number/);
    expect(() => checkPolicy({ maxArticles: 5 })).toThrow(/10 to 10,000,000/);
  });
});

describe('applyRetention', () => {
  it('does nothing while the setting is off (the default)', async () => {
    const c = await openTestCorpus();
    await addOn(c, 0, [feedItem(1), feedItem(2)]);
    expect(await getRetention(c)).toEqual({ days: null, maxArticles: null });
    const r = await applyRetention(c, undefined, T0 + 400 * DAY);
    expect(r.trashed).toEqual([]);
    expect(await ids(c)).toHaveLength(2);
  });

  it('keep the last N days: old feed articles go to the trash; seeds, imports and pinned articles stay', async () => {
    const c = await openTestCorpus();
    await addOn(c, 0, [seed(1), imported(1), feedItem(1), feedItem(2), feedItem(3, { pinned: true })]);
    await addOn(c, 19, [feedItem(4)]);
    await addOn(c, 28, [feedItem(5)]);
    await setRetention(c, { days: 10 });
    const r = await applyRetention(c, undefined, T0 + 30 * DAY);
    expect(r.trashed).toEqual([feedItem(1).id, feedItem(2).id, feedItem(4).id]);
    expect(await ids(c)).toEqual([seed(1).id, feedItem(3).id, feedItem(5).id, imported(1).id].sort());
    expect(r.count).toBe(4);
    // In the trash, restorable as before.
    const trash = await c.listTrash();
    expect(trash.map((t) => t.id).sort()).toEqual(r.trashed.slice().sort());
    await c.restoreFromTrash([trash.find((t) => t.id === feedItem(4).id)!.key]);
    expect(await ids(c)).toContain(feedItem(4).id);
    // Applying again at the same time removes nothing new but the restored one (still too old).
    const again = await applyRetention(c, undefined, T0 + 30 * DAY);
    expect(again.trashed).toEqual([feedItem(4).id]);
  });

  it('at most N articles: the oldest feed articles go until the corpus fits; what cannot go is reported', async () => {
    const c = await openTestCorpus();
    await addOn(c, 0, [seed(1), seed(2)]);
    for (let d = 1; d <= 12; d++) await addOn(c, d, [feedItem(d)]);
    await addOn(c, 13, [imported(1)]);
    // 15 articles; keep at most 10: the five oldest feed articles go.
    const r = await applyRetention(c, { days: null, maxArticles: 10 }, T0 + 14 * DAY);
    expect(r.trashed).toEqual([1, 2, 3, 4, 5].map((n) => feedItem(n).id));
    expect(r.count).toBe(10);
    expect(r.overLimit).toBe(0);
    expect(await ids(c)).toHaveLength(10);
    // Pinned and the reader's own articles are never removed, even over the limit.
    const d = await openTestCorpus();
    await addOn(d, 0, Array.from({ length: 11 }, (_, k) => imported(k)));
    await addOn(d, 1, [feedItem(1, { pinned: true }), feedItem(2)]);
    const r2 = await applyRetention(d, { days: null, maxArticles: 10 }, T0 + 2 * DAY);
    expect(r2.trashed).toEqual([feedItem(2).id]);
    expect(r2.overLimit).toBe(2);
  });

  it('keeps a pin across a feed refresh that delivers the article again, and a pin set later with Edit', async () => {
    const c = await openTestCorpus();
    await addOn(c, 0, [feedItem(1), feedItem(2)]);
    await c.update(feedItem(1).id, { pinned: true });
    // The feed delivers both again, changed (no pin in what it sends).
    await c.upsert([feedItem(1, { text: 'Feed story number 1 happened today. It was updated later.' }), feedItem(2, { text: 'Feed story number 2, updated.' })]);
    expect((await c.get(feedItem(1).id))!.pinned).toBe(true);
    const r = await applyRetention(c, { days: 5, maxArticles: null }, T0 + 10 * DAY);
    expect(r.trashed).toEqual([feedItem(2).id]);
    await c.update(feedItem(1).id, { pinned: false });
    expect((await c.get(feedItem(1).id))!.pinned).toBeUndefined();
    expect((await applyRetention(c, { days: 5, maxArticles: null }, T0 + 10 * DAY)).trashed).toEqual([feedItem(1).id]);
  });

  it('an article the reader added stays theirs when a feed delivers it again', async () => {
    const c = await openTestCorpus();
    const page = article({ id: 'url_beef', text: 'A page I added from the panel. It is mine.', format: 'page', url: 'https://news.example/p' });
    await addOn(c, 0, [page]);
    await c.upsert([{ ...page, format: 'markdown', fromFeed: true, text: 'A page I added from the panel. The feed has it too.' }]);
    expect(isFeedArticle((await c.get('url_beef'))!)).toBe(false);
    expect((await applyRetention(c, { days: 1, maxArticles: null }, T0 + 10 * DAY)).trashed).toEqual([]);
  });

  it('one trash entry per article when a feed re-adds an item retention removed', async () => {
    const c = await openTestCorpus();
    await addOn(c, 0, [feedItem(1)]);
    await applyRetention(c, { days: 1, maxArticles: null }, T0 + 5 * DAY);
    await addOn(c, 0, [feedItem(1)]); // re-added by the feed (still old: added long ago)
    await applyRetention(c, { days: 1, maxArticles: null }, T0 + 6 * DAY);
    const trash = await c.listTrash();
    expect(trash).toHaveLength(1);
    expect(trash[0]!.deletedAt).toBe(T0 + 6 * DAY);
  });

  it('applyStoredRetention never throws (the background calls it after a feed refresh)', async () => {
    const c = await openTestCorpus();
    await c.db.settings.put({ key: 'retention', value: { days: -3 } }); // damaged: removes nothing
    await addOn(c, 0, [feedItem(1)]);
    expect(await applyStoredRetention(c, T0 + 100 * DAY)).toEqual({ trashed: [], count: 1, overLimit: 0 });
    c.close();
    expect(await applyStoredRetention(c, T0)).toHaveProperty('error');
  });
});

describe('pins and feed marks from outside (a corpus file)', () => {
  it('only a real true pins, only a real boolean says "from a feed"; the table sees the pin', async () => {
    expect(isFeedArticle({ id: 'mine', format: 'html', fromFeed: 'yes' as unknown as boolean })).toBe(false);
    const c = await openTestCorpus();
    await addOn(c, 0, [feedItem(1, { pinned: 'no' as unknown as boolean }), feedItem(2)]);
    await c.update(feedItem(2).id, { pinned: true });
    expect((await c.list()).find((r) => r.id === feedItem(2).id)!.pinned).toBe(true);
    expect((await c.list()).find((r) => r.id === feedItem(1).id)!.pinned).toBeUndefined();
    expect((await applyRetention(c, { days: 1, maxArticles: null }, T0 + 3 * DAY)).trashed).toEqual([feedItem(1).id]);
  });
});
