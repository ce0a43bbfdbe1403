/**
 * facts12: what the report does not count as a fact (lib/engine/features.ts `reportFeatures`):
 * the standfirst, the paragraph of one or two sentences between a headline repeated as the body's first
 * line and the story (`standfirstOf`), and a photo caption whose only word in -ed follows an article
 * ("the proposed state visit": an adjective, `isCaption`). Text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { compareArticle, MemoryIndex } from '../../lib/engine';
import { featuresOf, isCaption, reportFeatures } from '../../lib/engine/features';
import { ingestFile } from '../../lib/ingest';

const textFile = (id: string, paragraphs: string[]) => ingestFile({ name: `${id}.txt`, content: paragraphs.join('\n\n') }).articles[0]!;
/** The texts of the units the report counts as facts. */
const facts = (paragraphs: string[]) => {
  const a = textFile('t', paragraphs);
  return reportFeatures(a, featuresOf(a)).filter((f) => f.fact).map((f) => f.unit.text);
};

const HEADLINE = 'Harlow council sues bridge builder over cracked river span.';
const STORY = [
  'The Harlow council filed a lawsuit on Monday against Stour Steel, the firm that built the Harlow river bridge, saying cracks found in March came from cheap steel.',
  'The council is seeking £4 million in damages to pay for repairs to the bridge, which has been closed to lorries since April.',
];

describe('the standfirst under a repeated headline is no fact (standfirstOf)', () => {
  it('one or two sentences between the headline and the story are not facts; the story is', () => {
    const standfirst = "A row over the town's crumbling crossing reaches the courts, two years after it opened.";
    expect(facts([HEADLINE, standfirst, ...STORY])).toEqual(STORY);
    const two = ['The council says the firm cut corners.', 'The firm says it did not.'];
    expect(facts([HEADLINE, two.join(' '), ...STORY])).toEqual(STORY);
  });

  it('a dateline opening the paragraph means the story has begun: it stays a fact', () => {
    const lede = `HARLOW, Essex — ${STORY[0]}`;
    expect(facts([HEADLINE, lede, STORY[1]!])).toEqual([lede, STORY[1]]);
  });

  it('a paragraph of three sentences is the story, and without a repeated headline the first paragraph is the story', () => {
    const three = ['The council sued Stour Steel on Monday.', 'It blames cheap steel for the cracks.', 'The firm denied the claim.'];
    expect(facts([HEADLINE, three.join(' '), STORY[1]!])).toEqual([...three, STORY[1]]);
    // The title is the file's first line ("Council takes…"), not repeated: the next line opens the story.
    const first = 'The council says the firm cut corners on the steel of the bridge.';
    expect(facts(['Council takes Stour Steel to court', first, ...STORY])).toEqual([first, ...STORY]);
  });

  it('the other outlet is not said to leave out the standfirst', async () => {
    const gazette = textFile('gazette', [
      HEADLINE,
      "A row over the town's crumbling crossing reaches the courts, two years after it opened.",
      ...STORY,
      'Stour Steel denied the claim and said the bridge was built to the approved design.',
      'Council leader Mary Okafor said residents had waited too long for answers about the Harlow river bridge.',
    ]);
    const courier = textFile('courier', [
      'Council takes Stour Steel to court over Harlow bridge cracks',
      'The Harlow council has sued Stour Steel, the company that built the Harlow river bridge, blaming cheap steel for the cracks found in March, in a lawsuit filed on Monday.',
      'The council wants £4 million in damages to repair the bridge, closed to lorries since April.',
      'Stour Steel said the bridge was built to the approved design and denied the claim.',
      'Council leader Mary Okafor said residents had waited too long for answers about the bridge.',
    ]);
    const index = new MemoryIndex([gazette, courier]);
    const read = await compareArticle(courier, index);
    expect(read.shared.length).toBeGreaterThan(0);
    expect(read.added.map((a) => a.text)).toEqual([]);
    expect((await compareArticle(gazette, index)).leftOut.map((l) => l.text)).toEqual([]);
  });
});

describe('a word in -ed after an article is an adjective in a caption (isCaption)', () => {
  it('a caption with "the proposed …" is a caption; a sentence whose verb is in -ed is not', () => {
    expect(isCaption('A protest in London last year against the proposed state visit to Britain of President Trump.')).toBe(true);
    expect(isCaption('A rescue worker beside an overturned lorry on the A12 near Harlow in 2019.')).toBe(true);
    expect(isCaption('The council proposed a state visit to Britain last year.')).toBe(false);
    expect(isCaption('Police questioned the injured driver of the lorry on the A12.')).toBe(false);
    expect(isCaption('A man injured in the crash near Harlow.')).toBe(false);
  });
});
