/**
 * The story vectors of one article (story.ts reads them for every candidate of a compare): its
 * document vector (content stems and figures), its names vector and its figures. They depend on the
 * article alone, so the store keeps them by article (lib/store: the `vectors` table, written after a
 * compare for the articles it derived them for) and a freshly opened panel reads them instead of
 * tokenising, stemming and scanning for figures the whole text of each of the ~40–80 articles of a
 * compare (docs/notes/perf11.md); a story's first compare derives them, from one tokenisation of
 * each article (docs/notes/perf36.md: storing them at import was costed and left). A small module (lib/nlp and lib/engine/keys only) so that the store, the
 * background and the key worker can compute them without loading the aligner.
 *
 * Packed form: the two vectors' terms in one string (in their Map order, which the cosines' order
 * of summation follows, so unpacked vectors give bit-identical scores), their counts in one
 * Int32Array, the figures in a Float64Array. Stamped with STORY_VECTORS_VERSION: a record packed
 * by another version is ignored (derived again from the text), never read as current.
 */
import type { Article } from '../types';
import { counts, figureValues, tokens, type Quantity, type Token } from '../nlp';
import { contentStem } from './keys';

/**
 * Bump whenever the output of docVector, nameVector or figureSet changes (or anything they call:
 * lib/nlp tokens, stem, quantities; keys.ts contentStem). tests/unit/store-vectors.test.ts pins a
 * hash of their output on tests/data and fails when it changes without this number changing.
 * Version 2: a range written with a dash ("30-60 per cent") is one figure (lib/nlp/quantities.ts).
 * Version 3: a scale or currency glued to a figure ("$449K", "2.6million") is one amount, and a broadcaster's
 * channel number ("News 12") no figure (qty37).
 * Version 4: a count multiplied or qualified in words is one figure ("two dozen" 24; "several hundred" vague; conf43).
 * Version 5: a line break ends every figure (a title's last word is no label of the text's first figure; perf47).
 */
export const STORY_VECTORS_VERSION = 5;

