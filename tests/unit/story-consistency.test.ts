/**
 * Story consistency (lib/engine/closure.ts consistStory): each story is a group. With three outlets per
 * event, two events of one week on the same people relate across pair by pair; a relation whose two ends
 * have stronger relations in two disjoint groups is dropped, a relation to another angle of the same
 * event (nothing else claims it, or the two groups overlap) is kept.
 */
import { describe, expect, it } from 'vitest';
import { consistStory, type ReadStory } from '../../lib/engine/closure';
import { STORY_CONSISTENCY, STORY_MODEL } from '../../lib/engine/fitted/story';
import type { StoryCandidate } from '../../lib/engine/story';
import type { Article } from '../../lib/types';

const cand = (id: string, score: number): StoryCandidate =>
  ({ article: { id } as Article, score, apart: 0, related: score >= STORY_MODEL.threshold }) as StoryCandidate;

/** Each article's own full story decision, as a table of probabilities (related from the model's threshold). */
const reader = (table: Record<string, Record<string, number>>): ReadStory & { read: string[] } => {
  const read: string[] = [];
  const f = async (a: Article) => {
    read.push(a.id);
    return Object.entries(table[a.id] ?? {}).map(([id, p]) => cand(id, p));
  };
  return Object.assign(f, { read });
};

const related = (cs: StoryCandidate[]) => cs.filter((c) => c.related).map((c) => c.article.id);
/** A relation the model makes, below pmax (the range consistency checks). */
const weak = (STORY_MODEL.threshold + STORY_CONSISTENCY.pmax) / 2;

describe('story consistency', () => {
  it('drops the other event of the same week when its own story is a group apart from the reading’s', async () => {
    // Reading NYT on Pompeo's secret meeting with Kim: HuffPost's account is its strongest relation;
    // NYT's "North Korea suspends its missile tests" (three days later) passes the pair model. That
    // article's own stronger relations are the other outlets of the missile story, none in Pompeo's.
    const cs = [cand('huffpost-pompeo', 0.9), cand('nyt-missiles', weak), cand('fox-missiles', 0.1)];
    const read = reader({ 'nyt-missiles': { 'fox-missiles': 0.95, 'huffpost-pompeo': weak - 0.05 } });
    await consistStory(cs, read);
    expect(related(cs)).toEqual(['huffpost-pompeo']);
  });

  it('keeps another angle of the same event: nothing else claims it, or its group overlaps the reading’s', async () => {
    // Breitbart's angle relates to nothing more strongly than to the reading: kept.
    const alone = [cand('nyt', 0.9), cand('breitbart', weak)];
    await consistStory(alone, reader({ breitbart: { nyt: weak - 0.05 } }));
    expect(related(alone)).toEqual(['nyt', 'breitbart']);
    // Its stronger relations hold an article of the reading's own story: the same group, kept.
    const shared = [cand('nyt', 0.9), cand('breitbart', weak), cand('other', 0.05)];
    await consistStory(shared, reader({ breitbart: { other: 0.9, nyt: 0.8 } }));
    expect(related(shared)).toEqual(['nyt', 'breitbart']);
  });

  it('leaves the reading’s strongest relation, closure’s admissions and relations at or above pmax alone', async () => {
    const cs = [cand('top', weak + 0.01), cand('strong', STORY_CONSISTENCY.pmax), cand('closed', 0.2)];
    cs[2]!.related = true;
    cs[2]!.via = 'strong';
    const read = reader({ top: { x: 0.99 }, strong: { y: 0.99 }, closed: { z: 0.99 } });
    await consistStory(cs, read);
    expect(related(cs)).toEqual(['top', 'strong', 'closed']);
    // 'top' is below pmax and asked about; nothing of the reading's story is above it: kept.
    expect(read.read.filter((id) => id !== 'top')).toEqual([]);
  });

  it('counts the other side’s relations among the reading’s candidates only (the reading itself is not one)', async () => {
    // c's strongest relation is the page being read (not in the corpus, or in it under another id): it is
    // not among the reading's candidates, so it is no evidence of another story.
    const cs = [cand('nyt', 0.9), cand('fox', weak)];
    await consistStory(cs, reader({ fox: { 'the-page-itself': 0.99 } }));
    expect(related(cs)).toEqual(['nyt', 'fox']);
  });

  it('reads at most maxCheck articles per compare, the weakest relations first', async () => {
    const ids = ['a', 'b', 'c', 'd'];
    const cs = [cand('m', 0.95), ...ids.map((id, k) => cand(id, STORY_MODEL.threshold + 0.001 * (k + 1))), cand('elsewhere', 0.01)];
    const table = Object.fromEntries(ids.map((id) => [id, { elsewhere: 0.99 }]));
    const read = reader(table);
    await consistStory(cs, read);
    const n = Math.min(ids.length, STORY_CONSISTENCY.maxCheck);
    // The weakest n are checked, the strongest of them first (each read in one or two steps: perf57).
    expect([...new Set(read.read)]).toEqual(ids.slice(0, n).reverse());
    expect(cs.filter((c) => !c.related).map((c) => c.article.id)).toEqual([...ids.slice(0, n), 'elsewhere']);
  });
});

