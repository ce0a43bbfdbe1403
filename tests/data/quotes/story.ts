/**
 * Quote tests over a story written for the test: the body goes through the real ingestion as a
 * Markdown file with front matter, and quotes are looked up by how their text starts.
 */
import { ingestFile } from '../../../lib/ingest/index';
import type { Quote } from '../../../lib/types';

/** The quotes ingestion finds in `body` (one article of the outlet "Test Ledger"). */
export function storyQuotes(body: string): Quote[] {
  const md = `---\ntitle: Test story\noutlet: Test Ledger\ndate: 2024-03-01\nurl: https://example.org/story\n---\n\n${body}`;
  return ingestFile({ name: 'story.md', content: md }).articles[0]!.quotes ?? [];
}

/** The speaker of the first quote whose text starts with `start` (direct quotes only unless `anyKind`); throws when there is none. */
export function speakerOf(qs: Quote[], start: string, anyKind = false): string | null {
  const q = qs.find((x) => (anyKind || x.kind === 'direct') && x.text.startsWith(start));
  if (!q) throw new Error(`no quote starting "${start}" in ${JSON.stringify(qs.map((x) => x.text))}`);
  return q.speaker;
}
