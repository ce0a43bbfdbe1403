/**
 * perf46: a candidate's story vectors (lib/engine/vectors.ts storyVectors: its document vector, names vector and
 * figure set), the per-candidate derivation of a cold compare, of this tree's lib and another's (a `git archive`
 * export of the base, with node_modules linked) loaded in one process, passes alternating A B B A (same process, same
 * load): process CPU per pass, and a hash of every vector (terms, counts and order) that must be the same.
 * The articles: the seeds, tests/data's sets, the zyte pages (ZYTE_HTML_DIR) and 3,000 Zipf articles, as
 * bench/perf45-tokens.ts reads them; each pass derives all of them from their text (fresh copies: nothing kept).
 *
 * Give both arms as exports (`--branch` too): this tree's lib is also the loaders' (tests/data fixtures, the Zipf
 * articles), whose caches (stems, folds, short texts) they fill while loading, and that arm was read ~20 % slower
 * than an export of the very same code (an A/A check at load 7).
 *
 *   nice npx tsx bench/perf46-vectors.ts --base /tmp/perf46/base --branch /tmp/perf46/br [--rounds 12]
 */
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { optionValue } from './args.ts';
import { median } from './baseline.ts';

const args = process.argv.slice(2);

process.env.PARALLAX_CACHE ??= 'off';
const base = optionValue('--base', args);
if (!base) throw new Error('--base DIR (a git archive export of the base, with node_modules) is required');
const rounds = Number(optionValue('--rounds', args) ?? 12);
type Vectors = typeof import('../lib/engine/vectors.ts');
const lib: Record<Arm, Vectors['storyVectors']> = {
  base: ((await import(resolve(base, 'lib/engine/vectors.ts'))) as Vectors).storyVectors,
  branch: ((await import(resolve(optionValue('--branch', args) ?? '.', 'lib/engine/vectors.ts'))) as Vectors).storyVectors,
};
type Arm = 'base' | 'branch';
// Loaded after both arms' libs (a dynamic import), as before.
const arts = await (await import('./perf-articles.ts')).perfArticles(3000);
const hash: Record<Arm, string> = { base: '', branch: '' };
/** Each article's vectors as JSON, per arm: the articles whose vectors differ are listed (perf47: a behaviour change). */
const each: Record<Arm, string[]> = { base: [], branch: [] };
for (const arm of ['base', 'branch'] as const) {
  const h = createHash('sha256');
  for (const a of arts) {
    const v = lib[arm]({ ...a });
    const json = JSON.stringify([a.id, [...v.doc], [...v.names], [...v.figures]]);
    each[arm].push(json);
    h.update(json);
  }
  hash[arm] = h.digest('hex').slice(0, 16);
}
for (let i = 0; i < arts.length; i++) {
  if (each.base[i] === each.branch[i]) continue;
  const [b, r] = [JSON.parse(each.base[i]!), JSON.parse(each.branch[i]!)] as Array<[string, [string, number][], [string, number][], number[]]>;
  const part = (k: 1 | 2 | 3) => (JSON.stringify(b![k]) === JSON.stringify(r![k]) ? '' : ` ${['', 'doc', 'names', 'figures'][k]}: −${JSON.stringify(b![k].filter((x) => !JSON.stringify(r![k]).includes(JSON.stringify(x))))} +${JSON.stringify(r![k].filter((x) => !JSON.stringify(b![k]).includes(JSON.stringify(x))))}`);
  console.log(`differ: ${arts[i]!.id.slice(0, 16)} ${JSON.stringify(arts[i]!.title.slice(-40))} / ${JSON.stringify(arts[i]!.text.slice(0, 40))}${part(1)}${part(2)}${part(3)}`);
}
const ms: Record<Arm, number[]> = { base: [], branch: [] };
const loads: number[] = [];
for (let r = 0; r < rounds; r++) {
  const arm: Arm = r % 4 === 0 || r % 4 === 3 ? 'branch' : 'base';
  loads.push(loadavg()[0]!);
  const c0 = process.cpuUsage();
  for (const a of arts) lib[arm]({ ...a });
  const c = process.cpuUsage(c0);
  ms[arm].push((c.user + c.system) / 1000);
}
console.log(`${arts.length} articles, ${arts.reduce((n, a) => n + a.text.length, 0).toLocaleString('en')} characters of text; load ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`);
for (const arm of ['base', 'branch'] as const) console.log(`${arm.padEnd(6)} vectors ${hash[arm]}, CPU ms per pass: median ${median(ms[arm]).toFixed(0)} (${ms[arm].map((x) => x.toFixed(0)).join(', ')})`);
console.log(`vectors the same on both: ${hash.base === hash.branch ? 'yes' : 'NO'}`);
