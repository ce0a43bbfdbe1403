/**
 * perf57: story consistency's test (lib/engine/closure.ts twoGroups) decides c's relations to the reading's own story
 * first and the reading's other candidates only when the answer still hangs on them: fewer of c's candidates decided
 * (aligned, weighed for names, figures and titles) in a compare's extra story decisions, the same answer.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { coherenceInTurn, cohereStory, consistencyInTwoSteps, twoGroups, type AskStory, type ReadStory } from '../../lib/engine/closure';
import { STORY_COHERENCE, STORY_MODEL } from '../../lib/engine/fitted/story';
import type { StoryCandidate } from '../../lib/engine/story';
import type { Article } from '../../lib/types';

const cand = (id: string, score: number): StoryCandidate =>
  ({ article: { id } as Article, score, apart: 0, related: score >= STORY_MODEL.threshold }) as StoryCandidate;

/** c's own story decision as a table of probabilities; records which candidates each reading was asked to decide. */
const reader = (table: Record<string, number>): ReadStory & { asked: string[][] } => {
  const asked: string[][] = [];
  const f = async (_: Article, among?: ReadonlySet<string>) => {
    asked.push(among ? [...among].sort() : ['*']);
    return Object.entries(table)
      .filter(([id]) => !among || among.has(id))
      .map(([id, p]) => cand(id, p));
  };
  return Object.assign(f, { asked });
};

afterEach(() => {
  consistencyInTwoSteps(true);
  coherenceInTurn(true);
});

/** Each article's own story decision as the ids it relates to; records whose decision was asked. */
const asker = (relates: Record<string, string[]>): AskStory & { asked: string[] } => {
  const asked: string[] = [];
  const f = async (a: Article, targets: string[]) => {
    asked.push(a.id);
    return new Set(targets.filter((t) => (relates[a.id] ?? []).includes(t)));
  };
  return Object.assign(f, { asked });
};

describe('story consistency in two steps', () => {
  it('decides only the reading’s own story when c’s stronger article is in it', async () => {
    // Reading a harbour-ferry report: the pier outlet relates strongly, the tugboat report weakly. The tugboat
    // report's own strongest relation is the pier outlet: one story, and the other ten candidates are never decided.
    const reading = [cand('pier-daily', 0.92), cand('tugboat-news', 0.6), ...Array.from({ length: 10 }, (_, k) => cand(`filler-${k}`, 0.05))];
    const read = reader({ 'pier-daily': 0.88, 'filler-3': 0.97 });
    expect(await twoGroups(reading, reading[1]!, read)).toBe(false);
    expect(read.asked).toEqual([['pier-daily']]);
    // Main's way: every candidate of the reading decided at once, the same answer.
    consistencyInTwoSteps(false);
    const all = reader({ 'pier-daily': 0.88, 'filler-3': 0.97 });
    expect(await twoGroups(reading, reading[1]!, all)).toBe(false);
    expect(all.asked[0]!.length).toBe(reading.length);
  });

  it('decides the others when nothing of the reading’s story is stronger for c, and finds the other event', async () => {
    // The bakery-fire report relates weakly to the reading; its own stronger relation is another bakery outlet
    // outside the reading's story: two groups.
    const reading = [cand('ferry-a', 0.93), cand('bakery-b', 0.6), cand('bakery-c', 0.1)];
    const read = reader({ 'bakery-c': 0.95, 'ferry-a': 0.55 });
    expect(await twoGroups(reading, reading[1]!, read)).toBe(true);
    expect(read.asked).toEqual([['ferry-a'], ['bakery-b', 'bakery-c']]);
  });

  it('gives the same answer as deciding every candidate at once (invented readings, all shapes)', async () => {
    // A deterministic sweep of small readings: scores from a fixed sequence, c's table likewise.
    let seed = 57;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    let differ = 0;
    let cases = 0;
    for (let t = 0; t < 400; t++) {
      const n = 2 + Math.floor(rnd() * 6);
      const reading = Array.from({ length: n }, (_, k) => cand(`r${k}`, rnd()));
      const c = reading[Math.floor(rnd() * n)]!;
      const table: Record<string, number> = {};
      for (const x of reading) if (x !== c && rnd() < 0.7) table[x.article.id] = rnd();
      if (rnd() < 0.3) table.outsider = rnd();
      consistencyInTwoSteps(true);
      const two = await twoGroups(reading, c, reader(table));
      consistencyInTwoSteps(false);
      const one = await twoGroups(reading, c, reader(table));
      if (two !== one) differ++;
      if (one) cases++;
    }
    expect(differ).toBe(0);
    // The sweep holds both answers, not only one.
    expect(cases).toBeGreaterThan(20);
  });
});

describe('story coherence in turn', () => {
  const weak = (STORY_MODEL.threshold + STORY_COHERENCE.pmax) / 2;
  it('drops a weak relation the top article does not confirm without deciding the weak article’s own story', async () => {
    // Reading a ferry-strike report: the union's statement is the top relation; a weakly related report on a bakery
    // fire the same week is not in the union statement's story. Its own decision is not needed to drop it.
    const cs = [cand('union-statement', 0.9), cand('ferry-times', 0.8), cand('bakery-fire', weak)];
    const ask = asker({ 'union-statement': ['ferry-times'], 'bakery-fire': ['union-statement'] });
    await cohereStory(cs, ask);
    expect(cs.filter((c) => c.related).map((c) => c.article.id)).toEqual(['union-statement', 'ferry-times']);
    expect(ask.asked).toEqual(['union-statement']);
    // Both at once (main's): the same story, one more decision.
    coherenceInTurn(false);
    const all = [cand('union-statement', 0.9), cand('ferry-times', 0.8), cand('bakery-fire', weak)];
    const both = asker({ 'union-statement': ['ferry-times'], 'bakery-fire': ['union-statement'] });
    await cohereStory(all, both);
    expect(all.map((c) => c.related)).toEqual(cs.map((c) => c.related));
    expect(both.asked.sort()).toEqual(STORY_COHERENCE.both ? ['bakery-fire', 'union-statement'] : ['union-statement']);
  });

  it('still asks the weak article itself when the top article confirms it', async () => {
    const cs = [cand('union-statement', 0.9), cand('ferry-times', weak)];
    const ask = asker({ 'union-statement': ['ferry-times'], 'ferry-times': [] });
    await cohereStory(cs, ask);
    expect(cs[1]!.related).toBe(!STORY_COHERENCE.both);
    expect(ask.asked).toEqual(STORY_COHERENCE.both ? ['union-statement', 'ferry-times'] : ['union-statement']);
  });
});
