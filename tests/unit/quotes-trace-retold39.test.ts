/**
 * traceQuote lists a quote an outlet of the same story retells in its own words, as the report would pair the two
 * sentences (align.ts `sameFact`), when the retelling is the same person's (trace39): "Mayor X said the river would
 * crest…" for the mayor's quote. Not a sentence on the same subject by someone else, nor the same person saying
 * something else, nor the retelling of a quote whose "speaker" is a role ("a spokesman").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpusDir } from '../../cli/load';
import { openMemoryCorpus } from '../../cli/memory-corpus';
import { ingestFile } from '../../lib/ingest/index';
import { extractQuotes } from '../../lib/quotes/extract';
import { isPersonName, traceQuote } from '../../lib/quotes/trace';
import type { Article } from '../../lib/types';

const md = (title: string, outlet: string, body: string) =>
  `---\ntitle: ${title}\noutlet: ${outlet}\ndate: 2025-11-06\nurl: https://${outlet.toLowerCase().replace(/\W+/g, '')}.example/flood\n---\n\n${body}`;

const QUOTE = 'The Varna will crest at nine metres on Thursday night and every house below Mill Street has to be empty by noon';

const FILES: Record<string, string> = {
  'flood-herald.md': md(
    'Lower Kestrin told to leave as the Varna rises',
    'Kestrin Herald',
    `Residents of lower Kestrin were ordered on Wednesday to leave their homes before the Varna river reaches its highest level in forty years.

"${QUOTE}," Mayor Ingrid Talvela told reporters at the town hall.

Sandbags were handed out at the fire station on Quay Road, and the county opened two shelters at Kestrin High School and the sports hall.

Hydrologist Bram Okafor of the river authority said the rain over the Selby hills had not stopped since Sunday.`,
  ),
  'flood-post.md': md(
    'Kestrin orders evacuation of lower town ahead of Varna flood peak',
    'Riverside Post',
    `Kestrin's lower town is being evacuated as the Varna river rises after four days of rain over the Selby hills.

Mayor Ingrid Talvela said the river would crest at nine metres on Thursday night and that every house below Mill Street must be empty by noon.

Two shelters have opened at Kestrin High School and the sports hall, and sandbags are available at the Quay Road fire station.

Talvela also said the town would ask the county for flood relief money next week.`,
  ),
  'flood-star.md': md(
    'Varna flood: Kestrin shelters open as river climbs',
    'County Star',
    `Shelters opened in Kestrin on Wednesday as the Varna river climbed toward its highest level in forty years.

River authority hydrologist Bram Okafor said the Varna would crest at nine metres on Thursday night, and that the Selby hills had had rain since Sunday.

Mayor Ingrid Talvela thanked the volunteers who filled sandbags at the Quay Road fire station.`,
  ),
};

let articles: Article[];
let corpus: Awaited<ReturnType<typeof openMemoryCorpus>>;

beforeAll(async () => {
  const seeds = (await loadCorpusDir('seeds')).articles;
  const own = Object.entries(FILES).flatMap(([name, content]) => ingestFile({ name, content }).articles);
  articles = [...seeds, ...own].map((a) => ({ ...a, quotes: extractQuotes(a) }));
  corpus = await openMemoryCorpus(articles);
}, 120_000);
afterAll(() => corpus?.close());

const byOutlet = (outlet: string) => articles.find((a) => a.outlet === outlet)!;

describe('traceQuote finds a quote retold by the same person inside the story', () => {
  it('lists the mayor’s words retold in reported speech, with its diff', { timeout: 120_000 }, async () => {
    const t = await traceQuote(QUOTE, corpus, { from: byOutlet('Kestrin Herald') });
    expect(t.speaker).toContain('Talvela');
    const post = t.occurrences.find((o) => o.outlet === 'Riverside Post');
    expect(post?.kind).toBe('paraphrase');
    expect(post?.text).toContain('Mill Street must be empty by noon');
    expect(post?.diff.some((d) => d.op !== 'equal')).toBe(true);
  });

  it('does not list the same claim told by someone else', { timeout: 120_000 }, async () => {
    const t = await traceQuote(QUOTE, corpus, { from: byOutlet('Kestrin Herald') });
    expect(t.occurrences.map((o) => o.outlet)).not.toContain('County Star');
  });

  it('reads roles and bodies as no person', () => {
    expect(isPersonName('Ingrid Talvela')).toBe(true);
    expect(isPersonName('a police spokesman')).toBe(false);
    expect(isPersonName('Millbrook Police')).toBe(false);
  });
});
