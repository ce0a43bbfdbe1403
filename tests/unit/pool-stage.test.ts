/**
 * perf19: a second story decision of an article in one compare takes its pool stage (pool, vectors,
 * cosines, names / figures / title evidence, unit IDF, alignments) from the first (story.ts
 * `poolStage`, kept in the compare's read-cache scope). Whatever was asked first, every later
 * decision must be the one a fresh compare gives; and nothing may outlive its compare: an article
 * written or deleted between two compares changes the second one as it changes a fresh index.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { compareArticle } from '../../lib/engine/compare';
import { MemoryIndex } from '../../lib/engine/memory-index';
import { findRelated, poolStageMemo, type CompareOptions, type StoryCandidate } from '../../lib/engine/story';
import { readOnce } from '../../lib/engine/read-cache';
import type { Article } from '../../lib/types';
import { loadSet } from '../data/engine/fixtures';

const rows = (xs: StoryCandidate[], only?: ReadonlySet<string>) =>
  xs.filter((x) => !only || only.has(x.article.id)).map(({ article, ...rest }) => ({ id: article.id, ...rest }));

describe('pool stage kept per compare', () => {
  afterEach(() => poolStageMemo(true));

  it('gives every later decision of an article in one compare the decision a fresh compare gives, whatever was asked first', async () => {
    const articles = [...(await loadSet('harbor')), ...(await loadSet('plague'))];
    const index = new MemoryIndex(articles);
    let reused = 0;
    for (const a of articles) {
      const first = (await findRelated(a, readOnce(index))).candidates;
      if (first.length < 2) continue;
      // One candidate asked about (a closure question), then the same article read in other ways.
      const one = new Set([first[1]!.article.id]);
      const some = new Set(first.slice(0, 3).map((c) => c.article.id));
      const asks: Array<{ opts: CompareOptions; only?: ReadonlySet<string> }> = [
        { opts: { decideOnly: one, relatedOnly: true }, only: one },
        { opts: { decideOnly: some, relatedOnly: true }, only: some },
        { opts: { relatedOnly: true } },
        { opts: { storyOnly: true } },
        { opts: {} },
      ];
      const once = readOnce(index);
      for (const { opts, only } of asks) {
        const kept = rows((await findRelated(a, once, opts)).candidates, only);
        const fresh = rows((await findRelated(a, readOnce(index), opts)).candidates, only);
        expect(kept).toEqual(fresh);
      }
      reused++;
    }
    expect(reused).toBeGreaterThan(5);
  });

  it('gives the same reports with the stage kept and without', async () => {
    const articles = [...(await loadSet('harbor')), ...(await loadSet('plague'))];
    const index = new MemoryIndex(articles);
    for (const a of articles) {
      poolStageMemo(false);
      const before = JSON.stringify(await compareArticle(a, index));
      poolStageMemo(true);
      expect(JSON.stringify(await compareArticle(a, index))).toBe(before);
    }
  });

  it('sees an article written or deleted between two compares of the same page', async () => {
    const articles = await loadSet('harbor');
    const index = new MemoryIndex(articles);
    // A page with a story of at least two other articles; the same page object compared again.
    let page: Article | null = null;
    let gone: Article | null = null;
    for (const a of articles) {
      const related = (await findRelated(a, readOnce(index))).candidates.filter((c) => c.related);
      if (related.length >= 2) {
        page = a;
        gone = related[0]!.article;
        break;
      }
    }
    expect(page).not.toBeNull();
    const reportOf = async (idx: MemoryIndex) => JSON.stringify(await compareArticle(page!, idx));
    const before = await reportOf(index);

    // Deleted: the second compare is that of an index that never held it.
    index.remove(gone!.id);
    const afterDelete = await reportOf(index);
    expect(afterDelete).not.toBe(before);
    expect(afterDelete).toBe(await reportOf(new MemoryIndex(articles.filter((x) => x.id !== gone!.id))));

    // Written back: the first report again.
    index.add(gone!);
    expect(await reportOf(index)).toBe(before);

    // Written with another text under the same id: the compare reads the new one.
    const changed: Article = { ...gone!, title: 'Local bakery wins regional bread prize', text: 'A local bakery won the regional bread prize on Sunday.', units: [] };
    index.add(changed);
    const afterWrite = await reportOf(index);
    expect(afterWrite).not.toBe(before);
    expect(afterWrite).toBe(await reportOf(new MemoryIndex(articles.map((x) => (x.id === gone!.id ? changed : x)))));
  });

  it('does not serve a decision with another candidate limit from the stage', async () => {
    const articles = [...(await loadSet('harbor')), ...(await loadSet('plague'))];
    const index = new MemoryIndex(articles);
    const a = articles[0]!;
    const once = readOnce(index);
    await findRelated(a, once, { candidateLimit: 40 });
    const small = rows((await findRelated(a, once, { candidateLimit: 3 })).candidates);
    expect(small.length).toBeLessThanOrEqual(3);
    expect(small).toEqual(rows((await findRelated(a, readOnce(index), { candidateLimit: 3 })).candidates));
  });
});
