/**
 * perf35: lib/nlp `figureValues` (quantities without the readings around each figure) against
 * `quantities`, and what it saves where the engine reads only the figures' values.
 *
 *   nice npx tsx bench/perf35-figures.ts                 every text: the two lists equal field by field
 *   nice npx tsx bench/perf35-figures.ts --time [--tree DIR] [--passes 5]
 *   nice npx tsx bench/perf35-figures.ts --ratio [--passes 5]   the two alternating (A B B A …), tokens given
 *
 * Check: the titles, texts, title + text and unit texts of the seeds, tests/data's sets, the zyte
 * pages (ZYTE_HTML_DIR) and 500 Zipf articles, and 20,000 random texts over figure-shaped words
 * (numbers, scale words, currency signs, weekdays, months, ages, "block", dashes, clock times):
 * kind, value, max, qualifier, head, text, start and end of every figure, in order.
 * Time: process CPU (user + system) of the story vectors (packedVectorsOf) and the story keys
 * (indexKeys) of those articles, a first pass (cold code and caches, as a freshly opened panel) and
 * warm passes; `--tree DIR` takes lib/ from another checkout (a `git archive` of main), one process
 * each, to compare versions; both print a digest of what they computed, which must be equal.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { optionValue } from './args.ts';
import { perfArticles } from './perf-articles.ts';
import type { Article } from '../lib/types.ts';

const args = process.argv.slice(2);
const tree = optionValue('--tree', args);
const passes = Number(optionValue('--passes', args) ?? 5);
const root = tree ?? path.join(import.meta.dirname, '..');
const lib = (p: string) => import(pathToFileURL(path.resolve(root, p)).href);

process.env.PARALLAX_CACHE ??= 'off';
const arts: Article[] = await perfArticles(500);

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

if (args.includes('--ratio')) {
  // The two functions alternating on the articles' title + text (as figureSet reads them), warm: CPU of each.
  const { figureValues, quantities } = (await lib('lib/nlp/quantities.ts')) as typeof import('../lib/nlp/quantities.ts');
  const { tokens } = (await lib('lib/nlp/index.ts')) as typeof import('../lib/nlp/index.ts');
  const texts = arts.map((a) => `${a.title}\n${a.text}`);
  const toks = texts.map((s) => tokens(s));
  const took = { quantities: [] as number[], figureValues: [] as number[] };
  for (let p = 0; p < passes * 2; p++) {
    const f = p % 4 === 0 || p % 4 === 3 ? quantities : figureValues;
    const t = cpu();
    for (let k = 0; k < texts.length; k++) f(texts[k]!, toks[k]!);
    took[f === quantities ? 'quantities' : 'figureValues'].push(cpu() - t);
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  console.log(`${texts.length} title + text, tokens given, CPU per pass (median of ${passes}): quantities ${med(took.quantities).toFixed(0)} ms, figureValues ${med(took.figureValues).toFixed(0)} ms (each: ${took.quantities.map((x) => x.toFixed(0)).join(', ')} / ${took.figureValues.map((x) => x.toFixed(0)).join(', ')})`);
} else if (args.includes('--time')) {
  const vectors = (await lib('lib/engine/vectors.ts')) as typeof import('../lib/engine/vectors.ts');
  const keys = (await lib('lib/engine/keys.ts')) as typeof import('../lib/engine/keys.ts');
  const rows: Array<[number, number]> = [];
  const h = createHash('sha256');
  for (let p = 0; p < passes; p++) {
    const t0 = cpu();
    const v = arts.map((a) => vectors.packedVectorsOf(a));
    const t1 = cpu();
    const k = arts.map((a) => keys.indexKeys(a));
    const t2 = cpu();
    rows.push([t1 - t0, t2 - t1]);
    if (p === 0) {
      for (const x of v) h.update(x ? `${x.terms}|${[...x.n]}|${x.doc}|${[...x.figures]}` : 'null');
      for (const x of k) h.update(x.join(' '));
    }
  }
  const warm = (i: 0 | 1) => rows.slice(1).map((r) => r[i]).sort((a, b) => a - b)[(rows.length - 1) >> 1]!;
  console.log(`${tree ? `tree ${tree}` : 'this tree'}: ${arts.length} articles; story vectors CPU first ${rows[0]![0].toFixed(0)} ms, warm median ${warm(0).toFixed(0)} ms; index keys first ${rows[0]![1].toFixed(0)} ms, warm median ${warm(1).toFixed(0)} ms; digest ${h.digest('hex').slice(0, 16)}`);
} else {
  const { figureValues, quantities } = (await lib('lib/nlp/quantities.ts')) as typeof import('../lib/nlp/quantities.ts');
  const texts: string[] = [];
  for (const a of arts) texts.push(a.title, a.text, `${a.title}\n${a.text}`, ...a.units.map((u) => u.text));
  // Random texts over figure-shaped words (a fixed seed).
  let seed = 35;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const words = ['12', '1,500', '2.5', '2019', '2020', '1700', '34', '7', 'million', 'billion', 'hundred', 'thousands', 'dozen', 'half', 'a', 'an', 'of', 'the', 'in', 'on', 'at', 'more', 'than', 'about', 'nearly', 'percent', 'per', 'cent', '%', 'dollars', 'people', 'Venezuelans', 'years', 'year-old', 'old', 'days', 'block', 'Street', 'Monday', 'Friday', 'March', 'May', 'may', 'Sept.', '11', '9/11', '5', 'p.m.', '10:30', 'Route', '66', 'one', 'two', 'twelve', 'Fifty', 'seven', 'John', 'Smith', 'said', 'killed', 'were', 'wounded', 'needed', 'first', 'last', 'another', 'other', 'others', 'police', 'across', 'Asia', 'worldwide', 'from', 'Manokwari', 'kilometers', 'west', 'poll', 'found', 'that', '3-2', '30-60', '10–12', '$', '€', '$US1', '(', ')', ',', '.', '-', ';', '"', 'score', 'four', 'scores', 'to', 'since', 'before'];
  for (let k = 0; k < 20_000; k++) {
    const n = 3 + Math.floor(rand() * 40);
    let s = '';
    for (let i = 0; i < n; i++) {
      const w = words[Math.floor(rand() * words.length)]!;
      const glue = w === '$' || w === '€' || w === '(' ? ' ' : '';
      s += (i && !/^[,.;)%]$/.test(w) && !s.endsWith('$') && !s.endsWith('€') && !s.endsWith('(') ? (rand() < 0.1 ? '-' : ' ') : '') + w + glue;
    }
    texts.push(s.trim());
  }
  const fields = ['kind', 'value', 'max', 'qualifier', 'head', 'text', 'start', 'end'] as const;
  const sig = (qs: ReturnType<typeof quantities>) => JSON.stringify(qs.map((q) => fields.map((f) => q[f as keyof typeof q])));
  let differ = 0;
  let figures = 0;
  for (const s of texts) {
    const full = quantities(s);
    figures += full.length;
    if (sig(full) !== sig(figureValues(s))) {
      differ++;
      if (differ <= 3) console.log('differs:', JSON.stringify(s.slice(0, 200)));
    }
  }
  console.log(`${texts.length.toLocaleString('en')} texts (${arts.length} articles' titles, texts, title + text and units; 20,000 random), ${figures.toLocaleString('en')} figures: ${differ} differ`);
}
