/**
 * How alike two pieces of quoted text are. Character 4-grams over the folded text, function words
 * kept: short quotes live on their function words ("it must be everyone"), and 4-grams survive
 * inflection and small rewordings ("straightforward"/"clear" leave "the only condition is" intact).
 * A selection shorter than a passage is compared with the passage's windows of about its own length,
 * so a part of a quote matches the part of another article's quote it corresponds to.
 */
import { fold } from '../nlp';

/** Folded words: lower case, no accents, quotes and punctuation dropped. */
export function words(s: string): string[] {
  return fold(s)
    .replace(/['"]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export function grams(ws: string[], n = 4): Set<string> {
  const s = ` ${ws.join(' ')} `;
  const out = new Set<string>();
  if (s.length <= n) {
    out.add(s);
    return out;
  }
  for (let k = 0; k + n <= s.length; k++) out.add(s.slice(k, k + n));
  return out;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let inter = 0;
  const [small, big] = a.size < b.size ? [a, b] : [b, a];
  for (const g of small) if (big.has(g)) inter++;
  return inter / (a.size + b.size - inter);
}

/** Share of `a`'s grams found in `b`. */
export function containment(a: Set<string>, b: Set<string>): number {
  if (!a.size) return 0;
  let inter = 0;
  for (const g of a) if (b.has(g)) inter++;
  return inter / a.size;
}

export interface Prepared {
  words: string[];
  grams: Set<string>;
}

export function prepare(s: string): Prepared {
  const ws = words(s);
  return { words: ws, grams: grams(ws) };
}

export interface WindowMatch {
  score: number;
  /** Word range of the best window within the passage, [from, to). */
  from: number;
  to: number;
}

/**
 * Similarity of a selection to a passage: Jaccard of the whole passage, or of its best window of
 * about the selection's length when the passage is longer.
 */
export function windowSimilarity(sel: Prepared, passage: Prepared): WindowMatch {
  const whole: WindowMatch = { score: jaccard(sel.grams, passage.grams), from: 0, to: passage.words.length };
  const L = sel.words.length;
  const n = passage.words.length;
  const lo = Math.max(1, Math.floor(L * 0.8));
  if (n <= lo || L === 0) return whole;
  // Cheap rejection: too little of the selection anywhere in the passage.
  if (containment(sel.grams, passage.grams) < 0.2) return whole;
  let best = whole;
  const hi = Math.min(n - 1, Math.ceil(L * 1.25));
  for (let size = lo; size <= hi; size++) {
    for (let from = 0; from + size <= n; from++) {
      const score = jaccard(sel.grams, grams(passage.words.slice(from, from + size)));
      if (score > best.score) best = { score, from, to: from + size };
    }
  }
  return best;
}
