/**
 * Exploration for the pair decision and the `pairs` score (docs/notes/pairs17.md): candidate extra
 * measures and model forms, measured by 5-fold CV on MRPC train (decision) and on STS-B dev rows that
 * are not headlines (score). MRPC val and the STS-B dev headlines rows are printed for the report only.
 *   npx tsx bench/pairs17-explore.ts [--cache=/tmp/pairs17.json]
 * Never reads MRPC test or the SemEval headlines files.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { bestThreshold, crossValidated, fitLogistic, scores, spearman } from './fit-lib.ts';
import { pairFeatures, pairProbability, pairwise, weighPairs, type PairModel, type Weighted } from '../lib/engine/align.ts';
import { isFunctionWord, sameFigure } from '../lib/nlp';
import { useSynonyms } from '../lib/nlp/paraphrases.ts';
import { SYNONYM_PAIRS } from '../lib/nlp/synonym-data.ts';
import { DATASET_STS, isHeadlines, mrpc, stsb, stsbFitPool, STSB, type Pair } from './sts-data.ts';

if (!DATASET_STS || !STSB) {
  console.log('pairs17-explore: skipped: mirrors absent');
  process.exit(0);
}

function lev(a: readonly string[], b: readonly string[]): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}
function ngrams(seq: readonly string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= seq.length; i++) {
    const k = seq.slice(i, i + n).join(' ');
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}
function shared(a: Map<string, number>, b: Map<string, number>): number {
  let s = 0;
  for (const [k, c] of a) s += Math.min(c, b.get(k) ?? 0);
  return s;
}
/** BLEU of `c` against `r` (n = 1..4, +1 smoothing, brevity penalty). */
function bleu(c: readonly string[], r: readonly string[]): number {
  let lp = 0;
  for (let n = 1; n <= 4; n++) {
    const gc = ngrams(c, n);
    const tot = Math.max(0, c.length - n + 1);
    lp += Math.log((shared(gc, ngrams(r, n)) + 1) / (tot + 1)) / 4;
  }
  const bp = c.length >= r.length ? 1 : Math.exp(1 - r.length / Math.max(1, c.length));
  return bp * Math.exp(lp);
}

const EXTRA = ['unmatchMinLog', 'unmatchMaxLog', 'lenMinLog', 'lenMaxLog', 'lenDiffLog', 'quadMin', 'quadMax', 'editMin', 'editMax', 'bleuMin', 'bleuMax', 'nameMissN', 'figMissN', 'contentUnmatchMin', 'contentUnmatchMax'];
function extras(a: Weighted, b: Weighted): number[] {
  const sa = a.f.seq;
  const sb = b.f.seq;
  const la = sa.length;
  const lb = sb.length;
  const A = new Set(sb);
  const B = new Set(sa);
  const ua = a.f.lex.filter((w) => !A.has(w)).length;
  const ub = b.f.lex.filter((w) => !B.has(w)).length;
  const q = (() => {
    const ga = ngrams(sa, 4);
    const gb = ngrams(sb, 4);
    const s = shared(ga, gb);
    const na = Math.max(0, la - 3);
    const nb = Math.max(0, lb - 3);
    const x = na ? s / na : 0;
    const y = nb ? s / nb : 0;
    return [Math.min(x, y), Math.max(x, y)];
  })();
  const ed = la && lb ? lev(sa, sb) : Math.max(la, lb);
  const e1 = la ? ed / la : 1;
  const e2 = lb ? ed / lb : 1;
  const b1 = la && lb ? bleu(sa, sb) : 0;
  const b2 = la && lb ? bleu(sb, sa) : 0;
  let nm = 0;
  for (const n of a.f.names) if (!A.has(n) && !b.f.names.has(n)) nm++;
  for (const n of b.f.names) if (!B.has(n) && !a.f.names.has(n)) nm++;
  let fm = 0;
  for (const x of a.f.figures) if (!b.f.figures.some((y) => sameFigure(x, y))) fm++;
  for (const x of b.f.figures) if (!a.f.figures.some((y) => sameFigure(x, y))) fm++;
  const ca = sa.filter((w) => !isFunctionWord(w));
  const cb = sb.filter((w) => !isFunctionWord(w));
  const cua = ca.filter((w) => !A.has(w)).length / (ca.length || 1);
  const cub = cb.filter((w) => !B.has(w)).length / (cb.length || 1);
  return [
    Math.log1p(Math.min(ua, ub)),
    Math.log1p(Math.max(ua, ub)),
    Math.log1p(Math.min(la, lb)),
    Math.log1p(Math.max(la, lb)),
    Math.log1p(Math.abs(la - lb)),
    q[0]!,
    q[1]!,
    Math.min(e1, e2),
    Math.max(e1, e2),
    Math.min(b1, b2),
    Math.max(b1, b2),
    Math.log1p(nm),
    Math.log1p(fm),
    Math.min(cua, cub),
    Math.max(cua, cub),
  ];
}

