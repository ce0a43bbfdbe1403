/**
 * perf12: the story step's extra decisions made cheaper without changing them. A consistency check reads
 * c's story only within the reading's candidates (storyAsker's `read(c, among)`: only those decided), and
 * a compare reads the likely asked articles' pools ahead (compare.ts `prefetchPools`). Both must give the
 * same decisions and reports as before; the reads made ahead are not counted among the articles the
 * compare used (whose story vectors it keeps).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareArticle, likelyAsked, prefetchStoryReads, relatedStory } from '../../lib/engine/compare';
import { readStoriesAmong, storyAsker } from '../../lib/engine/closure';
import { MemoryIndex } from '../../lib/engine/memory-index';
import { findRelated } from '../../lib/engine/story';
import { readOnce } from '../../lib/engine/read-cache';
import { ingestFile } from '../../lib/ingest';
import type { Article, CorpusIndex } from '../../lib/types';
import { loadSet } from '../data/engine/fixtures';

const dir = join(__dirname, '../data/same-week');
const sameWeek = readdirSync(dir)
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .map((f) => ({ ...ingestFile({ name: f, content: readFileSync(join(dir, f), 'utf8') }).articles[0]!, id: f.replace(/\.md$/, '') }));

const decisions = (xs: Awaited<ReturnType<typeof relatedStory>>) =>
  xs.map((x) => ({ id: x.article.id, score: x.score, related: x.related, via: x.via ?? null, lead: x.lead, names: x.names }));

describe('a story read among some candidates', () => {
  it('decides those candidates as the full decision does (every relation, the related ones’ evidence), and leaves the others out', async () => {
    const articles = [...sameWeek, ...(await loadSet('harbor'))];
    const index = new MemoryIndex(articles);
    for (const a of articles.slice(0, 6)) {
      const full = (await findRelated(a, index)).candidates;
      const among = new Set(full.filter((_, k) => k % 2 === 0).map((x) => x.article.id));
      const part = await storyAsker(index).read!(a, among);
      expect(part.map((x) => x.article.id).sort()).toEqual([...among].sort());
      const byId = new Map(full.map((x) => [x.article.id, x]));
      for (const x of part) {
        const y = byId.get(x.article.id)!;
        expect(x.related).toBe(y.related);
        // A related candidate's evidence is the decision's; an unrelated one may be left unaligned (relatedOnly).
        if (y.related) expect([x.score, x.lead, x.names, x.figures, x.title, x.back]).toEqual([y.score, y.lead, y.names, y.figures, y.title, y.back]);
        else expect(x.score).toBeLessThanOrEqual(y.score);
      }
      // The asker's full reading: the same relations, the same probabilities of the related.
      const whole0 = await storyAsker(index).read!(a);
      for (const x of whole0) {
        const y = byId.get(x.article.id)!;
        expect(x.related).toBe(y.related);
        if (y.related) expect(x.score).toBe(y.score);
      }
      // A full reading already made answers any later question, restricted or not.
      const asker = storyAsker(index);
      const whole = await asker.read!(a);
      expect(await asker.read!(a, among)).toBe(whole);
    }
  });

  it('gives the same stories with the restricted checks as with full readings', async () => {
    const index = new MemoryIndex(sameWeek);
    const all: unknown[][] = [[], []];
    for (const [k, on] of [true, false].entries()) {
      readStoriesAmong(on);
      try {
        for (const a of sameWeek) all[k]!.push(decisions(await relatedStory(a, index)));
      } finally {
        readStoriesAmong(true);
      }
    }
    expect(all[0]).toEqual(all[1]);
  });
});

describe('pools read ahead', () => {
  it('the same reports with and without; the articles read only ahead are not among those the compare used', async () => {
    const articles = [...sameWeek, ...(await loadSet('harbor')), ...(await loadSet('plague'))];
    const index = new MemoryIndex(articles);
    const reports: string[][] = [[], []];
    for (const [k, on] of [true, false].entries()) {
      prefetchStoryReads(on);
      try {
        for (const a of articles.filter((_, j) => j % 2 === 0)) reports[k]!.push(JSON.stringify(await compareArticle(structuredClone(a), index)));
      } finally {
        prefetchStoryReads(true);
      }
    }
    expect(reports[0]).toEqual(reports[1]);

    // The guess names (almost all) the articles closure, coherence and consistency then ask about.
    let guessed = 0;
    let extras = 0;
    for (const a of articles.filter((_, j) => j % 2 === 1)) {
      const asked: string[] = [];
      const once = readOnce(index);
      const counted: CorpusIndex = { ...once, findSame: (x) => (asked.push(x.id), once.findSame(x)), keyIds: once.keyIds, getMany: once.getMany };
      const { candidates } = await findRelated(a, once);
      const guess = likelyAsked(candidates).map((x) => x.id);
      prefetchStoryReads(false);
      try {
        await relatedStory(a, counted, {}, readOnce(counted));
      } finally {
        prefetchStoryReads(true);
      }
      const extra = asked.slice(1);
      guessed += extra.filter((id) => guess.includes(id)).length;
      extras += extra.length;
    }
    expect(extras).toBeGreaterThan(0);
    expect(guessed / extras).toBeGreaterThanOrEqual(0.8);

    // Read ahead through the compare's cache: handed over only when a decision asks for them.
    const once = readOnce(index);
    const [x, y] = articles;
    await once.prefetch([x!.id, y!.id]);
    expect(once.read()).toEqual([]);
    await once.getMany([y!.id]);
    expect(once.read().map((a: Article) => a.id)).toEqual([y!.id]);
  });
});

