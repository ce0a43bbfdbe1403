/**
 * lead30: a text imported with no headline gets its title from its first sentence (lib/ingest/article.ts), and the
 * report's "headline repeated as the body's first line" rule (lib/engine/features.ts `reportFeatures`) then found that
 * sentence "repeated". The line is read as a headline only when its paragraph, from it on, is headline-length and
 * opens with no dateline; a lead sentence and its paragraph stay facts. Text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { compareArticle, MemoryIndex } from '../../lib/engine';
import { DERIVED_HEADLINE, featuresOf, reportFeatures } from '../../lib/engine/features';
import { ingestFile } from '../../lib/ingest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Corpus } from '../../lib/store/corpus';
import { titleDerived } from '../../lib/ingest/warnings';

const textFile = (id: string, paragraphs: string[], ext = 'txt') => ingestFile({ name: `${id}.${ext}`, content: paragraphs.join('\n\n') + '\n' }).articles[0]!;
const facts = (a: ReturnType<typeof textFile>) => reportFeatures(a, featuresOf(a)).filter((f) => f.fact).map((f) => f.unit.text);

// Under 110 characters, so the derived title is the whole sentence (a longer one is cut with "…" and never matched).
const LEAD = 'A ferry with 212 passengers ran aground off Mersea on Saturday, and lifeboat crews took all of them ashore.';
const SECOND = 'The coastguard said two passengers were treated for mild hypothermia.';
const REST = [
  'The operator, Blackwater Ferries, said the vessel had lost steering in strong winds shortly after leaving Brightlingsea.',
  'Salvage teams expect to refloat the ferry at high tide on Monday.',
];

describe('a text with no headline keeps its first sentence', () => {
  it('a one-sentence lead paragraph and the paragraph under it are facts', () => {
    const a = textFile('lead', [LEAD, SECOND, ...REST]);
    expect(LEAD.length).toBeLessThanOrEqual(110);
    expect(LEAD.split(' ').length).toBeGreaterThan(DERIVED_HEADLINE.maxWords);
    expect(a.warnings.some((w) => w.startsWith('no headline found'))).toBe(true);
    expect(facts(a)).toEqual([LEAD, SECOND, ...REST]);
  });

  it('a short first sentence inside a longer paragraph is no headline: the paragraph stays', () => {
    const para = ['A ferry ran aground off Mersea on Saturday.', 'All 212 passengers were taken ashore by lifeboat crews.', 'Nobody was badly hurt.'];
    expect(facts(textFile('para', [para.join(' '), ...REST]))).toEqual([...para, ...REST]);
  });

  it('a short lead opening with a dateline is the story, not a headline', () => {
    const lede = 'MERSEA, Essex — A ferry ran aground on a sandbank on Saturday.';
    expect(facts(textFile('dateline', [lede, SECOND, ...REST]))).toEqual([lede, SECOND, ...REST]);
  });

  it('a headline line written with a full stop, and the standfirst under it, are still no facts', () => {
    const headline = 'Ferry runs aground off Mersea; all passengers rescued.';
    const standfirst = 'Lifeboats bring 212 people ashore after the vessel loses steering.';
    expect(headline.split(' ').length).toBeLessThanOrEqual(DERIVED_HEADLINE.maxWords);
    expect(facts(textFile('head', [headline, standfirst, LEAD, ...REST]))).toEqual([LEAD, ...REST]);
  });

  it('a title given by the file is no derived title: its copy in the body goes whatever its length', () => {
    const title = 'Ferry carrying more than two hundred passengers runs aground on a sandbank off Mersea and all on board are rescued';
    expect(title.split(' ').length).toBeGreaterThan(DERIVED_HEADLINE.maxWords);
    const a = ingestFile({ name: 'fm.md', content: ['---', `title: "${title}"`, '---', `${title}.`, '', LEAD, '', ...REST.flatMap((r) => [r, ''])].join('\n') }).articles[0]!;
    expect(facts(a)).not.toContain(`${title}.`);
    expect(facts(a)).toEqual(expect.arrayContaining(REST));
  });

  it('another outlet telling the same lead is not said to have left it out', async () => {
    const island = textFile('island', [LEAD, SECOND, ...REST]);
    const courier = textFile('courier', [
      'Mersea ferry runs aground',
      'A ferry carrying 212 passengers ran aground off Mersea on Saturday evening, and lifeboat crews took all of them ashore.',
      'The operator, Blackwater Ferries, said the ship lost steering in strong winds shortly after it left Brightlingsea.',
      'Salvage teams expect to refloat the vessel at high tide on Monday.',
    ]);
    const read = await compareArticle(courier, new MemoryIndex([island, courier]));
    expect(read.shared.length).toBeGreaterThan(0);
    expect(read.leftOut.map((l) => l.text)).toEqual([]);
  });
});

describe('a stored headline is kept when the same article comes again without one', () => {
  it('the merged article has the headline and is no longer a text "with no headline"', async () => {
    const c = await Corpus.open({ indexedDB: new IDBFactory(), IDBKeyRange, name: 'lead30' });
    const url = 'https://news.example/mersea-ferry';
    const page = { ...textFile('page', [LEAD, SECOND, ...REST]), title: 'Ferry runs aground off Mersea', warnings: [], url };
    await c.upsert([page]);
    const bare = { ...textFile('bare', [LEAD, SECOND, ...REST]), url };
    expect(titleDerived(bare)).toBe(true);
    await c.upsert([bare]);
    const stored = (await c.get(page.id))!;
    expect(stored.title).toBe('Ferry runs aground off Mersea');
    expect(titleDerived(stored)).toBe(false);
    expect(facts(stored)).toEqual([LEAD, SECOND, ...REST]);
  });
});
