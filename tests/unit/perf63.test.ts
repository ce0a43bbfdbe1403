/**
 * perf63: closure's near misses' repeat counts (furniture, repeats.ts) are read ahead with the story's (compare.ts
 * `prefetchNearRepeats`), so a compare whose closure takes a near miss into the story asks the store no repeat counts
 * after closure: one read fewer, in a wave of its own. The reports must be the same as without.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareArticle, prefetchNearRepeats, relatedStory } from '../../lib/engine/compare';
import { MemoryIndex } from '../../lib/engine/memory-index';
import { ingestFile } from '../../lib/ingest';
import type { Article, CorpusIndex } from '../../lib/types';
import { loadSet } from '../data/engine/fixtures';

const dir = join(__dirname, '../data/same-week');
const sameWeek = readdirSync(dir)
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .map((f) => ({ ...ingestFile({ name: f, content: readFileSync(join(dir, f), 'utf8') }).articles[0]!, id: f.replace(/\.md$/, '') }));

/** One compare of `a` with the switch `on`: its report as text and the repeat-count reads that reached the index. */
async function compared(a: Article, index: MemoryIndex, on: boolean): Promise<{ report: string; reads: number }> {
  let reads = 0;
  const counted: CorpusIndex = Object.create(index, { repeatCounts: { value: (keys: string[]) => (reads++, index.repeatCounts(keys)) } });
  prefetchNearRepeats(on);
  try {
    return { report: JSON.stringify(await compareArticle(structuredClone(a), counted)), reads };
  } finally {
    prefetchNearRepeats(true);
  }
}

describe("closure's near misses' repeat counts read with the story's", () => {
  it.each(['same-week', 'harbor', 'plague'] as const)('%s: every report the same, never more repeat-count reads', async (set) => {
    const articles = set === 'same-week' ? sameWeek : await loadSet(set);
    const index = new MemoryIndex(articles);
    for (const a of articles) {
      const [on, off] = [await compared(a, index, true), await compared(a, index, false)];
      expect(on.report).toBe(off.report);
      expect(on.reads).toBeLessThanOrEqual(off.reads);
    }
  });

  it('a compare whose closure takes a near miss in reads no repeat counts after closure: one read fewer', async () => {
    const index = new MemoryIndex(sameWeek);
    const a4 = sameWeek.find((a) => a.id === 'a4')!;
    expect((await relatedStory(a4, index)).filter((c) => c.related && c.via).length).toBe(1);
    const [on, off] = [await compared(a4, index, true), await compared(a4, index, false)];
    expect(on.report).toBe(off.report);
    // The page's units at the start, then the story's (with the near miss's) after the page's decision; without the
    // switch a third, after closure took the near miss in.
    expect([on.reads, off.reads]).toEqual([2, 3]);
  });
});
