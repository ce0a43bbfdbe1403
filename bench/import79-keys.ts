/**
 * import79: `indexKeys` of two checkouts in one Node process, alternating A B B A … over the same articles (bench:browser's
 * Zipf articles, cloned as a worker receives them, plus the eight engine sets' articles): ms an article of each arm, and
 * every article's keys compared; ms are the process' CPU time, not wall (the change must give the same keys, byte for byte).
 *
 *   nice npx tsx bench/import79-keys.ts --base DIR [--n 3000] [--rounds 6]
 * DIR: another checkout (a `git archive` of main); this tree is B.
 */
import { resolve } from 'node:path';
import { ZipfVocabulary, zipfArticles } from './synthetic.ts';
import { optionValue } from './args.ts';
import type { Article } from '../lib/types.ts';

const args = process.argv.slice(2);
const base = optionValue('--base', args);
if (!base) throw new Error('--base DIR: the other checkout');
const n = Number(optionValue('--n', args) ?? 3000);
const rounds = Number(optionValue('--rounds', args) ?? 6);

type IndexKeys = (a: Pick<Article, 'title' | 'text' | 'quotes'>) => string[];

async function main() {
  const a: IndexKeys = (await import(resolve(base!, 'lib/engine/keys.ts'))).indexKeys;
  const b: IndexKeys = (await import('../lib/engine/keys.ts')).indexKeys;
  const zipf = zipfArticles(n, { vocab: new ZipfVocabulary(), from: 20000 }).map((x) => structuredClone(x));
  process.env.PARALLAX_CACHE ??= 'off';
  const { loadSet } = await import('../tests/data/engine/fixtures.ts');
  const real: Article[] = [];
  for (const s of ['seeds', 'harbor', 'distractors', 'page', 'doobie', 'plague', 'meth', 'europa'] as const) real.push(...(await loadSet(s)));
  let differ = 0;
  for (const x of [...zipf, ...real]) if (JSON.stringify(a(x)) !== JSON.stringify(b(x))) differ++;
  console.log(`${zipf.length} Zipf + ${real.length} engine-set articles: keys differing ${differ}`);
  const time = (f: IndexKeys, xs: Article[]) => {
    // CPU time of this thread (the machine is shared: wall time follows the load).
    const t = process.cpuUsage();
    for (const x of xs) f(x);
    const d = process.cpuUsage(t);
    return (d.user + d.system) / 1000 / xs.length;
  };
  const sum = { A: [] as number[], B: [] as number[] };
  for (let r = 0; r < rounds; r++) {
    const order: Array<'A' | 'B'> = r % 2 === 0 ? ['A', 'B'] : ['B', 'A'];
    const got: Record<string, number> = {};
    for (const arm of order) {
      const ms = time(arm === 'A' ? a : b, zipf) ;
      got[arm] = ms;
      sum[arm].push(ms);
    }
    console.log(`round ${r} (${order.join(' ')}): A ${got.A!.toFixed(3)} ms an article, B ${got.B!.toFixed(3)} (B/A ${(got.B! / got.A!).toFixed(3)})`);
  }
  const med = (v: number[]) => [...v].sort((x, y) => x - y)[v.length >> 1]!;
  console.log(`median: A ${med(sum.A).toFixed(3)}, B ${med(sum.B).toFixed(3)} ms an article (Zipf); B faster in ${sum.A.filter((x, k) => sum.B[k]! < x).length} of ${rounds} rounds`);
  const realA = time(a, real), realB = time(b, real), realA2 = time(a, real), realB2 = time(b, real);
  console.log(`engine-set articles: A ${realA.toFixed(3)} / ${realA2.toFixed(3)}, B ${realB.toFixed(3)} / ${realB2.toFixed(3)} ms an article`);
}

main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
