/**
 * Story closure (lib/engine/closure.ts): two outlets that tell one event in different words can fall
 * under the story model's threshold although each is plainly one story with a third outlet. A near
 * miss joins the story only when an article of the story relates to it both ways, and only when
 * the dates say it is the same days (undated, closure would chain different events together).
 */
import { describe, expect, it } from 'vitest';
import { closeStory, type AskStory } from '../../lib/engine/closure';
import { STORY_CLOSURE, STORY_MODEL } from '../../lib/engine/fitted/story';
import type { StoryCandidate } from '../../lib/engine/story';
import type { Article } from '../../lib/types';

const cand = (id: string, score: number, apart: number | null): StoryCandidate =>
  ({ article: { id } as Article, score, apart, related: score >= STORY_MODEL.threshold && (apart === null || apart <= 7) }) as StoryCandidate;

/** Each article's own story decision, as a table. */
const asker = (table: Record<string, string[]>): AskStory & { asked: string[] } => {
  const asked: string[] = [];
  const f = async (a: Article, targets: string[]) => {
    asked.push(a.id);
    return new Set((table[a.id] ?? []).filter((id) => targets.includes(id)));
  };
  return Object.assign(f, { asked });
};

describe('story closure', () => {
  const low = (STORY_CLOSURE.pmin + STORY_MODEL.threshold) / 2;

  it('takes in the Fox article the NYT reading missed when HuffPost relates to it and it to HuffPost', async () => {
    const cs = [cand('huffpost', 0.9, 0), cand('fox', low, 1), cand('other-event', 0.02, 2)];
    const out = await closeStory(cs, asker({ fox: ['huffpost'], huffpost: ['fox', 'nyt'] }));
    expect(out.filter((c) => c.related).map((c) => c.article.id)).toEqual(['huffpost', 'fox']);
    expect(out.find((c) => c.article.id === 'fox')!.via).toBe('huffpost');
  });

  it('needs the relation both ways: the candidate relating to the story article is not enough', async () => {
    const cs = [cand('huffpost', 0.9, 0), cand('fox', low, 1)];
    await closeStory(cs, asker({ fox: ['huffpost'], huffpost: [] }));
    expect(cs[1]!.related).toBe(false);
    const cs2 = [cand('huffpost', 0.9, 0), cand('fox', low, 1)];
    await closeStory(cs2, asker({ fox: [], huffpost: ['fox'] }));
    expect(cs2[1]!.related).toBe(false);
  });

  it('never closes over an undated candidate or one outside the date window', async () => {
    const table = { fox: ['huffpost'], late: ['huffpost'], huffpost: ['fox', 'late'] };
    const cs = [cand('huffpost', 0.9, 0), cand('fox', low, null), cand('late', low, 9)];
    await closeStory(cs, asker(table));
    expect(cs.filter((c) => c.related).map((c) => c.article.id)).toEqual(['huffpost']);
  });

  it('leaves a candidate the model all but rules out, and asks nothing when there is no near miss', async () => {
    const ask = asker({ fox: ['huffpost'], huffpost: ['fox'] });
    const cs = [cand('huffpost', 0.9, 0), cand('fox', STORY_CLOSURE.pmin / 2, 0)];
    await closeStory(cs, ask);
    expect(cs[1]!.related).toBe(false);
    expect(ask.asked).toEqual([]);
  });

  it('asks only about the best near misses (a bounded number of story decisions per compare)', async () => {
    const ask = asker({ a: ['m'], b: ['m'], m: ['a', 'b'] });
    const cs = [cand('m', 0.8, 0), cand('a', low + 0.01, 0), cand('b', low, 0)];
    await closeStory(cs, ask);
    expect(cs.filter((c) => c.related).length).toBe(1 + Math.min(2, STORY_CLOSURE.maxNear));
    expect(cs[1]!.via).toBe('m');
    expect(ask.asked.length).toBeLessThanOrEqual(STORY_CLOSURE.maxNear * (1 + STORY_CLOSURE.maxBridges));
  });
});

describe('a closure question gets the story decision findRelated gives', () => {
  it("on the seeds, asking about one candidate gives its full reading's probability and decision", async () => {
    const { loadSet } = await import('../data/engine/fixtures');
    const { MemoryIndex } = await import('../../lib/engine/memory-index');
    const { findRelated } = await import('../../lib/engine/story');
    const seeds = await loadSet('seeds');
    const index = new MemoryIndex(seeds);
    for (const a of seeds.slice(0, 3)) {
      const full = (await findRelated(a, index)).candidates;
      for (const c of full) {
        const only = (await findRelated(a, index, { decideOnly: new Set([c.article.id]) })).candidates.find((x) => x.article.id === c.article.id)!;
        expect(only.score).toBeCloseTo(c.score, 12);
        expect(only.related).toBe(c.related);
      }
    }
  });
});
