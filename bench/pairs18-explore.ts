/**
 * Exploration for the pair decision (docs/notes/pairs18.md): the 5-fold CV errors of MRPC train sorted by
 * mechanism (a changed figure, a changed name, negation, one side carrying extra content, reported vs direct
 * speech), and candidate measures for those mechanisms, each measured by 5-fold CV on MRPC train.
 * MRPC val is printed for the report only. Never reads MRPC test or the SemEval headlines files, and never
 * featurizes the STS-B dev headlines rows (the held-out STS figure; bench/fit-align.ts prints it).
 *   npx tsx bench/pairs18-explore.ts [--mode=errors|decision|sts|kld|stack|l2|repeat] [--cache=/tmp/pairs18/feat.json]
 *     errors:   CV errors by mechanism (SHOW=<category> N=15 prints examples)
 *     decision: each candidate measure added to the decision's 17 (CV, val, McNemar counts against the base)
 *     sts:      each candidate added to the `pairs` score's 22 (products, L2 1), STS-B dev non-headlines Spearman
 *     kld:      TF-KLD word weights (Ji & Eisenstein 2013) learned in nested folds (ALPHA, MIN_N)
 *     stack:    the STS score refitted without MSRpar as one more decision measure
 *     l2:       the decision's ridge and model form
 *     repeat:   R shuffled 5-fold CVs (R=10): the spread of a CV figure and paired differences
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { bestThreshold, crossValidated, fitLogistic, scores, spearman } from './fit-lib.ts';
import { DECISION_FEATURES, pairFeatures, pairProbability, pairwise, weighPairs, type PairModel, type Weighted } from '../lib/engine/align.ts';
import { figureConflict } from '../lib/engine/conflicts.ts';
import { isFunctionWord, sameFigure } from '../lib/nlp';
import { isParaphrase, useSynonyms } from '../lib/nlp/paraphrases.ts';
import { SYNONYM_PAIRS } from '../lib/nlp/synonym-data.ts';
import { DATASET_STS, isHeadlines, mrpc, stsb, stsbFitPool, STSB, type Pair } from './sts-data.ts';

if (!DATASET_STS || !STSB) {
  console.log('pairs18-explore: skipped: mirrors absent');
  process.exit(0);
}

const REPORT = /^(said|say|says|sai|add|ad|added|tell|told|state|stat|accord|according|announc|explain|note|not|continu|warn|claim)$/;
/** Longest run of `a`'s stems absent from `b` that holds a content word, as a share of `a`'s length, and its length. */
function unmatchedRun(a: readonly string[], b: readonly string[]): [number, number] {
  const there = new Set(b);
  let best = 0;
  let run = 0;
  let content = false;
  for (const w of a) {
    if (!there.has(w)) {
      run++;
      if (!isFunctionWord(w)) content = true;
      if (content && run > best) best = run;
    } else {
      run = 0;
      content = false;
    }
  }
  return [a.length ? best / a.length : 0, best];
}

