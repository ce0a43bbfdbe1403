/**
 * perf47: what "a line break ends every figure" (lib/nlp/quantities.ts) changes, base against branch loaded side by
 * side from two exports: the figures (kind, value, max, offsets) of each article's text, of title + "\n" + text (the
 * figure set's and the index keys' reading) and of title + units joined by line breaks (the report's other-article
 * figures), the index keys, and whether the branch's document vector takes the figures figureValues gives its text.
 * Articles: the seeds, tests/data's sets, the zyte pages (ZYTE_HTML_DIR) and 3,000 Zipf articles (bench/perf-articles.ts).
 *
 *   git archive 41b0c81 | tar -x -C /tmp/perf47/base; git archive HEAD | tar -x -C /tmp/perf47/br (node_modules linked)
 *   ZYTE_HTML_DIR=… nice npx tsx bench/perf47-lines.ts --base /tmp/perf47/base --branch /tmp/perf47/br
 */
import { resolve } from 'node:path';
import { optionValue } from './args.ts';
import type { Quantity } from '../lib/nlp/index.ts';

const args = process.argv.slice(2);
process.env.PARALLAX_CACHE ??= 'off';
const base = optionValue('--base', args);
const branch = optionValue('--branch', args);
if (!base || !branch) throw new Error('--base DIR and --branch DIR (git archive exports, with node_modules) are required');
type Nlp = typeof import('../lib/nlp/index.ts');
type Keys = typeof import('../lib/engine/keys.ts');
type Vec = typeof import('../lib/engine/vectors.ts');
const load = async (dir: string) => ({
  nlp: (await import(resolve(dir, 'lib/nlp/index.ts'))) as Nlp,
  keys: (await import(resolve(dir, 'lib/engine/keys.ts'))) as Keys,
  vec: (await import(resolve(dir, 'lib/engine/vectors.ts'))) as Vec,
});
const A = await load(base);
const B = await load(branch);
const arts = await (await import('./perf-articles.ts')).perfArticles(3000);

const key = (q: Quantity) => `${q.kind}:${q.value}:${q.max}:${q.start}:${q.end}`;
const readings = {
  text: (a: (typeof arts)[number]) => a.text,
  'title + text': (a: (typeof arts)[number]) => `${a.title}\n${a.text}`,
  'title + units': (a: (typeof arts)[number]) => `${a.title}\n${a.units.map((u) => u.text).join('\n')}`,
};
for (const [name, of] of Object.entries(readings)) {
  let n = 0;
  const kinds = new Map<string, number>();
  const shown: string[] = [];
  for (const a of arts) {
    const s = of(a);
    const x = A.nlp.figureValues(s).map(key);
    const y = B.nlp.figureValues(s).map(key);
    if (x.join('|') === y.join('|')) continue;
    n++;
    const gone = x.filter((k) => !y.includes(k));
    const come = y.filter((k) => !x.includes(k));
    const what = `${gone.map((k) => k.split(':').slice(0, 1)).join(',')} → ${come.map((k) => k.split(':').slice(0, 1)).join(',')}`;
    kinds.set(what, (kinds.get(what) ?? 0) + 1);
    // One example of each change (the first two of the commonest).
    if (kinds.get(what)! <= (what === 'count → year' ? 2 : 1)) {
      const at = Number((gone[0] ?? come[0])!.split(':')[3]);
      shown.push(`  ${a.id.slice(0, 16)} −${gone.join(' ')} +${come.join(' ')} ${JSON.stringify(s.slice(Math.max(0, at - 30), at + 30))}`);
    }
  }
  console.log(`${name}: figures differ in ${n} of ${arts.length} (${[...kinds].map(([k, v]) => `${k}: ${v}`).join('; ')})`);
  for (const l of shown) console.log(l);
}
let keysDiffer = 0;
for (const a of arts) {
  const x = A.keys.indexKeys(a).join(' ');
  const y = B.keys.indexKeys(a).join(' ');
  if (x !== y) {
    keysDiffer++;
    if (keysDiffer <= 5) console.log(`  keys ${a.id.slice(0, 16)}: −${x.split(' ').filter((k) => !y.split(' ').includes(k))} +${y.split(' ').filter((k) => !x.split(' ').includes(k))}`);
  }
}
console.log(`index keys differ in ${keysDiffer} of ${arts.length}`);
let docOff = 0;
for (const a of arts) {
  const want = B.nlp.figureValues(a.text).filter((q) => q.value === q.max && q.value >= 10).map((q) => `#${q.value}`);
  const got = [...B.vec.docVector({ ...a }).keys()].filter((k) => k.startsWith('#'));
  if ([...new Set(want)].join(' ') !== got.join(' ')) docOff++;
}
console.log(`branch document vectors whose figures are not figureValues(text)'s: ${docOff} of ${arts.length}`);
