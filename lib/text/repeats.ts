/**
 * Quotations an article prints twice: an embedded post (a tweet shown as a card under the paragraph
 * that quotes it), a pull quote repeating a quotation of the text. Ingested as they are, the same
 * words become units twice (once inside the quoting paragraph, once on their own) and count double
 * in every comparison. A block whose words all appear, in order, inside a quotation ("…", “…”, «…»,
 * „…“, ‘…’) of another, longer block is dropped: the quoting block is kept (it carries the
 * attribution: "… he tweeted."). Text repeated outside quotation marks stays (a paragraph printed
 * twice, the readability test pages' lorem-ipsum fixtures: dropping those cost 0.03–0.3 F1 each
 * against their truth, bench/extract-eval.ts), and so does <pre> code.
 */

/** Shorter blocks are left alone: "Advertisement", "Read more", a one-word heading said twice. */
export const MIN_REPEAT_WORDS = 6;
/** Quotations compared per block at most (bounds the work on a page of near-identical quotes). */
const MAX_CANDIDATES = 32;

const wordsKey = (s: string): string => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

/** Quoted passages of a block (straight or typographic double quotes, guillemets, low-9, single curly). */
const QUOTED_RE = /"([^"]+)"|“([^”“]+)”|«([^»]+)»|„([^“”]+)[“”]|‘([^’‘]+)’/g;
function quotedKeys(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(QUOTED_RE)) {
    const q = m.slice(1).find((x) => x !== undefined);
    if (q) out.push(` ${wordsKey(q)} `);
  }
  return out;
}

/** The blocks without the ones repeated inside a quotation of a longer block; `removed` counts them. */
export function dropRepeatedBlocks<T extends { text: string; tag?: string }>(blocks: T[]): { blocks: T[]; removed: number } {
  const keys = blocks.map((b) => wordsKey(b.text));
  // Code repeats itself legitimately (a call shown alone, then inside a longer listing): <pre> stays.
  const long = keys.map((k, i) => k.split(' ').length >= MIN_REPEAT_WORDS && k.length > 0 && blocks[i]!.tag !== 'pre');
  if (long.filter(Boolean).length < 2) return { blocks, removed: 0 };
  // Candidates by the block's first words: a quotation holding block i holds its opening
  // MIN_REPEAT_WORDS-word window, so windows are indexed over the quotations only, each quotation's
  // words computed once, and at most MAX_CANDIDATES quotations are compared per block: linear in the
  // text even for a page of a thousand near-identical quoted paragraphs.
  const quotes: Array<{ j: number; key: string }> = [];
  const windows = new Map<string, number[]>();
  blocks.forEach((b, j) => {
    for (const key of quotedKeys(b.text)) {
      const w = key.trim().split(' ');
      const q = quotes.push({ j, key }) - 1;
      for (let s = 0; s + MIN_REPEAT_WORDS <= w.length; s++) {
        const win = w.slice(s, s + MIN_REPEAT_WORDS).join(' ');
        const at = windows.get(win);
        if (!at) windows.set(win, [q]);
        else if (at.length < MAX_CANDIDATES && at[at.length - 1] !== q) at.push(q);
      }
    }
  });
  if (!quotes.length) return { blocks, removed: 0 };
  const drop = new Set<number>();
  for (let i = 0; i < blocks.length; i++) {
    if (!long[i]) continue;
    const ki = ` ${keys[i]} `;
    for (const q of windows.get(keys[i]!.split(' ').slice(0, MIN_REPEAT_WORDS).join(' ')) ?? []) {
      const { j, key } = quotes[q]!;
      if (i === j || drop.has(j) || keys[j]!.length <= keys[i]!.length) continue;
      if (key.includes(ki)) {
        drop.add(i);
        break;
      }
    }
  }
  return drop.size ? { blocks: blocks.filter((_, k) => !drop.has(k)), removed: drop.size } : { blocks, removed: 0 };
}
