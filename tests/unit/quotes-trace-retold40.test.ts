/**
 * traceQuote lists a quote another outlet of the same story retells in its own frame (trace40): "I will not resign
 * over a report I have not even been allowed to read" → "Ostrova said she would not resign over a report she had not
 * been allowed to read". Not the same words said by someone else, and not the speaker saying something else.
 */
import { describe, expect, it } from 'vitest';
import { traceQuote } from '../../lib/quotes/trace';
import { traceWorld } from '../data/quotes/trace-corpus';

const md = (title: string, outlet: string, body: string) =>
  `---\ntitle: ${title}\noutlet: ${outlet}\ndate: 2025-10-14\nurl: https://${outlet.toLowerCase().replace(/\W+/g, '')}.example/ostrova\n---\n\n${body}`;

const QUOTE = 'I will not resign over a report I have not even been allowed to read, and I have done nothing wrong';

const FILES: Record<string, string> = {
  'ostrova-courier.md': md(
    'Varnholm mayor Lena Ostrova refuses to quit over harbour contract report',
    'Varnholm Courier',
    `Varnholm mayor Lena Ostrova refused on Monday to step down after the regional audit office sent the council its report on the harbour dredging contract.

"${QUOTE}," Ostrova told reporters outside the town hall.

The audit office says the contract, worth 4.2 million euros, was awarded to Brekke Marine without a public tender in 2023.

The council will debate a motion of no confidence in the mayor on Thursday evening.`,
  ),
  'ostrova-post.md': md(
    'Varnholm mayor rejects calls to quit as harbour audit lands',
    'Nordkyst Post',
    `The mayor of Varnholm faces a motion of no confidence on Thursday after an audit of the harbour dredging contract.

Asked about the audit on Monday, Ostrova said she had done nothing wrong. She will stay on until the council has read it.

The audit office found that the 4.2 million euro contract went to Brekke Marine in 2023 without a public tender.

Ostrova also said the town would publish every harbour contract of the last ten years.`,
  ),
  'ostrova-times.md': md(
    'Harbour audit: Varnholm council to vote on mayor Ostrova',
    'Fjordside Times',
    `Varnholm's council will vote on Thursday on a motion of no confidence in mayor Lena Ostrova after an audit of the harbour dredging contract.

Councillor Paul Dreyer said he would not resign over a report he had not even been allowed to read.

The 4.2 million euro contract went to Brekke Marine in 2023 without a public tender, the audit office found.`,
  ),
};

const { byOutlet, corpus } = traceWorld(FILES);

describe('traceQuote finds a quote retold in reported speech by the same person inside the story', () => {
  it('lists the mayor’s words retold in the third person and the past, with a diff, and not the councillor’s', { timeout: 120_000 }, async () => {
    const t = await traceQuote(QUOTE, corpus(), { from: byOutlet('Varnholm Courier') });
    expect(t.speaker).toContain('Ostrova');
    const post = t.occurrences.find((o) => o.outlet === 'Nordkyst Post');
    expect(post?.text).toContain('she had done nothing wrong');
    expect(post?.kind).toBe('paraphrase');
    expect(post?.diff.some((d) => d.op !== 'equal')).toBe(true);
    // The same words in another person's mouth are not the mayor's quote.
    expect(t.occurrences.map((o) => o.outlet)).not.toContain('Fjordside Times');
  });
});