interface Set_ {
  X: number[][];
  y: number[];
}
const cacheFile = process.argv.find((a) => a.startsWith('--cache='))?.slice(8) ?? '/tmp/pairs17.json';
let data: Record<string, Set_>;
if (existsSync(cacheFile)) data = JSON.parse(readFileSync(cacheFile, 'utf8'));
else {
  useSynonyms(SYNONYM_PAIRS);
  const feat = (ps: Pair[]): Set_ => ({
    X: weighPairs(ps.map((p) => [p.a, p.b] as const)).map(([a, b]) => [...pairFeatures(a, b), ...extras(a, b)]),
    y: ps.map((p) => p.y),
  });
  const dev = stsb('dev');
  data = {
    train: feat(mrpc('train')),
    val: feat(mrpc('val')),
    pool: feat(stsbFitPool().pairs),
    devRest: feat(dev.filter((p) => !isHeadlines(p))),
    devHead: feat(dev.filter(isHeadlines)),
  };
  writeFileSync(cacheFile, JSON.stringify(data));
}
export { data, EXTRA };

const BASE = 17;
const NAMES = ['wordCos', 'gramCos', 'uniMin', 'uniMax', 'biMin', 'biMax', 'triMin', 'triMax', 'contentMin', 'contentMax', 'lcs', 'lenRatio', 'nameMiss', 'figureMiss', 'figureBoth', 'negationDiffers', 'quoteCos', 'alignMin', 'alignMax', 'idfAlign', ...EXTRA];
const col = (name: string) => NAMES.indexOf(name);

function pick(X: number[][], cols: number[], products: boolean): number[][] {
  return X.map((x) => {
    const v = cols.map((c) => x[c]!);
    return products ? pairwise(v) : v;
  });
}

/** MRPC 5-fold CV (folds by position) and val, for a set of columns. */
function decision(cols: number[], products = false, l2 = 1) {
  const { X, y } = data.train!;
  const Xs = pick(X, cols, products);
  const cvP = crossValidated(Xs, y, l2);
  const cvT = bestThreshold(cvP, y);
  const cv = scores(cvP, y, cvT);
  const cv5 = scores(cvP, y, 0.5);
  const fit = fitLogistic(Xs, y, l2);
  const model: PairModel = { ...fit, threshold: 0.5 };
  const trP = Xs.map((x) => pairProbability(x, model));
  const t = bestThreshold(trP, y);
  const Vs = pick(data.val!.X, cols, products);
  const vP = Vs.map((x) => pairProbability(x, model));
  const v = scores(vP, data.val!.y, t);
  return { cv, cv5, cvT, t, v, fit };
}

function fmt(r: ReturnType<typeof decision>) {
  return `CV ${r.cv.acc.toFixed(3)}/${r.cv.f1.toFixed(3)} (t ${r.cvT}; @0.5 ${r.cv5.acc.toFixed(3)}/${r.cv5.f1.toFixed(3)})  val ${r.v.acc.toFixed(3)}/${r.v.f1.toFixed(3)} (t ${r.t})`;
}

