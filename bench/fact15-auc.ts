/**
 * fact15: does another IDF tell one fact from two better than the story's unit IDF? On the nine DEV
 * sets, every (fact unit of the article read, fact unit of a related article) pair whose two units are
 * labelled (same fact: they share a labelled fact; different: both labelled, no fact shared, or either a
 * non-fact) is scored with the report's unit similarity under several weightings; per matrix, the rank
 * AUC of same-fact pairs over different-fact pairs, averaged over matrices (the alignment decides within
 * a matrix: z, row and column bests), and the share of same-fact pairs that are the mutual best of their
 * row and column.
 *   npx tsx bench/fact15-auc.ts BACKGROUND.json   (bench/fact15-background.ts writes it)
 * Held-out sets are never read (DEV_SETS only).
 */
import { readFileSync } from 'node:fs';
import { unitSimilarity, type Weighted } from '../lib/engine/align.ts';
import { Idf, type IdfUnit } from '../lib/engine/features.ts';
import { unitIdf, weighAll } from '../lib/engine/story.ts';
import { DEV_SETS, readingsOf } from './facts-causes.ts';

const j = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as { n: number; words: Record<string, number>; grams: Record<string, number> };
const bg = { n: j.n, words: new Map(Object.entries(j.words)), grams: new Map(Object.entries(j.grams)) };

/**
 * The story's unit IDF (features.ts `Idf`: ln(1 + (N + 1) / (df + 1)) over the story's fact units) with
 * `lambda` × the background's units pooled in (N + λ·N_bg, df + λ·df_bg), raised to `power`.
 */
class PooledIdf extends Idf {
  private readonly own = new Map<string, number>();
  private units = 0;
  constructor(
    private readonly back: { n: number; df: Map<string, number> } | null,
    private readonly lambda: number,
    private readonly power: number,
  ) {
    super();
  }
  override addAll(vectors: Iterable<Map<string, number>>): this {
    for (const v of vectors) {
      this.units++;
      for (const k of v.keys()) this.own.set(k, (this.own.get(k) ?? 0) + 1);
    }
    return this;
  }
  override weight(term: string): number {
    const l = this.back ? this.lambda : 0;
    const w = Math.log(1 + (this.units + l * (this.back?.n ?? 0) + 1) / ((this.own.get(term) ?? 0) + l * (this.back?.df.get(term) ?? 0) + 1));
    return this.power === 1 ? w : w ** this.power;
  }
}
const pooled = (feats: IdfUnit[][], lambda: number, power = 1, gramsToo = true) => {
  const all = feats.flat().filter((f) => f.fact);
  return {
    words: new PooledIdf({ n: bg.n, df: bg.words }, lambda, power).addAll(all.map((f) => f.words)),
    grams: new PooledIdf(gramsToo ? { n: bg.n, df: bg.grams } : null, lambda, power).addAll(all.map((f) => f.grams)),
  };
};
type Variant = { name: string; idf: (f: IdfUnit[][]) => { words: Idf; grams: Idf } };
const variants: Variant[] = [
  { name: 'story (main)', idf: (f) => unitIdf(f) },
  { name: 'power 0.5', idf: (f) => pooled(f, 0, 0.5) },
  ...[0.003, 0.01, 0.03, 0.1, 1].map((l) => ({ name: `bg λ=${l}`, idf: (f: IdfUnit[][]) => pooled(f, l) })),
  ...[0.01, 0.1].map((l) => ({ name: `bg words λ=${l}`, idf: (f: IdfUnit[][]) => pooled(f, l, 1, false) })),
];
const acc = variants.map(() => ({ auc: 0, m: 0, same: 0, mutual: 0 }));
for await (const { x, r, rel, fx, fr } of readingsOf(DEV_SETS)) {
  for (const [vi, v] of variants.entries()) {
    const idf = v.idf([fx, ...fr]);
    const X = weighAll(fx, idf);
    rel.forEach((R, k) => {
      const Y = weighAll(fr[k]!, idf);
      const S = X.map((a) => Y.map((b) => unitSimilarity(a, b)));
      const lab = (a: Weighted, b: Weighted): boolean | null => {
        if (r.isNonfact(x.id, a.f.unit.i) || r.isNonfact(R.id, b.f.unit.i)) return false;
        const fa = r.factsOf(x.id, a.f.unit.i);
        const fb = r.factsOf(R.id, b.f.unit.i);
        return fa.size && fb.size ? [...fa].some((f) => fb.has(f)) : null;
      };
      const pos: number[] = [];
      const neg: number[] = [];
      X.forEach((a, i) =>
        Y.forEach((b, jj) => {
          const l = lab(a, b);
          if (l === null) return;
          const s = S[i]![jj]!;
          (l ? pos : neg).push(s);
          if (l) {
            acc[vi]!.same++;
            if (S[i]!.every((t) => t <= s) && S.every((row) => row[jj]! <= s)) acc[vi]!.mutual++;
          }
        }),
      );
      if (!pos.length || !neg.length) return;
      let w = 0;
      for (const p of pos) for (const q of neg) w += p > q ? 1 : p === q ? 0.5 : 0;
      acc[vi]!.auc += w / (pos.length * neg.length);
      acc[vi]!.m++;
    });
  }
}
for (const [vi, v] of variants.entries()) {
  const a = acc[vi]!;
  console.log(`${v.name.padEnd(18)} mean AUC per matrix ${(a.auc / a.m).toFixed(4)} (${a.m} matrices); same-fact pairs that are mutual bests ${a.mutual} / ${a.same}`);
}
