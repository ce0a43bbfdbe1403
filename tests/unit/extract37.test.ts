import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { nodeParseHtml } from '../../cli/node-env';
import { articleBlocks, extractPage } from '../../lib/extract';
import { isNotArticle } from '../../lib/extension/protocol';
import { nodeToBlocks } from '../../lib/text/blocks-core';
import { bylineNames, cleanBlocks, dropAuthorNote } from '../../lib/text/boilerplate';
import { htmlToBlocks } from '../../lib/text/html';

const para = (n: number) => `<p>Paragraph ${n} of the story says what the council decided on Monday and why the vote went the way it did.</p>`;
const body = [1, 2, 3, 4].map(para).join('');
const texts = (html: string) => articleBlocks(html).map((b) => b.text);
const dom = (html: string) => parseHTML(`<!doctype html><html><body><div id="root">${html}</div></body></html>`).document.getElementById('root')!;

describe('captions the caption rule did not see (docs/notes/extract37.md)', () => {
  const figure = '<figure><img src="a.jpg" alt=""><figcaption><p>The band performs at the Beacon.</p><p>Photo by Jane Roe</p></figcaption></figure>';

  it('reads a paragraph inside a figcaption as the caption, from a string and from a DOM alike', () => {
    expect(htmlToBlocks(figure).map((b) => b.tag)).toEqual(['figcaption', 'figcaption']);
    expect(nodeToBlocks(dom(figure)).map((b) => b.tag)).toEqual(['figcaption', 'figcaption']);
    expect(texts(figure + body)).not.toContain('The band performs at the Beacon.');
  });

  it('drops the line after an image that repeats its alt text, and keeps the story', () => {
    const html = `<p><img src="p.jpg" alt="A painting on a wall in Portobello Road, west London, is for sale on eBay"></p><p>A painting on a wall in Portobello Road is for sale on eBay. Photo / Reuters</p>${body}`;
    const out = texts(html);
    expect(out.some((t) => t.startsWith('A painting'))).toBe(false);
    expect(out).toHaveLength(4);
  });

  it('keeps text in the image own block, and a line that shares only a few words with the alt', () => {
    const lead = "Boston - Rosie O'Donnell has come out and stated that she is annoying, responding to a report that named her.";
    const html = `<p><img src="r.jpg" alt="Rosie O'Donnell has come out and stated that she is annoying">${lead}</p>${body}`;
    expect(texts(html)).toContain(lead);
    const next = 'The council met on Monday to vote on the harbour bridge, which has been closed since the storm.';
    expect(texts(`<p><img src="b.jpg" alt="The harbour bridge at dusk"></p><p>${next}</p>${body}`)).toContain(next);
  });
});

describe('wire and staff credits on a line of their own', () => {
  const kept = (line: string) => cleanBlocks(htmlToBlocks(`${para(1)}<p>${line}</p>${para(2)}`)).blocks.map((b) => b.text).includes(line);

  it.each([
    'Tom Krisher, AP Auto Writer',
    'Palm Beach Post Staff Writer',
    'Special Correspondent',
    'Seattle Times news services',
    'Staff and agencies',
    'THE ASSOCIATED PRESS',
    'Source: China Daily/Agencies',
    'By: Murray Brewster, THE CANADIAN PRESS',
  ])('drops "%s"', (line) => expect(kept(line)).toBe(false));

  it.each(['Letters to the editor', 'What the reporter saw', 'Source: the council said the vote was close.'])('keeps "%s"', (line) => expect(kept(line)).toBe(true));
});

describe("the author's note at the end of an article", () => {
  const blocks = (...extra: string[]) => [1, 2, 3].map((n) => ({ text: `Paragraph ${n} of the story goes on in full sentences.` })).concat(extra.map((text) => ({ text })));

  it('reads the people a byline names, not its outlet or desk', () => {
    expect(bylineNames('By TOM KRISHER, AP Auto Writer')).toEqual(['TOM KRISHER']);
    expect(bylineNames('Amy Kuperinsky | NJ Advance Media for NJ.com')).toEqual(['Amy Kuperinsky']);
    expect(bylineNames('By Lia Eustachewich and Yaron Steinbuch')).toEqual(['Lia Eustachewich', 'Yaron Steinbuch']);
    expect(bylineNames('The Associated Press')).toEqual([]);
  });

  it('cuts a bio, a contact line or a book plug that names the author', () => {
    expect(dropAuthorNote(blocks("Eric Song is IGN's deal curator and spends his pay on stuff he posts."), 'Eric Song')).toHaveLength(3);
    expect(dropAuthorNote(blocks('Zac covers Apple news and hosts the weekly podcast.'), 'Zac Hall')).toHaveLength(3);
    expect(dropAuthorNote(blocks('Have a tip? Amy Kuperinsky may be reached at amy@example.com.'), 'Amy Kuperinsky | NJ Advance Media')).toHaveLength(3);
    expect(dropAuthorNote(blocks("Mike Wall's book about alien life is out now.", 'Join our forums to keep talking space!'), 'Mike Wall')).toHaveLength(3);
  });

  it('keeps a last paragraph that starts with an outlet, a brand or another word', () => {
    const agency = blocks('The agency said Monday that hibernation could help a crewed mission to Mars.');
    expect(dropAuthorNote(agency, 'The Associated Press')).toHaveLength(4);
    expect(dropAuthorNote(blocks('Beachbody Performance Recharge, 1 tsp. nut butter'), 'Beachbody')).toHaveLength(4);
    expect(dropAuthorNote(blocks('Song lyrics were read out in court on Monday.'), 'Eric Song')).toHaveLength(4);
  });

  it('is applied to a page read by extractPage', () => {
    const html = `<!doctype html><html><head><title>Harbour bridge reopens</title><meta name="author" content="Jane Roe"></head><body><article><h1>Harbour bridge reopens</h1>${[1, 2, 3, 4, 5, 6].map(para).join('')}<p>Jane Roe covers transport for the Courier and lives in the harbour district.</p></article></body></html>`;
    const r = extractPage(nodeParseHtml(html), 'https://courier.example/news/bridge');
    if (isNotArticle(r)) throw new Error(r.reason);
    expect(r.blocks.map((b) => b.text).some((t) => t.startsWith('Jane Roe covers'))).toBe(false);
    expect(r.blocks).toHaveLength(6);
  });
});

describe('a "More:" box of other stories', () => {
  it('goes with its headlines when no prose follows', () => {
    const out = texts(`${body}<h4>More:</h4><h4><a href="/a">The new space race</a></h4><h4><a href="/b">China completes landing test</a></h4>`);
    expect(out).toHaveLength(4);
  });
});
