/**
 * Story closure (lib/engine/closure.ts): two outlets that tell one event in different words can fall
 * under the story model's threshold although each is plainly one story with a third outlet. A near
 * miss joins the story only when an article of the story relates to it both ways, and only when
 * the dates say it is the same days (undated, closure would chain different events together).
 */
import { describe, expect, it } from 'vitest';
import { closeStory, cohereStory, storyAsker, type AskStory } from '../../lib/engine/closure';
import { STORY_CLOSURE, STORY_COHERENCE, STORY_MODEL } from '../../lib/engine/fitted/story';
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

/**
 * Coherence (closure.ts cohereStory), the mirror of closure: a weak relation stays only when the
 * story's most probable other article relates to it too. Two events of one week on the same people pass
 * the pair model; the story as a whole tells them apart.
 */
describe('story coherence', () => {
  const weak = (STORY_MODEL.threshold + STORY_COHERENCE.pmax) / 2;

  it("drops a weak relation to another event that the story's top article does not relate to", async () => {
    // Reading Fox on Pompeo's secret meeting with Kim: NYT's account is the top; USA Today's "North Korea
    // suspends missile tests" (three days later) passes the model weakly; NYT's own story does not hold it.
    const cs = [cand('nyt-pompeo', 0.9, 0), cand('huffpost-pompeo', 0.7, 0), cand('usatoday-missiles', weak, 3)];
    const ask = asker({ 'nyt-pompeo': ['huffpost-pompeo'], 'huffpost-pompeo': ['nyt-pompeo'], 'usatoday-missiles': ['nyt-pompeo'] });
    await cohereStory(cs, ask);
    expect(cs.filter((c) => c.related).map((c) => c.article.id)).toEqual(['nyt-pompeo', 'huffpost-pompeo']);
  });

  it("keeps a weak relation the story's top article confirms, and asks nothing about strong ones", async () => {
    const cs = [cand('nyt', 0.9, 0), cand('huffpost', 0.8, 0), cand('breitbart', weak, 0)];
    const ask = asker({ nyt: ['huffpost', 'breitbart'], breitbart: ['nyt'], huffpost: ['nyt'] });
    await cohereStory(cs, ask);
    expect(cs.every((c) => c.related)).toBe(true);
    // Only the weak relation is asked about: of the top article, and (both ways) of itself.
    expect(ask.asked.sort()).toEqual(STORY_COHERENCE.both ? ['breitbart', 'nyt'] : ['nyt']);
  });

  it('leaves a story of one article, closure\'s admissions and relations at or above pmax as they are', async () => {
    const alone = [cand('only', weak, 0)];
    await cohereStory(alone, asker({}));
    expect(alone[0]!.related).toBe(true);
    const cs = [cand('m', 0.9, 0), cand('strong', STORY_COHERENCE.pmax, 0), cand('closed', 0.2, 0)];
    cs[2]!.related = true;
    cs[2]!.via = 'm';
    const ask = asker({});
    await cohereStory(cs, ask);
    expect(cs.map((c) => c.related)).toEqual([true, true, true]);
    expect(ask.asked).toEqual([]);
  });

  it('asks about at most maxWeak relations per compare, the weakest first', async () => {
    const ids = ['a', 'b', 'c', 'd'];
    const cs = [cand('m', 0.9, 0), ...ids.map((id, k) => cand(id, STORY_MODEL.threshold + 0.001 * (k + 1), 0))];
    const ask = asker({});
    await cohereStory(cs, ask);
    const dropped = cs.filter((c) => !c.related).map((c) => c.article.id);
    expect(dropped).toEqual(ids.slice(0, Math.min(ids.length, STORY_COHERENCE.maxWeak)));
    expect(ask.asked.length).toBeLessThanOrEqual(STORY_COHERENCE.maxWeak * (STORY_COHERENCE.both ? 2 : 1));
  });

  it('on the seeds beside same-people distractors: the CECOT transfer story is dropped, every seed stays', async () => {
    // Seed 002 (Bukele answers Clinton on CECOT) relates d3 ("El Salvador moves 2,000 more gang suspects
    // to CECOT", written for the project as a same-people, same-week distractor) weakly; seed 004, the top
    // of its story, does not relate d3. Real story decisions throughout (storyAsker).
    const { loadSet } = await import('../data/engine/fixtures');
    const { MemoryIndex } = await import('../../lib/engine/memory-index');
    const { relatedStory } = await import('../../lib/engine/compare');
    const { findRelated } = await import('../../lib/engine/story');
    const seeds = await loadSet('seeds');
    const index = new MemoryIndex([...seeds, ...(await loadSet('distractors')), ...(await loadSet('harbor'))]);
    const reading = seeds.find((a) => a.id.startsWith('002_'))!;
    const model = (await findRelated(reading, index)).candidates;
    const d3 = model.find((c) => c.article.id === 'd3_cecot_transfer')!;
    // The pair model's error coherence was written for: in this fifteen-article corpus the model no longer makes it
    // since its pool's missing ranks read a large corpus's background (POOL_PRIOR, story70), not zeros; coherence's
    // own part is the weak true relation below.
    expect(d3.related).toBe(false);
    expect(d3.score).toBeLessThan(STORY_COHERENCE.pmax);
    const story = (await relatedStory(reading, index)).filter((c) => c.related).map((c) => c.article.id);
    expect(story).not.toContain('d3_cecot_transfer');
    expect(story.sort()).toEqual(seeds.filter((a) => a !== reading).map((a) => a.id).sort());

    // A true relation made weak (as a reworded outlet is) stays: the top article's own story holds it.
    const made = model.map((c) => ({ ...c }));
    const seed001 = made.find((c) => c.article.id.startsWith('001_'))!;
    seed001.score = weak;
    await cohereStory(made, storyAsker(index));
    expect(seed001.related).toBe(true);
    expect(made.find((c) => c.article.id === 'd3_cecot_transfer')!.related).toBe(false);
  });
});