/** Stems of the capitalised words that do not open a sentence (names, mostly). */
export function nameVector(article: Pick<Article, 'title' | 'text' | 'units'>): Map<string, number> {
  // Each piece (title, unit texts) on its own: its first word is no name, nor a word after a
  // sentence's end; the joined text's tokens of a piece are that piece's (see tokensOf).
  const { joined, toks, first } = tokensOf(article, FOR_NAMES);
  const stems: string[] = [];
  for (let p = 0; p + 1 < first.length; p++) {
    for (let k = first[p]! + 1; k < first[p + 1]!; k++) {
      const t = toks[k]!;
      // An ASCII first letter is a capital when A–Z (what \p{Lu} says of ASCII), without the regex.
      const c = t.raw.charCodeAt(0);
      if ((c < 128 ? c < 65 || c > 90 : !/^\p{Lu}/u.test(t.raw)) || /[.!?:"“”]\s*$/.test(joined.slice(toks[k - 1]!.end, t.start))) continue;
      const s = contentStem(t.w);
      if (s) stems.push(s);
    }
  }
  return counts(stems);
}

export function titleVector(article: Pick<Article, 'title'>): Map<string, number> {
  return counts(tokens(article.title).map((t) => contentStem(t.w)).filter((s): s is string => s !== null));
}

export function figureSet(article: Pick<Article, 'title' | 'text' | 'units'>): Set<number> {
  // The figures of title + "\n" + text: the title's (the joined text's first piece, at the same offsets), then the
  // text's, which the document vector has scanned (a line break ends every figure: lib/nlp/quantities.ts; perf47).
  const kept = tokensOf(article, FOR_FIGURES);
  return new Set(
    [...figureValues(article.title, kept.toks.slice(0, kept.first[1])), ...textFigures(kept, article)]
      .filter((q) => q.value === q.max && (q.kind === 'money' || q.kind === 'year' || (q.kind === 'count' && q.value >= 10)))
      .map((q) => q.value),
  );
}

/** Document vectors derived so far (each one a tokenisation of a whole article): a load-free count for benches and tests (perf44). */
let docsDerived = 0;
export function docVectorsDerived(): number {
  return docsDerived;
}

export function docVector(article: Pick<Article, 'title' | 'text' | 'units'>): Map<string, number> {
  docsDerived++;
  const kept = tokensOf(article, FOR_DOC);
  const stems: string[] = [];
  for (const t of kept.toks) {
    const s = contentStem(t.w);
    if (s) stems.push(s);
  }
  for (const q of textFigures(kept, article)) if (q.value === q.max && q.value >= 10) stems.push(`#${q.value}`);
  return counts(stems);
}

/**
 * perf36: the three story vectors read one tokenisation of the article. The document vector's is of
 * its title and unit texts joined by line breaks; a line break is in no word and no word rule reads
 * across it (lib/nlp wordBounds), so that text's tokens are each piece's own tokens in turn, shifted
 * to where the piece is (`first[p]`: the index of piece p's first token). The names read them piece
 * by piece, and the one figure scan of the text the tokens made from them (textFigures), where the three
 * used to tokenise the title and text four times over (~40 % of a first compare's derivation).
 * Kept by article object with what they are of (a changed title, text or unit is tokenised again)
 * until all three have read them (`read`).
 */
interface Kept {
  title: string;
  text: string;
  units: readonly string[];
  joined: string;
  toks: Token[];
  first: number[];
  /** Where each piece starts in `joined`. */
  at: number[];
  read: number;
  textFigs?: Quantity[];
}
const FOR_DOC = 1;
const FOR_NAMES = 2;
const FOR_FIGURES = 4;
const byArticle = new WeakMap<object, Kept>();

function tokensOf(article: Pick<Article, 'title' | 'text' | 'units'>, reader: number): Kept {
  let kept = byArticle.get(article);
  const units = article.units;
  if (!kept || kept.read & reader || kept.title !== article.title || kept.text !== article.text || kept.units.length !== units.length || units.some((u, i) => u.text !== kept!.units[i])) {
    const pieces = [article.title, ...units.map((u) => u.text)];
    const joined = pieces.join('\n');
    const toks = tokens(joined);
    const first: number[] = [];
    const at: number[] = [];
    let k = 0;
    let off = 0;
    for (const piece of pieces) {
      at.push(off);
      while (k < toks.length && toks[k]!.start < off) k++;
      first.push(k);
      off += piece.length + 1;
    }
    first.push(toks.length);
    kept = { title: article.title, text: article.text, units: pieces.slice(1), joined, toks, first, at, read: 0 };
    byArticle.set(article, kept);
  }
  kept.read |= reader;
  if (kept.read === (FOR_DOC | FOR_NAMES | FOR_FIGURES)) byArticle.delete(article);
  return kept;
}

/**
 * The figures of the text (lib/nlp figureValues: kind, value, max; offsets each within its line), scanned once for
 * the document vector and the figure set, line by line as figureValues reads a text, from the joined text's tokens
 * (see Kept): each unit's shifted to where the unit is in its line, and the text between units tokenised on its own.
 * The tokens of `tokens(text)`, since no word holds a space or line break and every cut is next to one; else (or
 * when a unit is not the text's slice where it says) the text is tokenised whole.
 */
function textFigures(kept: Kept, article: Pick<Article, 'text' | 'units'>): Quantity[] {
  if (kept.textFigs) return kept.textFigs;
  const { text, units } = article;
  const figs: Quantity[] = [];
  let from = 0;
  let nl = text.indexOf('\n');
  let line: Token[] = [];
  const flush = (to: number) => {
    if (line.length) for (const q of figureValues(text.slice(from, to), line)) figs.push(q);
    line = [];
  };
  /** A token at `start`–`end` of the text into its line (after the lines before it are scanned). */
  const put = (w: string, raw: string, start: number, end: number) => {
    while (nl >= 0 && start > nl) {
      flush(nl);
      from = nl + 1;
      nl = text.indexOf('\n', from);
    }
    line.push({ w, raw, start: start - from, end: end - from });
  };
  let at = 0;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.start < at || u.end !== u.start + u.text.length || u.end > text.length || !cutAt(text, u.start) || !cutAt(text, u.end) || !text.startsWith(u.text, u.start)) {
      return (kept.textFigs = figureValues(text));
    }
    if (u.start > at) for (const t of tokens(text.slice(at, u.start))) put(t.w, t.raw, t.start + at, t.end + at);
    const shift = u.start - kept.at[i + 1]!;
    for (let k = kept.first[i + 1]!; k < kept.first[i + 2]!; k++) {
      const t = kept.toks[k]!;
      put(t.w, t.raw, t.start + shift, t.end + shift);
    }
    at = u.end;
  }
  if (at < text.length) for (const t of tokens(text.slice(at))) put(t.w, t.raw, t.start + at, t.end + at);
  flush(nl < 0 ? text.length : nl);
  return (kept.textFigs = figs);
}
/** No word can span offset `c` of `s`: it is an end, or a space or line break is on either side. */
function cutAt(s: string, c: number): boolean {
  return c <= 0 || c >= s.length || isBlank(s.charCodeAt(c - 1)) || isBlank(s.charCodeAt(c));
}
const isBlank = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

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
