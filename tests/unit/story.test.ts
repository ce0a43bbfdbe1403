/**
 * The same-story decision (lib/engine/story.ts) on real coverage nobody on the project wrote:
 * thirteen ECB+ articles (tests/data/story, CC BY 3.0, see ATTRIBUTION) about four events, two of
 * a kind — a bomb at a bank in Oregon and a fire-bomb at a bank in Athens; riots in Greece and a
 * riot in Brooklyn, each after the police shot a teenager — beside the seeds (one story on
 * Bukele, Clinton and CECOT) and stories on the same people (tests/data/engine/distractors).
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpusDir } from '../../cli/load';
import { findRelated, MemoryIndex, relatedStory } from '../../lib/engine';
import { robustZ, storyProbability } from '../../lib/engine/story';
import type { Article } from '../../lib/types';
import { loadSet, ROOT } from '../data/engine/fixtures';

let ecb: Article[];
let seeds: Article[];
let distractors: Article[];
let harbor: Article[];
beforeAll(async () => {
  ecb = (await loadCorpusDir(join(ROOT, 'tests/data/story'))).articles;
  seeds = await loadSet('seeds');
  distractors = await loadSet('distractors');
  harbor = await loadSet('harbor');
});

/** The event of an ECB+ sample article: topic and ECB (a) or ECB+ (b). */
const eventOf = (id: string) => id.replace(/^ecb-(\d+)_\d+(p?)$/, (_, t: string, p: string) => `${t}${p ? 'b' : 'a'}`);
const get = (id: string) => {
  const a = [...ecb, ...seeds, ...distractors].find((x) => x.id === id);
  if (!a) throw new Error(`no article ${id}`);
  return a;
};
async function relatedIds(a: Article, index: MemoryIndex): Promise<string[]> {
  const { candidates } = await findRelated(a, index);
  return candidates.filter((c) => c.related).map((c) => c.article.id).sort();
}

describe('many same-topic neighbours: two bank bombings, two riots after police shootings', () => {
  let index: MemoryIndex;
  beforeAll(() => {
    index = new MemoryIndex([...ecb, ...seeds, ...distractors, ...harbor]);
  });

  it('an article never relates to the other event of its kind, nor to another story', async () => {
    for (const a of ecb) {
      const wrong = (await relatedIds(a, index)).filter((id) => eventOf(id) !== eventOf(a.id));
      expect(wrong, `reading ${a.id}`).toEqual([]);
    }
  });

  it('most articles relate to the other coverage of their own event', async () => {
    let found = 0;
    let gold = 0;
    for (const a of ecb) {
      const own = ecb.filter((b) => b !== a && eventOf(b.id) === eventOf(a.id)).map((b) => b.id);
      const rel = await relatedIds(a, index);
      gold += own.length;
      found += own.filter((id) => rel.includes(id)).length;
    }
    // Measured: 22 of 30 (the misses are follow-ups days later: "Greek police charged over boy's
    // death" beside reports of the riots). The old hand-set rule related 16 of 30 here.
    expect(found / gold).toBeGreaterThanOrEqual(0.7);
  });

  it('the seeds still relate to each other, and to no ECB+ article', async () => {
    for (const a of seeds) {
      const rel = await relatedIds(a, index);
      expect(rel, a.id).toEqual(expect.arrayContaining(seeds.filter((s) => s !== a).map((s) => s.id)));
      expect(rel.filter((id) => id.startsWith('ecb-')), a.id).toEqual([]);
    }
  });
});

describe('a short brief', () => {
  it('five sentences on the Oregon bank bomb relate to the longer reports of it, not to the Athens fire-bomb', async () => {
    const index = new MemoryIndex([...ecb, ...seeds, ...distractors]);
    const rel = await relatedIds(get('ecb-8_4'), index);
    expect(rel.length).toBeGreaterThan(0);
    expect(rel.every((id) => eventOf(id) === '8a')).toBe(true);
  });
});

