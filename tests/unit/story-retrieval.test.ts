/**
 * Story retrieval ranks the index's candidates by the summed IDF of the keys they share with the page
 * (lib/engine/story.ts `storyPool`, docs/notes/story33.md): a candidate sharing the page's one rare name
 * comes before candidates sharing two words many articles carry, and the store, the memory index and a
 * compare's read cache rank the same way.
 */
import { describe, expect, it } from 'vitest';
import { MemoryIndex } from '../../lib/engine';
import { rankHits, readOnce } from '../../lib/engine/read-cache';
import { storyPool } from '../../lib/engine/story';
import { article, openTestCorpus } from './store-helpers';

// The page: a rare name (Quillfeather) and two words many articles of the corpus carry (harbour, ferry).
const page = article({ id: 'page', text: 'Mayor Quillfeather closed the harbour ferry service on Tuesday.' });
// Its partner shares only the rare name.
const partner = article({ id: 'partner', text: 'Councillors questioned Quillfeather about the decision at a tense evening meeting.' });
// Six others share the two common words, none the name.
const others = ['lanterns', 'pelicans', 'regatta', 'timetable', 'lighthouse', 'dredging'].map((w, k) =>
  article({ id: `other${k}`, text: `The harbour ferry ${w} drew visitors again this summer.` }),
);

describe('story retrieval by summed IDF', () => {
  it('ranks by summed weight when weights are given, by count otherwise; hits stay the count', () => {
    const lists = [['rare'], ['x', 'y', 'common'], ['x', 'y', 'common2']];
    expect(rankHits(lists, 2)).toEqual([
      { id: 'x', hits: 2 },
      { id: 'y', hits: 2 },
    ]);
    expect(rankHits(lists, 2, [3, 1, 1])).toEqual([
      { id: 'rare', hits: 1 },
      { id: 'x', hits: 2 },
    ]);
  });

  it('fetches the partner that shares only the rare name before those sharing two common words', async () => {
    const index = new MemoryIndex([page, partner, ...others]);
    const pool = await storyPool(page, index, { candidateLimit: 3 });
    expect(pool.ids.map((h) => h.id)).toContain('partner');
    expect(pool.ids[0]!.id).toBe('partner');
  });

  it('the store, the memory index and the read cache rank weighted candidates alike', async () => {
    const arts = [page, partner, ...others];
    const c = await openTestCorpus();
    await c.upsert(arts);
    const mem = new MemoryIndex(arts);
    const keys = (await c.getStored('page'))!.keys;
    const df = await mem.keyCounts(keys);
    const weights = new Map(keys.map((k) => [k, Math.log(1 + arts.length / Math.max(1, df.get(k) ?? 0))]));
    const want = await mem.candidates(keys, 4, weights);
    expect(want[0]!.id).toBe('page');
    expect(want[1]!.id).toBe('partner');
    expect(await c.candidates(keys, 4, weights)).toEqual(want);
    expect(await readOnce(mem).candidates(keys, 4, weights)).toEqual(want);
    expect(await readOnce(c).candidates(keys, 4, weights)).toEqual(want);
  });
});
