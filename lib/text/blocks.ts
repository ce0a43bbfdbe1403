/**
 * A fitted block decision over the article blocks Readability kept (issue 11 item 6): each block
 * gets a few shallow features — its own shape (words, link density, punctuation, capitals, digits,
 * tag), the shape of the blocks before and after it (boilerpipe's observation that boilerplate comes
 * in runs), where it sits in the article, and a handful of generic class/id words of the elements
 * around it (comment, related, share, navigation, caption, meta) — and a logistic model says how
 * likely the block is article text. Blocks the model rejects are dropped. Nothing here knows a site.
 *
 * The weights live in ./blocks-fit.ts (fitted by bench/extract-blocks.ts); with `threshold` 0 the
 * decision is off and the blocks pass through unchanged.
 */
import type { Block } from './html';

export interface BlockModel {
  /** Names of the features, in the order of `weights` (checked against FEATURE_NAMES). */
  features: readonly string[];
  weights: readonly number[];
  bias: number;
  /** A block whose probability of being article text is below this goes; 0: the decision is off. */
  threshold: number;
}

/**
 * Generic class/id words, one feature each. The class and id values are cut into words (at
 * non-letters and camelCase humps: "post-comments", "relatedLinks", "social_share") and a feature is
 * on when one of its words is among them, so "responsive" or "lazy-image" do not count as replies
 * or captions.
 */
const ATTR_WORDS: ReadonlyArray<[string, ReadonlySet<string>]> = [
  ['attrComment', new Set(['comment', 'comments', 'disqus', 'reply', 'replies', 'discussion'])],
  ['attrRelated', new Set(['related', 'recommended', 'recommendations', 'promo', 'teaser', 'teasers', 'trending', 'popular', 'outbrain', 'taboola', 'sponsored'])],
  ['attrShare', new Set(['share', 'sharing', 'social', 'follow'])],
  ['attrNav', new Set(['nav', 'navbar', 'navigation', 'menu', 'footer', 'sidebar', 'widget', 'breadcrumb', 'breadcrumbs', 'banner', 'masthead'])],
  ['attrCaption', new Set(['caption', 'credit', 'credits', 'figure', 'figcaption', 'gallery', 'photo'])],
  ['attrMeta', new Set(['byline', 'author', 'dateline', 'timestamp', 'date', 'time', 'meta', 'tags'])],
];

/** The words of class/id values: "relatedLinks post-comments" → related, links, post, comments. */
function attrWords(attrs: string): Set<string> {
  return new Set(
    attrs
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter(Boolean),
  );
}

const OWN = ['words', 'linkDensity', 'sentenceEnd', 'punctuation', 'capitals', 'shortWords', 'digits', 'heading', 'listItem', 'quote', 'cell'] as const;
const NEIGHBOUR = ['words', 'linkDensity', 'sentenceEnd'] as const;

export const FEATURE_NAMES: readonly string[] = [
  ...OWN,
  ...NEIGHBOUR.map((n) => `prev.${n}`),
  'first',
  ...NEIGHBOUR.map((n) => `next.${n}`),
  'last',
  'position',
  'wordsAfter',
  ...ATTR_WORDS.map(([n]) => n),
];

const WORD_RE = /[\p{L}\p{N}]+/gu;

/** The shape of one block, each value in about [0, 1.5]. */
function own(b: Block): number[] {
  const t = b.text.trim();
  const w = t.match(WORD_RE) ?? [];
  const n = Math.max(1, w.length);
  const punct = (t.match(/[.,;:!?]/g) ?? []).length;
  const caps = w.filter((x) => /^\p{Lu}/u.test(x)).length;
  const shortW = w.filter((x) => x.length <= 3 && /^\p{L}+$/u.test(x)).length;
  const digits = w.filter((x) => /\p{N}/u.test(x)).length;
  const tag = b.tag;
  return [
    Math.log1p(w.length) / 4,
    Math.min(1, (b.linkChars ?? 0) / Math.max(1, t.length)),
    /[.!?…]["'”’»)\]]*$/.test(t) ? 1 : 0,
    Math.min(1, (punct / n) * 4),
    caps / n,
    shortW / n,
    digits / n,
    /^h[1-6]$/.test(tag) ? 1 : 0,
    tag === 'li' || tag === 'dd' || tag === 'dt' ? 1 : 0,
    tag === 'blockquote' ? 1 : 0,
    tag === 'td' || tag === 'th' ? 1 : 0,
  ];
}

/** Feature rows for a list of blocks in article order (one row per block, FEATURE_NAMES order). */
export function blockFeatures(blocks: readonly Block[]): number[][] {
  const mine = blocks.map(own);
  const words = blocks.map((b) => (b.text.match(WORD_RE) ?? []).length);
  const total = Math.max(1, words.reduce((a, x) => a + x, 0));
  const n = blocks.length;
  // A class word counts for a block only when it does not also cover most of the article: words on
  // the container that holds the whole text ("post has-comments", "photo-story") say nothing about
  // one block of it.
  const flags = blocks.map((b) => {
    const aw = attrWords(b.attrs ?? '');
    return ATTR_WORDS.map(([, set]) => Array.from(set).some((x) => aw.has(x)));
  });
  const wide = ATTR_WORDS.map((_, j) => flags.reduce((a, f, k) => a + (f[j] ? words[k]! : 0), 0) / total >= 0.5);
  let after = total;
  return blocks.map((b, k) => {
    after -= words[k]!;
    const p = mine[k - 1];
    const q = mine[k + 1];
    // Neighbours speak for short blocks only (a credit line or a label between links); a paragraph
    // of forty words or more is judged by its own shape, whatever surrounds it.
    const g = Math.max(0, 1 - words[k]! / 40);
    return [
      ...mine[k]!,
      p ? g * p[0]! : 0, p ? g * p[1]! : 0, p ? g * p[2]! : 0, p ? 0 : g,
      q ? g * q[0]! : 0, q ? g * q[1]! : 0, q ? g * q[2]! : 0, q ? 0 : g,
      n > 1 ? k / (n - 1) : 0,
      after / total,
      ...flags[k]!.map((on, j) => (on && !wide[j] ? 1 : 0)),
    ];
  });
}

/** Probability that each block is article text under `model`. */
export function blockScores(blocks: readonly Block[], model: BlockModel): number[] {
  if (model.features.length !== FEATURE_NAMES.length || model.features.some((f, k) => f !== FEATURE_NAMES[k])) {
    throw new Error('block model: feature names do not match FEATURE_NAMES');
  }
  return blockFeatures(blocks).map((x) => {
    let t = model.bias;
    for (let k = 0; k < x.length; k++) t += x[k]! * model.weights[k]!;
    return 1 / (1 + Math.exp(-t));
  });
}

/** Drops the blocks the model rejects; keeps everything when the decision is off or it would drop all. */
export function decideBlocks<T extends Block>(blocks: T[], model: BlockModel): T[] {
  if (!model.threshold || blocks.length === 0) return blocks;
  const s = blockScores(blocks, model);
  const kept = blocks.filter((_, k) => s[k]! >= model.threshold);
  return kept.length ? kept : blocks;
}
