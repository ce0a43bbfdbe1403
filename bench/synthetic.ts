/**
 * Synthetic articles for measurements (bench/, scripts/store-measure.ts): an Article built from
 * paragraphs of sentences, with units laid out exactly as ingestion lays them out
 * (paragraphs joined by "\n\n", sentences by a space, offsets into the text). Not for tests of
 * ingestion: it skips it on purpose, so a measurement times only what it names.
 */
import type { Article, Unit } from '../lib/types';

export interface SyntheticSpec {
  id: string;
  title: string;
  outlet: string | null;
  date?: string | null;
  url?: string | null;
  /** Paragraphs, each a list of sentences. */
  paragraphs: string[][];
}

export function syntheticArticle(spec: SyntheticSpec): Article {
  let text = '';
  const units: Unit[] = [];
  spec.paragraphs.forEach((sentences, p) => {
    if (p) text += '\n\n';
    sentences.forEach((t, k) => {
      if (k) text += ' ';
      const start = text.length;
      text += t;
      units.push({ i: units.length, text: t, p, start, end: start + t.length, kind: 'body' });
    });
  });
  return {
    id: spec.id,
    title: spec.title,
    outlet: spec.outlet,
    date: spec.date ?? null,
    url: spec.url ?? null,
    language: 'en',
    byline: null,
    description: null,
    text,
    units,
    quotes: [],
    warnings: [],
    hash: `synthetic:${spec.id}`,
    format: 'text',
  };
}

/**
 * A vocabulary whose word frequencies follow a Zipf law: the word of rank r (1-based) is drawn
 * with probability proportional to 1 / r^s (s = 1 is the classic law of natural-language text).
 * Words are pronounceable letter strings, distinct per rank, so tokenizers read them as words.
 */
export class ZipfVocabulary {
  readonly words: string[];
  private readonly cdf: Float64Array;

  constructor(
    readonly size = 50_000,
    readonly s = 1,
  ) {
    const syll = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'pe', 'da', 'gu', 'zo', 'be', 'fi', 'ho', 'ja'];
    this.words = Array.from({ length: size }, (_, r) => {
      let w = '';
      let x = r + syll.length; // at least two syllables
      while (x > 0) {
        w += syll[x % syll.length];
        x = Math.floor(x / syll.length);
      }
      return w;
    });
    this.cdf = new Float64Array(size);
    let sum = 0;
    for (let r = 0; r < size; r++) this.cdf[r] = sum += 1 / (r + 1) ** s;
    for (let r = 0; r < size; r++) this.cdf[r]! /= sum;
  }

  /** The word for a uniform random number u in [0, 1). */
  word(u: number): string {
    let lo = 0;
    let hi = this.size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cdf[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return this.words[lo]!;
  }
}

/** A seeded uniform random source (LCG), the same sequence on every run. */
export function seededRandom(seed: number): () => number {
  let x = seed >>> 0;
  return () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

/**
 * `n` synthetic articles of ~`words` words each (sentences of 12–23 words, 4 per paragraph) drawn
 * from a ZipfVocabulary, ids `zipf-000000`…, 40 outlets, URLs, dates. Deterministic for a seed.
 */
export function zipfArticles(n: number, opts: { vocab?: ZipfVocabulary; seed?: number; from?: number; words?: number } = {}): Article[] {
  const vocab = opts.vocab ?? new ZipfVocabulary();
  const rand = seededRandom(opts.seed ?? 42 + (opts.from ?? 0));
  const target = opts.words ?? 600;
  const out: Article[] = [];
  for (let k = opts.from ?? 0; k < (opts.from ?? 0) + n; k++) {
    const paragraphs: string[][] = [];
    let count = 0;
    while (count < target) {
      const sentences: string[] = [];
      for (let s = 0; s < 4 && count < target; s++) {
        const len = 12 + Math.floor(rand() * 12);
        const w = Array.from({ length: len }, () => vocab.word(rand()));
        w[0] = w[0]![0]!.toUpperCase() + w[0]!.slice(1);
        sentences.push(w.join(' ') + '.');
        count += len;
      }
      paragraphs.push(sentences);
    }
    const title = Array.from({ length: 6 }, () => vocab.word(rand())).join(' ');
    out.push(
      syntheticArticle({
        id: `zipf-${k.toString().padStart(6, '0')}`,
        title: title[0]!.toUpperCase() + title.slice(1),
        outlet: `Outlet ${k % 40}`,
        date: `2025-${String((k % 12) + 1).padStart(2, '0')}-${String((k % 28) + 1).padStart(2, '0')}`,
        url: `https://outlet${k % 40}.example/news/${k}`,
        paragraphs,
      }),
    );
  }
  return out;
}

/**
 * The Zipf exponent measured on articles: least-squares slope of log(frequency) against log(rank)
 * over the ranks 1–1000 (negated; close to `s` when the text follows the law).
 */
export function zipfSlope(articles: Article[]): number {
  const freq = new Map<string, number>();
  for (const a of articles) for (const w of a.text.toLowerCase().match(/[a-z]+/g) ?? []) freq.set(w, (freq.get(w) ?? 0) + 1);
  const f = [...freq.values()].sort((x, y) => y - x).slice(0, 1000);
  const xs = f.map((_, r) => Math.log(r + 1));
  const ys = f.map((v) => Math.log(v));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let k = 0; k < xs.length; k++) {
    num += (xs[k]! - mx) * (ys[k]! - my);
    den += (xs[k]! - mx) ** 2;
  }
  return -num / den;
}
