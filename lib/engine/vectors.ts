/**
 * The story vectors of one article (story.ts reads them for every candidate of a compare): its
 * document vector (content stems and figures), its names vector and its figures. They depend on the
 * article alone, so the store keeps them with the article (lib/store: `StoredArticle.vec`, written
 * with the story keys at import) and a freshly opened panel reads them instead of tokenising,
 * stemming and scanning for figures the whole text of each of the ~40–80 articles of a compare
 * (docs/notes/perf11.md). A small module (lib/nlp and lib/engine/keys only) so that the store, the
 * background and the key worker can compute them without loading the aligner.
 *
 * Packed form: the two vectors' terms in one string (in their Map order, which the cosines' order
 * of summation follows, so unpacked vectors give bit-identical scores), their counts in one
 * Int32Array, the figures in a Float64Array. Stamped with STORY_VECTORS_VERSION: a record packed
 * by another version is ignored (derived again from the text), never read as current.
 */
import type { Article } from '../types';
import { counts, figureValues, tokens, type Token } from '../nlp';
import { contentStem } from './keys';

/**
 * Bump whenever the output of docVector, nameVector or figureSet changes (or anything they call:
 * lib/nlp tokens, stem, quantities; keys.ts contentStem). tests/unit/engine-vectors.test.ts pins a
 * hash of their output on tests/data and fails when it changes without this number changing.
 * Version 2: a range written with a dash ("30-60 per cent") is one figure (lib/nlp/quantities.ts).
 */
export const STORY_VECTORS_VERSION = 2;

