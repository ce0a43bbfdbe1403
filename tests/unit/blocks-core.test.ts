import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { nodeToBlocks } from '../../lib/text/blocks-core';
import { htmlToBlocks } from '../../lib/text/html';

/** A fragment parsed into a DOM (linkedom, as the CLI does): the element that holds it. */
const dom = (html: string) => parseHTML(`<!doctype html><html><body><div id="root">${html}</div></body></html>`).document.getElementById('root')!;

describe('blocks read off a DOM (the content script path) equal blocks read off the HTML string', () => {
  const fragments = [
    '<p>Fish &amp; chips cost &pound;5.</p><h2>Prices</h2><ul><li>One</li><li>Two <a href="/x">linked</a></li></ul><script>var x="<p>no</p>"</script>',
    '<div class="story-body" id="main"><p>First <em>paragraph</em> here.<br>After a break.</p><figure><img src="a.jpg"><figcaption>A caption, <b>bold</b>.</figcaption></figure></div>',
    '<blockquote class="twitter-tweet"><p>An embedded post.</p>— Someone (@someone)</blockquote><p>Text <a href="/y"><strong>with a link</strong></a> inside.</p>',
    '<table><tr><th>Year</th><td>2025</td></tr></table><dl><dt>Term</dt><dd>Meaning</dd></dl><pre>code  kept</pre>',
    '<section><h3>Sub</h3><div>Loose text in a div <span>and a span</span></div>tail text</section><noscript><p>Enable JS</p></noscript><svg><text>no</text></svg>',
    '<p>Comment: <!-- hidden --> visible</p><form><label>Name</label><input value="x"><button>Send</button></form>',
  ];
  for (const [k, html] of fragments.entries()) {
    it(`fragment ${k + 1}`, () => {
      expect(nodeToBlocks(dom(html), { attrs: true })).toEqual(htmlToBlocks(html, { attrs: true }));
      expect(nodeToBlocks(dom(html))).toEqual(htmlToBlocks(html));
    });
  }

  it('reads 100,000 nested elements without running out of stack, in document order', () => {
    const root = dom('');
    // Built by hand: a parser may cap the depth, the walker must not recurse.
    let at: Element = root;
    const doc = root.ownerDocument;
    for (let k = 0; k < 100_000; k++) at = at.appendChild(doc.createElement('div'));
    at.appendChild(doc.createElement('p')).textContent = 'Deep words.';
    root.appendChild(doc.createElement('p')).textContent = 'After.';
    expect(nodeToBlocks(root).map((b) => [b.tag, b.text])).toEqual([
      ['p', 'Deep words.'],
      ['p', 'After.'],
    ]);
  });

  it('reports the links each block runs through when asked (a card counts its link once), and nothing otherwise', () => {
    const root = dom('<p>See <a href="/a">one</a> and <a href="/b">two</a>.</p><a href="/c"><h3>Card title</h3><p>Card text.</p></a><p>Plain.</p>');
    expect(nodeToBlocks(root, { links: true }).map((b) => [b.text, b.links])).toEqual([
      ['See one and two.', ['/a', '/b']],
      ['Card title', ['/c']],
      ['Card text.', ['/c']],
      ['Plain.', []],
    ]);
    expect(nodeToBlocks(root).every((b) => !('links' in b))).toBe(true);
  });
});
