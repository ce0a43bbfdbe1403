/**
 * Weights of the block decision (lib/text/blocks.ts). Written by
 * `npx tsx bench/extract-blocks.ts --fit l3s,zyte --l2 0.001 --write` on 2026-11-30: logistic regression on
 * the DEV halves (even index of sorted ids) of l3s, zyte (bench/extract-eval.ts sets; Readability per
 * page cached by bench/extract-blocks-cache.ts); threshold chosen on the same dev halves (0.5).
 * threshold 0: off: the held-out rule was not met (best dev threshold 0.5; docs/notes/extract7.md).
 */
import type { BlockModel } from './blocks';

export const BLOCK_MODEL: BlockModel = {
  "features": [
    "words",
    "linkDensity",
    "sentenceEnd",
    "punctuation",
    "capitals",
    "shortWords",
    "digits",
    "heading",
    "listItem",
    "quote",
    "cell",
    "prev.words",
    "prev.linkDensity",
    "prev.sentenceEnd",
    "first",
    "next.words",
    "next.linkDensity",
    "next.sentenceEnd",
    "last",
    "position",
    "wordsAfter",
    "attrComment",
    "attrRelated",
    "attrShare",
    "attrNav",
    "attrCaption",
    "attrMeta"
  ],
  "weights": [
    1.0228,
    -1.6682,
    0.6813,
    -0.5143,
    -0.2958,
    -0.6672,
    0.6283,
    -0.1601,
    0.6965,
    0.4739,
    -0.2333,
    1.0668,
    -1.5965,
    0.4997,
    -0.5026,
    0.6808,
    -0.5804,
    0.5013,
    -0.0615,
    -0.8068,
    -0.1241,
    -5.8786,
    -0.0716,
    -0.1722,
    0.1528,
    -0.9014,
    0.1814
  ],
  "bias": 0.6794,
  "threshold": 0
};
export const BLOCK_DEV_THRESHOLD = 0;
