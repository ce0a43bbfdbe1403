/**
 * traceQuote with the selection's article known lists what stands in that article's story (compare's story decision):
 * the same words in another event's article are a stock phrase there, not where the quote went (trace32: on local news
 * "in the wrong place at the wrong time" was listed from other shootings). A long quote printed word for word in a
 * later story is still listed: a reader tracing a quote wants where else it was printed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { traceQuote } from '../../lib/quotes/trace';
import type { Article } from '../../lib/types';
import { traceCorpus, type TraceCorpus } from '../data/quotes/trace-corpus';

const md = (title: string, outlet: string, date: string, body: string) =>
  `---\ntitle: ${title}\noutlet: ${outlet}\ndate: ${date}\nurl: https://${outlet.toLowerCase().replace(/\W+/g, '')}.example/${date}\n---\n\n${body}`;

const FILES: Record<string, string> = {
  'mill-ledger.md': md(
    'Fire destroys Brackwater flour mill, two workers hurt',
    'Brackwater Ledger',
    '2025-03-04',
    `A fire destroyed the old flour mill on Canal Street in Brackwater early on Monday, and two night-shift workers were taken to St. Anselm Hospital with burns.

Fire chief Odalys Verhoeven said 46 firefighters from four stations fought the blaze for six hours. "We are simply grateful that everyone got out of that building alive," Verhoeven said.

"The dust in a flour mill burns like fuel, and once the roof went we had to fight it from the outside," she added.

The mill, built in 1911, had been bought by the Harlow Grain Cooperative last year. Investigators from the state fire marshal's office were at the site on Tuesday.`,
  ),
  'mill-courier.md': md(
    'Two hurt as blaze guts Canal Street mill in Brackwater',
    'Valley Courier',
    '2025-03-04',
    `Two workers were injured when fire tore through the Harlow Grain Cooperative's flour mill on Canal Street in Brackwater on Monday morning.

Both were treated at St. Anselm Hospital for burns, according to Brackwater fire chief Odalys Verhoeven, who said 46 firefighters spent six hours on the blaze.

"The dust in a flour mill burns like fuel, and once the roof went we had to fight it from the outside," Verhoeven said. "We are grateful everyone got out of that building alive."

The state fire marshal's office is investigating the cause of the fire at the 1911 mill.`,
  ),
  'barn-gazette.md': md(
    'Horses rescued as barn burns near Tilsley',
    'Tilsley Gazette',
    '2025-06-19',
    `A barn on the Oakhollow horse farm outside Tilsley burned to the ground on Wednesday night, but all eleven horses were led out by neighbours before the roof collapsed.

"We are simply grateful that everyone got out alive," said the farm's owner, Priya Castellanos, standing beside the paddock on Thursday.

Tilsley volunteer firefighters said the fire may have started in a hay dryer. No one was hurt.`,
  ),
  'mill-review.md': md(
    'Brackwater asks what comes after the mill fire',
    'Harbor Review',
    '2025-04-28',
    `Eight weeks after the Canal Street fire, the Harlow Grain Cooperative has not said whether it will rebuild its Brackwater mill.

At the time, the town's fire chief had warned: "The dust in a flour mill burns like fuel, and once the roof went we had to fight it from the outside." The cooperative's board meets in May.`,
  ),
};

let articles: Article[];
let corpus: TraceCorpus;

beforeAll(async () => {
  ({ articles, corpus } = await traceCorpus(FILES));
});
afterAll(() => corpus?.close());

const byOutlet = (outlet: string) => articles.find((a) => a.outlet === outlet)!;

describe('traceQuote within the story of the selection’s article', () => {
  it('does not list the same short phrase said about another event', async () => {
    const from = byOutlet('Brackwater Ledger');
    const t = await traceQuote('grateful that everyone got out', corpus, { from });
    const outlets = t.occurrences.map((o) => o.outlet);
    expect(outlets).toContain('Valley Courier');
    expect(outlets).not.toContain('Tilsley Gazette');
  });

  it('still lists a long quote printed word for word in a later story', async () => {
    const from = byOutlet('Brackwater Ledger');
    const t = await traceQuote('The dust in a flour mill burns like fuel, and once the roof went we had to fight it from the outside', corpus, { from });
    const outlets = t.occurrences.map((o) => o.outlet);
    expect(outlets).toContain('Valley Courier');
    expect(outlets).toContain('Harbor Review');
  });
});
