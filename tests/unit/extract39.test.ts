import { describe, expect, it } from 'vitest';
import { nodeParseHtml } from '../../cli/node-env';
import { articleBlocks, extractPage } from '../../lib/extract';
import { isNotArticle } from '../../lib/extension/protocol';
import { cleanBlocks } from '../../lib/text/boilerplate';
import { htmlToBlocks } from '../../lib/text/html';

// The furniture rules docs/notes/extract39.md kept of extract37's (wire credits, "By:", a "More:" box, the
// title copy after a menu) and its own (image credit lines, viewer buttons).
const para = (n: number) => `<p>Paragraph ${n} of the story says what the council decided on Monday and why the vote went the way it did.</p>`;
const body = [1, 2, 3, 4].map(para).join('');
const kept = (line: string) => cleanBlocks(htmlToBlocks(`${para(1)}<p>${line}</p>${para(2)}`)).blocks.map((b) => b.text).includes(line);

describe('credit lines and buttons on a line of their own are not article text', () => {
  it.each([
    'Tom Krisher, AP Auto Writer',
    'Palm Beach Post Staff Writer',
    'Special Correspondent',
    'Seattle Times news services',
    'Staff and agencies',
    'THE ASSOCIATED PRESS',
    'Source: China Daily/Agencies',
    'By: Murray Brewster, THE CANADIAN PRESS',
    'Image copyright Getty Images',
    'Getty Images',
    'View larger image',
    'Enlarge Image',
  ])('drops "%s"', (line) => expect(kept(line)).toBe(false));

  it.each([
    'Letters to the editor',
    'What the reporter saw',
    'Source: the council said the vote was close.',
    'Getty Images said on Monday it would sell the archive.',
    'The view larger than life from the harbour bridge',
  ])('keeps "%s"', (line) => expect(kept(line)).toBe(true));
});

describe('a "More:" box of other stories', () => {
  it('goes with its headlines when no prose follows', () => {
    const out = articleBlocks(`${body}<h4>More:</h4><h4><a href="/a">The new space race</a></h4><h4><a href="/b">China completes landing test</a></h4>`).map((b) => b.text);
    expect(out).toHaveLength(4);
  });
});

describe('the title repeated after a site menu', () => {
  it('is dropped when the menu the cleaning removed stood before it', () => {
    const menu = '<ul><li><a href="/">Home</a> | <a href="/us">U.S.</a> | <a href="/world">World</a> | <a href="/politics">Politics</a> | <a href="/sports">Sports</a></li></ul>';
    const html = `<!doctype html><html><head><title>Harbour bridge reopens</title></head><body><article>${menu}<p>Harbour bridge reopens</p>${[1, 2, 3, 4, 5, 6].map(para).join('')}</article></body></html>`;
    const r = extractPage(nodeParseHtml(html), 'https://courier.example/news/bridge');
    if (isNotArticle(r)) throw new Error(r.reason);
    const texts = r.blocks.map((b) => b.text);
    expect(texts).not.toContain('Harbour bridge reopens');
    expect(texts).toHaveLength(6);
  });
});
