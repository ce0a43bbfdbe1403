/**
 * perf50: a candidate's story vectors (lib/engine/vectors.ts docVector, nameVector, figureSet) from one tokenisation
 * with no object per token. Base against branch in one process: each arm a `git archive` export (node_modules linked)
 * with its own lib/engine/vectors.ts (and its own caches). Checks that every article's three vectors are the same on
 * both arms (packed form: terms in map order, counts, figures), then derives them all on each arm in rounds
 * alternating A B B A (same process, same load), every article handed over as a new object; per arm the process-CPU
 * median of a pass.
 *
 *   ZYTE_HTML_DIR=… nice npx tsx bench/perf50-vectors.ts --base /tmp/perf50/base --branch /tmp/perf50/br [--rounds 8] [--zipf 3000]
 */
import { resolve } from 'node:path';
import { loadavg } from 'node:os';
import { cpuUsage } from 'node:process';
import { armDirs, optionValue } from './args.ts';
import { median } from './baseline.ts';
import { perfArticles } from './perf-articles.ts';

const args = process.argv.slice(2);
process.env.PARALLAX_CACHE ??= 'off';
const dirs = armDirs(args);
const rounds = Number(optionValue('--rounds', args) ?? 8);
const arts = await perfArticles(Number(optionValue('--zipf', args) ?? 3000));
type Vectors = typeof import('../lib/engine/vectors.ts');
const arms = {
  base: (await import(resolve(dirs.base, 'lib/engine/vectors.ts'))) as Vectors,
  branch: (await import(resolve(dirs.branch, 'lib/engine/vectors.ts'))) as Vectors,
};

const packed = (v: Vectors) => arts.map((a) => v.packVectors(v.storyVectors(structuredClone(a))));
const [pa, pb] = [packed(arms.base), packed(arms.branch)];
let differ = 0;
for (let k = 0; k < arts.length; k++) {
  const [x, y] = [pa[k]!, pb[k]!];
  if (x.terms !== y.terms || x.doc !== y.doc || x.n.join() !== y.n.join() || x.figures.join() !== y.figures.join()) differ++;
}
const chars = arts.reduce((n, a) => n + a.title.length + a.units.reduce((m, u) => m + u.text.length + 1, 0), 0);
console.log(`${arts.length} articles, ${chars.toLocaleString('en')} characters; articles whose story vectors differ: ${differ}`);

const cpu = () => {
  const u = cpuUsage();
  return (u.user + u.system) / 1000;
};
const times: Record<'base' | 'branch', number[]> = { base: [], branch: [] };
for (let r = 0; r < rounds; r++) {
  for (const arm of r % 2 ? (['branch', 'base'] as const) : (['base', 'branch'] as const)) {
    const fresh = arts.map((a) => structuredClone(a));
    const t = cpu();
    for (const a of fresh) arms[arm].storyVectors(a);
    times[arm].push(cpu() - t);
  }
}
for (const arm of ['base', 'branch'] as const) console.log(`${arm}: ${median(times[arm]).toFixed(0)} ms CPU per pass (${times[arm].map((t) => t.toFixed(0)).join(', ')})`);
console.log(`branch / base: ${(median(times.branch) / median(times.base)).toFixed(3)}; load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
