/**
 * perf49: what term ids per Idf change, base against branch in one process. The perf articles (bench/perf-articles.ts)
 * in consecutive pairs, as bench/perf48-weigh.ts; per pair, on each arm: story.ts `unitIdf` over the pair, `weighAll`
 * of both, the fact matrix and `align` with DEFAULT_ALIGN and REPORT_ALIGN. Then, pair by pair:
 * - every weighted vector term by term: the weight of each term (read by the arm's own id: base `termId`, branch
 *   `Idf.id`) must be the same double on both arms (only the order of the ids differs);
 * - every cell of the fact matrix: how many differ, by how much at most (a sum of the same products in another order);
 * - every alignment: the same decisions (pairs matched, conflicts, strong) once its numbers are rounded to `--digits`
 *   significant digits (default 12), and how many alignments differ before rounding.
 *
 *   ZYTE_HTML_DIR=… nice npx tsx bench/perf49-ties.ts --base /tmp/perf49/base --branch /tmp/perf49/br [--zipf 1000]
 */
import { optionValue } from './args.ts';
import { engineArms, type Arm, type EngineModules } from './engine-arms.ts';

const args = process.argv.slice(2);
const { lib, arts } = await engineArms(args);
const digits = Number(optionValue('--digits', args) ?? 12);
type Feats = ReturnType<EngineModules['features']['articleFeatures']>;
type W = ReturnType<EngineModules['story']['weighAll']>;
type Packed = W[number]['words'];

const round = (x: unknown) => JSON.stringify(x, (_k, v) => (typeof v === 'number' && !Number.isInteger(v) ? Number(v.toPrecision(digits)) : v));
let vectors = 0;
let vectorsDiffer = 0;
let cells = 0;
let cellsDiffer = 0;
let maxDiff = 0;
let alignments = 0;
let alignDifferRaw = 0;
const alignDifferRounded: string[] = [];
/** A packed vector's weights by term: base reads ids from its global map (`termId`, only looked up: every term is in it). */
function byTerm(arm: Arm, p: Packed, terms: string[], idOf: (t: string) => number): Map<string, number> {
  const at = new Map<number, number>();
  p.ids.forEach((id, j) => at.set(id, p.vals[j]!));
  return new Map(terms.map((t) => [t, at.get(idOf(t)) ?? NaN]));
}
for (let i = 0; i + 1 < arts.length; i += 2) {
  const out = {} as Record<Arm, { fa: Feats; fb: Feats; A: W; B: W; idf: ReturnType<EngineModules['story']['unitIdf']>; S: number[][]; al: unknown[] }>;
  for (const arm of ['base', 'branch'] as const) {
    const { articleFeatures } = lib[arm].features;
    const { unitIdf, weighAll } = lib[arm].story;
    const { factMatrix, align, DEFAULT_ALIGN, REPORT_ALIGN } = lib[arm].align;
    const fa = articleFeatures(structuredClone(arts[i]!));
    const fb = articleFeatures(structuredClone(arts[i + 1]!));
    const idf = unitIdf([fa, fb]);
    const A = weighAll(fa, idf);
    const B = weighAll(fb, idf);
    out[arm] = { fa, fb, A, B, idf, S: factMatrix(A, B).S, al: [DEFAULT_ALIGN, REPORT_ALIGN].map((p) => align(A, B, p)) };
  }
  const base = out.base;
  const br = out.branch;
  const baseId = (lib.base.features as unknown as { termId: (t: string) => number }).termId;
  [...br.A, ...br.B].forEach((w, k) => {
    const v = [...base.A, ...base.B][k]!;
    const p = lib.branch.features.preparedOf(w.f);
    for (const [part, terms, idf] of [
      ['words', p.words.terms, br.idf.words],
      ['grams', p.grams.terms, br.idf.grams],
      ['quote', p.quote.terms, br.idf.grams],
    ] as const) {
      vectors++;
      const x = byTerm('base', v[part], terms, baseId);
      const y = byTerm('branch', w[part], terms, (t) => idf.id(t));
      if ([...x].some(([t, val]) => !Object.is(val, y.get(t)))) vectorsDiffer++;
    }
  });
  base.S.forEach((row, r) =>
    row.forEach((s, c) => {
      cells++;
      const d = Math.abs(s - br.S[r]![c]!);
      if (d !== 0) cellsDiffer++;
      maxDiff = Math.max(maxDiff, d);
    }),
  );
  base.al.forEach((a, k) => {
    alignments++;
    if (JSON.stringify(a) !== JSON.stringify(br.al[k])) alignDifferRaw++;
    if (round(a) !== round(br.al[k])) alignDifferRounded.push(`${arts[i]!.id} × ${arts[i + 1]!.id} (${k === 0 ? 'DEFAULT' : 'REPORT'})`);
  });
}
console.log(`${arts.length} articles, ${arts.length >> 1} pairs`);
console.log(`weighted vectors whose weight of some term differs between the arms: ${vectorsDiffer} of ${vectors}`);
console.log(`fact-matrix cells that differ: ${cellsDiffer} of ${cells}, by at most ${maxDiff.toExponential(2)}`);
console.log(`alignments that differ as JSON: ${alignDifferRaw} of ${alignments}; once rounded to ${digits} digits: ${alignDifferRounded.length}`);
for (const x of alignDifferRounded.slice(0, 20)) console.log(`  ${x}`);