const mode = process.argv.find((a) => a.startsWith('--mode='))?.slice(7) ?? 'decision';
const base = Array.from({ length: BASE }, (_, i) => i);
if (mode === 'decision') {
  console.log('base 17 linear       ', fmt(decision(base)));
  for (const l2 of [1, 10, 30, 100]) console.log(`base 17 products L2 ${l2}`, fmt(decision(base, true, l2)));
  console.log('base + align         ', fmt(decision([...base, 17, 18, 19])));
  for (const e of EXTRA) console.log(`base + ${e.padEnd(16)}`, fmt(decision([...base, col(e)])));
  const allEx = EXTRA.map(col);
  console.log('base + all extras    ', fmt(decision([...base, ...allEx])));
}
if (mode === 'forward') {
  // Greedy forward selection of extras by CV accuracy on MRPC train.
  let cur = [...base];
  let best = decision(cur).cv.acc;
  const left = [17, 18, 19, ...EXTRA.map(col)];
  for (;;) {
    let pickc = -1;
    let pa = best;
    for (const c of left) {
      if (cur.includes(c)) continue;
      const r = decision([...cur, c]);
      if (r.cv.acc > pa + 0.001) [pa, pickc] = [r.cv.acc, c];
    }
    if (pickc < 0) break;
    cur.push(pickc);
    best = pa;
    console.log(`+ ${NAMES[pickc]}: ${fmt(decision(cur))}`);
  }
}
/** The score fitted on the STS pool with columns `cols` (their pairwise products too), read on STS-B dev. */
function stsRun(cols: number[], products: boolean, l2: number): string {
  const pool = data.pool!;
  const X = pick(pool.X, cols, products);
  const y = pool.y.map((v) => Math.min(1, Math.max(0, v / 5)));
  const m: PairModel = { ...fitLogistic(X, y, l2), threshold: 0.5 };
  const sr = spearman(pick(data.devRest!.X, cols, products).map((x) => pairProbability(x, m)), data.devRest!.y);
  const sh = spearman(pick(data.devHead!.X, cols, products).map((x) => pairProbability(x, m)), data.devHead!.y);
  return `dev non-headlines ${sr.toFixed(3)}  headlines ${sh.toFixed(3)}`;
}
if (mode === 'sts') {
  const all = Array.from({ length: 20 }, (_, i) => i);
  const run = stsRun;
  console.log('20 products L2 1     ', run(all, true, 1));
  for (const e of EXTRA) console.log(`20 + ${e.padEnd(16)} products L2 1`, run([...all, col(e)], true, 1));
  console.log('20 + all extras products L2 3', run([...all, ...EXTRA.map(col)], true, 3));
  console.log('20 + all extras products L2 10', run([...all, ...EXTRA.map(col)], true, 10));
}
if (mode === 'thr') {
  const r = decision(base);
  const { X, y } = data.train!;
  // recompute CV probabilities for the threshold curve
  const cvP = crossValidated(X.map((x) => x.slice(0, BASE)), y, 1);
  const vP = data.val!.X.map((x) => pairProbability(x.slice(0, BASE), { ...r.fit, threshold: 0.5 }));
  for (const t of [0.3, 0.32, 0.34, 0.36, 0.38, 0.4, 0.42, 0.44, 0.46, 0.48, 0.5, 0.51, 0.52, 0.54, 0.55, 0.56, 0.58, 0.6]) {
    const c = scores(cvP, y, t);
    const v = scores(vP, data.val!.y, t);
    console.log(`t ${t.toFixed(2)}: CV ${c.acc.toFixed(3)}/${c.f1.toFixed(3)}  val ${v.acc.toFixed(3)}/${v.f1.toFixed(3)}`);
  }
}
if (mode === 'sts2') {
  const all = Array.from({ length: 20 }, (_, i) => i);
  const run = (cols: number[], l2: number) => stsRun(cols, true, l2);
  const combos: Array<[string, string[]]> = [
    ['len', ['lenMinLog', 'lenMaxLog']],
    ['bleu', ['bleuMin', 'bleuMax']],
    ['lenMin+bleuMin', ['lenMinLog', 'bleuMin']],
    ['lenMin+bleuMin+unmatchMin', ['lenMinLog', 'bleuMin', 'unmatchMinLog']],
    ['len+bleu', ['lenMinLog', 'lenMaxLog', 'bleuMin', 'bleuMax']],
  ];
  for (const [n, c] of combos) for (const l2 of [1, 3]) console.log(`20 + ${n} L2 ${l2}`, run([...all, ...c.map(col)], l2));
}
/** Gradient-boosted regression trees on the logistic loss (depth `depth`, shrinkage `lr`), thresholds at feature quantiles. */
function gbdt(X: number[][], y: number[], trees: number, depth: number, lr: number) {
  const n = X.length;
  const d = X[0]!.length;
  const cuts: number[][] = [];
  for (let j = 0; j < d; j++) {
    const v = X.map((x) => x[j]!).sort((a, b) => a - b);
    const c = new Set<number>();
    for (let q = 1; q < 32; q++) c.add(v[Math.floor((q / 32) * n)]!);
    cuts.push([...c]);
  }
  const p0 = Math.log(y.reduce((s, v) => s + v, 0) / (n - y.reduce((s, v) => s + v, 0)));
  const F = new Array<number>(n).fill(p0);
  type Node = { j: number; c: number; l: Node; r: Node } | { v: number };
  const model: Node[] = [];
  const build = (idx: number[], g: number[], h: number[], dep: number): Node => {
    const G = idx.reduce((s, i) => s + g[i]!, 0);
    const H = idx.reduce((s, i) => s + h[i]!, 0);
    const leaf = { v: (lr * G) / (H + 1) };
    if (dep === 0 || idx.length < 20) return leaf;
    let best = 0, bj = -1, bc = 0;
    const base = (G * G) / (H + 1);
    for (let j = 0; j < d; j++) {
      for (const c of cuts[j]!) {
        let gl = 0, hl = 0, nl = 0;
        for (const i of idx) if (X[i]![j]! <= c) { gl += g[i]!; hl += h[i]!; nl++; }
        if (nl < 5 || idx.length - nl < 5) continue;
        const gain = (gl * gl) / (hl + 1) + ((G - gl) ** 2) / (H - hl + 1) - base;
        if (gain > best) [best, bj, bc] = [gain, j, c];
      }
    }
    if (bj < 0) return leaf;
    const L = idx.filter((i) => X[i]![bj]! <= bc);
    const R = idx.filter((i) => X[i]![bj]! > bc);
    return { j: bj, c: bc, l: build(L, g, h, dep - 1), r: build(R, g, h, dep - 1) };
  };
  const evalNode = (t: Node, x: number[]): number => ('v' in t ? t.v : evalNode(x[t.j]! <= t.c ? t.l : t.r, x));
  const all = Array.from({ length: n }, (_, i) => i);
  for (let t = 0; t < trees; t++) {
    const p = F.map((f) => 1 / (1 + Math.exp(-f)));
    const g = p.map((pi, i) => y[i]! - pi);
    const h = p.map((pi) => pi * (1 - pi));
    const tree = build(all, g, h, depth);
    model.push(tree);
    for (let i = 0; i < n; i++) F[i] = F[i]! + evalNode(tree, X[i]!);
  }
  return (x: number[]) => 1 / (1 + Math.exp(-(p0 + model.reduce((s, t) => s + evalNode(t, x), 0))));
}
if (mode === 'gbdt') {
  const { X, y } = data.train!;
  const cols = process.env.COLS === 'all' ? Array.from({ length: X[0]!.length }, (_, i) => i) : base;
  const Xs = pick(X, cols, false);
  for (const [trees, depth, lr] of [[100, 2, 0.1], [200, 3, 0.05], [300, 2, 0.05]] as const) {
    const cvP = new Array<number>(y.length);
    for (let k = 0; k < 5; k++) {
      const inF = (i: number) => i % 5 === k;
      const f = gbdt(Xs.filter((_, i) => !inF(i)), y.filter((_, i) => !inF(i)), trees, depth, lr);
      for (let i = 0; i < y.length; i++) if (inF(i)) cvP[i] = f(Xs[i]!);
    }
    const t = bestThreshold(cvP, y);
    const f = gbdt(Xs, y, trees, depth, lr);
    const v = scores(pick(data.val!.X, cols, false).map(f), data.val!.y, t);
    console.log(`gbdt ${trees}x${depth} lr ${lr} (${cols.length} cols): CV ${scores(cvP, y, t).acc.toFixed(3)}/${scores(cvP, y, t).f1.toFixed(3)} (t ${t}; @0.5 ${scores(cvP, y, 0.5).acc.toFixed(3)}/${scores(cvP, y, 0.5).f1.toFixed(3)})  val ${v.acc.toFixed(3)}/${v.f1.toFixed(3)}`);
  }
}
