/**
 * perf36: where an article's story vectors' derivation spends its CPU (lib/engine/vectors.ts), in
 * Node, on the seeds, tests/data's sets, the zyte pages and 500 Zipf articles: each part on its own
 * (first pass: caches as a fresh panel has them; then warm passes), the whole, indexKeys (what an
 * import already derives per article) and unpacking stored vectors (what a read costs instead).
 *
 *   nice npx tsx bench/perf36-vectors.ts [--passes 5]
 *   nice npx tsx bench/perf36-vectors.ts --check [--random 20000]
 *   nice npx tsx bench/perf36-vectors.ts --ab [--passes 8]
 *
 * `--check`: the story vectors as vectors.ts derives them against the derivation before perf36 (the
 * joined title + unit texts tokenised once for the doc vector, title + text tokenised again for the
 * figure set), written out below as the reference: the same terms, counts, Map order and figures on
 * those articles and on random articles whose title and unit edges hold what a word rule reads
 * across (points, commas, apostrophes, digits, capitals, figures).
 */
import { optionValue } from './args.ts';
import { perfArticles } from './perf-articles.ts';
import type { Article } from '../lib/types.ts';
import { docVector, figureSet, nameVector, packedVectorsOf, storyVectors, titleVector, unpackVectors, vectorsFingerprint } from '../lib/engine/vectors.ts';
import { contentStem, indexKeys } from '../lib/engine/keys.ts';
import { counts, figureValues, tokens } from '../lib/nlp/index.ts';

const args = process.argv.slice(2);
const passes = Number(optionValue('--passes', args) ?? 5);
process.env.PARALLAX_CACHE ??= 'off';
const arts: Article[] = await perfArticles(500);

