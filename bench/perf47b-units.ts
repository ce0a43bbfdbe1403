/**
 * perf47b: two of a cold compare's per-candidate costs, base against branch in one process: (1) every unit's
 * features (features.ts `articleFeatures`) of the perf articles (bench/perf-articles.ts), (2) `align` of consecutive
 * articles' weighted fact units (story.ts `unitIdf` over both, `weighAll`), with the story's DEFAULT_ALIGN and the
 * report's REPORT_ALIGN. Each arm a `git archive` export (node_modules linked); passes alternate A B B A (same
 * process, same load); process CPU per pass (the align pass weighs fresh unit lists first, untimed: the fact matrix
 * is kept per pair of lists); and a hash of every feature and every alignment, which must be the same on both arms.
 *
 *   ZYTE_HTML_DIR=… nice npx tsx bench/perf47b-units.ts --base /tmp/perf47b/base --branch /tmp/perf47b/br [--rounds 12] [--zipf 1000]
 */
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { median } from './baseline.ts';
import { engineArms, hashJson as json, type Arm } from './engine-arms.ts';
import type { Article } from '../lib/types.ts';

const { lib, rounds, arts } = await engineArms(process.argv.slice(2));
const fresh = (a: Article): Article => structuredClone(a);

function featuresPass(arm: Arm, h?: ReturnType<typeof createHash>) {
  for (const a of arts) {
    const fs = lib[arm].features.articleFeatures(fresh(a));
    if (h) for (const f of fs) h.update(json({ ...f, unit: f.unit.i, prepared: undefined }));
  }
}
/** The pairs' weighted units (fresh lists: align's matrix cache is per pair of lists). */
function weighPairs(arm: Arm) {
  const { articleFeatures } = lib[arm].features;
  const { unitIdf, weighAll } = lib[arm].story;
  const out = [];
  for (let i = 0; i + 1 < arts.length; i += 2) {
    const fa = articleFeatures(arts[i]!);
    const fb = articleFeatures(arts[i + 1]!);
    const idf = unitIdf([fa, fb]);
    out.push([weighAll(fa, idf), weighAll(fb, idf)] as const);
  }
  return out;
}
function alignPass(arm: Arm, pairs: ReturnType<typeof weighPairs>, h?: ReturnType<typeof createHash>) {
  const { align, DEFAULT_ALIGN, REPORT_ALIGN } = lib[arm].align;
  const c0 = process.cpuUsage();
  for (const [A, B] of pairs)
    for (const p of [DEFAULT_ALIGN, REPORT_ALIGN]) {
      const r = align(A, B, p);
      if (h) h.update(json(r));
    }
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

const hash: Record<Arm, { features: string; align: string }> = { base: { features: '', align: '' }, branch: { features: '', align: '' } };
for (const arm of ['base', 'branch'] as const) {
  const h = createHash('sha256');
  featuresPass(arm, h);
  const g = createHash('sha256');
  alignPass(arm, weighPairs(arm), g);
  hash[arm] = { features: h.digest('hex').slice(0, 16), align: g.digest('hex').slice(0, 16) };
}
const ms: Record<Arm, { features: number[]; align: number[] }> = { base: { features: [], align: [] }, branch: { features: [], align: [] } };
const loads: number[] = [];
for (let r = 0; r < rounds; r++) {
  const arm: Arm = r % 4 === 0 || r % 4 === 3 ? 'branch' : 'base';
  loads.push(loadavg()[0]!);
  const c0 = process.cpuUsage();
  featuresPass(arm);
  const c = process.cpuUsage(c0);
  ms[arm].features.push((c.user + c.system) / 1000);
  ms[arm].align.push(alignPass(arm, weighPairs(arm)));
}
console.log(`${arts.length} articles, ${Math.floor(arts.length / 2)} pairs; load ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`);
for (const arm of ['base', 'branch'] as const)
  for (const part of ['features', 'align'] as const)
    console.log(`${arm.padEnd(6)} ${part.padEnd(8)} ${hash[arm][part]}, CPU ms per pass: median ${median(ms[arm][part]).toFixed(0)} (${ms[arm][part].map((x) => x.toFixed(0)).join(', ')})`);
console.log(`features the same on both: ${hash.base.features === hash.branch.features ? 'yes' : 'NO'}; alignments the same: ${hash.base.align === hash.branch.align ? 'yes' : 'NO'}`);