export const EXTRA = ['runMin', 'runMax', 'runLogMax', 'figConflict', 'figBothMiss', 'nameBothMiss', 'nameOneMiss', 'reportContentMin', 'reportContentMax', 'reportOneSide', 'idfCovMin', 'idfCovMax', 'idfLeftMinLog', 'idfLeftMaxLog', 'alLeftMinLog', 'alLeftMaxLog'];
function extras(a: Weighted, b: Weighted): number[] {
  const sa = a.f.seq;
  const sb = b.f.seq;
  const [ra, la] = unmatchedRun(sa, sb);
  const [rb, lb] = unmatchedRun(sb, sa);
  const fc = figureConflict(a.f.figures, b.f.figures) ? 1 : 0;
  const fma = a.f.figures.filter((x) => !b.f.figures.some((y) => sameFigure(x, y))).length;
  const fmb = b.f.figures.filter((x) => !a.f.figures.some((y) => sameFigure(x, y))).length;
  const A = new Set(sa);
  const B = new Set(sb);
  const nma = [...a.f.names].filter((n) => !B.has(n) && !b.f.names.has(n)).length;
  const nmb = [...b.f.names].filter((n) => !A.has(n) && !a.f.names.has(n)).length;
  // content coverage without reporting verbs
  const ca = sa.filter((w) => !isFunctionWord(w) && !REPORT.test(w));
  const cb = sb.filter((w) => !isFunctionWord(w) && !REPORT.test(w));
  const cva = ca.length ? ca.filter((w) => B.has(w)).length / ca.length : 0;
  const cvb = cb.length ? cb.filter((w) => A.has(w)).length / cb.length : 0;
  const repA = sa.some((w) => REPORT.test(w));
  const repB = sb.some((w) => REPORT.test(w));
  // IDF mass of each side's content stems the other side lacks: how much information one side adds.
  const mass = (w: Weighted, other: Set<string>) => {
    let all = 0;
    let left = 0;
    w.f.lex.forEach((x, k) => {
      all += w.lexIdf[k]!;
      if (!other.has(x)) left += w.lexIdf[k]!;
    });
    return [all ? 1 - left / all : 0, left];
  };
  const LB = new Set(b.f.lex);
  const LA = new Set(a.f.lex);
  const [ia, xa] = mass(a, LB);
  const [ib, xb] = mass(b, LA);
  // the same, a stem counting as matched when the other side has it or a paraphrase / synonym of it (alignMin's matching)
  const alMass = (w: Weighted, other: readonly string[]) => {
    const there = new Set(other);
    let left = 0;
    w.f.lex.forEach((x, k) => {
      if (!there.has(x) && !other.some((v) => isParaphrase(x, v))) left += w.lexIdf[k]!;
    });
    return left;
  };
  const aa = alMass(a, b.f.lex);
  const ab = alMass(b, a.f.lex);
  const idf = [Math.min(ia!, ib!), Math.max(ia!, ib!), Math.log1p(Math.min(xa!, xb!)), Math.log1p(Math.max(xa!, xb!)), Math.log1p(Math.min(aa, ab)), Math.log1p(Math.max(aa, ab))];
  return [...[Math.min(ra, rb), Math.max(ra, rb), Math.log1p(Math.max(la, lb)), fc, fma > 0 && fmb > 0 ? 1 : 0, nma > 0 && nmb > 0 ? 1 : 0, (nma > 0) !== (nmb > 0) ? 1 : 0, Math.min(cva, cvb), Math.max(cva, cvb), repA !== repB ? 1 : 0], ...idf];
}

interface Data {
  X: number[][];
  y: number[];
  a: string[];
  b: string[];
  sa: string[][];
  sb: string[][];
}
const cacheFile = process.argv.find((a) => a.startsWith('--cache='))?.slice(8) ?? '/tmp/pairs18/feat.json';
let data: Record<string, Data>;
if (existsSync(cacheFile)) data = JSON.parse(readFileSync(cacheFile, 'utf8'));
else {
  useSynonyms(SYNONYM_PAIRS);
  const feat = (ps: Pair[]): Data => {
    const w = weighPairs(ps.map((p) => [p.a, p.b] as const));
    return {
      X: w.map(([a, b]) => [...pairFeatures(a, b), ...extras(a, b)]),
      y: ps.map((p) => p.y),
      a: ps.map((p) => p.a),
      b: ps.map((p) => p.b),
      sa: w.map(([a]) => [...a.f.seq]),
      sb: w.map(([, b]) => [...b.f.seq]),
    };
  };
  // STS: the fit pool (STS-B train, no headlines rows) and STS-B dev rows that are not headlines; the dev
  // headlines rows (held out) are not featurized here.
  data = { train: feat(mrpc('train')), val: feat(mrpc('val')), stsFit: feat(stsbFitPool().pairs), stsDev: feat(stsb('dev').filter((p) => !isHeadlines(p))) };
  writeFileSync(cacheFile, JSON.stringify(data));
}
const NF = 22;
const mode = process.argv.find((a) => a.startsWith('--mode='))?.slice(7) ?? 'errors';
const tr = data.train!;
const va = data.val!;
const base = (x: number[]) => x.slice(0, DECISION_FEATURES);
const ex = (x: number[], names: string[]) => names.map((n) => x[NF + EXTRA.indexOf(n)]!);

function cv(sel: (x: number[]) => number[], l2 = 1) {
  const X = tr.X.map(sel);
  const p = crossValidated(X, tr.y, l2);
  const t = bestThreshold(p, tr.y);
  const s = scores(p, tr.y, t);
  const s51 = scores(p, tr.y, 0.51);
  return { p, t, ...s, acc51: s51.acc, f151: s51.f1 };
}

