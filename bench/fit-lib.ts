/** Small statistics for the fitting scripts (bench/fit-align.ts, bench/logistic.ts): logistic regression, a linear solver, accuracy/F1, Spearman. */
import { pairProbability } from '../lib/engine/align.ts';

/** L2-regularised logistic regression by Newton's method on standardised features; weights returned on the raw scale. */
export function fitLogistic(X: number[][], y: number[], l2 = 1): { weights: number[]; bias: number } {
  const d = X[0]!.length;
  const mean = Array.from({ length: d }, (_, j) => X.reduce((s, x) => s + x[j]!, 0) / X.length);
  const sd = Array.from({ length: d }, (_, j) => Math.sqrt(X.reduce((s, x) => s + (x[j]! - mean[j]!) ** 2, 0) / X.length) || 1);
  const Z = X.map((x) => [1, ...x.map((v, j) => (v - mean[j]!) / sd[j]!)]);
  const D = d + 1;
  let w = new Array<number>(D).fill(0);
  for (let it = 0; it < 50; it++) {
    const g = new Array<number>(D).fill(0);
    const H = Array.from({ length: D }, () => new Array<number>(D).fill(0));
    for (let i = 0; i < Z.length; i++) {
      const z = Z[i]!;
      const p = 1 / (1 + Math.exp(-z.reduce((s, v, k) => s + v * w[k]!, 0)));
      const r = p - y[i]!;
      const q = p * (1 - p);
      for (let a = 0; a < D; a++) {
        g[a] = g[a]! + r * z[a]!;
        for (let b = 0; b < D; b++) H[a]![b] = H[a]![b]! + q * z[a]! * z[b]!;
      }
    }
    for (let a = 1; a < D; a++) {
      g[a] = g[a]! + l2 * w[a]!;
      H[a]![a] = H[a]![a]! + l2;
    }
    const step = solve(H, g);
    w = w.map((v, k) => v - step[k]!);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  const weights = w.slice(1).map((v, j) => v / sd[j]!);
  const bias = w[0]! - weights.reduce((s, v, j) => s + v * mean[j]!, 0);
  return { weights, bias };
}

export function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((r, i) => [...r, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[p]![c]!)) p = r;
    [M[c], M[p]] = [M[p]!, M[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c || M[c]![c] === 0) continue; // a singular column leaves its weight at 0
      const f = M[r]![c]! / M[c]![c]!;
      for (let k = c; k <= n; k++) M[r]![k] = M[r]![k]! - f * M[c]![k]!;
    }
  }
  return M.map((r, i) => (r[i] === 0 ? 0 : r[n]! / r[i]!));
}

export function scores(p: number[], y: number[], t: number) {
  let tp = 0,
    fp = 0,
    fn = 0,
    ok = 0;
  for (let i = 0; i < p.length; i++) {
    const s = p[i]! >= t;
    if (s === (y[i] === 1)) ok++;
    if (s && y[i] === 1) tp++;
    if (s && y[i] !== 1) fp++;
    if (!s && y[i] === 1) fn++;
  }
  return { acc: ok / p.length, f1: (2 * tp) / (2 * tp + fp + fn) };
}

export function ranks(xs: number[]): number[] {
  const idx = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
  const r = new Array<number>(xs.length);
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j + 1 < idx.length && idx[j + 1]![0] === idx[i]![0]) j++;
    for (let k = i; k <= j; k++) r[idx[k]![1]] = (i + j) / 2;
    i = j + 1;
  }
  return r;
}
export function spearman(a: number[], b: number[]): number {
  const ra = ranks(a);
  const rb = ranks(b);
  const m = (ra.length - 1) / 2;
  let num = 0,
    da = 0,
    db = 0;
  for (let i = 0; i < ra.length; i++) {
    num += (ra[i]! - m) * (rb[i]! - m);
    da += (ra[i]! - m) ** 2;
    db += (rb[i]! - m) ** 2;
  }
  return num / Math.sqrt(da * db);
}

/** The threshold (on the fitted probabilities) with the best accuracy on the training folds. */
export function bestThreshold(p: number[], y: number[]): number {
  let best = 0.5,
    bestAcc = -1;
  for (let t = 0.2; t <= 0.8001; t += 0.01) {
    const { acc } = scores(p, y, t);
    if (acc > bestAcc) [bestAcc, best] = [acc, Number(t.toFixed(2))];
  }
  return best;
}


/**
 * K-fold cross-validated probabilities of a logistic fit (folds by position, i % K: the file order is the
 * corpus order): each row scored by the model fitted without its fold.
 */
export function crossValidated(X: number[][], y: number[], l2: number, K = 5): number[] {
  const p = new Array<number>(y.length);
  for (let k = 0; k < K; k++) {
    const inFold = (i: number) => i % K === k;
    const m = fitLogistic(X.filter((_, i) => !inFold(i)), y.filter((_, i) => !inFold(i)), l2);
    for (let i = 0; i < y.length; i++) if (inFold(i)) p[i] = pairProbability(X[i]!, { ...m, threshold: 0.5 });
  }
  return p;
}
