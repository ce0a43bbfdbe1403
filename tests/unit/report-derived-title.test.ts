/**
 * A text with no headline (Multi-News, pasted text) gets a title derived from its first sentence. Read as a page
 * in the browser, the report must keep that page's lead: served with the derived sentence as its `<h1>` the page
 * read it as a headline and dropped the rest of its lead paragraph and the next one (audit71 §4); served with no
 * headline of it (the audit harness, bench/audit62-shots.ts `headlineless`), the extension derives and marks the
 * title as the ingest does, and the lead is the page's own text (docs/notes/audit74.md §2).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeParseHtml } from '../../cli/node-env';
import { extractPage } from '../../lib/extract';
import { isNotArticle } from '../../lib/extension/protocol';
import { ingestFile } from '../../lib/ingest';
import { articleFromExtracted } from '../../lib/ingest/article';
import { titleDerived } from '../../lib/ingest/warnings';
import { featuresOf, reportFeatures } from '../../lib/engine/features';
import { startNewsSite, type NewsSite } from '../../scripts/news-site';
import { headlineless } from '../../bench/audit62-shots';
import type { Article } from '../../lib/types';

const TEXT = [
  'Ferry fares on the Lindholm crossing rose by a third on Monday after the operator cited fuel costs. A return ticket now costs $18.60, up from $14.00 last week.',
  'Commuters queued at the Brekke terminal to buy monthly passes before the change, and the operator said it sold 2,300 of them in two days.',
  'The county council will debate a subsidy for daily commuters on Thursday, its chair, Ingrid Solberg, said.',
  'Solberg said the council had not been told of the rise in advance. "We learned it from the passengers," she said.',
  'The operator, Nordvik Lines, said the fares would be reviewed in the spring if fuel prices fell.',
].join('\n\n');

const corpus = ingestFile({ name: 'lindholm.txt', content: TEXT }).articles[0]!;
const facts = (a: Article): string[] => reportFeatures(a, featuresOf(a)).filter((f) => f.fact).map((f) => f.unit.text);
let site: NewsSite;
beforeAll(async () => {
  site = await startNewsSite({ articles: [corpus], wire: [] });
});
afterAll(() => site.close());

async function served(rewrite: (html: string) => string): Promise<Article> {
  const html = rewrite(await (await fetch(site.url(corpus.id))).text());
  const page = extractPage(nodeParseHtml(html) as unknown as Document, site.url(corpus.id));
  if (isNotArticle(page)) throw new Error(page.reason);
  return articleFromExtracted(page);
}

describe('a page whose title was derived from its first sentence', () => {
  it('is read as the corpus reads it: the lead paragraph and the one after it stay facts', async () => {
    expect(titleDerived(corpus)).toBe(true);
    const page = await served(headlineless);
    expect(titleDerived(page)).toBe(true);
    expect(page.text).toBe(corpus.text);
    expect(facts(page)).toEqual(facts(corpus));
    expect(facts(page)).toContain('A return ticket now costs $18.60, up from $14.00 last week.');
    expect(facts(page).some((t) => t.startsWith('Commuters queued'))).toBe(true);
  });

  it('served with that sentence as its headline, loses its lead (the artifact the harness no longer makes)', async () => {
    const page = await served((html) => html);
    expect(titleDerived(page)).toBe(false);
    expect(facts(page)).not.toContain('A return ticket now costs $18.60, up from $14.00 last week.');
    expect(facts(page).some((t) => t.startsWith('Commuters queued'))).toBe(false);
  });

  it('read again under the same id once its title is marked derived, keeps its lead (no stale reading of it)', () => {
    const unmarked: Article = { ...corpus, warnings: [] };
    expect(facts(unmarked)).not.toContain('A return ticket now costs $18.60, up from $14.00 last week.');
    expect(facts(corpus)).toContain('A return ticket now costs $18.60, up from $14.00 last week.');
  });
});