if (mode === 'errors') {
  const r = cv(base);
  console.log(`base CV acc ${r.acc.toFixed(3)} F1 ${r.f1.toFixed(3)} at ${r.t}`);
  const cats: Record<string, (i: number) => boolean> = {
    all: () => true,
    figConflict: (i) => ex(tr.X[i]!, ['figConflict'])[0] === 1,
    figBothMiss: (i) => ex(tr.X[i]!, ['figBothMiss'])[0] === 1,
    figureMiss: (i) => tr.X[i]![13]! > 0,
    nameBothMiss: (i) => ex(tr.X[i]!, ['nameBothMiss'])[0] === 1,
    nameOneMiss: (i) => ex(tr.X[i]!, ['nameOneMiss'])[0] === 1,
    negationDiffers: (i) => tr.X[i]![15] === 1,
    longRun: (i) => ex(tr.X[i]!, ['runMax'])[0]! >= 0.3,
    lenRatio_lt_0_7: (i) => tr.X[i]![11]! < 0.7,
    reportOneSide: (i) => ex(tr.X[i]!, ['reportOneSide'])[0] === 1,
    quoteOneSide: (i) => /"/.test(tr.a[i]!) !== /"/.test(tr.b[i]!),
  };
  console.log('category            n   pos%   meanP   acc   falseSame falseDiff');
  for (const [name, f] of Object.entries(cats)) {
    const idx = tr.y.map((_, i) => i).filter(f);
    const pos = idx.filter((i) => tr.y[i] === 1).length;
    const mp = idx.reduce((s, i) => s + r.p[i]!, 0) / (idx.length || 1);
    const ok = idx.filter((i) => (r.p[i]! >= r.t) === (tr.y[i] === 1)).length;
    const fs = idx.filter((i) => r.p[i]! >= r.t && tr.y[i] === 0).length;
    const fd = idx.filter((i) => r.p[i]! < r.t && tr.y[i] === 1).length;
    console.log(`${name.padEnd(18)} ${String(idx.length).padStart(4)} ${(pos / (idx.length || 1)).toFixed(3)}  ${mp.toFixed(3)}  ${(ok / (idx.length || 1)).toFixed(3)}  ${String(fs).padStart(5)} ${String(fd).padStart(5)}`);
  }
  const show = process.env.SHOW;
  if (show) {
    const f = cats[show]!;
    const idx = tr.y.map((_, i) => i).filter(f).filter((i) => (r.p[i]! >= r.t) !== (tr.y[i] === 1)).slice(0, Number(process.env.N ?? 15));
    for (const i of idx) console.log(`\n[y=${tr.y[i]} p=${r.p[i]!.toFixed(2)}]\n  A: ${tr.a[i]}\n  B: ${tr.b[i]}`);
  }
}

if (mode === 'decision') {
  const b = cv(base);
  console.log(`base: CV acc ${b.acc.toFixed(3)} F1 ${b.f1.toFixed(3)} (t ${b.t}); at 0.51 ${b.acc51.toFixed(3)} / ${b.f151.toFixed(3)}`);
  const sets: string[][] = [...EXTRA.map((e) => [e]), ['runMin', 'runMax'], ['figConflict', 'figBothMiss'], ['nameBothMiss', 'nameOneMiss'], ['reportContentMin', 'reportContentMax'], ['idfCovMin', 'idfCovMax'], ['idfLeftMinLog', 'idfLeftMaxLog'], EXTRA];
  for (const s of sets) {
    const sel = (x: number[]) => [...base(x), ...ex(x, s)];
    const r = cv(sel);
    // val: fitted on all of train, at the CV threshold
    const m = fitLogistic(tr.X.map(sel), tr.y, 1);
    const sv = scores(va.X.map((x) => pairProbability(sel(x), { ...m, threshold: 0.5 })), va.y, r.t);
    // McNemar on the CV decisions against the base's: pairs only one of the two gets right
    let onlyNew = 0;
    let onlyBase = 0;
    tr.y.forEach((y, i) => {
      const okN = (r.p[i]! >= r.t) === (y === 1);
      const okB = (b.p[i]! >= b.t) === (y === 1);
      if (okN && !okB) onlyNew++;
      if (okB && !okN) onlyBase++;
    });
    console.log(`+${s.join('+').padEnd(40)} CV acc ${r.acc.toFixed(3)} F1 ${r.f1.toFixed(3)} (t ${r.t}); at 0.51 ${r.acc51.toFixed(3)} / ${r.f151.toFixed(3)}; val ${sv.acc.toFixed(3)} / ${sv.f1.toFixed(3)}; right only with / only without ${onlyNew} / ${onlyBase}`);
  }
}

