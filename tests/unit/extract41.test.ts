import { describe, expect, it } from 'vitest';
import { nodeParseHtml } from '../../cli/node-env';
import { extractPage } from '../../lib/extract';
import { isNotArticle } from '../../lib/extension/protocol';

// Text Readability drops inside its own container (docs/notes/extract41.md): a roundup's sections sit in
// boxes whose class word ("widget") Readability weighs against, so its conditional cleaning removes them,
// though their paragraphs are written in the article's own style.
const para = (topic: string, k: number) =>
  `<p>The ${topic} paragraph ${k} says how the dryer handled wet towels, wool and a full load of jeans in our lab, and what it cost to run for a month in plain words.</p>`;
const text = (topic: string, n: number) => `<div class="rich-text">${Array.from({ length: n }, (_, k) => para(topic, k + 1)).join('')}</div>`;
const box = (topic: string, heading: string, cls = 'rich-text') =>
  `<div class="product-widget"><div class="${cls}"><h3>${heading}</h3>${para(topic, 1)}${para(topic, 2)}</div></div>`;

function textOf(inner: string): string {
  const doc = nodeParseHtml(`<!DOCTYPE html><html lang="en"><head><title>The best dryers we tested</title></head><body>
    <header><nav><a href="/">Home</a> <a href="/reviews">Reviews</a></nav></header>
    <main><div class="post">${inner}</div></main>
    <footer><p>Copyright the Appliance Lab. All rights reserved. Contact the editors for corrections and letters.</p></footer>
  </body></html>`);
  const r = extractPage(doc, 'https://lab.example/best-dryers');
  if (isNotArticle(r)) throw new Error(r.reason);
  return r.blocks.map((b) => b.text).join('\n');
}

describe("a section Readability's conditional cleaning removes from its own container", () => {
  it('keeps a section written in the article\'s paragraph style, with its heading', () => {
    const t = textOf(text('opening', 4) + box('best overall', 'Best overall: the Lab 800') + text('middle', 3) + box('best value', 'Best value: the Lab 200') + text('closing', 3));
    expect(t).toMatch(/The opening paragraph 4 /);
    expect(t).toMatch(/The closing paragraph 3 /);
    expect(t).toMatch(/Best overall: the Lab 800\nThe best overall paragraph 1 /);
    expect(t).toMatch(/The best value paragraph 2 /);
  });

  it('still removes a box written in another style (a promo)', () => {
    const t = textOf(text('opening', 4) + box('best overall', 'Best overall: the Lab 800') + text('middle', 3) + box('subscription offer', 'Subscribe today', 'promo-copy') + text('closing', 3));
    expect(t).toMatch(/The best overall paragraph 2 /);
    expect(t).not.toMatch(/subscription offer|Subscribe today/);
  });

  it('still removes a box that holds another story', () => {
    const teaser = `<div class="product-widget"><div class="rich-text"><a href="/washers"><h3>The best washers</h3></a>${para('other story', 1)}</div></div>`;
    const t = textOf(text('opening', 4) + box('best overall', 'Best overall: the Lab 800') + text('middle', 3) + teaser + text('closing', 3));
    expect(t).toMatch(/The best overall paragraph 1 /);
    expect(t).not.toMatch(/other story|The best washers/);
  });
});