/** The story vectors as derived before perf36 (the reference of --check). */
function beforeVectors(a: Article): { doc: Map<string, number>; names: Map<string, number>; figures: Set<number> } {
  const stems: string[] = [];
  for (const t of tokens(`${a.title}\n${a.units.map((u) => u.text).join('\n')}`)) {
    const s = contentStem(t.w);
    if (s) stems.push(s);
  }
  for (const q of figureValues(a.text)) if (q.value === q.max && q.value >= 10) stems.push(`#${q.value}`);
  const doc = counts(stems);
  const figures = new Set(
    figureValues(`${a.title}\n${a.text}`)
      .filter((q) => q.value === q.max && (q.kind === 'money' || q.kind === 'year' || (q.kind === 'count' && q.value >= 10)))
      .map((q) => q.value),
  );
  const names: string[] = [];
  for (const text of [a.title, ...a.units.map((u) => u.text)]) {
    const toks = tokens(text);
    for (let k = 1; k < toks.length; k++) {
      const t = toks[k]!;
      if (!/^\p{Lu}/u.test(t.raw) || /[.!?:"“”]\s*$/.test(text.slice(toks[k - 1]!.end, t.start))) continue;
      const s = contentStem(t.w);
      if (s) names.push(s);
    }
  }
  return { doc, names: counts(names), figures };
}
function before(a: Article): string {
  const v = beforeVectors(a);
  return JSON.stringify([[...v.doc], [...v.names], [...v.figures]]);
}
function now(a: Article): string {
  const v = storyVectors(a);
  return JSON.stringify([[...v.doc], [...v.names], [...v.figures]]);
}

/** Random articles whose pieces' edges hold what a word or figure rule reads (seeded, reproducible). */
function randomArticles(n: number): Article[] {
  let seed = 36;
  const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const bits = ['5.', '3,', "'s", '’', '.4', ',000', '$', '£', '€', '%', 'per cent', 'million', 'billion', '2024', '1,200', '12.5', '30-60', 'May', 'March', 'Monday',
    'Mr.', 'U.S.', 'The', 'Police', 'said', 'killed', 'people', 'aged', '45', 'km', 'years', 'in', 'of', '"', '“', ':', '-', '—', '(', ')', 'Smith', 'BBC', 'Covid-19', 'à', 'Ünal', '\u{1F600}', '10', '100', '1999'];
  const piece = () => Array.from({ length: 1 + Math.floor(rnd() * 12) }, () => pick(bits)).join(pick([' ', ' ', '', ' ', '\n']));
  const out: Article[] = [];
  for (let k = 0; k < n; k++) {
    const texts = Array.from({ length: 1 + Math.floor(rnd() * 5) }, piece);
    let text = '';
    const units = texts.map((t, i) => {
      if (i) text += pick(['\n\n', '\n', ' ', '. ', '', '-', "'"]);
      const start = text.length;
      text += t;
      return { i, text: t, start, end: text.length };
    });
    out.push({ id: `r${k}`, title: piece(), text, units } as unknown as Article);
  }
  return out;
}

if (args.includes('--check')) {
  const random = randomArticles(Number(optionValue('--random', args) ?? 20_000));
  let differ = 0;
  for (const a of [...arts, ...random]) {
    // Twice in a row (the tokens kept, then made again), and asked in the reverse order.
    const want = before(a);
    const copy = { ...a };
    const reversed = { ...a };
    const [figures, names, doc] = [figureSet(reversed), nameVector(reversed), docVector(reversed)];
    if (now(copy) !== want || now(copy) !== want || JSON.stringify([[...doc], [...names], [...figures]]) !== want) {
      if (differ++ < 3) console.log(`differs: ${a.id}`);
    }
  }
  console.log(`${arts.length} articles + ${random.length} random: ${differ} differ`);
  process.exit(differ ? 1 : 0);
}

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

if (args.includes('--ab')) {
  // The old derivation and vectors.ts's alternating (A B B A …) over all articles, CPU per pass; lib/nlp's
  // token cache emptied before each pass (as a first compare finds it for its candidates: their
  // units not tokenised yet), by filling it with TOKEN_CACHE other short texts.
  const evict = () => {
    for (let k = 0; k < 10_001; k++) tokens(`x${k}`);
  };
  const took = { before: [] as number[], now: [] as number[] };
  for (let p = 0; p < passes * 2; p++) {
    const which = p % 4 === 0 || p % 4 === 3 ? 'before' : 'now';
    const copies = arts.map((a) => ({ ...a }));
    evict();
    const t = cpu();
    for (const a of copies) (which === 'before' ? beforeVectors : storyVectors)(a);
    took[which].push(cpu() - t);
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  console.log(`${arts.length} articles' story vectors, token cache emptied before each pass, CPU ms per pass (median of ${passes}), load ${(await import('node:os')).loadavg()[0]!.toFixed(1)}: before ${med(took.before).toFixed(0)}, now ${med(took.now).toFixed(0)} (each: ${took.before.map((x) => x.toFixed(0)).join(', ')} / ${took.now.map((x) => x.toFixed(0)).join(', ')})`);
  process.exit(0);
}
const parts: Record<string, (a: Article) => unknown> = {
  'doc: tokens of title + units': (a) => tokens(`${a.title}\n${a.units.map((u) => u.text).join('\n')}`),
  'doc: tokens + contentStem': (a) => {
    const out: string[] = [];
    for (const t of tokens(`${a.title}\n${a.units.map((u) => u.text).join('\n')}`)) {
      const s = contentStem(t.w);
      if (s) out.push(s);
    }
    return out;
  },
  'doc: figureValues(text)': (a) => figureValues(a.text),
  docVector: (a) => docVector(a),
  nameVector: (a) => nameVector(a),
  'figureSet (figureValues(title + text))': (a) => figureSet(a),
  titleVector: (a) => titleVector(a),
  'storyVectors (all three)': (a) => storyVectors(a),
  indexKeys: (a) => indexKeys(a),
  vectorsFingerprint: (a) => vectorsFingerprint(a),
};
const packed = arts.map((a) => packedVectorsOf(a)!);
const took = new Map<string, number[]>();
for (let p = 0; p < passes; p++) {
  for (const [name, f] of Object.entries(parts)) {
    const t = cpu();
    for (const a of arts) f(a);
    (took.get(name) ?? took.set(name, []).get(name)!).push(cpu() - t);
  }
  const t = cpu();
  for (const v of packed) unpackVectors(v);
  (took.get('unpack stored') ?? took.set('unpack stored', []).get('unpack stored')!).push(cpu() - t);
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
console.log(`${arts.length} articles, CPU ms per pass over all (median of ${passes}; each pass listed), load ${(await import('node:os')).loadavg()[0]!.toFixed(1)}`);
for (const [name, xs] of took) console.log(`${name.padEnd(42)} ${med(xs).toFixed(0).padStart(6)}   (${xs.map((x) => x.toFixed(0)).join(', ')})`);