if (mode === 'sts') {
  const fit = data.stsFit!;
  const dev = data.stsDev!;
  const y = fit.y.map((v) => Math.min(1, Math.max(0, v / 5)));
  const run = (sel: (x: number[]) => number[], l2 = 1) => {
    const f = fitLogistic(fit.X.map((x) => pairwise(sel(x))), y, l2);
    const m: PairModel = { weights: f.weights, bias: f.bias, threshold: 0.5, pairwise: true };
    return spearman(dev.X.map((x) => pairProbability(sel(x), m)), dev.y);
  };
  const b = (x: number[]) => x.slice(0, NF);
  console.log(`base (22 measures, products, L2 1): STS-B dev non-headlines Spearman ${run(b).toFixed(3)}`);
  const sets: string[][] = [...EXTRA.map((e) => [e]), ['runMin', 'runMax'], ['figConflict', 'figBothMiss'], ['nameBothMiss', 'nameOneMiss'], ['reportContentMin', 'reportContentMax'], ['idfCovMin', 'idfCovMax'], ['idfLeftMinLog', 'idfLeftMaxLog'], ['alLeftMinLog', 'alLeftMaxLog']];
  for (const s of sets) console.log(`+${s.join('+').padEnd(40)} ${run((x) => [...b(x), ...ex(x, s)]).toFixed(3)}`);
}

/**
 * TF-KLD (Ji & Eisenstein 2013): each stem weighted by the KL divergence between the chance that it is shared
 * (given it occurs on one side) in paraphrase pairs and in non-paraphrase pairs, learned on the rows given.
 */
