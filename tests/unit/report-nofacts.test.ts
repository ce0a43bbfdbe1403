/**
 * Lines that are no facts must never be cards (card15, docs/notes/card15.md): a page's time stamp
 * with an ordinal day ("posted Apr 24th, 2013 at 12:28 PM") and a blog's read-on line ("Hit the jump
 * for more details…"). Text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { compareArticle, MemoryIndex } from '../../lib/engine/index';
import { isFactUnit, isStamp } from '../../lib/engine/features';
import { ingestFile } from '../../lib/ingest/index';
import { tokens } from '../../lib/nlp';
import { cleanBlocks } from '../../lib/text/boilerplate';
import type { Article } from '../../lib/types';
import { sentenceArticle } from '../data/engine/sentence-article';

const p = (text: string) => ({ text, tag: 'p', linkChars: 0 });
const prose = (n: number) => p(`Paragraph ${n} of the article goes on about the council's decision and what it means in full sentences.`);
const kept = (lines: string[]) => cleanBlocks([prose(1), ...lines.map(p), prose(2)]).blocks.map((b) => b.text);

const READ_ON = ['Hit the jump for more details…', 'More after the jump.', 'Full details after the break:', 'Continue reading the main story', 'Read on for more.'];
const STAMPS = ['posted Apr 24th, 2013 at 12:28 PM', 'Posted on April 24th, 2013', 'Updated 3rd May 2013, 10:15 a.m. EDT'];
// Sentences that share those words and are facts.
const FACTS = [
  'The game resumed after the break, and the Hawks scored twice in five minutes.',
  'He made the jump to the NBA in 2004 after two seasons at Kansas.',
  'The video was posted on April 24th, 2013, and was watched two million times in a day.',
  'Readers can continue reading the report on the council website until Friday.',
];

describe('ingestion drops read-on lines and time stamps with an ordinal day', () => {
  it('drops them and keeps the sentences that share their words', () => {
    const out = kept([...READ_ON, ...STAMPS, ...FACTS]);
    for (const line of [...READ_ON, ...STAMPS]) expect(out).not.toContain(line);
    for (const fact of FACTS) expect(out).toContain(fact);
  });

  it('a stamp is dropped with an ordinal day as it is without one', () => {
    expect(kept(['posted Apr 24, 2013 at 12:28 PM', 'posted Apr 24th, 2013 at 12:28 PM'])).toEqual([prose(1).text, prose(2).text]);
  });
});

describe('a stamp kept as a unit (an article stored before) is no fact', () => {
  it('isStamp: every word a date, a time or a stamp word', () => {
    expect(isStamp(tokens('posted Apr 24th, 2013 at 12:28 PM'))).toBe(true);
    expect(isStamp(tokens('July 03, 2013 6: 22AM'))).toBe(true);
    expect(isStamp(tokens('The vote is on May 5 at noon'))).toBe(false);
    expect(isStamp(tokens('June 24 -- Jiffy Lube Live, Bristow, VA'))).toBe(false);
  });

  it('is never left out by the other outlets, nor shared', async () => {
    const art = (id: string, s: string[]): Article => sentenceArticle(id, s, { outlet: `${id}.example`, date: '2013-04-24' });
    const a = art('a', [
      'posted Apr 24th, 2013 at 12:28 PM',
      'Harbor officials closed the north pier on Wednesday after a crane collapsed onto a cargo ship.',
      'No one was hurt, the port authority said.',
    ]);
    const b = art('b', ['A crane collapsed onto a cargo ship at the north pier on Wednesday, and harbor officials closed the pier.', 'The port authority said no one was hurt.']);
    expect(isFactUnit(a.units[0]!)).toBe(false);
    const r = await compareArticle(a, new MemoryIndex([b]));
    expect(r.related.map((x) => x.id)).toEqual(['b']);
    expect(r.leftOut.map((f) => f.text)).not.toContain(a.units[0]!.text);
    expect(r.shared.map((f) => f.text)).not.toContain(a.units[0]!.text);
  });
});

describe('a blog post read in full', () => {
  it('its read-on line and its stamp are no units of the article', () => {
    const md = `---\ntitle: "Crane collapses at the north pier"\n---\nposted Apr 24th, 2013 at 12:28 PM\n\nHarbor officials closed the north pier on Wednesday after a crane collapsed onto a cargo ship.\n\nHit the jump for more details…\n\nNo one was hurt, the port authority said.\n`;
    const art = ingestFile({ name: 'post.md', content: md }).articles[0]!;
    expect(art.units.map((u) => u.text)).toEqual([
      'Harbor officials closed the north pier on Wednesday after a crane collapsed onto a cargo ship.',
      'No one was hurt, the port authority said.',
    ]);
  });
});
