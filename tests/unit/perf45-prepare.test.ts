/**
 * perf45: which articles the compare pass prepares, and which kept vectors a compare's trim takes away
 * (lib/store/prepare.ts, Corpus.keepVectors). What a reader would notice: the seeds, their own imports and pinned
 * articles are compared from kept vectors even when a feed has added many newer articles since (the side panel's
 * first report on a seed no longer derives its candidates), and a compare's own kept vectors no longer push out
 * the prepared ones. Both fail on main (there the pass takes the newest-added only, and the trim goes in id order).
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { Corpus } from '../../lib/store/corpus';
import { prepareVectors } from '../../lib/store/prepare';
import { packedVectorsOf, vectorsFingerprint } from '../../lib/engine/vectors';
import type { Article } from '../../lib/types';
import { loadSet } from '../data/engine/fixtures';

const open = () => Corpus.open({ indexedDB: new IDBFactory(), IDBKeyRange });
const now = () => Promise.resolve();
const tick = () => new Promise((r) => setTimeout(r, 3)); // distinct addedAt, in the order written
const keptIds = async (c: Corpus) => ((await c.db.vectors.toCollection().primaryKeys()) as string[]).sort();
const entry = (a: Article) => ({ id: a.id, of: vectorsFingerprint(a), vec: packedVectorsOf(a)! });

/** The seeds as the extension writes them at install, then `n` newer articles from a feed (ids "f…"). */
async function seedsThenFeed(n: number) {
  const seeds = await loadSet('seeds');
  const others = [...(await loadSet('harbor')), ...(await loadSet('distractors'))].slice(0, n).map((a, k) => ({ ...a, id: `f${k}`, fromFeed: true }));
  const c = await open();
  for (const a of seeds) (await c.upsert([a]), await tick());
  for (const a of others) (await c.upsert([a]), await tick());
  return { c, seeds, feed: others };
}

describe('the compare pass after perf45', () => {
  it("prepares the reader's own and pinned articles first, though a feed added newer ones", async () => {
    const { c, seeds, feed } = await seedsThenFeed(8);
    // The summaries say whose an article is (no article read): the seeds are the reader's, a feed's items are not.
    expect((await c.db.summaries.get(seeds[0]!.id))?.own).toBe(true);
    expect((await c.db.summaries.get('f0'))?.own).toBeUndefined();
    await c.update('f1', { pinned: true });
    c.vectorsMax = 10; // room 9: at most 4 for the reader's own and pinned articles, then the newest
    expect(await prepareVectors(c, { pause: now })).toEqual({ derived: 9, done: true });
    const newestOwn = [seeds[4]!.id, seeds[3]!.id, seeds[2]!.id, 'f1'];
    const newestFeed = feed.slice(-5).map((a) => a.id);
    expect(await keptIds(c)).toEqual([...newestOwn, ...newestFeed].sort());
    c.close();
  });

  it("a compare's trim takes the entries the pass did not prepare first, the ones it just kept last", async () => {
    const { c, feed } = await seedsThenFeed(8);
    c.vectorsMax = 10;
    await prepareVectors(c, { pause: now }); // 9 entries: four seeds and the five newest feed items
    const prepared = await keptIds(c);
    // Two compares keep an older feed item's vectors each: 11 entries, one over the bound; a tenth more (2) go.
    await c.keepVectors([entry(feed[0]!)]);
    await c.keepVectors([entry(feed[1]!)]);
    const after = await keptIds(c);
    expect(after.length).toBe(9);
    expect(after).toContain(feed[1]!.id); // just kept
    expect(after).not.toContain(feed[0]!.id); // kept by a compare, not prepared: first to go
    // In id order (as before) the seeds "001_…", "002_…" went, prepared for the panel's first report on a seed.
    expect(prepared.filter((id) => !after.includes(id))).toEqual([prepared[0]]);
    c.close();
  });
});
