/**
 * perf60: the key worker's work per article (lib/store/key-worker.ts `answerKeys`: story keys and repeat texts, what
 * the import's worker computes for each batch) in two checkouts, alternating A B B A on the same Zipf batches, in CPU
 * time of this process (the load inflates it far less than wall time). docs/notes/perf60.md.
 *
 *   nice npx tsx bench/perf60-keys.ts --base DIR --branch DIR [--n 1000] [--rounds 6]
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { armDirs, optionValue } from './args.ts';
import { zipfArticles } from './synthetic.ts';
import { median } from './baseline.ts';

const args = process.argv.slice(2);
const { base, branch } = armDirs(args);
const n = Number(optionValue('--n', args) ?? 1000);
const rounds = Number(optionValue('--rounds', args) ?? 6);

async function main() {
  const load = async (dir: string) => (await import(pathToFileURL(resolve(dir, 'lib/store/key-worker.ts')).href)).answerKeys as (m: unknown) => { keys?: string[][] };
  const arms = { A: await load(base), B: await load(branch) };
  const asked = zipfArticles(n).map((a) => ({ title: a.title, text: a.text, quotes: a.quotes, outlet: a.outlet, units: a.units.map((u) => u.text) }));
  const ms: Record<'A' | 'B', number[]> = { A: [], B: [] };
  const keys: Record<'A' | 'B', number> = { A: 0, B: 0 };
  // Round 0 warms both (not counted); then A B, B A, …
  for (let r = 0; r <= rounds; r++) {
    for (const arm of (r % 2 ? ['B', 'A'] : ['A', 'B']) as Array<'A' | 'B'>) {
      const c0 = process.cpuUsage();
      const got = arms[arm]({ seq: r, keys: asked });
      const c = process.cpuUsage(c0);
      keys[arm] = got.keys?.reduce((t, k) => t + k.length, 0) ?? NaN;
      if (r) ms[arm].push((c.user + c.system) / 1000 / n);
    }
  }
  for (const arm of ['A', 'B'] as const) console.log(`${arm}: answerKeys CPU ${median(ms[arm]).toFixed(3)} ms an article (median of ${rounds}; ${ms[arm].map((x) => x.toFixed(3)).join(' ')}), ${(keys[arm] / n).toFixed(1)} keys an article`);
}

main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
