/**
 * Fact alignment between the units of two articles.
 *
 * Similarity of two units = mean of two cosines over IDF-weighted vectors:
 *   - word stems, function words KEPT (short quotes live on them: "it must be everyone"),
 *   - character 4-grams (survive inflection, translation glitches such as "Clintonthe", spelling).
 * When both units quote someone, the similarity is the mean of the whole-unit similarity and that
 * of the quoted spans alone (char 4-grams): the same quote under a different attribution ("he
 * wrote" vs "Bukele posted on X") rises, two different quotes by the same speaker ("Ruiz told
 * reporters") fall.
 *
 * Decision without a fixed global threshold: the units of two articles give an n×m matrix in which
 * nearly every cell is a pair of DIFFERENT facts, so the matrix itself is the null distribution.
 * A pair is aligned when
 *   1. it stands out from that null: z = (s − median) / (1.4826 · MAD) ≥ Z_MIN, and
 *   2. it is the best in its row or in its column, or within RATIO of that best (a unit may match
 *      several units: one sentence split into two elsewhere), and
 *   3. its similarity is at least FLOOR (guards tiny matrices where the null is not estimable);
 * or, weaker evidence: it is the MUTUAL best of its row and column, beats the runner-up of both by
 * MARGIN× and stands out at z ≥ Z_MUTUAL (reported vs direct speech, translations: low similarity,
 * but nothing else comes close); or the best of its row or column alone by MARGIN_ONE_SIDED×
 * (one sentence here carrying two facts told in two sentences there).
 * Then figures are checked: when both units give a figure for the same thing (same head noun, both
 * money, both a weekday…) and the figures differ ("hundreds" vs "more than 200 Venezuelans"), the
 * pair is a CONFLICT, not a match and not a miss.
 */
import { normalize } from '../nlp';
import { figureConflict } from './conflicts';
import type { Idf, UnitFeatures } from './features';

/** A sparse unit-length vector: term ids ascending, with their weights (a cosine is a merge join). */
export interface Packed {
  ids: Int32Array;
  vals: Float64Array;
}

export interface Weighted {
  f: UnitFeatures;
  words: Packed;
  grams: Packed;
  quote: Packed;
}

/** Term → small integer, shared by every vector, so vectors can be sorted arrays. */
const termIds = new Map<string, number>();
function termId(t: string): number {
  let id = termIds.get(t);
  if (id === undefined) {
    if (termIds.size >= 2_000_000) termIds.clear(); // bound memory; ids are only compared within one call
    termIds.set(t, (id = termIds.size));
  }
  return id;
}

export function pack(v: Map<string, number>): Packed {
  const n = normalize(v);
  const entries = [...n.entries()].map(([k, x]) => [termId(k), x] as const).sort((a, b) => a[0] - b[0]);
  return { ids: Int32Array.from(entries.map((e) => e[0])), vals: Float64Array.from(entries.map((e) => e[1])) };
}

export function packedDot(a: Packed, b: Packed): number {
  let i = 0;
  let j = 0;
  let d = 0;
  const ai = a.ids;
  const bi = b.ids;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) d += a.vals[i++]! * b.vals[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return d;
}

/** IDF-weighted, unit-length vectors of a unit (so that a cosine is a dot product). */
export function weigh(f: UnitFeatures, wordIdf: Idf, gramIdf: Idf): Weighted {
  return {
    f,
    words: pack(wordIdf.apply(f.words)),
    grams: pack(gramIdf.apply(f.grams)),
    quote: pack(gramIdf.apply(f.quoteGrams)),
  };
}

export function unitSimilarity(a: Weighted, b: Weighted): number {
  const s = 0.5 * packedDot(a.words, b.words) + 0.5 * packedDot(a.grams, b.grams);
  if (a.quote.ids.length > 0 && b.quote.ids.length > 0) return (s + packedDot(a.quote, b.quote)) / 2;
  return s;
}