function kldTable(rows: number[], d: Data, alpha: number, minN: number): Map<string, number> {
  const c = new Map<string, [number, number, number, number]>(); // posBoth, posOne, negBoth, negOne
  for (const i of rows) {
    const A = new Set(d.sa[i]);
    const B = new Set(d.sb[i]);
    for (const w of new Set([...A, ...B])) {
      const e = c.get(w) ?? [0, 0, 0, 0];
      const both = A.has(w) && B.has(w);
      e[(d.y[i] === 1 ? 0 : 2) + (both ? 0 : 1)]!++;
      c.set(w, e);
    }
  }
  const out = new Map<string, number>();
  for (const [w, [pb, po, nb, no]] of c) {
    if (pb + po + nb + no < minN) continue;
    const p = (pb + alpha) / (pb + po + 2 * alpha);
    const q = (nb + alpha) / (nb + no + 2 * alpha);
    out.set(w, p * Math.log(p / q) + (1 - p) * Math.log((1 - p) / (1 - q)));
  }
  return out;
}
function kldFeatures(sa: string[], sb: string[], t: Map<string, number>, dflt: number): number[] {
  const A = new Set(sa);
  const B = new Set(sb);
  const w = (x: string) => t.get(x) ?? dflt;
  let ab = 0, a = 0, b = 0;
  for (const x of A) { a += w(x); if (B.has(x)) ab += w(x); }
  for (const x of B) b += w(x);
  const cos = a && b ? ab / Math.sqrt(a * b) : 0;
  const ca = a ? ab / a : 0;
  const cb = b ? ab / b : 0;
  return [cos, Math.min(ca, cb), Math.max(ca, cb)];
}
if (mode === 'kld') {
  const K = 5;
  const alpha = Number(process.env.ALPHA ?? 1);
  const minN = Number(process.env.MIN_N ?? 2);
  const n = tr.y.length;
  const kf = new Array<number[]>(n);
  for (let k = 0; k < K; k++) {
    const rows = tr.y.map((_, i) => i).filter((i) => i % K !== k);
    const t = kldTable(rows, tr, alpha, minN);
    const vals = [...t.values()].sort((x, y) => x - y);
    const med = vals[vals.length >> 1] ?? 0;
    for (let i = 0; i < n; i++) if (i % K === k) kf[i] = kldFeatures(tr.sa[i]!, tr.sb[i]!, t, med);
  }
  // kf: each train row's KLD features from the table of the other four folds (out of fold). The CV below is
  // nested: the held-out fold's rows read the table of the four training folds, and each training row reads a
  // table of the other three (so the logistic never sees a feature computed with its own label). For val, the
  // logistic is fitted on the out-of-fold features (kf) and val reads the table of all of train.
  const p = new Array<number>(n);
  const sel = (i: number, which: number[]) => [...base(tr.X[i]!), ...which.map((j) => kf[i]![j]!)];
  for (const which of [[], [0], [1, 2], [0, 1, 2]]) {
    for (let k = 0; k < K; k++) {
      // training rows' KLD features must come from a table fitted without the held-out fold too:
      const rows = tr.y.map((_, i) => i).filter((i) => i % K !== k);
      const t = kldTable(rows, tr, alpha, minN);
      const vals = [...t.values()].sort((x, y) => x - y);
      const med = vals[vals.length >> 1] ?? 0;
      // nested: each training row's KLD features from a table fitted on the other training rows (inner folds)
      const inner = new Map<number, number[]>();
      for (let h = 0; h < K; h++) {
        if (h === k) continue;
        const r2 = rows.filter((i) => i % K !== h);
        const t2 = kldTable(r2, tr, alpha, minN);
        const v2 = [...t2.values()].sort((x, y) => x - y);
        const m2 = v2[v2.length >> 1] ?? 0;
        for (const i of rows) if (i % K === h) inner.set(i, kldFeatures(tr.sa[i]!, tr.sb[i]!, t2, m2));
      }
      const Xk = rows.map((i) => [...base(tr.X[i]!), ...which.map((j) => inner.get(i)![j]!)]);
      const m = fitLogistic(Xk, rows.map((i) => tr.y[i]!), 1);
      for (let i = 0; i < n; i++) if (i % K === k) p[i] = pairProbability(sel(i, which), { ...m, threshold: 0.5 });
    }
    const th = bestThreshold(p, tr.y);
    const s = scores(p, tr.y, th);
    // val: table and model from all of train
    const t = kldTable(tr.y.map((_, i) => i), tr, alpha, minN);
    const vals = [...t.values()].sort((x, y) => x - y);
    const med = vals[vals.length >> 1] ?? 0;
    const Xa = tr.y.map((_, i) => [...base(tr.X[i]!), ...which.map((j) => kf[i]![j]!)]);
    const m = fitLogistic(Xa, tr.y, 1);
    const pv = va.y.map((_, i) => pairProbability([...base(va.X[i]!), ...which.map((j) => kldFeatures(va.sa[i]!, va.sb[i]!, t, med)[j]!)], { ...m, threshold: 0.5 }));
    const sv = scores(pv, va.y, th);
    console.log(`KLD features [${which}] alpha ${alpha} minN ${minN} (table ${t.size} stems): CV acc ${s.acc.toFixed(3)} F1 ${s.f1.toFixed(3)} (t ${th}); val ${sv.acc.toFixed(3)} / ${sv.f1.toFixed(3)}`);
  }
}

if (mode === 'stack') {
  // The STS score refitted on the STS-B fit pool WITHOUT MSRpar (drawn from MRPC: no MRPC pair can reach the
  // decision through it), as one more measure of the decision.
  const pool = stsbFitPool().pairs;
  const fit = data.stsFit!;
  const keep = pool.map((p, i) => [p, i] as const).filter(([p]) => !/MSRpar/i.test(p.source)).map(([, i]) => i);
  console.log(`STS fit rows without MSRpar: ${keep.length} of ${pool.length}`);
  const y = keep.map((i) => Math.min(1, Math.max(0, fit.y[i]! / 5)));
  for (const l2 of [1, 10]) {
    for (const products of [false, true]) {
      const sel = (x: number[]) => (products ? pairwise(x.slice(0, NF)) : x.slice(0, NF));
      const f = fitLogistic(keep.map((i) => sel(fit.X[i]!)), y, l2);
      const m: PairModel = { weights: f.weights, bias: f.bias, threshold: 0.5 };
      const s = (x: number[]) => pairProbability(sel(x), m);
      const X = tr.X.map((x) => [...base(x), s(x)]);
      const p = crossValidated(X, tr.y, 1);
      const th = bestThreshold(p, tr.y);
      const sc = scores(p, tr.y, th);
      const mm = fitLogistic(X, tr.y, 1);
      const pv = va.X.map((x) => pairProbability([...base(x), s(x)], { ...mm, threshold: 0.5 }));
      const sv = scores(pv, va.y, th);
      const alone = crossValidated(tr.X.map((x) => [s(x)]), tr.y, 1);
      const ta = bestThreshold(alone, tr.y);
      console.log(`stack STS(no MSRpar, ${products ? 'products' : 'linear'}, L2 ${l2}): CV acc ${sc.acc.toFixed(3)} F1 ${sc.f1.toFixed(3)} (t ${th}); val ${sv.acc.toFixed(3)} / ${sv.f1.toFixed(3)}; the STS score alone CV ${scores(alone, tr.y, ta).acc.toFixed(3)}`);
    }
  }
}

