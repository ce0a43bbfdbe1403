/**
 * A summary is never a source of "left out" (issue 11 item 1; lib/engine/report.ts): a feed item
 * kept as its teaser (Article.summaryOnly) says almost nothing of the story, so comparing a full
 * article with it must not list the article's facts as left out by that outlet. The harbor story
 * (tests/data/engine/harbor) gives the full articles; the teaser is the first paragraph of one of them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compareArticle, MemoryIndex } from '../../lib/engine';
import { ingestFile } from '../../lib/ingest';
import type { Article, Report } from '../../lib/types';
import { byPrefix, loadSet } from '../data/engine/fixtures';

function teaserOf(full: Article, summaryOnly: boolean): Article {
  const first = full.text.split('\n\n').slice(0, 2).join('\n\n');
  const file = `---\ntitle: ${JSON.stringify(full.title)}\noutlet: "Teaser Post"\nurl: "https://teaser-post.example/harbor"\ndate: ${full.date}\n---\n${first}\n`;
  const a = ingestFile({ name: 'teaser.md', content: file }).articles[0]!;
  return summaryOnly ? { ...a, summaryOnly: true } : a;
}

const leftOutBy = (r: Report, id: string) => r.leftOut.filter((l) => l.missingFrom.includes(id));

describe('comparing a full article with a summary-only one', () => {
  let full: Article;
  let others: Article[];
  beforeAll(async () => {
    const harbor = await loadSet('harbor');
    full = byPrefix(harbor, 'h1');
    others = harbor.filter((a) => a.id !== full.id);
  });

  it('lists none of the article facts as left out by the summary, and marks it "summary only"', async () => {
    const teaser = teaserOf(byPrefix(others, 'h2'), true);
    const r = await compareArticle(full, new MemoryIndex([full, teaser]));
    const rel = r.related.find((x) => x.id === teaser.id);
    expect(rel, 'the teaser is found as the same story').toBeDefined();
    expect(rel!.summaryOnly).toBe(true);
    expect(leftOutBy(r, teaser.id)).toEqual([]);
    expect(r.leftOut).toEqual([]);
    // What the summary does say still counts as shared.
    expect(r.shared.some((s) => s.sources.some((x) => x.id === teaser.id))).toBe(true);
  });

  it('the same teaser not marked as a summary is said to leave facts out (the filter is what changes it)', async () => {
    const teaser = teaserOf(byPrefix(others, 'h2'), false);
    const r = await compareArticle(full, new MemoryIndex([full, teaser]));
    expect(r.related.some((x) => x.id === teaser.id)).toBe(true);
    expect(leftOutBy(r, teaser.id).length).toBeGreaterThan(2);
  });

  it('beside full articles, a summary neither adds to "left out" nor to the count of outlets that could leave a fact out', async () => {
    const teaser = teaserOf(byPrefix(others, 'h2'), true);
    const fulls = others.filter((a) => !a.id.startsWith('h2'));
    const withTeaser = await compareArticle(full, new MemoryIndex([full, ...fulls, teaser]));
    const without = await compareArticle(full, new MemoryIndex([full, ...fulls]));
    expect(withTeaser.leftOut.every((l) => !l.missingFrom.includes(teaser.id))).toBe(true);
    const key = (r: Report) => r.leftOut.map((l) => `${l.i}:${l.missingFrom.join(',')}:${l.total}`).sort();
    expect(key(withTeaser)).toEqual(key(without));
  });
});
