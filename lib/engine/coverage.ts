/**
 * The coverage decision: are all the facts of unit u of article O told by the other article P?
 * One fitted model (logistic regression, lib/engine/fitted/coverage.ts, fitted by
 * `npx tsx bench/fit-coverage.ts`) over evidence the pipeline already has: the cascade's own
 * decision (aligned / told differently / a second fact), u's best similarity in P and its margin,
 * the robust z of that best in the n×m matrix, the pair model's probability for the best pair, how
 * much of u's content P's best units and P as a whole carry, names and figures P never gives, u's
 * position against its best counterpart's, and neighbour agreement (u's neighbours aligned near
 * u's best counterpart: the order in which two stories tell the event).
 *
 * The same features serve both directions: "added" (u of a related article, P the article read) and
 * "left out" (u of the article read, P a related article) are the same question.
 */
import { tokens } from '../nlp';
import { differentActors, factMatrix, pairFeatures, pairProbability, sameFact, type Weighted } from './align';
import { STS_SCORE } from './fitted/align';
import type { OtherText } from './report';

/** What the cascade in report.ts decided for one unit of O against P. */
export interface CascadeState {
  /** Units of O aligned with some unit of P: unit number → the units of P (numbers). */
  matched: Map<number, number[]>;
  /** Units of O told differently in P (mutual best / same-fact pair): unit number → unit of P. */
  reworded: Map<number, number>;
  /** Units of O the cascade calls missing from P (left out / added). */
  missing: Set<number>;
  /** Units of O in a second fact found by novelDetails (aligned, but with a detail P lacks). */
  secondFact: Set<number>;
  /** Units of O with an alignment edge on the strong rule (align.ts Edge.strong). */
  strong: Set<number>;
  /** Units of P neither aligned nor told differently with a unit of O (unit numbers). */
  freeOther: Set<number>;
}

/** Names of the features `coverageFeatures` returns, in order (the fitted weights follow it). */
export const COVERAGE_FEATURES = [
  'cascadeMissing',
  'aligned',
  'reworded',
  'secondFact',
  'best',
  'margin',
  'z',
  'pairProb',
  'covBest',
  'covTop3',
  'covAll',
  'namesKnown',
  'figuresKnown',
  'position',
  'neighbours',
  'actorsAgree',
  'length',
  'gap',
  'gapSim',
  'stsMax',
  'wordAlignMax',
  'mutual',
  'strong',
] as const;
export type CoverageFeature = (typeof COVERAGE_FEATURES)[number];
/** A feature, or the product of two ("best*neighbours"). */
export type CoverageInput = CoverageFeature | `${CoverageFeature}*${CoverageFeature}`;

