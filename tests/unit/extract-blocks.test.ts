import { describe, expect, it } from 'vitest';
import { nodeParseHtml } from '../../cli/node-env';
import { isNotArticle } from '../../lib/extension/protocol';
import { extractPage } from '../../lib/extract';
import { blockFeatures, blockScores, decideBlocks, FEATURE_NAMES, type BlockModel } from '../../lib/text/blocks';
import { BLOCK_MODEL } from '../../lib/text/blocks-fit';
import { htmlToBlocks, type Block } from '../../lib/text/html';

const P = (text: string, extra: Partial<Block> = {}): Block => ({ text, tag: 'p', linkChars: 0, ...extra });
const prose = (i: number) => P(`Paragraph ${i} of the story says what the council decided about the bridge on Tuesday.`);
const col = (name: string) => FEATURE_NAMES.indexOf(name);

/** A model that only looks at one feature (weight w) and the bias. */
function only(name: string, w: number, bias: number, threshold = 0.5): BlockModel {
  return { features: FEATURE_NAMES, weights: FEATURE_NAMES.map((n) => (n === name ? w : 0)), bias, threshold };
}

describe('htmlToBlocks with attrs', () => {
  it('reports the class and id values of the elements a block sits in', () => {
    const html = '<div id="Main"><p class="lead">Story text here.</p></div><section class="comments-area"><div class="comment"><p>First!</p></div></section>';
    const blocks = htmlToBlocks(html, { attrs: true });
    expect(blocks.map((b) => b.text)).toEqual(['Story text here.', 'First!']);
    expect(blocks[0]!.attrs).toBe('Main lead');
    expect(blocks[1]!.attrs).toBe('comments-area comment');
  });

  it('reports only the innermost enclosing values on deep, hostile nesting', () => {
    const deep = Array.from({ length: 5000 }, (_, i) => `<div class="d${i}">`).join('') + '<p id="last">Deep text.</p>' + '</div>'.repeat(5000);
    const [b] = htmlToBlocks(deep, { attrs: true });
    expect(b!.text).toBe('Deep text.');
    expect(b!.attrs!.split(' ')).toHaveLength(12);
    expect(b!.attrs!.endsWith('d4989 d4990 d4991 d4992 d4993 d4994 d4995 d4996 d4997 d4998 d4999 last')).toBe(true);
  });

  it('leaves blocks as before without the option', () => {
    const blocks = htmlToBlocks('<div class="x"><p>Text.</p></div>');
    expect(blocks).toEqual([{ text: 'Text.', tag: 'p', linkChars: 0 }]);
  });
});

describe('block features', () => {
  it('gives one row per block with every named feature, neighbours included', () => {
    const blocks = [prose(1), P('Share on Facebook', { linkChars: 17, attrs: 'social-share' }), prose(2)];
    const x = blockFeatures(blocks);
    expect(x).toHaveLength(3);
    for (const row of x) expect(row).toHaveLength(FEATURE_NAMES.length);
    expect(x[1]![col('linkDensity')]).toBe(1);
    expect(x[1]![col('attrShare')]).toBe(1);
    expect(x[0]![col('attrShare')]).toBe(0);
    // The short middle block sees its neighbours (prose that ends like a sentence); the first has no previous block.
    expect(x[1]![col('prev.sentenceEnd')]).toBeGreaterThan(0.9);
    expect(x[1]![col('next.sentenceEnd')]).toBeGreaterThan(0.9);
    expect(x[0]![col('first')]).toBeGreaterThan(0);
    expect(x[2]![col('last')]).toBeGreaterThan(0);
    expect(x[2]![col('wordsAfter')]).toBe(0);
  });

  it('judges a long paragraph by its own shape, not by the link lines around it', () => {
    const long = P(Array.from({ length: 5 }, (_, i) => prose(i).text).join(' '));
    const link = P('(Artist: someone)', { linkChars: 8 });
    const x = blockFeatures([link, long, link]);
    for (const n of ['prev.words', 'prev.linkDensity', 'prev.sentenceEnd', 'next.words', 'next.linkDensity', 'next.sentenceEnd']) expect(x[1]![col(n)]).toBe(0);
    expect(x[0]![col('next.words')]).toBeGreaterThan(0);
  });
});

describe('block decision', () => {
  const page = [prose(1), prose(2), P('Great article, thanks for writing it.', { attrs: 'comment-body' }), P('I disagree.', { attrs: 'comment-body' })];

  it('drops the blocks the model rejects, in order, and nothing when it is off', () => {
    const model = only('attrComment', -10, 3);
    expect(decideBlocks(page, model).map((b) => b.text)).toEqual([prose(1).text, prose(2).text]);
    expect(decideBlocks(page, { ...model, threshold: 0 })).toEqual(page);
  });

  it('never drops every block', () => {
    expect(decideBlocks(page, only('attrComment', 0, -10))).toEqual(page);
  });

  it('refuses a model whose features are not the ones computed', () => {
    expect(() => blockScores(page, { ...BLOCK_MODEL, features: [...FEATURE_NAMES].reverse() })).toThrow(/feature names/);
  });

  it('the fitted model matches the features and scores every block between 0 and 1', () => {
    expect([...BLOCK_MODEL.features]).toEqual([...FEATURE_NAMES]);
    expect(BLOCK_MODEL.weights).toHaveLength(FEATURE_NAMES.length);
    for (const s of blockScores(page, BLOCK_MODEL)) expect(s).toBeGreaterThanOrEqual(0), expect(s).toBeLessThanOrEqual(1);
  });
});

describe('extractPage with a block model', () => {
  const para = (i: number) =>
    `<p>Paragraph ${i} of the report explains, at some length and with figures, what the harbour authority decided about the old bridge, why the repairs took two years, and what the reopening means for the ferry timetable this spring.</p>`;
  const html = `<html><head><title>Bridge reopens</title></head><body><article class="story">${[1, 2, 3, 4, 5, 6].map(para).join('')}
    <div class="photo-credit"><p>Photographs for this report were taken by the harbour authority's own staff photographer, who asked not to be named, in March.</p><p>Archive pictures: harbour museum.</p></div></article></body></html>`;

  it('keeps class words through Readability and drops the block the model rejects (the CLI path, linkedom)', () => {
    const model = only('attrCaption', -10, 3);
    const on = extractPage(nodeParseHtml(html), '', { minChars: 80, lenient: true, blocks: (b) => decideBlocks(b, model) });
    const off = extractPage(nodeParseHtml(html), '', { minChars: 80, lenient: true, blocks: (b) => decideBlocks(b, { ...model, threshold: 0 }) });
    // The product installs no decision: the block stays.
    const product = extractPage(nodeParseHtml(html), '', { minChars: 80, lenient: true });
    if (isNotArticle(product)) throw new Error('not an article');
    expect(product.blocks.map((b) => b.text).join(' ')).toMatch(/staff photographer/);
    if (isNotArticle(on) || isNotArticle(off)) throw new Error('not an article');
    expect(off.blocks.map((b) => b.text).join(' ')).toMatch(/staff photographer/);
    expect(on.blocks.map((b) => b.text).join(' ')).not.toMatch(/staff photographer/);
    expect(on.blocks).toHaveLength(off.blocks.length - 2);
  });
});
