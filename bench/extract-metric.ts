/**
 * The Zyte article-extraction benchmark's word metric, shared by scripts/zyte-eval.ts and
 * bench/extract-eval.ts (re-implemented from the benchmark's description and evaluate.py's
 * behaviour): tokens are runs of Unicode word characters (Python's `\w+`: letters, digits,
 * underscore); shingles are word 4-grams (a text with fewer than 4 tokens gives one shorter
 * shingle); per page, tp/fp/fn are multiset overlaps of shingles, normalised by their sum;
 * precision is averaged over pages with tp+fp > 0, recall over pages with tp+fn > 0;
 * F1 = 2PR/(P+R).
 */
export type TpFpFn = [number, number, number];

const TOKEN_RE = /[\p{L}\p{N}_]+/gu;
export const tokenize = (text: string): string[] => text.match(TOKEN_RE) ?? [];

export function shingles(text: string, n = 4): Map<string, number> {
  const t = tokenize(text);
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, t.length - n + 1); i++) {
    const sh = t.slice(i, i + n);
    if (!sh.length) continue;
    const key = sh.join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Share of `text`'s word 4-grams (counted with multiplicity) present in `grams`; 0 for an empty text. */
export function covered(text: string, grams: Map<string, number>): number {
  let all = 0;
  let hit = 0;
  for (const [k, v] of shingles(text)) {
    all += v;
    if (grams.has(k)) hit += v;
  }
  return all ? hit / all : 0;
}

export function shingleMatch(truth: string, pred: string): TpFpFn {
  const a = shingles(truth);
  const b = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const t = a.get(key) ?? 0;
    const p = b.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [tp, fp, fn];
}

export const precisionOf = ([tp, fp, fn]: TpFpFn) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp));
export const recallOf = ([tp, fp, fn]: TpFpFn) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn));
export const f1Of = (r: TpFpFn) => {
  const p = precisionOf(r);
  const q = recallOf(r);
  return p + q ? (2 * p * q) / (p + q) : 0;
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

export function metrics(rows: TpFpFn[]): { precision: number; recall: number; f1: number } {
  const precision = mean(rows.filter(([tp, fp]) => tp + fp > 0).map(precisionOf));
  const recall = mean(rows.filter(([tp, , fn]) => tp + fn > 0).map(recallOf));
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