export interface AlignParams {
  /** Minimum robust z-score against the pair's own null distribution. */
  zMin: number;
  /** A pair within this ratio of its row's or column's best also counts (one-to-many). */
  ratio: number;
  /** Absolute floor on similarity. */
  floor: number;
  /** Weaker evidence accepted for a MUTUAL best pair that beats the runner-up in its row and column by `margin`×. */
  zMutual: number;
  floorMutual: number;
  margin: number;
  /** Same, for a pair that is the best of only its row or only its column: it must beat the runner-up by this factor. */
  marginOneSided: number;
}

/**
 * The two floors are calibrated, not tuned: `npx tsx bench/calibrate.ts` compares the sentences of
 * the labelled stories with those of 60 unrelated real articles (the zyte pages). Over ~250,000
 * such unrelated pairs, 99.9% score below 0.12 and 99.99% below 0.17 (max 0.23). So a strong match
 * needs what 1 unrelated pair in 10,000 reaches; a mutual best with a margin, 1 in 1,000.
 */
export const DEFAULT_ALIGN: AlignParams = { zMin: 3.5, ratio: 0.8, floor: 0.17, zMutual: 3, floorMutual: 0.12, margin: 1.2, marginOneSided: 2 };

export interface Edge {
  a: number; // index into A's units (Unit.i)
  b: number; // index into B's units
  s: number;
  z: number;
  /** Accepted on the strong rule (not only as a mutual best with a margin). */
  strong: boolean;
}

export interface ConflictEdge extends Edge {
  about: string;
}

export interface Alignment {
  matches: Edge[];
  conflicts: ConflictEdge[];
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

// figureConflict / comparable: lib/engine/conflicts.ts (same quantity about the same thing).
export { figureConflict } from './conflicts';

export function align(A: Weighted[], B: Weighted[], params: AlignParams = DEFAULT_ALIGN): Alignment {
  const ai = A.filter((w) => w.f.fact);
  const bi = B.filter((w) => w.f.fact);
  if (ai.length === 0 || bi.length === 0) return { matches: [], conflicts: [] };
  const S = ai.map((a) => bi.map((b) => unitSimilarity(a, b)));
  const all = S.flat();
  const med = median(all);
  const mad = 1.4826 * median(all.map((x) => Math.abs(x - med)));
  const spread = Math.max(mad, 0.02);
  const top2 = (xs: number[]) => {
    let m1 = -1,
      m2 = -1;
    for (const x of xs) {
      if (x > m1) [m1, m2] = [x, m1];
      else if (x > m2) m2 = x;
    }
    return [m1, Math.max(m2, 0)] as const;
  };
  const rowTop = S.map((r) => top2(r));
  const colTop = bi.map((_, j) => top2(S.map((r) => r[j]!)));
  const rowMax = rowTop.map((t) => t[0]);
  const colMax = colTop.map((t) => t[0]);
  const matches: Edge[] = [];
  const conflicts: ConflictEdge[] = [];
  for (let x = 0; x < ai.length; x++) {
    for (let y = 0; y < bi.length; y++) {
      const s = S[x]![y]!;
      const z = (s - med) / spread;
      const strong = s >= params.floor && z >= params.zMin && (s >= params.ratio * rowMax[x]! || s >= params.ratio * colMax[y]!);
      const mutual =
        s === rowMax[x] &&
        s === colMax[y] &&
        s >= params.floorMutual &&
        z >= params.zMutual &&
        s >= params.margin * rowTop[x]![1] &&
        s >= params.margin * colTop[y]![1];
      const oneSided =
        s >= params.floorMutual &&
        z >= params.zMutual &&
        ((s === rowMax[x] && s >= params.marginOneSided * rowTop[x]![1]) ||
          (s === colMax[y] && s >= params.marginOneSided * colTop[y]![1]));
      if (!strong && !mutual && !oneSided) continue;
      const edge = { a: ai[x]!.f.unit.i, b: bi[y]!.f.unit.i, s, z, strong };
      const about = figureConflict(ai[x]!.f.figures, bi[y]!.f.figures);
      // A conflict is a strong claim ("these outlets disagree"): only on the strong rule. A weak
      // pair whose figures differ is more likely two different facts: neither match nor conflict.
      if (about) {
        if (strong) conflicts.push({ ...edge, about });
      } else matches.push(edge);
    }
  }
  return { matches, conflicts };
}

