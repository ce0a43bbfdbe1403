/**
 * perf31: a story pool's cosines (the page's document cosines with its 40 candidates and the 780
 * pairwise ones) from maps with nlp's `dot`, as main computed them, against typed arrays over
 * pool-local term ids with `pairDots`, on a real pool: the probe's candidates at 100k (the corpus
 * bench/perf23-cold.ts --dump wrote). TF-IDF weights from the pool's own document frequencies (the
 * step's shape, not the engine's weights: the arms get the same vectors). Each result is checked equal
 * bit for bit between the arms. Prints process CPU of the first pass (cold code), of passes 2–6, and
 * the median of the next `--reps`. Run each arm in its own process, in turn:
 *
 *   nice npx tsx bench/perf31-cosines.ts --from /tmp/perf31/corpus-100k.bin --dump /tmp/perf31/pool003.json   (once)
 *   nice npx tsx bench/perf31-cosines.ts --pool /tmp/perf31/pool003.json --arm map|ids [--reps 200]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cosineOf, dot, norm, normOf, pairDots, type TermVec } from '../lib/nlp/index.ts';
import { optionValue } from './args.ts';

const args = process.argv.slice(2);
const flag = (name: string) => optionValue(name, args);
const dump = flag('--dump');
if (dump) {
  const { probeCorpusFrom } = await import('./probe-corpus.ts');
  const { findRelated } = await import('../lib/engine/index.ts');
  const { docVector } = await import('../lib/engine/vectors.ts');
  const { index, byId } = probeCorpusFrom(flag('--from')!);
  const probe = byId.get(flag('--probe') ?? '003_38879e5049cf1087')!;
  const { candidates } = await findRelated(probe, index, { storyOnly: true });
  const vecs = [probe, ...candidates.map((c) => c.article)].map((a) => [...docVector(a)]);
  writeFileSync(dump, JSON.stringify({ n: await index.count(), vecs }));
  console.log(`wrote ${dump}: the probe and ${candidates.length} candidates, sizes ${vecs.map((v) => v.length).join(' ')}`);
  process.exit(0);
}

const { n, vecs } = JSON.parse(readFileSync(flag('--pool')!, 'utf8')) as { n: number; vecs: Array<Array<[string, number]>> };
const arm = flag('--arm') ?? 'ids';
const reps = Number(flag('--reps') ?? 200);
// The weighted vectors, made once (the same for both arms); the arms time only the cosines.
const localDf = new Map<string, number>();
for (const v of vecs) for (const [t] of v) localDf.set(t, (localDf.get(t) ?? 0) + 1);
const ids = new Map([...localDf.keys()].map((t, k) => [t, k]));
const maps = vecs.map((v) => new Map(v.map(([t, c]) => [t, (1 + Math.log(c)) * (Math.log((n + 1) / (localDf.get(t)! + 1)) + 1)] as const)));
const packed: TermVec[] = maps.map((m) => ({ ids: Int32Array.from([...m.keys()].map((t) => ids.get(t)!)), vals: Float64Array.from(m.values()) }));
const len = maps.length - 1; // the probe is last in the pairs below: [len, k] as story.ts asks them
const order = [...maps.slice(1), maps[0]!];
const orderP = [...packed.slice(1), packed[0]!];
const pairs: Array<readonly [number, number]> = [];
for (let k = 0; k < len; k++) pairs.push([len, k]);
for (let i = 0; i < len; i++) for (let j = i + 1; j < len; j++) pairs.push([i, j]);

function mapArm(): Float64Array {
  const norms = order.map(norm);
  return Float64Array.from(pairs, ([i, j]) => {
    const a = order[i]!;
    const b = order[j]!;
    if (a.size === 0 || b.size === 0) return 0;
    const d = dot(a, b);
    return d === 0 ? 0 : d / (norms[i]! * norms[j]!);
  });
}
function idArm(): Float64Array {
  const norms = orderP.map(normOf);
  const d = pairDots(orderP, pairs, ids.size);
  return Float64Array.from(pairs, ([i, j], p) => cosineOf(orderP[i]!, orderP[j]!, d[p]!, norms[i]!, norms[j]!));
}
const f = arm === 'map' ? mapArm : idArm;
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let t = cpu();
const out = f();
const first = cpu() - t;
const early: number[] = [];
for (let r = 0; r < 5; r++) {
  t = cpu();
  f();
  early.push(cpu() - t);
}
const xs: number[] = [];
for (let r = 0; r < reps; r++) {
  t = cpu();
  f();
  xs.push(cpu() - t);
}
xs.sort((a, b) => a - b);
const other = arm === 'map' ? idArm() : mapArm();
const differ = out.filter((x, p) => !Object.is(x, other[p])).length;
console.log(
  `${arm}: ${pairs.length} cosines, ${differ} differ from the other arm; CPU first ${first.toFixed(1)} ms, passes 2–6 ${early.map((x) => x.toFixed(1)).join(' ')} ms, ` +
    `then median ${xs[xs.length >> 1]!.toFixed(2)} ms (p10 ${xs[Math.floor(xs.length * 0.1)]!.toFixed(2)}, p90 ${xs[Math.floor(xs.length * 0.9)]!.toFixed(2)})`,
);
