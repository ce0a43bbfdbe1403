/**
 * traceQuote lists a long quote retold nearly whole by a later story, outside the quote's own story (trace42): the
 * union leader's "We will keep the cranes idle until every dock worker on a temporary contract is offered a permanent
 * one" told nine weeks on as "Wierzbicki said … his members would keep the cranes idle until each dock worker on
 * temporary contracts had been offered permanent work", and inside the story by an outlet that names him a paragraph
 * earlier only. Not the same words in another person's mouth in another port, and not a short quote (a short phrase
 * recurs by chance outside the story).
 */
import { describe, expect, it } from 'vitest';
import { traceQuote } from '../../lib/quotes/trace';
import { traceWorld } from '../data/quotes/trace-corpus';

const md = (title: string, outlet: string, date: string, body: string) =>
  `---\ntitle: ${title}\noutlet: ${outlet}\ndate: ${date}\nurl: https://${outlet.toLowerCase().replace(/\W+/g, '')}.example/${date}\n---\n\n${body}`;

const QUOTE = 'We will keep the cranes idle until every dock worker on a temporary contract is offered a permanent one';

const FILES: Record<string, string> = {
  'ellery-tribune.md': md(
    'Dock strike halts container traffic at Port Ellery',
    'Ellery Tribune',
    '2025-01-13',
    `Container traffic at Port Ellery stopped on Monday as about 1,400 dock workers walked out over the use of temporary contracts.

"${QUOTE}," Tomasz Wierzbicki, the head of the Ellery dockers' union, told a rally at the north gate.

The port authority said 23 ships were waiting at anchor and that talks with the union would resume on Wednesday.

"It's too early to say," Wierzbicki said when asked how long the strike would last.`,
  ),
  'ellery-herald.md': md(
    'Port Ellery dockers strike over temporary contracts',
    'Coastline Herald',
    '2025-01-13',
    `About 1,400 dock workers at Port Ellery went on strike on Monday, leaving 23 ships at anchor, in a dispute over temporary contracts.

Union head Tomasz Wierzbicki told strikers at the north gate that the walkout would go on until the port authority changed its hiring.

The union's position has not changed since the autumn: its members will keep the port's forty cranes idle until every dock worker hired on a temporary contract is offered a permanent post at the port.

The port authority said it would meet the union on Wednesday.`,
  ),
  'ellery-weekly.md': md(
    'Port Ellery strike enters its tenth week',
    'Harbour Weekly',
    '2025-03-20',
    `The strike at Port Ellery entered its tenth week on Thursday, and shipping lines have begun sending vessels to Maresby instead.

Wierzbicki said in January that his members would keep the cranes idle until each dock worker on temporary contracts had been offered permanent work. The port authority has since offered permanent posts to 300 of them.

Talks are due to resume next Tuesday.`,
  ),
  'maresby-post.md': md(
    'Maresby dockers threaten walkout as ships divert from Ellery',
    'Maresby Post',
    '2025-03-21',
    `Dock workers at Maresby, where ships diverted from the strike at Port Ellery have been arriving all month, voted on Friday to stage a walkout of their own.

Union organiser Carla Benedetti said her members would keep the cranes idle until each dock worker on temporary contracts had been offered permanent work.

Maresby's harbour master said 41 ships were due next week.`,
  ),
};

const { byOutlet, corpus } = traceWorld(FILES);

describe('traceQuote finds a long quote retold whole in a later story', () => {
  it('lists the union leader’s words retold whole nine weeks on and in an unnamed paragraph, and not another union organiser’s', { timeout: 120_000 }, async () => {
    const t = await traceQuote(QUOTE, corpus(), { from: byOutlet('Ellery Tribune') });
    expect(t.speaker).toContain('Wierzbicki');
    const weekly = t.occurrences.find((o) => o.outlet === 'Harbour Weekly');
    expect(weekly?.text).toContain('keep the cranes idle');
    expect(weekly?.kind).toBe('paraphrase');
    // Inside the story, told whole in a paragraph that does not name him (the paragraph before does).
    expect(t.occurrences.find((o) => o.outlet === 'Coastline Herald')?.text).toContain('forty cranes idle');
    expect(t.occurrences.map((o) => o.outlet)).not.toContain('Maresby Post');
  });

  it('does not list a short quote retold in a later story', { timeout: 120_000 }, async () => {
    const t = await traceQuote('too early to say', corpus(), { from: byOutlet('Ellery Tribune') });
    expect(t.occurrences.map((o) => o.outlet)).not.toContain('Harbour Weekly');
  });
});
