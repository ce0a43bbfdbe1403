import { describe, expect, it } from 'vitest';
import { articleBlocks } from '../../lib/extract';
import { BOILERPLATE_FIT, cleanBlocks, type BoilerplateFit } from '../../lib/text/boilerplate';
import type { Block } from '../../lib/text/html';

const P = (text: string, extra: Partial<Block> = {}): Block => ({ text, tag: 'p', linkChars: 0, ...extra });
const prose = (i: number) => P(`Paragraph ${i} of the story says what the council decided about the bridge on Tuesday.`);
const texts = (bs: Block[]) => bs.map((b) => b.text);
const on = (v: Partial<BoilerplateFit>): BoilerplateFit => ({ ...BOILERPLATE_FIT, ...v });

describe('shape rules (bench/extract-fit.ts decides which are on)', () => {
  it('cuts a list of dated posts after the article', () => {
    const blocks = [prose(1), prose(2), P('Posted by jrmylmb - Tuesday, January 08, 2008 12:40 PM'), prose(3), P('By: Alfred H., Mon, 07 Jan 2008 17:22:12 GMT'), prose(4), P('January 7 17:00'), prose(5)];
    expect(texts(cleanBlocks(blocks, on({ postStamps: 3 })).blocks)).toEqual([prose(1).text, prose(2).text]);
    // Two dated lines are not a list of posts; a dateline before the prose is not a post either.
    const two = [P('January 7, 2008 4:30 PM'), prose(1), prose(2), P('Updated Jan 8 10:00'), prose(3), P('Jan 9 11:00'), prose(4)];
    expect(texts(cleanBlocks(two, on({ postStamps: 3 })).blocks)).toContain(prose(4).text);
  });

  it('drops link-heavy blocks that are not prose, keeps a linked sentence of prose', () => {
    const linked = P('Other news in science', { linkChars: 21 });
    const sentence = P('According to the agency, prices rose three per cent in May after a long winter.', { linkChars: 60 });
    expect(texts(cleanBlocks([prose(1), linked, sentence, prose(2)], on({ linkShare: 0.6 })).blocks)).toEqual([prose(1).text, sentence.text, prose(2).text]);
  });

  it('drops runs of short lines but keeps lists and a lone subheading', () => {
    const labels = ['TRIBUNE-REVIEW', 'Multimedia', 'View PDF Now'].map((t) => P(t));
    const items = ['2 eggs', '1 cup flour', '100 g butter'].map((t) => P(t, { tag: 'li' }));
    const sub = P('What happens next', { tag: 'h2' });
    const r = cleanBlocks([prose(1), ...labels, prose(2), sub, prose(3), ...items], on({ runWords: 8, runLength: 3 }));
    expect(texts(r.blocks)).toEqual([prose(1).text, prose(2).text, sub.text, prose(3).text, ...texts(items)]);
  });

  it('leaves plain-text imports alone (no link information)', () => {
    const plain = (text: string): Block => ({ text, tag: 'p' });
    const blocks = [plain(prose(1).text), plain('Roses are red'), plain('Violets are blue'), plain('Sugar is sweet'), plain(prose(2).text)];
    expect(cleanBlocks(blocks, on({ runWords: 8, runLength: 3, linkShare: 0.6, trimTail: true })).blocks).toHaveLength(5);
  });

  it('articleBlocks uses the fitted constants by default', () => {
    const html = `<p>${prose(1).text}</p><p>${prose(2).text}</p><p><a href="/x">Other news in science</a></p>`;
    const fitted = articleBlocks(html);
    expect(fitted).toEqual(articleBlocks(html, {}, BOILERPLATE_FIT));
    expect(articleBlocks(html, {}, on({ linkShare: 0.6 })).map((b) => b.text)).toEqual([prose(1).text, prose(2).text]);
  });
});