/**
 * On text written for the test (tests/data/same-week): two events of one week on the same people, three
 * outlets each — Foreign Minister Varga's secret meeting with Premier Okafor (a1–a3, 6–7 April) and
 * Nordland suspending its missile tests three days later (b1–b3, whose first article recalls the meeting) —
 * and another angle of the first (a4: the Senate committee delays Varga's vote). Real story decisions.
 */
describe('story consistency on two same-week events sharing people', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { ingestFile } = await import('../../lib/ingest');
  const { MemoryIndex } = await import('../../lib/engine/memory-index');
  const { findRelated } = await import('../../lib/engine/story');
  const { relatedStory } = await import('../../lib/engine/compare');
  const dir = join(__dirname, '../data/same-week');
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .map((f) => ({ ...ingestFile({ name: f, content: readFileSync(join(dir, f), 'utf8') }).articles[0]!, id: f.replace(/\.md$/, '') }));
  const index = new MemoryIndex(articles);
  const byId = (id: string) => articles.find((a) => a.id === id)!;
  const storyOf = async (id: string) => (await relatedStory(byId(id), index)).filter((c) => c.related).map((c) => c.article.id).sort();

  it('the pair model relates the meeting and the missile pledge (the error consistency is for)', async () => {
    const model = (await findRelated(byId('a1'), index)).candidates.find((c) => c.article.id === 'b1')!;
    expect(model.related).toBe(true);
    expect(model.score).toBeLessThan(STORY_CONSISTENCY.pmax);
  });

  it('drops the other event from every reading, closure included', async () => {
    expect(await storyOf('a1')).toEqual(['a2', 'a3']);
    expect(await storyOf('b1')).toEqual(['b2', 'b3']);
    // a2 does not relate b1 itself; closure would take it in through a1 (a1 and b1 relate both ways).
    expect(await storyOf('a2')).toEqual(['a1', 'a3']);
    expect(await storyOf('b2')).toEqual(['b1', 'b3']);
  });

  it('keeps a weaker relation to another angle of the same event, even when every relation is checked', async () => {
    const { consistStory: consist, storyAsker } = await import('../../lib/engine/closure');
    const cs = (await findRelated(byId('a3'), index)).candidates;
    const a4 = cs.find((c) => c.article.id === 'a4')!;
    // a3's weakest relation: nothing else claims a4 more strongly than a3 does (a4's own story is a3).
    expect(a4.related).toBe(true);
    expect(Math.min(...cs.filter((c) => c.related).map((c) => c.score))).toBe(a4.score);
    const read = storyAsker(index).read!;
    await consist(cs, read, { pmax: 1, maxCheck: 2 });
    expect(cs.filter((c) => c.related).map((c) => c.article.id).sort()).toEqual(['a1', 'a2', 'a4']);
    expect(await storyOf('a3')).toEqual(['a1', 'a2', 'a4']);
    // The same rule, every relation checked, still drops the other event from a1's reading.
    const cs1 = (await findRelated(byId('a1'), index)).candidates;
    await consist(cs1, read, { pmax: 1, maxCheck: 2 });
    expect(cs1.filter((c) => c.related).map((c) => c.article.id).sort()).toEqual(['a2', 'a3']);
  });
});
