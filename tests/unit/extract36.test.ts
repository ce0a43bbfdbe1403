import { describe, expect, it } from 'vitest';
import { nodeParseHtml } from '../../cli/node-env';
import { extractPage } from '../../lib/extract';
import { isNotArticle } from '../../lib/extension/protocol';
import { joinContainers } from '../../lib/text/blocks-join';

// A page builder's article (SiteOrigin-style panels): each section in its own row of cells, each
// cell a "widget" (a class word Readability scores down), so Readability keeps one cell.
const para = (topic: string, k: number) =>
  `<p>The ${topic} paragraph ${k} explains how the council weighed the costs of the new harbour wall, which residents have asked about since the storm of last winter flooded the lower town.</p>`;
const section = (topic: string, n: number) =>
  `<div class="panel-grid"><div class="panel-grid-cell"><div class="so-panel widget"><div class="textwidget">${Array.from({ length: n }, (_, k) => para(topic, k)).join('')}</div></div></div></div>`;
const teasers = `<div class="panel-grid"><div class="panel-grid-cell">
  <div class="card"><h3><a href="/other-story">Fishermen protest new quotas at the port</a></h3><p>Dozens of boats blocked the harbour entrance on Monday morning as crews protested the quotas the ministry set for the coming season.</p></div>
  <div class="card"><h3><a href="/third-story">School roof repairs run over budget again</a></h3><p>The repairs to the primary school roof will cost a third more than planned, the council's finance committee heard on Thursday evening.</p></div>
</div></div>`;
const hidden = `<div class="panel-grid" style="display: none"><div class="panel-grid-cell"><div class="so-panel widget"><div class="textwidget"><p>This hidden paragraph is a template the page never shows to a reader, and it must not be read as part of the article text at all.</p></div></div></div></div>`;
const pageOf = (rows: string) =>
  nodeParseHtml(`<html><head><title>Harbour wall: what the council decided</title></head><body><div id="page"><main class="panel-layout">${rows}</main></div></body></html>`);

const textOf = (doc: Document) => {
  const r = extractPage(doc, 'https://example.org/harbour-wall', { lenient: true });
  if (isNotArticle(r)) throw new Error(r.reason);
  return r.blocks.map((b) => b.text).join('\n');
};

describe('the article split over sibling containers (lib/text/blocks-join.ts)', () => {
  it('joins the other sections of the article that Readability left in sibling rows, in page order', () => {
    const text = textOf(pageOf(section('opening', 3) + section('middle', 4) + section('closing', 3) + hidden));
    for (const topic of ['opening', 'middle', 'closing']) expect(text).toContain(`The ${topic} paragraph 1 explains`);
    expect(text.indexOf('opening paragraph 1')).toBeLessThan(text.indexOf('middle paragraph 0'));
    expect(text.indexOf('middle paragraph 3')).toBeLessThan(text.indexOf('closing paragraph 0'));
    expect(text).not.toContain('hidden paragraph');
  });

  it('stops at other stories’ teasers and never joins them', () => {
    const text = textOf(pageOf(section('middle', 4) + teasers + section('closing', 3)));
    expect(text).toContain('middle paragraph 3');
    expect(text).not.toMatch(/Fishermen|boats blocked|primary school roof/);
  });

  it('leaves a page alone when Readability already holds its prose', () => {
    const doc = pageOf(`<article><h1>Harbour wall</h1>${Array.from({ length: 8 }, (_, k) => para('only', k)).join('')}</article>`);
    expect(joinContainers(doc, doc.querySelector('article')!, { share: 0.5 })).toBeNull();
  });
});