describe('the same people in another story', () => {
  // The CECOT transfer of the same week is the known exception (see docs/notes/story.md and
  // tests/unit/engine.test.ts SAME_WEEK_CECOT).
  it('Bukele on bitcoin, Clinton on her book and a court order relate to none of the seeds', async () => {
    const index = new MemoryIndex([...ecb, ...seeds, ...distractors]);
    for (const d of distractors.filter((x) => x.id !== 'd3_cecot_transfer')) {
      const rel = await relatedIds(d, index);
      expect(rel.filter((id) => seeds.some((s) => s.id === id)), d.id).toEqual([]);
    }
  });

  // A new reader's corpus: the seeds and the five same-people stories, nothing else. The pool's missing ranks are a
  // large corpus's background (POOL_PRIOR), not zeros: Clinton on her book does not stand out against nothing.
  it('in a ten-article corpus, Clinton on her book and Clinton on tariffs are two stories; the seeds stay one', async () => {
    const index = new MemoryIndex([...seeds, ...distractors]);
    const story = async (a: Article) => (await relatedStory(a, index)).filter((c) => c.related).map((c) => c.article.id);
    expect(await story(get('d2_clinton_book'))).not.toContain('d5_clinton_trump_tariffs');
    expect(await story(get('d5_clinton_trump_tariffs'))).not.toContain('d2_clinton_book');
    for (const s of seeds) expect((await story(s)).filter((id) => id.startsWith('0')).sort(), s.id).toEqual(seeds.filter((x) => x !== s).map((x) => x.id).sort());
  });

  // The same small corpus with one more, unrelated story (doobie): the seeds, long national reports sharing much of the
  // news's common words, stand against their own higher background (backgroundOf), not the average page's, so the
  // same week's CECOT transfer does not stand out enough to join the seeds' story (with one curve for every page, seed
  // 001's story took it: p 0.47, now 0.37).
  it('in a thirteen-article corpus, the seeds\' story is the seeds and none of the same-people stories', async () => {
    const index = new MemoryIndex([...seeds, ...distractors, ...(await loadSet('doobie'))]);
    for (const s of seeds) {
      const story = (await relatedStory(s, index)).filter((c) => c.related).map((c) => c.article.id);
      expect(story.sort(), s.id).toEqual(seeds.filter((x) => x !== s).map((x) => x.id).sort());
    }
  });
});

describe('the same topic on another day', () => {
  // Beyond the window a report relates only when it agrees on the event's details (story80, tests/unit/story80-follow-up.test.ts):
  // the five-sentence brief names no victim with an age, no hour, no block.
  it('two reports of the Oregon bomb relate when a day apart, not when two months apart', async () => {
    const a = { ...get('ecb-8_2'), date: '2008-12-13' };
    const near = { ...get('ecb-8_4'), id: 'near', date: '2008-12-14' };
    const far = { ...get('ecb-8_4'), id: 'far', date: '2009-02-14' };
    const others = ecb.filter((x) => !['ecb-8_4', 'ecb-8_2'].includes(x.id));
    expect(await relatedIds(a, new MemoryIndex([near, ...others, ...seeds]))).toContain('near');
    expect(await relatedIds(a, new MemoryIndex([far, ...others, ...seeds]))).not.toContain('far');
  });
});

describe('the decision itself', () => {
  it('standing out from the pool, aligning more facts, naming the same people: each makes the same story more probable', () => {
    const base = { docScore: 0.3, z: 1, lead: 0.3, names: 0.3, figures: 0, title: 0.2, ratio: 0.6, back: 0.6 };
    expect(storyProbability({ ...base, z: 8 })).toBeGreaterThan(storyProbability(base));
    expect(storyProbability({ ...base, lead: 0.7 })).toBeGreaterThan(storyProbability(base));
    expect(storyProbability({ ...base, names: 0.7 })).toBeGreaterThan(storyProbability(base));
  });

  it('being each other\'s nearest neighbour in the pool makes the same story more probable, each way', () => {
    const base = { docScore: 0.35, z: 3, lead: 0.2, names: 0.4, figures: 0, title: 0.2, ratio: 0.5, back: 0.5 };
    expect(storyProbability({ ...base, ratio: 1 })).toBeGreaterThan(storyProbability(base));
    expect(storyProbability({ ...base, back: 1 })).toBeGreaterThan(storyProbability(base));
  });

  it('robust z-scores: one score far above a crowd of alike scores stands out; a tight crowd does not blow up', () => {
    const z = robustZ([0.1, 0.12, 0.11, 0.1, 0.13, 0.6]);
    expect(z[5]).toBeGreaterThan(10);
    expect(Math.max(...robustZ([0.2, 0.2, 0.2, 0.2]).map(Math.abs))).toBe(0);
  });
});
