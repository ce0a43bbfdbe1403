/** An article written for a quote test: the body under fixed front matter, ingested as a file is. */
import { ingestFile } from '../../../lib/ingest/index';
import { extractQuotes } from '../../../lib/quotes/extract';
import type { Article, Quote } from '../../../lib/types';

export function storyArticle(body: string): Article {
  const md = `---\ntitle: Test story\noutlet: Test Ledger\ndate: 2024-03-01\nurl: https://example.org/story\n---\n\n${body}`;
  return ingestFile({ name: 'story.md', content: md }).articles[0]!;
}

/** The direct quote whose text starts with `start`; throws when there is none. */
export function quoteStarting(qs: Quote[], start: string): Quote {
  const q = qs.find((x) => x.kind === 'direct' && x.text.startsWith(start));
  if (!q) throw new Error(`no quote starting "${start}"`);
  return q;
}

/** The speaker the engine gives the direct quote of `a` that starts with `start`. */
export function speakerOf(a: Article, start: string): string | null {
  return quoteStarting(extractQuotes(a), start).speaker;
}
