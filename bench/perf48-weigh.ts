/**
 * perf48: a cold compare's weighing and fact matrix, base against branch in one process. The perf articles
 * (bench/perf-articles.ts) in consecutive pairs; each arm's unit features made once (untimed), then per pass,
 * with every unit's prepared vectors dropped (as for a candidate read afresh): (1) weighing — story.ts `unitIdf`
 * over the pair and `weighAll` of both; (2) the fact matrix — align.ts `factMatrix` of the pair's weighted lists,
 * then `align` with DEFAULT_ALIGN and REPORT_ALIGN on the kept matrix. Each arm a `git archive` export
 * (node_modules linked); each pair is run on both arms back to back, in alternating order (the load falls on both
 * alike); process CPU per arm summed over a pass; and hashes of every weighted vector, every matrix and every
 * alignment, which must be the same on both arms. Run it with two exports of the same commit for the noise (A/A).
 *
 *   ZYTE_HTML_DIR=… nice npx tsx bench/perf48-weigh.ts --base /tmp/perf48/base --branch /tmp/perf48/br [--rounds 12] [--zipf 1000] [--warm]
 *
 * `--warm` (perf49): the prepared vectors are kept (made by the first pass), as for the units of a warm compare.
 */
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { median } from './baseline.ts';
import { engineArms, hashJson as json, type Arm, type EngineModules } from './engine-arms.ts';

const { lib, rounds, arts } = await engineArms(process.argv.slice(2));
const warm = process.argv.includes('--warm');
const cpu = (f: () => void) => {
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};

type Feats = ReturnType<EngineModules['features']['articleFeatures']>;
const feats = {} as Record<Arm, Array<[Feats, Feats]>>;
for (const arm of ['base', 'branch'] as const) {
  feats[arm] = [];
  for (let i = 0; i + 1 < arts.length; i += 2)
    feats[arm].push([lib[arm].features.articleFeatures(structuredClone(arts[i]!)), lib[arm].features.articleFeatures(structuredClone(arts[i + 1]!))]);
}

type W = ReturnType<EngineModules['story']['weighAll']>;
/** One pair on one arm: its weighing (prepared vectors dropped first unless --warm), its fact matrix (fresh lists: the matrix is kept per pair of lists), align on that matrix. */
function onePair(arm: Arm, k: number, h?: Record<'weigh' | 'matrix' | 'align', ReturnType<typeof createHash>>) {
  const { unitIdf, weighAll } = lib[arm].story;
  const { factMatrix, align, DEFAULT_ALIGN, REPORT_ALIGN } = lib[arm].align;
  const [fa, fb] = feats[arm][k]!;
  if (!warm) for (const f of [...fa, ...fb]) f.prepared = undefined;
  let A: W = [];
  let B: W = [];
  const weigh = cpu(() => {
    const idf = unitIdf([fa, fb]);
    A = weighAll(fa, idf);
    B = weighAll(fb, idf);
  });
  const matrix = cpu(() => void factMatrix(A, B));
  const aligned = cpu(() => {
    for (const p of [DEFAULT_ALIGN, REPORT_ALIGN]) align(A, B, p);
  });
  if (h) {
    for (const w of [...A, ...B]) h.weigh.update(json([w.words, w.grams, w.quote, w.lexIdf]));
    h.matrix.update(json(factMatrix(A, B).S));
    for (const p of [DEFAULT_ALIGN, REPORT_ALIGN]) h.align.update(json(align(A, B, p)));
  }
  return { weigh, matrix, align: aligned };
}

const parts = ['weigh', 'matrix', 'align'] as const;
const hash = {} as Record<Arm, Record<(typeof parts)[number], string>>;
for (const arm of ['base', 'branch'] as const) {
  const h = { weigh: createHash('sha256'), matrix: createHash('sha256'), align: createHash('sha256') };
  for (let k = 0; k < feats[arm].length; k++) onePair(arm, k, h);
  hash[arm] = { weigh: h.weigh.digest('hex').slice(0, 16), matrix: h.matrix.digest('hex').slice(0, 16), align: h.align.digest('hex').slice(0, 16) };
}
// Each pass: every pair on both arms, back to back (the order swapped from pair to pair and pass to pass, A B B A), so
// that the machine's load falls on both alike; per arm the CPU summed over the pass.
const ms: Record<Arm, Record<(typeof parts)[number], number[]>> = {
  base: { weigh: [], matrix: [], align: [] },
  branch: { weigh: [], matrix: [], align: [] },
};
const loads: number[] = [];
for (let r = 0; r < rounds; r++) {
  loads.push(loadavg()[0]!);
  const sum: Record<Arm, Record<(typeof parts)[number], number>> = { base: { weigh: 0, matrix: 0, align: 0 }, branch: { weigh: 0, matrix: 0, align: 0 } };
  for (let k = 0; k < feats.base.length; k++) {
    const order: Arm[] = (k + r) % 2 === 0 ? ['base', 'branch'] : ['branch', 'base'];
    for (const arm of order) {
      const t = onePair(arm, k);
      for (const p of parts) sum[arm][p] += t[p];
    }
  }
  for (const arm of ['base', 'branch'] as const) for (const p of parts) ms[arm][p].push(sum[arm][p]);
}
console.log(`${arts.length} articles, ${feats.base.length} pairs${warm ? ', prepared vectors kept' : ''}; load ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`);
for (const arm of ['base', 'branch'] as const)
  for (const p of parts)
    console.log(`${arm.padEnd(6)} ${p.padEnd(6)} ${hash[arm][p]}, CPU ms per pass: median ${median(ms[arm][p]).toFixed(0)} (${ms[arm][p].map((x) => x.toFixed(0)).join(', ')})`);
for (const p of parts) console.log(`${p} the same on both: ${hash.base[p] === hash.branch[p] ? 'yes' : 'NO'}`);
