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

  it('drops menus of short items between bars, and keeps a line whose last item is a phrase', () => {
    const out = kept(['News: ePaper | Front Page | National | Business | Sport', '<<prev article | back to news index | next article>>', 'Votes | Results | Turnout by county in a very close race']);
    expect(out).toEqual([prose(1).text, 'Votes | Results | Turnout by county in a very close race', prose(2).text]);
  });
});
