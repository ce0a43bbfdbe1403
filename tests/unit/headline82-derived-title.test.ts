/**
 * A text with no headline gets its title from its first body line (lib/ingest/article.ts); that title names the article in
 * the corpus table, in "Missing from …" and on a card whose outlet is unknown. A line that is only a web address or only a
 * bracketed server line ("www.whyslopes.com", "[an error occurred while processing this directive]": CleanEval pages read
 * as fragments) names no article; a story cut by its writer with "..." is shown with its three full stops, not two
 * ("A lion was shot dead in Kenya on Wednesday..", a Multi-News caption; docs/notes/headline82.md).
 */
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../lib/ingest';
import { titleDerived } from '../../lib/ingest/warnings';
import type { Article } from '../../lib/types';

const STORY = [
  'Ferry fares on the Lindholm crossing rose by a third on Monday after the operator, Nordvik Lines, cited fuel costs. A return ticket now costs $18.60.',
  'Commuters queued at the Brekke terminal to buy monthly passes before the change, and the operator said it sold 2,300 of them in two days.',
  'The county council will debate a subsidy for daily commuters on Thursday, its chair, Ingrid Solberg, said.',
];
const ingest = (paras: string[]): Article => ingestFile({ name: 'lindholm.txt', content: paras.join('\n\n') }).articles[0]!;

describe('a derived title', () => {
  it('skips a line that is only a web address', () => {
    const a = ingest(['www.lindholm-ferries.example', ...STORY]);
    expect(titleDerived(a)).toBe(true);
    expect(a.title.startsWith('Ferry fares on the Lindholm crossing')).toBe(true);
    // The line stays in the text.
    expect(a.units.some((u) => u.text === 'www.lindholm-ferries.example')).toBe(true);
  });

  it('skips a bracketed server line', () => {
    const a = ingest(['[an error occurred while processing this directive]', ...STORY]);
    expect(a.title.startsWith('Ferry fares on the Lindholm crossing')).toBe(true);
  });

  it('skips a line with no letter or digit', () => {
    const a = ingest(['|', ...STORY]);
    expect(a.title.startsWith('Ferry fares on the Lindholm crossing')).toBe(true);
  });

  it("keeps the writer's ellipsis of a line cut short", () => {
    // An agency picture's caption as Multi-News keeps it: its place-and-date sentence is skipped (headline81), its second
    // sentence was cut by the page with "..." before the credit.
    const a = ingest(['The ferry Nordlys is seen at the Brekke terminal, in Lindholm, Norway Monday, March 30, 2026. The ferry Nordlys left the Brekke terminal on Monday... (Associated Press)', ...STORY]);
    expect(titleDerived(a)).toBe(true);
    expect(a.title).toBe('The ferry Nordlys left the Brekke terminal on Monday...');
  });

  it('still drops the closing full stop of a whole sentence', () => {
    const a = ingest(['The ferry Nordlys left the Brekke terminal on Monday.', ...STORY]);
    expect(a.title).toBe('The ferry Nordlys left the Brekke terminal on Monday');
  });
});
