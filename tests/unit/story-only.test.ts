/**
 * perf14: the page's own story decision aligns only the candidates whose decision a compare reads
 * (story.ts `storyOnly`, set by compare.ts `relatedStory`): one that can be neither related nor
 * closure's near miss whatever its alignment is not aligned. The relations, the related candidates'
 * and near misses' evidence, the stories after closure and the reports must be those of the full
 * decision.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareArticle, relatedStory } from '../../lib/engine/compare';
import { MemoryIndex } from '../../lib/engine/memory-index';
import { findRelated, STORY_DAYS, type StoryCandidate } from '../../lib/engine/story';
import { STORY_CLOSURE } from '../../lib/engine/fitted/story';
import { ingestFile } from '../../lib/ingest';
import { loadSet } from '../data/engine/fixtures';

const dir = join(__dirname, '../data/same-week');
const sameWeek = readdirSync(dir)
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .map((f) => ({ ...ingestFile({ name: f, content: readFileSync(join(dir, f), 'utf8') }).articles[0]!, id: f.replace(/\.md$/, '') }));

/** What closure and the report read of a candidate of the page's decision. */
const read = (c: StoryCandidate) => c.related || (c.score >= STORY_CLOSURE.pmin && c.apart !== null && c.apart <= STORY_DAYS);
const evidence = (c: StoryCandidate) => [c.score, c.related, c.lead, c.docScore, c.z, c.names, c.figures, c.title, c.ratio, c.back, c.coverage, c.matchedHere, c.matchedThere];

describe('the page’s own decision, story only', () => {
  it('keeps every relation and near miss with its evidence, and leaves candidates that can be neither unaligned', async () => {
    const articles = [...sameWeek, ...(await loadSet('harbor')), ...(await loadSet('plague')), ...(await loadSet('distractors'))];
    const index = new MemoryIndex(articles);
    let skipped = 0;
    let nearMisses = 0;
    for (const a of articles) {
      const full = (await findRelated(a, index)).candidates;
      const lean = (await findRelated(a, index, { storyOnly: true })).candidates;
      const byId = new Map(lean.map((c) => [c.article.id, c]));
      expect(lean.map((c) => c.article.id).sort()).toEqual(full.map((c) => c.article.id).sort());
      for (const f of full) {
        const l = byId.get(f.article.id)!;
        expect(l.related).toBe(f.related);
        if (read(f)) {
          expect(evidence(l)).toEqual(evidence(f));
          if (!f.related) nearMisses++;
        } else {
          // Not read: its probability without alignment, never above its own, never a near miss.
          expect(l.score).toBeLessThanOrEqual(f.score);
          expect(read(l)).toBe(false);
          if (f.lead > 0 && l.lead === 0) skipped++;
        }
      }
    }
    // The check means something: near misses were kept exact, and aligned candidates were skipped.
    expect(nearMisses).toBeGreaterThan(0);
    expect(skipped).toBeGreaterThan(0);
  });

  it('gives the same stories after closure and the same reports as the full decision', async () => {
    const articles = [...sameWeek, ...(await loadSet('harbor'))];
    const index = new MemoryIndex(articles);
    const story = (xs: StoryCandidate[]) => xs.filter((x) => x.related).map((x) => [x.article.id, x.score, x.via ?? null]);
    for (const a of articles) {
      expect(story(await relatedStory(a, index))).toEqual(story(await relatedStory(a, index, { storyOnly: false })));
      expect(JSON.stringify(await compareArticle(a, index))).toBe(JSON.stringify(await compareArticle(a, index, { storyOnly: false })));
    }
  });
});