/** The value of one input of a feature vector. */
export function inputValue(x: readonly number[], name: CoverageInput): number {
  const k = name.indexOf('*');
  if (k < 0) return x[COVERAGE_FEATURES.indexOf(name as CoverageFeature)]!;
  return x[COVERAGE_FEATURES.indexOf(name.slice(0, k) as CoverageFeature)]! * x[COVERAGE_FEATURES.indexOf(name.slice(k + 1) as CoverageFeature)]!;
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** IDF-weighted share of `w`'s content stems found in `there`. */
function covered(w: Weighted, there: (stem: string) => boolean): number {
  let hit = 0;
  let all = 0;
  w.f.lex.forEach((s, k) => {
    const x = w.lexIdf[k]!;
    all += x;
    if (there(s)) hit += x;
  });
  return all > 0 ? hit / all : 1;
}

/**
 * Features of every unit of O (its fact units, `A`) against P (`B`): unit number → feature vector in
 * COVERAGE_FEATURES order. `otherText`: P's words, stems and figures (report.ts foldedText).
 */
export function coverageFeatures(A: Weighted[], B: Weighted[], state: CascadeState, otherText: OtherText): Map<number, number[]> {
  const out = new Map<number, number[]>();
  if (A.length === 0) return out;
  const { ix, iy, ai, bi, S, actA, actB } = factMatrix(A, B);
  const all = S.flat();
  const med = median(all);
  const spread = Math.max(1.4826 * median(all.map((x) => Math.abs(x - med))), 0.02);
  const posB = new Map(bi.map((b, y) => [b.f.unit.i, y]));
  const bestOf = (x: number): number => {
    let best = -1;
    for (let y = 0; y < bi.length; y++) if (best < 0 || S[x]![y]! > S[x]![best]!) best = y;
    return best;
  };
  const bests = ai.map((_, x) => bestOf(x));
  const colBest = bi.map((_, y) => {
    let best = 0;
    for (let x = 1; x < ai.length; x++) if (S[x]![y]! > S[best]![y]!) best = x;
    return best;
  });
  // Where each unit of O sits in P: its aligned or reworded units, else its best.
  const placeOf = (x: number): number[] => {
    const u = ai[x]!.f.unit.i;
    const m = [...(state.matched.get(u) ?? [])];
    const r = state.reworded.get(u);
    if (r !== undefined) m.push(r);
    const ys = m.map((j) => posB.get(j)).filter((y): y is number => y !== undefined);
    return ys.length ? ys : bests[x]! >= 0 ? [bests[x]!] : [];
  };
  ai.forEach((w, x) => {
    const u = w.f.unit.i;
    const row = S[x] ?? [];
    const order = row.map((_, y) => y).sort((p, q) => row[q]! - row[p]! || p - q);
    const b0 = order[0];
    const s1 = b0 !== undefined ? row[b0]! : 0;
    const s2 = order[1] !== undefined ? row[order[1]]! : 0;
    const best = b0 !== undefined ? bi[b0]! : null;
    const top3 = new Set(order.slice(0, 3).flatMap((y) => bi[y]!.f.lex));
    const bestLex = new Set(best?.f.lex ?? []);
    // Names and figures: the unit's capitalised words / figures that P states anywhere.
    const names = [...w.f.names];
    const namesKnown = names.length ? names.filter((n) => otherText.words.has(n) || otherText.folded.includes(n)).length / names.length : 1;
    const figs = w.f.figures.filter((q) => q.kind === 'money' || q.kind === 'count' || q.kind === 'percent' || q.kind === 'duration');
    const figuresKnown = figs.length ? figs.filter((q) => otherText.figures.has(q.value)).length / figs.length : 1;
    // Neighbour agreement: O's previous / next fact units sit within two units of u's place in P.
    const here = placeOf(x);
    let agree = 0;
    let asked = 0;
    for (const nx of [x - 1, x + 1]) {
      if (nx < 0 || nx >= ai.length) continue;
      asked++;
      const there = placeOf(nx);
      if (there.some((y) => here.some((h) => Math.abs(y - h) <= 2))) agree++;
    }
    // Gap: u's previous and next fact units are placed in P in order, close together, and a unit of
    // P between them is free (unaligned): the story told the same thing there in other words.
    let gap = 0;
    let gapSim = 0;
    if (x > 0 && x + 1 < ai.length) {
      const lo = Math.max(...placeOf(x - 1));
      const hi = Math.min(...placeOf(x + 1));
      if (hi - lo >= 2 && hi - lo <= 4) {
        for (let y = lo + 1; y < hi; y++) {
          if (!state.freeOther.has(bi[y]!.f.unit.i)) continue;
          gap = 1;
          gapSim = Math.max(gapSim, row[y]!);
        }
      }
    }
    const pos = best && ai.length > 1 && bi.length > 1 ? Math.abs(x / (ai.length - 1) - b0! / (bi.length - 1)) : 0.5;
    const stemsAll = otherText.stems;
    out.set(u, [
      state.missing.has(u) ? 1 : 0,
      state.matched.has(u) ? 1 : 0,
      state.reworded.has(u) ? 1 : 0,
      state.secondFact.has(u) ? 1 : 0,
      s1,
      s1 - s2,
      (s1 - med) / spread,
      best ? sameFact(w, best).probability : 0,
      covered(w, (s) => bestLex.has(s)),
      covered(w, (s) => top3.has(s)),
      covered(w, (s) => stemsAll.has(s) || otherText.words.has(s)),
      namesKnown,
      figuresKnown,
      pos,
      asked ? agree / asked : 0.5,
      best && !differentActors(w, actA[ix[x]!]!, best, actB[iy[b0!]!]!) ? 1 : 0,
      Math.log(1 + tokens(w.f.unit.text).length),
      gap,
      gapSim,
      ...semanticBest(w, bi),
      // u and its best counterpart are each other's best (the counterpart's best unit in O is u).
      b0 !== undefined && colBest[b0] === x ? 1 : 0,
      state.strong.has(u) ? 1 : 0,
    ]);
  });
  return out;
}

/** A logistic model of P(missing) over named features, for the units of one cascade outcome. */
export interface CoverageStratum {
  /** Inputs read, by name (COVERAGE_FEATURES, or products of two). */
  features: readonly CoverageInput[];
  weights: readonly number[];
  bias: number;
  /** P(missing) at or above which the unit is missing from P (added / left out). */
  threshold: number;
}

/**
 * The fitted decision, one model per outcome of the cascade: `covered` re-decides units the cascade
 * calls told by P (can it find a missed added / left-out fact?), `missing` those it calls missing
 * (can it find a wrongly added one?). A null stratum keeps the cascade's decision there.
 */
/**
 * u's best counterpart in P by meaning rather than by shared words: the highest STS score (the
 * \`pairs\` similarity, fitted on STS-B) and the highest IDF-weighted share of aligned words
 * (synonyms and learned paraphrases count: align.ts \`pairFeatures\` idfAlign) over P's fact units.
 */
function semanticBest(w: Weighted, B: readonly Weighted[]): [number, number] {
  let sts = 0;
  let al = 0;
  for (const b of B) {
    if (w.f.seq.length === 0 || b.f.seq.length === 0) continue;
    const x = pairFeatures(w, b);
    sts = Math.max(sts, pairProbability(x, STS_SCORE));
    al = Math.max(al, x[19]!);
  }
  return [sts, al];
}

export interface CoverageModel {
  covered: CoverageStratum | null;
  missing: CoverageStratum | null;
}

/** P(some fact of the unit is missing from P) from its full feature vector, by one stratum's model. */
export function stratumProbability(x: readonly number[], m: CoverageStratum): number {
  let z = m.bias;
  m.features.forEach((name, k) => {
    z += m.weights[k]! * inputValue(x, name);
  });
  return 1 / (1 + Math.exp(-z));
}

/** The coverage decision for one unit: is some fact of it missing from P? */
export function isMissing(x: readonly number[], model: CoverageModel): boolean {
  const cascade = x[0] === 1;
  const m = cascade ? model.missing : model.covered;
  if (!m) return cascade;
  return stratumProbability(x, m) >= m.threshold;
}
