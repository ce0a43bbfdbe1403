/**
 * Weights of the block decision (lib/text/blocks.ts). Written by
 * `npx tsx bench/extract-blocks.ts --fit l3s,dragnet,cleaneval,zyte --l2 0.001 --write` on 2026-11-30: logistic regression on
 * the DEV halves (even index of sorted ids) of l3s, dragnet, cleaneval, zyte (bench/extract-eval.ts sets; Readability per
 * page cached by bench/extract-blocks-cache.ts); threshold chosen on the same dev halves (0.5).
 * threshold 0: off: the held-out rule was not met (best dev threshold 0.5; docs/notes/extract7.md).
 */
import type { BlockModel } from './blocks';

export const BLOCK_MODEL: BlockModel = {
  features: ['words', 'linkDensity', 'sentenceEnd', 'punctuation', 'capitals', 'shortWords', 'digits', 'heading', 'listItem', 'quote', 'cell', 'prev.words', 'prev.linkDensity', 'prev.sentenceEnd', 'first', 'next.words', 'next.linkDensity', 'next.sentenceEnd', 'last', 'position', 'wordsAfter', 'attrComment', 'attrRelated', 'attrShare', 'attrNav', 'attrCaption', 'attrMeta'],
  weights: [
    1.0977, // words
    -1.1521, // linkDensity
    0.7778, // sentenceEnd
    -0.4829, // punctuation
    -0.8171, // capitals
    -0.7327, // shortWords
    0.0803, // digits
    -0.1613, // heading
    0.4287, // listItem
    0.4543, // quote
    -0.1057, // cell
    0, // prev.words
    -0.9214, // prev.linkDensity
    0.2277, // prev.sentenceEnd
    -0.6461, // first
    -0.1025, // next.words
    -0.8662, // next.linkDensity
    0.2712, // next.sentenceEnd
    -0.6789, // last
    -0.4165, // position
    0.27, // wordsAfter
    -0.0909, // attrComment
    -0.1215, // attrRelated
    -0.1006, // attrShare
    -0.3188, // attrNav
    -0.9475, // attrCaption
    -1.0818, // attrMeta
  ],
  bias: 1.7071,
  threshold: 0,
};

/** The threshold chosen on the dev halves (`bench/extract-eval.ts --blocks dev` runs with it). */
export const BLOCK_DEV_THRESHOLD = 0.5;
