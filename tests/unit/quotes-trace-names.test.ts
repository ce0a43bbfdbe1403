/**
 * traceQuote across spellings of one speaker's name: outlets write a hyphenated given name with or without the hyphen
 * ("Ri Song-chol", "Ri Song Chol"). A reworded translation by the same speaker is an occurrence; a similar sentence by
 * someone else is not (trace30: on NewsWCL50 a translation of Kim Jong-un's words was dropped as "another speaker").
 */
import { describe, expect, it } from 'vitest';
import { openMemoryCorpus } from '../../cli/memory-corpus';
import { ingestFile } from '../../lib/ingest/index';
import { traceQuote } from '../../lib/quotes/trace';

const md = (outlet: string, body: string) =>
  `---\ntitle: Harbour minister on the fishing fleet\noutlet: ${outlet}\ndate: 2025-05-02\nurl: https://${outlet.toLowerCase().replace(/\W+/g, '')}.example/fleet\n---\n\n${body}`;

const FILES: Record<string, string> = {
  'north.md': md(
    'North Ledger',
    `The harbour ministry announced on Friday that the northern fleet would stay in port for the rest of the season.

"The northern fleet has finished its work for this year and will rest until the spring thaw," harbour minister Ri Song-chol said at a meeting in the capital.

Fishing crews had expected the order for weeks.`,
  ),
  'coast.md': md(
    'Coast Wire',
    `Fishing boats in the north will stay tied up until spring, the harbour ministry said on Friday.

"The northern fleet has completed its mission this year and shall rest until the thaw of spring," harbour minister Ri Song Chol told a meeting in the capital, according to a translation by the state news agency.

Crews said the order came as no surprise.`,
  ),
  'island.md': md(
    'Island Post',
    `On the islands, the harbour board met on Friday to discuss the winter season.

"The southern fleet has finished its work for this year and will rest until the spring," said Pak Min-ho, who chairs the island harbour board.

The board will meet again in March.`,
  ),
};

describe('tracing a quote across spellings of its speaker’s name', () => {
  it('lists the translation by "Ri Song Chol" as the words of "Ri Song-chol", not the island chairman’s sentence', async () => {
    const articles = Object.entries(FILES).flatMap(([name, content]) => ingestFile({ name, content }).articles);
    const corpus = await openMemoryCorpus(articles);
    const from = articles.find((a) => a.id.startsWith('north'))!;
    const t = await traceQuote('The northern fleet has finished its work for this year and will rest until the spring thaw', corpus, { from });
    corpus.close();
    expect(t.speaker).toBe('Ri Song-chol');
    const ids = t.occurrences.map((o) => o.id.replace(/_.*/, ''));
    expect(ids).toContain('coast');
    expect(ids).not.toContain('island');
    expect(t.occurrences.find((o) => o.id.startsWith('coast'))!.kind).toBe('variant');
  });
});
