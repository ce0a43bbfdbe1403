/** Logistic regression for the fitting scripts in bench/ (a handful of inputs: Newton's method is exact and fast). */
import { solve } from './fit-lib.ts';

/** L2-regularised logistic regression; returns the weights of the inputs and the bias. */
export function fitLogistic(xs: number[][], ys: boolean[], l2 = 1e-3, sampleWeights?: number[]): { weights: number[]; bias: number } {
  const d = xs[0]!.length + 1;
  let w = new Array<number>(d).fill(0);
  for (let it = 0; it < 50; it++) {
    const g = new Array<number>(d).fill(0);
    const H = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (let i = 0; i < xs.length; i++) {
      const x = [...xs[i]!, 1];
      const t = x.reduce((s, v, k) => s + v * w[k]!, 0);
      const p = 1 / (1 + Math.exp(-t));
      const sw = sampleWeights?.[i] ?? 1;
      const r = sw * (p - (ys[i] ? 1 : 0));
      for (let a = 0; a < d; a++) {
        g[a]! += r * x[a]!;
        for (let b = 0; b < d; b++) H[a]![b]! += sw * p * (1 - p) * x[a]! * x[b]!;
      }
    }
    for (let a = 0; a < d - 1; a++) {
      g[a]! += l2 * xs.length * w[a]!;
      H[a]![a]! += l2 * xs.length;
    }
    const step = solve(H, g);
    w = w.map((v, k) => v - step[k]!);
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  return { weights: w.slice(0, d - 1), bias: w[d - 1]! };
}