if (mode === 'l2') {
  for (const l2 of [0.1, 1, 3, 10, 30, 100]) {
    const r = cv(base, l2);
    const m = fitLogistic(tr.X.map(base), tr.y, l2);
    const sv = scores(va.X.map((x) => pairProbability(base(x), { ...m, threshold: 0.5 })), va.y, r.t);
    console.log(`L2 ${l2}: CV acc ${r.acc.toFixed(3)} F1 ${r.f1.toFixed(3)} (t ${r.t}); val ${sv.acc.toFixed(3)} / ${sv.f1.toFixed(3)}`);
  }
  for (const l2 of [1, 10, 30, 100]) {
    const r = cv((x) => pairwise(base(x)), l2);
    console.log(`products L2 ${l2}: CV acc ${r.acc.toFixed(3)} F1 ${r.f1.toFixed(3)} (t ${r.t})`);
  }
  for (const l2 of [1, 10, 30]) {
    const r = cv((x) => x.slice(0, NF), l2);
    console.log(`22 measures L2 ${l2}: CV acc ${r.acc.toFixed(3)} F1 ${r.f1.toFixed(3)} (t ${r.t})`);
  }
}

if (mode === 'repeat') {
  // Repeated 5-fold CV (R shuffles by a fixed LCG seed): the spread of one 5-fold CV figure, and the paired
  // difference of each candidate against the base on the same folds.
  const R = Number(process.env.R ?? 5);
  let seed = 12345;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const n = tr.y.length;
  const cands: Array<[string, (x: number[]) => number[]]> = [
    ['base', base],
    ['+runLogMax', (x) => [...base(x), ...ex(x, ['runLogMax'])]],
    ['+reportContentMax', (x) => [...base(x), ...ex(x, ['reportContentMax'])]],
    ['+all extras', (x) => [...base(x), ...ex(x, EXTRA)]],
    ['22 measures', (x) => x.slice(0, NF)],
  ];
  const acc: number[][] = cands.map(() => []);
  const f1: number[][] = cands.map(() => []);
  for (let r = 0; r < R; r++) {
    const perm = tr.y.map((_, i) => [rnd(), i] as const).sort((a, b) => a[0] - b[0]).map((e) => e[1]);
    const fold = new Array<number>(n);
    perm.forEach((i, k) => (fold[i] = k % 5));
    cands.forEach(([, sel], c) => {
      const X = tr.X.map(sel);
      const p = new Array<number>(n);
      for (let k = 0; k < 5; k++) {
        const rows = tr.y.map((_, i) => i).filter((i) => fold[i] !== k);
        const m = fitLogistic(rows.map((i) => X[i]!), rows.map((i) => tr.y[i]!), 1);
        for (let i = 0; i < n; i++) if (fold[i] === k) p[i] = pairProbability(X[i]!, { ...m, threshold: 0.5 });
      }
      const s = scores(p, tr.y, bestThreshold(p, tr.y));
      acc[c]!.push(s.acc);
      f1[c]!.push(s.f1);
    });
  }
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const sd = (v: number[]) => Math.sqrt(v.reduce((a, b) => a + (b - mean(v)) ** 2, 0) / (v.length - 1));
  cands.forEach(([name], c) => {
    const d = acc[c]!.map((v, r) => v - acc[0]![r]!);
    console.log(`${name.padEnd(20)} ${R}×5-fold CV acc ${mean(acc[c]!).toFixed(4)} (sd ${sd(acc[c]!).toFixed(4)}) F1 ${mean(f1[c]!).toFixed(4)} (sd ${sd(f1[c]!).toFixed(4)}); acc minus base ${mean(d).toFixed(4)} (sd ${sd(d).toFixed(4)})`);
  });
}
