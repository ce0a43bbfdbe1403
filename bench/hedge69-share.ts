/**
 * hedge69: the share of a text's distinct content stems found in the best run of `w` consecutive units of an article
 * (`there`: each unit's stems; the whole article when it has fewer, = rank.ts `contained` over the page). Measured,
 * not shipped: bench/hedge69-window.patch puts it in `contained`'s place (docs/notes/hedge69.md).
 */
import { stems } from '../lib/nlp/index.ts';

export function windowShare(text: string, there: ReadonlyArray<ReadonlySet<string>>, w: number): number {
  const want = [...new Set(stems(text, { keepFunctionWords: false }))];
  // The unit each stem was last seen in; the window ending at unit i holds those seen after i − w.
  const last = want.map(() => -Infinity);
  let best = 0;
  there.forEach((u, i) => {
    want.forEach((x, k) => u.has(x) && (last[k] = i));
    best = Math.max(best, last.filter((j) => j > i - w).length);
  });
  return want.length ? best / want.length : 0;
}

/** Each unit's stems (function words kept, as rank.ts `reportWords` reads a page). */
export const unitStems = (units: ReadonlyArray<{ text: string }>): Array<Set<string>> => units.map((u) => new Set(stems(u.text)));
