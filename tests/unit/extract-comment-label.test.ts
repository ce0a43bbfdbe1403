import { describe, expect, it } from 'vitest';
import { cleanBlocks } from '../../lib/text/boilerplate';

const p = (text: string, tag = 'p') => ({ text, tag, linkChars: 0 });
const prose = (n: number) => p(`Paragraph ${n} of the article goes on about the organisation and its history in full sentences.`);

describe('a comment-form field label cuts the article only where the form is', () => {
  it('keeps an article whose infobox has a "Website" row in the middle', () => {
    const blocks = [prose(1), p('Founded', 'th'), p('1998', 'td'), p('Website', 'th'), p('example.org', 'td'), prose(2), prose(3), prose(4)];
    const kept = cleanBlocks(blocks).blocks.map((b) => b.text);
    expect(kept).toContain(prose(4).text);
    expect(kept).toContain(prose(2).text);
  });

  it('still cuts a real comment form at the end (its fields, with no prose after them)', () => {
    const blocks = [prose(1), prose(2), p('Leave a Reply'), p('Name *'), p('Email *'), p('Website'), p('Post Comment')];
    const kept = cleanBlocks(blocks).blocks.map((b) => b.text);
    expect(kept).toEqual([prose(1).text, prose(2).text]);
  });

  it('cuts at a lone field label at the end of the article', () => {
    const kept = cleanBlocks([prose(1), prose(2), p('Name'), p('Email'), p('Website')]).blocks.map((b) => b.text);
    expect(kept).toEqual([prose(1).text, prose(2).text]);
  });
});
