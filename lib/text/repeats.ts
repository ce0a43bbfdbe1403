/**
 * Paragraphs an article prints twice: an embedded post (a tweet shown as a card under the paragraph
 * that quotes it), a pull quote repeating a line of the text, a caption printed again. Ingested
 * as they are, the same words become units twice (once inside the quoting paragraph, once on
 * their own) and count double in every comparison. A block whose words all appear, in order, in
 * another, longer block of the article is dropped: the longer block is kept (it carries the
 * attribution: "… he tweeted."). Identical blocks are left alone: a page that prints the same
 * paragraph twice says so itself (the readability test pages' fixtures do; dropping the copy cost
 * them 0.03–0.3 F1 each against their truth, bench/extract-eval.ts).
 */

/** Shorter blocks are left alone: "Advertisement", "Read more", a one-word heading said twice. */
export const MIN_REPEAT_WORDS = 6;

const wordsKey = (s: string): string => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

/** The blocks without the ones repeated inside a longer block; `removed` counts them. */
export function dropRepeatedBlocks<T extends { text: string; tag?: string }>(blocks: T[]): { blocks: T[]; removed: number } {
  const keys = blocks.map((b) => wordsKey(b.text));
  // Code repeats itself legitimately (a call shown alone, then inside a longer listing): <pre> stays.
  const long = keys.map((k, i) => k.split(' ').length >= MIN_REPEAT_WORDS && k.length > 0 && blocks[i]!.tag !== 'pre');
  if (long.filter(Boolean).length < 2) return { blocks, removed: 0 };
  // Candidates by the block's first words: a block containing block i contains its opening
  // MIN_REPEAT_WORDS-word window, so only blocks holding that window are compared (linear, not n²).
  const windows = new Map<string, Set<number>>();
  const split = keys.map((k) => k.split(' '));
  split.forEach((w, j) => {
    for (let s = 0; s + MIN_REPEAT_WORDS <= w.length; s++) {
      const key = w.slice(s, s + MIN_REPEAT_WORDS).join(' ');
      const at = windows.get(key) ?? new Set<number>();
      at.add(j);
      windows.set(key, at);
    }
  });
  const drop = new Set<number>();
  for (let i = 0; i < blocks.length; i++) {
    if (!long[i]) continue;
    const ki = ` ${keys[i]} `;
    for (const j of windows.get(split[i]!.slice(0, MIN_REPEAT_WORDS).join(' ')) ?? []) {
      if (i === j || drop.has(j)) continue;
      const kj = keys[j]!;
      if (kj.length <= keys[i]!.length) continue;
      if (` ${kj} `.includes(ki)) {
        drop.add(i);
        break;
      }
    }
  }
  return drop.size ? { blocks: blocks.filter((_, k) => !drop.has(k)), removed: drop.size } : { blocks, removed: 0 };
}
