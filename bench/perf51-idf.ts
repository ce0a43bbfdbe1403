/**
 * perf51: a cold story stage's unit IDF and weighing, base against branch in one process. Each arm is a `git archive`
 * export (node_modules linked) with its own lib. The perf articles (bench/perf-articles.ts) in stages of `--stage`
 * articles: the first `--aligned` of a stage with their unit features (made once per arm before timing, their prepared
 * vectors dropped before each use: weighing cold), the rest counted toward the unit IDF as term lists made in the timed
 * part (features.ts `idfTerms` of their first STORY_UNITS fact units, as story.ts `countedFacts` on a first compare);
 * then story.ts `unitIdf` and `weighAll` of the aligned ones. Checks that both arms weigh every vector the same (ids and
 * weights, bit for bit), then times passes A B B A (process CPU per pass); an A/A with `--branch` the base's export.
 *
 *   ZYTE_HTML_DIR=… nice npx tsx bench/perf51-idf.ts --base /tmp/perf51/base --branch /tmp/perf51/br [--rounds 8] [--zipf 3000] [--stage 45] [--aligned 5] [--warm]
 *
 * `--warm`: a panel's next compare: the counted term lists made once before timing and the prepared vectors kept (the
 * unit IDF is counted and the vectors weighed again on every pass, as every compare does).
 */
import { resolve } from 'node:path';
import { loadavg } from 'node:os';
import { cpuUsage } from 'node:process';
import { createHash } from 'node:crypto';
import { armDirs, optionValue } from './args.ts';
import { median } from './baseline.ts';
import { perfArticles } from './perf-articles.ts';
import type { Article } from '../lib/types.ts';

const args = process.argv.slice(2);
process.env.PARALLAX_CACHE ??= 'off';
const dirs = armDirs(args);
const rounds = Number(optionValue('--rounds', args) ?? 8);
const stageSize = Number(optionValue('--stage', args) ?? 45);
const alignedSize = Number(optionValue('--aligned', args) ?? 5);
const warm = args.includes('--warm');
const arts = await perfArticles(Number(optionValue('--zipf', args) ?? 3000));
type Features = typeof import('../lib/engine/features.ts');
type Story = typeof import('../lib/engine/story.ts');
type Weighted = import('../lib/engine/align.ts').Weighted;
const load = async (dir: string) => ({
  features: (await import(resolve(dir, 'lib/engine/features.ts'))) as Features,
  story: (await import(resolve(dir, 'lib/engine/story.ts'))) as Story,
});
const arms = { base: await load(dirs.base), branch: await load(dirs.branch) };
type Arm = keyof typeof arms;

const stages: Article[][] = [];
for (let k = 0; k + stageSize <= arts.length; k += stageSize) stages.push(arts.slice(k, k + stageSize));
// The aligned articles' unit features, made once per arm (their own objects): not what is timed.
const feats = {} as Record<Arm, ReturnType<Features['featuresOf']>[][]>;
for (const arm of ['base', 'branch'] as const) feats[arm] = stages.map((s) => s.slice(0, alignedSize).map((a) => arms[arm].features.featuresOf(structuredClone(a))));

type Terms = ReturnType<Features['idfTerms']>[][];
const countedOf = (arm: Arm, s: Article[]): Terms => {
  const { features, story } = arms[arm];
  return s.slice(alignedSize).map((a) => {
    const terms = [];
    for (const u of a.units) {
      if (terms.length >= story.STORY_UNITS) break;
      if (features.isFactUnit(u)) terms.push(features.idfTerms(u));
    }
    return terms;
  });
};
const warmTerms = {} as Record<Arm, Terms[]>;
if (warm) for (const arm of ['base', 'branch'] as const) warmTerms[arm] = stages.map((s) => countedOf(arm, s));

/** One pass over every stage on one arm: the counted articles' term lists, the unit IDF, the aligned ones weighed. */
function pass(arm: Arm, keep?: Weighted[][]): void {
  const { story } = arms[arm];
  stages.forEach((s, k) => {
    const counted = warm ? warmTerms[arm][k]! : countedOf(arm, s);
    const fs = feats[arm][k]!;
    if (!warm) for (const f of fs.flat()) f.prepared = undefined;
    const uidf = story.unitIdf(fs, counted);
    for (const f of fs) {
      const w = story.weighAll(f, uidf);
      keep?.push(w);
    }
  });
}
const hashOf = (ws: Weighted[][]) => {
  const h = createHash('sha256');
  for (const w of ws.flat()) for (const p of [w.words, w.grams, w.quote]) h.update(new Uint8Array(p.ids.buffer)).update(new Uint8Array(p.vals.buffer));
  return h.digest('hex').slice(0, 16);
};
const kept = { base: [] as Weighted[][], branch: [] as Weighted[][] };
pass('base', kept.base);
pass('branch', kept.branch);
const vectors = kept.base.flat().length * 3;
console.log(`${warm ? 'warm' : 'cold'}: ${arts.length} articles in ${stages.length} stages of ${stageSize} (${alignedSize} aligned); ${vectors} weighed vectors; hash base ${hashOf(kept.base)}, branch ${hashOf(kept.branch)}`);

const cpu = () => {
  const u = cpuUsage();
  return (u.user + u.system) / 1000;
};
const times: Record<Arm, number[]> = { base: [], branch: [] };
for (let r = 0; r < rounds; r++) {
  for (const arm of r % 2 ? (['branch', 'base'] as const) : (['base', 'branch'] as const)) {
    const t = cpu();
    pass(arm);
    times[arm].push(cpu() - t);
  }
}
for (const arm of ['base', 'branch'] as const) console.log(`${arm}: ${median(times[arm]).toFixed(0)} ms CPU per pass (${times[arm].map((t) => t.toFixed(0)).join(', ')})`);
console.log(`branch / base: ${(median(times.branch) / median(times.base)).toFixed(3)}; load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
