/**
 * traceQuote and a quote retold in an outlet's own words: a long quote whose speaker, a person, is named in the same
 * sentence or the sentence before it in the other article is judged by the ordinary rules (trace32); a plain-text
 * sentence on the subject with the speaker named only elsewhere in the article, or a quote whose "speaker" is a role,
 * still needs a near word-for-word match.
 */
import { describe, expect, it } from 'vitest';
import { openMemoryCorpus } from '../../cli/memory-corpus';
import { ingestFile } from '../../lib/ingest/index';
import { isPersonName, traceQuote } from '../../lib/quotes/trace';

const md = (outlet: string, title: string, body: string) =>
  `---\ntitle: ${title}\noutlet: ${outlet}\ndate: 2025-10-12\nurl: https://${outlet.toLowerCase().replace(/\W+/g, '')}.example/barn\n---\n\n${body}`;

const TITLE = 'Fire destroys grain barn outside Millbrook';
const QUOTE = 'The old grain barn is a total loss and the county will have to pull it down before the first snow';

const source = md(
  'Millbrook Courier',
  TITLE,
  `A fire destroyed a grain barn on Orchard Road outside Millbrook late on Saturday, and no one was hurt.

"${QUOTE}," fire chief Dana Whitfield said on Sunday morning.

Crews from three stations fought the flames for five hours.`,
);

// The same statement in the outlet's words, Whitfield named in the sentence before it.
const retold = md(
  'Valley Gazette',
  TITLE,
  `Crews from three stations fought a barn fire on Orchard Road outside Millbrook for five hours on Saturday night.

Fire chief Dana Whitfield walked the site on Sunday. The old barn was a total loss and the county would have to pull it down before the first snow.

Nobody was injured.`,
);

// A sentence on the same subject, Whitfield named only at the far end of the article.
const elsewhere = md(
  'River Times',
  TITLE,
  `The old grain barn on Orchard Road is gone, and the county will pull the rest of it down before the snow comes, neighbours expect.

Crews from three stations fought the flames outside Millbrook for five hours on Saturday night.

No one was hurt. The farm's owner could not be reached. Fire chief Dana Whitfield led the crews.`,
);

describe('tracing a quote retold in plain text', () => {
  it('lists the outlet’s retelling beside the speaker’s name, not a same-subject sentence with the name far away', async () => {
    const articles = [
      ...ingestFile({ name: 'courier.md', content: source }).articles,
      ...ingestFile({ name: 'gazette.md', content: retold }).articles,
      ...ingestFile({ name: 'times.md', content: elsewhere }).articles,
    ];
    const corpus = await openMemoryCorpus(articles);
    const from = articles.find((a) => a.id.startsWith('courier'))!;
    const t = await traceQuote(QUOTE, corpus, { from });
    corpus.close();
    expect(t.speaker).toBe('Dana Whitfield');
    const ids = t.occurrences.map((o) => o.id.replace(/_.*/, ''));
    expect(ids).toContain('gazette');
    expect(ids).not.toContain('times');
    expect(t.occurrences.find((o) => o.id.startsWith('gazette'))!.kind).toBe('paraphrase');
  });

  it('does not take a role or a body for a person’s name', () => {
    expect(isPersonName('Dana Whitfield')).toBe(true);
    expect(isPersonName('Whitfield')).toBe(true);
    expect(isPersonName('the company’s CEO')).toBe(false);
    expect(isPersonName('a fire department spokesman')).toBe(false);
    expect(isPersonName('Millbrook Police')).toBe(false);
  });
});
