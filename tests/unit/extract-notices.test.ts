import { describe, expect, it } from 'vitest';
import { cleanBlocks } from '../../lib/text/boilerplate';

const p = (text: string, tag = 'p') => ({ text, tag, linkChars: 0 });
const prose = (n: number) => p(`Paragraph ${n} of the article goes on about the council's decision and what it means in full sentences.`);
const kept = (lines: string[]) => cleanBlocks([prose(1), ...lines.map((t) => p(t)), prose(2)]).blocks.map((b) => b.text);

describe('furniture inside the article container (docs/notes/extract10.md)', () => {
  it('drops wire and copyright notices, and keeps prose that mentions copyright', () => {
    const notice = 'Copyright 2008 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.';
    const law = 'The court said copyright law in 2008 did not cover the recordings, and the label appealed the ruling.';
    const out = kept([notice, '(© 2019 Example Media Group. All Rights Reserved.)', law]);
    expect(out).not.toContain(notice);
    expect(out.some((t) => t.startsWith('(©'))).toBe(false);
    expect(out).toContain(law);
  });

  it('drops lines that say whose text it is, not subheadings that end in the same words', () => {
    const out = kept(['Tom Krisher, AP Auto Writer', 'Palm Beach Post Staff Writer', 'Staff and agencies', 'Source: News agencies', 'Hollywood strike hits writers']);
    expect(out).toEqual([prose(1).text, 'Hollywood strike hits writers', prose(2).text]);
  });

  it('drops toolbars made only of interface words and menus of short items between bars', () => {
    const out = kept(['Send this article: Print Email', 'Font size: + -', 'Larger text | Smaller text', 'News: ePaper | Front Page | National | Business | Sport', 'Votes | Results | Turnout by county: a close race']);
    expect(out).toEqual([prose(1).text, 'Votes | Results | Turnout by county: a close race', prose(2).text]);
  });

  it('drops a comment heading alone and keeps the article after it', () => {
    const out = cleanBlocks([prose(1), p('Have your say'), p('Comments (3)'), prose(2), prose(3)]).blocks.map((b) => b.text);
    expect(out).toEqual([prose(1).text, prose(2).text, prose(3).text]);
  });
});
