/**
 * Two engines side by side for the component benches (bench/perf47b-units.ts, bench/perf48-weigh.ts): `--base DIR`
 * and `--branch DIR`, each a `git archive` export with node_modules linked; their features, align and story modules;
 * `--rounds`; the perf articles (bench/perf-articles.ts, `--zipf` of them); and a JSON of typed arrays, maps and sets for hashing.
 */
import { resolve } from 'node:path';
import { armDirs, optionValue } from './args.ts';
import type { Article } from '../lib/types.ts';

export type Arm = 'base' | 'branch';
type Features = typeof import('../lib/engine/features.ts');
type Align = typeof import('../lib/engine/align.ts');
type Story = typeof import('../lib/engine/story.ts');
export type EngineModules = { features: Features; align: Align; story: Story };

export async function engineArms(args: string[]): Promise<{ lib: Record<Arm, EngineModules>; rounds: number; arts: Article[] }> {
  process.env.PARALLAX_CACHE ??= 'off';
  const dirs = armDirs(args);
  const lib = {} as Record<Arm, EngineModules>;
  for (const arm of ['base', 'branch'] as const) {
    const dir = dirs[arm]!;
    lib[arm] = {
      features: (await import(resolve(dir, 'lib/engine/features.ts'))) as Features,
      align: (await import(resolve(dir, 'lib/engine/align.ts'))) as Align,
      story: (await import(resolve(dir, 'lib/engine/story.ts'))) as Story,
    };
  }
  const rounds = Number(optionValue('--rounds', args) ?? 12);
  const arts: Article[] = await (await import('./perf-articles.ts')).perfArticles(Number(optionValue('--zipf', args) ?? 1000));
  return { lib, rounds, arts };
}

export const hashJson = (x: unknown) =>
  JSON.stringify(x, (_k, v) => (v instanceof Set ? [...v] : v instanceof Map ? [...v] : ArrayBuffer.isView(v) ? [...(v as Float64Array)] : v));