/** Stems of the capitalised words that do not open a sentence (names, mostly). */
export function nameVector(article: Pick<Article, 'title' | 'units'>): Map<string, number> {
  const stems: string[] = [];
  for (const text of [article.title, ...article.units.map((u) => u.text)]) {
    const toks = tokens(text);
    for (let k = 1; k < toks.length; k++) {
      const t = toks[k]!;
      if (!/^\p{Lu}/u.test(t.raw) || /[.!?:"“”]\s*$/.test(text.slice(toks[k - 1]!.end, t.start))) continue;
      const s = contentStem(t.w);
      if (s) stems.push(s);
    }
  }
  return counts(stems);
}

export function titleVector(article: Pick<Article, 'title'>): Map<string, number> {
  return counts(tokens(article.title).map((t) => contentStem(t.w)).filter((s): s is string => s !== null));
}

export function figureSet(article: Pick<Article, 'title' | 'text'>): Set<number> {
  // The tokens of title + "\n" + text are the title's, then the text's shifted past the title and
  // its line break (a line break is in no word, and no word rule reads across it: lib/nlp
  // wordBounds), so the text's tokens docVector scanned for figures are not made again.
  const shift = article.title.length + 1;
  const both = [...tokens(article.title), ...textTokens(article, FOR_FIGURES).map((t) => ({ w: t.w, raw: t.raw, start: t.start + shift, end: t.end + shift }))];
  return new Set(
    figureValues(`${article.title}\n${article.text}`, both)
      .filter((q) => q.value === q.max && (q.kind === 'money' || q.kind === 'year' || (q.kind === 'count' && q.value >= 10)))
      .map((q) => q.value),
  );
}

export function docVector(article: Pick<Article, 'title' | 'text' | 'units'>): Map<string, number> {
  const stems: string[] = [];
  // The stems of title + "\n" + the unit texts joined by "\n", piece by piece: the same tokens in the
  // same order (see figureSet), and each piece's are lib/nlp's cached ones that nameVector (and the
  // units' features) read again, where the joined text was tokenised on its own each time.
  for (const text of [article.title, ...article.units.map((u) => u.text)]) {
    for (const t of tokens(text)) {
      const s = contentStem(t.w);
      if (s) stems.push(s);
    }
  }
  for (const q of figureValues(article.text, textTokens(article, FOR_DOC))) if (q.value === q.max && q.value >= 10) stems.push(`#${q.value}`);
  return counts(stems);
}

/**
 * An article's text tokens, made once for the two figure scans over it (docVector's of the text,
 * figureSet's of title + text) and dropped once both have read them (`reader`: FOR_DOC or
 * FOR_FIGURES). Kept by article object, with the text they are of: a text changed in between is
 * tokenised again. A text is a whole article (beyond lib/nlp's cache of sentence-size texts).
 */
function textTokens(article: Pick<Article, 'text'>, reader: number): Token[] {
  const kept = byArticle.get(article);
  if (kept && kept.text === article.text && !(kept.read & reader)) {
    kept.read |= reader;
    if (kept.read === (FOR_DOC | FOR_FIGURES)) byArticle.delete(article);
    return kept.toks;
  }
  const toks = tokens(article.text);
  byArticle.set(article, { text: article.text, toks, read: reader });
  return toks;
}
const FOR_DOC = 1;
const FOR_FIGURES = 2;
const byArticle = new WeakMap<object, { text: string; toks: Token[]; read: number }>();

export interface StoryVectors {
  doc: Map<string, number>;
  names: Map<string, number>;
  figures: Set<number>;
}

/** The packed story vectors kept with a stored article (see the file comment). */
export interface PackedVectors {
  /** STORY_VECTORS_VERSION when packed. */
  v: number;
  /** The doc vector's terms, then the names vector's, joined by SEP. */
  terms: string;
  /** Their counts, in the same order. */
  n: Int32Array;
  /** How many of them are the doc vector's. */
  doc: number;
  figures: Float64Array;
}

/** Never in a term: terms are stems of words (letters, digits, apostrophes, dots, commas) or "#<number>". */
const SEP = '\u0001';

export function storyVectors(article: Pick<Article, 'title' | 'text' | 'units'>): StoryVectors {
  return { doc: docVector(article), names: nameVector(article), figures: figureSet(article) };
}

/** The packed form, or null when a term would not survive packing (then nothing is kept). */
export function packVectors(v: StoryVectors): PackedVectors | null {
  const terms: string[] = [];
  const n = new Int32Array(v.doc.size + v.names.size);
  let k = 0;
  for (const m of [v.doc, v.names]) {
    for (const [t, c] of m) {
      if (t.includes(SEP) || t === '' || !Number.isInteger(c) || c < 1 || c > 0x7fffffff) return null;
      terms.push(t);
      n[k++] = c;
    }
  }
  return { v: STORY_VECTORS_VERSION, terms: terms.join(SEP), n, doc: v.doc.size, figures: Float64Array.from(v.figures) };
}

/** The article's story vectors, packed (what the store keeps), or null (see packVectors). */
export function packedVectorsOf(article: Pick<Article, 'title' | 'text' | 'units'>): PackedVectors | null {
  return packVectors(storyVectors(article));
}

/** Is this a packed record this code can read (right version, consistent shape)? */
export function isCurrentPacked(p: unknown): p is PackedVectors {
  const x = p as PackedVectors | null | undefined;
  return !!x && x.v === STORY_VECTORS_VERSION && typeof x.terms === 'string' && x.n instanceof Int32Array && x.figures instanceof Float64Array && typeof x.doc === 'number';
}

/** The vectors back, in the order they were packed; null when the record does not hold together. */
export function unpackVectors(p: PackedVectors): StoryVectors | null {
  const terms = p.n.length === 0 ? [] : p.terms.split(SEP);
  if (terms.length !== p.n.length || p.doc > terms.length) return null;
  const doc = new Map<string, number>();
  const names = new Map<string, number>();
  for (let k = 0; k < terms.length; k++) (k < p.doc ? doc : names).set(terms[k]!, p.n[k]!);
  return { doc, names, figures: new Set(p.figures) };
}

// ---------------------------------------------------------------------------------------------
// The packed vectors the store read with an article, handed to the engine beside it.

const readWith = new WeakMap<object, PackedVectors>();
/** Articles handed over with current stored vectors (nothing to write back for them). */
const cameWith = new WeakSet<object>();
let useStored = true;

/**
 * Keeps the packed vectors the store read with `article` (lib/store getMany) for the engine;
 * anything that is not a current packed record is ignored (the engine then derives them).
 */
export function keepStoredVectors(article: object, packed: unknown): void {
  if (!isCurrentPacked(packed)) return;
  cameWith.add(article);
  if (useStored) readWith.set(article, packed);
}

/** Did the store hand this article over with its current vectors? */
export function cameWithVectors(article: object): boolean {
  return cameWith.has(article);
}

/**
 * What an article's story vectors are derived from, fingerprinted: its title, text and unit texts
 * (two 32-bit hashes and the lengths). A stored entry is read only for an article with the same
 * fingerprint (lib/store/db.ts VectorsRecord).
 */
export function vectorsFingerprint(article: Pick<Article, 'title' | 'text' | 'units'>): string {
  // One plain loop over the strings with the hashes in locals (perf34): a closure updating them
  // kept them in its context, ~4x slower per char; the panel hashes every pool article it reads.
  let h1 = 0x811c9dc5;
  let h2 = 5381;
  let n = 0;
  const units = article.units;
  for (let j = -2; j < units.length; j++) {
    const s = j === -2 ? (article.title ?? '') : j === -1 ? (article.text ?? '') : units[j]!.text;
    const len = s.length;
    for (let k = 0; k < len; k++) {
      const c = s.charCodeAt(k);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = (Math.imul(h2, 33) + c) | 0;
    }
    h1 = Math.imul(h1 ^ 0xffff, 0x01000193); // a separator no char code equals
    h2 = (Math.imul(h2, 33) + 0x10000) | 0;
    n += len + 1;
  }
  return `${(h1 >>> 0).toString(16)}.${(h2 >>> 0).toString(16)}.${n}.${units.length}`;
}

/** The vectors stored with this article object, unpacked (once), or null. */
export function storedVectorsOf(article: object): StoryVectors | null {
  const p = readWith.get(article);
  if (!p) return null;
  readWith.delete(article);
  return unpackVectors(p);
}

/** Off: stored vectors are ignored and every article's are derived (for measuring the difference: bench/). */
export function useStoredVectors(on: boolean): void {
  useStored = on;
}
