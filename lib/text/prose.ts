/**
 * A second extraction of a whole page, independent of Readability: the page's prose paragraphs,
 * found by a paragraph classifier in the manner of jusText (Pomikálek 2011) with its published
 * default lengths and link-density cut, language-free (a sentence ending stands in for jusText's
 * stop-word density). Used as a fallback candidate when Readability's text is thin against the
 * prose the page holds (trafilatura's "second extractor and choose" idea; docs/notes/extract8.md).
 */
import type { Block } from './html';
import { endsLikeSentence } from './boilerplate';

/** jusText's defaults: shorter than LENGTH_LOW characters is "short", LENGTH_HIGH and more can be "good". */
const LENGTH_LOW = 70;
const LENGTH_HIGH = 200;
/** jusText's MAX_LINK_DENSITY: a paragraph with more link text than this is boilerplate. */
const MAX_LINK_DENSITY = 0.2;

type Kind = 'good' | 'near' | 'short' | 'bad';

function contextFree(b: Block): Kind {
  const len = b.text.length;
  const ld = (b.linkChars ?? 0) / Math.max(1, len);
  if (ld > MAX_LINK_DENSITY) return 'bad';
  if (len < LENGTH_LOW) return 'short';
  if (!endsLikeSentence(b.text)) return 'bad';
  return len >= LENGTH_HIGH ? 'good' : 'near';
}

/**
 * The page's prose blocks, in page order. Context-free classes first (bad / short / near-good /
 * good), then jusText's context rules: a near-good block next to a good one (nearest non-short
 * neighbours) is good; a short block or a heading between good blocks on both sides is good; a
 * heading directly followed by good text is good.
 */
export function proseBlocks(blocks: Block[]): Block[] {
  const cf = blocks.map(contextFree);
  const neighbour = (k: number, step: number, kinds: Kind[]): Kind | null => {
    for (let j = k + step; j >= 0 && j < kinds.length; j += step) if (kinds[j] !== 'short') return kinds[j]!;
    return null;
  };
  const mid = cf.map((c, k) => {
    if (c !== 'near') return c;
    return neighbour(k, -1, cf) === 'good' || neighbour(k, 1, cf) === 'good' ? 'good' : 'bad';
  });
  const out = mid.map((c, k) => {
    if (c !== 'short') return c;
    const prev = neighbour(k, -1, mid);
    const next = neighbour(k, 1, mid);
    if (prev === 'good' && next === 'good') return 'good';
    if (/^h[1-6]$/.test(blocks[k]!.tag) && next === 'good' && mid[k + 1] === 'good') return 'good';
    return 'bad';
  });
  return blocks.filter((_, k) => out[k] === 'good');
}

const charsOf = (bs: ReadonlyArray<{ text: string }>) => bs.reduce((n, b) => n + b.text.length, 0);

/**
 * Readability's blocks, or the page's prose blocks when these hold more than `ratio` times the
 * characters (Readability picked a container that holds only part of the article, or nothing).
 * `ratio` 0: off (always Readability).
 */
export function chooseExtraction<T extends { text: string }>(readability: T[], prose: T[], ratio: number): { blocks: T[]; fallback: boolean } {
  if (!ratio || !prose.length) return { blocks: readability, fallback: false };
  if (charsOf(prose) > ratio * charsOf(readability)) return { blocks: prose, fallback: true };
  return { blocks: readability, fallback: false };
}
