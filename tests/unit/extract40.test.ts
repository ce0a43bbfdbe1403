import { describe, expect, it } from 'vitest';
import { nodeParseHtml } from '../../cli/node-env';
import { extractPage } from '../../lib/extract';
import { isNotArticle } from '../../lib/extension/protocol';

// A page builder's article (docs/notes/extract40.md): each section of one article sits in its own
// widget cell, which Readability scores down for the class word "widget" and keeps one of.
const para = (topic: string, k: number) =>
  `<p>The ${topic} paragraph ${k} explains how the valley's new reservoir changes the water supply, the farms downstream and the town's budget for the next ten years, in plain words.</p>`;
const cell = (topic: string, n: number, pClass = '') =>
  `<div class="panel-grid-cell"><div class="so-panel widget widget_text"><div class="textwidget">${Array.from({ length: n }, (_, k) => para(topic, k + 1).replace('<p>', pClass ? `<p class="${pClass}">` : '<p>')).join('')}</div></div></div>`;
const heading = (t: string) => `<div class="panel-grid-cell"><div class="so-panel widget widget_heading"><h2>${t}</h2></div></div>`;

function pageOf(cells: string): Document {
  return nodeParseHtml(`<!DOCTYPE html><html lang="en"><head><title>The reservoir, explained</title></head><body>
    <header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
    <div id="content"><div class="panel-layout"><div class="panel-grid">${cells}</div></div></div>
    <footer><p>Copyright the Valley Times. All rights reserved. Contact the newsroom for corrections and letters.</p></footer>
  </body></html>`);
}

const textOf = (doc: Document) => {
  const r = extractPage(doc, 'https://valley.example/reservoir');
  if (isNotArticle(r)) throw new Error(r.reason);
  return r.blocks.map((b) => b.text).join('\n');
};

describe('an article split across a page builder\'s cells', () => {
  it('keeps every section of the article, with its section headings', () => {
    const t = textOf(pageOf(cell('opening', 6) + heading('What the farms get') + cell('farming', 3) + heading('What it costs') + cell('budget', 3)));
    expect(t).toMatch(/The opening paragraph 6/);
    expect(t).toMatch(/What the farms get\nThe farming paragraph 1 /);
    expect(t).toMatch(/What it costs\nThe budget paragraph 1 /);
    expect(t).toMatch(/The budget paragraph 3 /);
  });

  it('does not join prose written in another style (a promo box after the article)', () => {
    const t = textOf(pageOf(cell('opening', 6) + cell('farming', 3) + cell('subscription', 2, 'promo-text')));
    expect(t).toMatch(/The farming paragraph 3 /);
    expect(t).not.toMatch(/subscription/);
  });

  it('does not join past another story', () => {
    const teaser = '<div class="panel-grid-cell"><div class="so-panel widget"><a href="/other"><h3>Dam opens early</h3></a><div class="textwidget">' + para('other story', 1) + '</div></div></div>';
    const t = textOf(pageOf(cell('opening', 6) + teaser + cell('farming', 3)));
    expect(t).toMatch(/The opening paragraph 6/);
    expect(t).not.toMatch(/other story|Dam opens early/);
  });
});
