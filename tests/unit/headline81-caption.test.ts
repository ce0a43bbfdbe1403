/**
 * A text with no headline gets its title from its first body line (lib/ingest/article.ts). A text that opens with its
 * picture's label, credit and caption — a BBC story as Multi-News keeps it: "Image copyright Getty Images Image caption
 * …" — showed that furniture as the page's headline on the panel (docs/notes/audit79.md §2, mn95). The headline is the
 * first body line that is not a picture's label, credit or caption (the forms the report reads as no fact; audit80 §5,
 * docs/notes/headline81.md). Nor is a line that is only a web address or a bracketed server line ("www.whyslopes.com", "[an
 * error occurred while processing this directive]": CleanEval pages read as fragments) or a line with no letter or digit, and
 * a story cut by its writer with "..." keeps its three full stops, not two (docs/notes/headline82.md).
 */
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../lib/ingest';
import { titleDerived } from '../../lib/ingest/warnings';
import { featuresOf, reportFeatures } from '../../lib/engine/features';
import type { Article } from '../../lib/types';

const LEAD = 'Ferry fares on the Lindholm crossing rose by a third on Monday after the operator, Nordvik Lines, cited fuel costs.';
const STORY = [
  `${LEAD} A return ticket now costs $18.60, up from $14.00 last week.`,
  'Commuters queued at the Brekke terminal to buy monthly passes before the change, and the operator said it sold 2,300 of them in two days.',
  'The county council will debate a subsidy for daily commuters on Thursday, its chair, Ingrid Solberg, said.',
];
const ingest = (paras: string[]): Article => ingestFile({ name: 'lindholm.txt', content: paras.join('\n\n') }).articles[0]!;
const facts = (a: Article): string[] => reportFeatures(a, featuresOf(a)).filter((f) => f.fact).map((f) => f.unit.text);

describe('a derived headline', () => {
  it('skips an opening image credit and caption for the story\'s first line', () => {
    const a = ingest(['Image copyright Getty Images Image caption The ferry Nordlys leaving the Brekke terminal in March', ...STORY]);
    expect(titleDerived(a)).toBe(true);
    expect(a.title).not.toMatch(/Image|Getty|Nordlys/);
    expect(a.title.startsWith('Ferry fares on the Lindholm crossing rose by a third')).toBe(true);
    // The lead is still told as a fact of the page (the title repeats it; its paragraph is no headline).
    expect(facts(a)).toContain(LEAD);
  });

  it('skips an agency picture credit opening the text', () => {
    const a = ingest(['Karin Holt/AP The ferry Nordlys leaving the Brekke terminal.', ...STORY]);
    expect(a.title.startsWith('Ferry fares on the Lindholm crossing')).toBe(true);
  });

  it('takes no picture agency credit and caption for a headline', () => {
    const a = ingest(['Getty Images Nordvik Lines chief Ola Brekke', ...STORY]);
    expect(a.title.startsWith('Ferry fares on the Lindholm crossing')).toBe(true);
    // The credit stays in the text, read as no fact.
    expect(facts(a)).not.toContain('Getty Images Nordvik Lines chief Ola Brekke');
  });

  it('keeps a short first line that is a headline', () => {
    expect(ingest(['Ferry fares rise by a third on Lindholm crossing', ...STORY]).title).toBe('Ferry fares rise by a third on Lindholm crossing');
  });

  it('keeps the first sentence of a text that opens with its story', () => {
    expect(ingest(STORY).title.startsWith('Ferry fares on the Lindholm crossing')).toBe(true);
  });
});

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
