/**
 * Per-unit features the aligner compares, and the weighting (IDF) over a set of units.
 */
import type { Article, Unit } from '../types';
import { opensWithDate } from '../segment/index';
import { charNgrams, counts, fold, isCalendarToken, isFunctionWord, names, quantities, quotedSpans, stem, tokens, type Quantity } from '../nlp';

export interface UnitFeatures {
  unit: Unit;
  /** `words`, `grams` and `quoteGrams` ready to weigh (align.ts `weigh`), made on first use and kept with the features. */
  prepared?: PreparedUnit;
  /** True when the unit states something a reader could miss: not a heading, caption, salutation… */
  fact: boolean;
  /** Stem counts, function words kept. */
  words: Map<string, number>;
  /** Character 4-gram counts of the folded text. */
  grams: Map<string, number>;
  /** Character 4-gram counts of the quoted spans only (empty when the unit quotes nobody). */
  quoteGrams: Map<string, number>;
  figures: Quantity[];
  /** Number of content (non-function) words. */
  content: number;
  /** Stems of every word in order (function words kept, dates left out): n-grams and the LCS of `pairFeatures`. */
  seq: string[];
  /**
   * Stems of capitalised words (a stand-in for named entities; see lib/nlp `names`). The word opening the
   * sentence is left out here (its capital is the sentence's); the report adds it back when the article
   * writes the same word capitalised inside a sentence (`resolveLeadNames`).
   */
  names: Set<string>;
  /** Stem of the sentence's first word when it is capitalised and could be a name (`names` would keep it mid-sentence). */
  lead?: string;
  /** The unit negates something ("not", "never", "n't", "no"…). */
  negated: boolean;
  /**
   * Content stems in order (function words and dates left out, dotted acronyms joined: "F.B.I." →
   * "fbi"): the words the pair model aligns one to one, identical or paraphrases (lib/nlp/paraphrases).
   */
  lex: string[];
  /** The folded words `lex` stems, in the same order (word vectors are looked up by word). */
  lexWords: string[];
}

const ACRONYM = /\b(?:\p{Lu}\.){2,}/u;

/** "F.B.I." / "U.S." → "FBI" / "US", so an acronym is one word. */
function joinAcronyms(text: string): string {
  return text.replace(/\b(?:\p{Lu}\.){2,}/gu, (m) => m.replace(/\./g, '') + ' ');
}

/** Folded content words of a text, in order (see `UnitFeatures.lex`). */
export function contentWords(text: string): string[] {
  return tokens(joinAcronyms(text))
    .filter((t) => !isCalendarToken(t) && !isFunctionWord(t.w))
    .map((t) => t.w);
}

/** Content stems of a text, in order (see `UnitFeatures.lex`). */
export function contentStems(text: string): string[] {
  return contentWords(text).map(stem);
}

const NEGATION = /^(not|no|never|nobody|none|nothing|neither|nor|without|cannot)$|n't$/;

/** Share of letters in upper case: promo headlines and shouted link texts are all caps. */
function capsShare(text: string): number {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return 0;
  return letters.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length / letters.length;
}

/**
 * Is this unit a fact worth reporting? Headings (by kind or by look: all caps, or short with no
 * sentence punctuation, like "Clinton shared a report" or "Similar Posts") and fragments (fewer than
 * four words or two content words ("(Getty Images)", "she wrote.") are not. Embedded posts are content.
 */
export function isFactUnit(unit: Unit, codes = false): boolean {
  if (unit.kind === 'heading') return false;
  const text = unit.text.trim();
  const toks = tokens(text);
  const content = toks.filter((t) => !isFunctionWord(t.w) && !/^\d+$/.test(t.w)).length;
  if (content < 2 || toks.length < 4) return false;
  if (capsShare(text) > 0.6 && toks.length >= 3) return false;
  const sentenceEnd = /[.!?…:;]["”’'»)]*$|["”’]$/.test(text);
  // A line of a schedule ("June 24 -- Jiffy Lube Live, Bristow, VA": a day and a named place) states
  // when and where something happens, even without a verb or a full stop (lib/segment does not
  // take it for a heading either).
  if (!sentenceEnd && toks.length < 8 && !opensWithDate(text)) return false;
  // Cut off mid-sentence ("… which she calls a"): a teaser or excerpt fragment, not a statement. With
  // `codes` (the report's reading, `reportFeatures`), a last word in capitals is a code, not a dangling
  // "on" / "in" ("July 19 -- Budweiser Stage, Toronto, ON"); the story stage keeps what it was fitted on.
  const last = toks[toks.length - 1]!;
  if (!sentenceEnd && isFunctionWord(last.w) && !(codes && /^\p{Lu}{2,}$/u.test(last.raw))) return false;
  return true;
}

/** Folded letters and digits only: "Trump's UK Visit On 13 July…" and "Trump’s UK visit on 13 July" compare equal. */
const bare = (s: string) => fold(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * A question states nothing: "What's in it for Britain?", "How is the plague spread?" (a section
 * heading asked of the reader). A question inside a quotation is someone's words, and stays a fact
 * ("Lammy asked: “Anybody any good at making placards?”").
 */
export function isQuestion(text: string): boolean {
  const t = text.trim();
  return /\?$/.test(t) && !/["“”«»]/.test(t);
}

/**
 * Words that show a sentence has a verb (English): forms of be / have / do, modals, common irregular
 * pasts and the base forms most often found after a plural subject ("Tickets go on sale", "Symptoms
 * include …"). Together with any lower-case word in -ed or -s (a past or a third person; plural
 * nouns pass too, which only keeps more units as facts) they tell a sentence from a photo caption,
 * which names who and where with no verb ("President Trump and Prime Minister Theresa May of
 * Britain at the White House in 2017.").
 */
const VERB_WORDS = new Set(
  ('am is are was were be been being has have had having does did do will would can could may might must shall should ' +
    'said told wrote made came went got gave took held left kept saw knew found brought thought began ran won lost met sent paid ' +
    'led put set hit cut let read spoke stood sat fell rose grew drew flew threw wore broke chose drove ate fought sought bought ' +
    'caught taught heard felt meant spent built struck hung sold sank sang swore shot spread quit cost hurt shut became forgot hid ' +
    'fed fled dealt go come get give make take say see know think seem show include remain plan want need face continue begin ' +
    'become hold keep run tell call ask expect believe beat live play pay rate perform work lead win lose')
    .split(' ')
    .filter(Boolean),
);

/** "it's", "that's", "there's": a verb; "the party's": a possessive. */
const CONTRACTED_IS = /^(it|he|she|that|there|here|what|who|where|let)['’]s$/;

/**
 * A caption, not a sentence: no verb (`VERB_WORDS`, a lower-case word in -ed or -s, a contraction),
 * no quotation, no figure but a year, not a schedule line (a date opening it), not the continuation of a sentence cut at a
 * semicolon (it opens in lower case: the verb is in the part before).
 */
export function isCaption(text: string): boolean {
  const t = text.trim();
  if (/^\p{Ll}/u.test(t) || /["“”]/.test(t) || opensWithDate(t)) return false;
  // A line with a figure states it ("Mekhi Robinson 1 goal, 1 assist."); a caption's year does not count.
  if (quantities(t).some((q) => !['year', 'month', 'day', 'weekday'].includes(q.kind))) return false;
  const toks = tokens(t);
  for (const [n, k] of toks.entries()) {
    const w = k.w;
    // A capital inside the sentence is a name ("Theresa May", "Jones", "Reed"), not a verb.
    if (/^\p{Lu}/u.test(k.raw) && n > 0) continue;
    if (VERB_WORDS.has(w) || /['’](re|ve|ll|d|m|t)$/.test(w) || CONTRACTED_IS.test(w)) return false;
    if (/^\p{Lu}/u.test(k.raw)) continue;
    if (w.length >= 4 && (/ed$/.test(w) || (/s$/.test(w) && !/(ss|us|is|['’]s)$/.test(w)))) return false;
  }
  return true;
}

/**
 * The units the REPORT counts as facts: the story stage's (`isFactUnit`) minus the headline repeated
 * as the body's first line (a text file whose first line is its title: the title already names the
 * article, it is not a fact another outlet "left out") with the rest of its paragraph, and questions; plus the
 * lines that end in a code ("July 19 -- Budweiser Stage, Toronto, ON": `isFactUnit` with `codes`). Kept apart from `isFactUnit`
 * so the same-story model (story.ts, fitted on `isFactUnit`) sees exactly what it was fitted on.
 * Cached per feature list.
 */
const reportCache = new WeakMap<UnitFeatures[], UnitFeatures[]>();
export function reportFeatures(article: Pick<Article, 'title' | 'language'>, feats: UnitFeatures[]): UnitFeatures[] {
  let out = reportCache.get(feats);
  if (!out) {
    const title = bare(article.title ?? '');
    // The caption test reads English verbs: other languages keep every unit.
    const english = article.language === 'en';
    // The headline repeated in the body, and the rest of its paragraph: a two-sentence headline
    // ("President Trump Is Coming to Britain. Here's What He Can Expect.") whose title kept the first.
    const heading = title ? feats.find((f) => bare(f.unit.text) === title)?.unit : undefined;
    const inHeading = (u: UnitFeatures['unit']) => heading !== undefined && u.p === heading.p && u.i >= heading.i;
    out = resolveLeadNames(
      feats.map((f) => {
        if (f.fact) return inHeading(f.unit) || isQuestion(f.unit.text) || (english && isCaption(f.unit.text)) ? { ...f, fact: false } : f;
        // A line ending in a code ("…, Toronto, ON") is no fragment (isFactUnit `codes`).
        return f.unit.kind !== 'heading' && /\p{Lu}{2}\W*$/u.test(f.unit.text) && isFactUnit(f.unit, true) && !inHeading(f.unit) ? { ...f, fact: true } : f;
      }),
    );
    reportCache.set(feats, out);
  }
  return out;
}

/**
 * A sentence's first word is a name when the article writes the same word capitalised inside a
 * sentence ("Comey said…" where another sentence has "James Comey"; "Netanyahu presented…"): the
 * unit's `names` gain its `lead`. A capital that only ever opens sentences ("Officials", "Police")
 * stays ambiguous and is left out, as before. Units that gain a name are copies; the others are the
 * same objects.
 */
export function resolveLeadNames(feats: UnitFeatures[]): UnitFeatures[] {
  const known = new Set<string>();
  for (const f of feats) for (const n of f.names) known.add(n);
  return feats.map((f) => (f.lead && known.has(f.lead) && !f.names.has(f.lead) ? { ...f, names: new Set([f.lead, ...f.names]) } : f));
}

/**
 * Word stems and character 4-grams of a unit leave out weekday and month names: a date is when, not
 * what happened, and the figures check (`figures`) still compares dates. Kept, "in March" made a
 * judge's order in March look like a deportation in March.
 */
export function unitFeatures(unit: Unit): UnitFeatures {
  const f = baseFeatures(unit);
  f.lex = f.lexWords.map(stem);
  return f;
}

/** What unit IDF (story.ts unitIdf) reads of a fact unit: its word stems and 4-grams, as `unitFeatures` makes them. */
export type IdfUnit = Pick<UnitFeatures, 'unit' | 'fact' | 'words' | 'grams'>;

/** The unit's tokens that word stems and 4-grams are made of (weekday and month names left out). */
const termTokens = (unit: Unit) => tokens(unit.text).filter((t) => !isCalendarToken(t));
const wordsOf = (toks: ReturnType<typeof tokens>) => counts(toks.map((t) => stem(t.w)));
const gramsOf = (toks: ReturnType<typeof tokens>) => counts(charNgrams(toks.map((t) => t.w).join(' '), 4));

/**
 * Only the word stems and 4-grams of a unit (the same maps `unitFeatures` gives), for a unit that
 * only counts toward unit IDF: no figures, names, quotations or lexicon (story.ts, a closure
 * question's candidates nobody asked about).
 */
export function idfFeatures(unit: Unit, fact: boolean): IdfUnit {
  const toks = termTokens(unit);
  return { unit, fact, words: wordsOf(toks), grams: gramsOf(toks) };
}

/** A capital that is no name: calendar words ("March", "Monday") state when. */
const nameStems = (words: string[]) => words.filter((n) => !isCalendarToken({ w: n, raw: n[0]!.toUpperCase() + n.slice(1) })).map((n) => stem(n));

function baseFeatures(unit: Unit): UnitFeatures {
  const toks = termTokens(unit);
  const first = /^\W*\p{L}+/u.exec(unit.text)?.[0] ?? '';
  const lead = nameStems(names(first))[0];
  const spans = quotedSpans(unit.text).filter((q) => tokens(q.text).length >= 4);
  return {
    unit,
    fact: isFactUnit(unit),
    words: wordsOf(toks),
    grams: gramsOf(toks),
    quoteGrams: counts(spans.flatMap((q) => charNgrams(q.text, 4))),
    figures: quantities(unit.text),
    content: toks.filter((t) => !isFunctionWord(t.w)).length,
    seq: toks.map((t) => stem(t.w)),
    names: new Set(nameStems(names(unit.text.slice(first.length)))),
    ...(lead ? { lead } : {}),
    negated: toks.some((t) => NEGATION.test(t.w)),
    lex: [],
    // Re-tokenised only when the text has a dotted acronym (most units have none).
    lexWords: ACRONYM.test(unit.text) ? contentWords(unit.text) : toks.filter((t) => !isFunctionWord(t.w)).map((t) => t.w),
  };
}

export function articleFeatures(article: Article): UnitFeatures[] {
  return article.units.map(unitFeatures);
}

// ---------------------------------------------------------------------------------------------
// What the engine derives from one article, kept across compares.

/**
 * Everything the engine derives from an article alone (not from the corpus or the other articles of
 * a compare): its unit features and its story vectors (story.ts). Filled lazily by the code that
 * derives each part; `derivedOf` hands the same record back for the same article.
 */
export interface ArticleDerived {
  feats?: UnitFeatures[];
  /** story.ts: content stems and figures of the whole article, its names, its title, its figures. */
  doc?: Map<string, number>;
  names?: Map<string, number>;
  title?: Map<string, number>;
  figures?: Set<number>;
}

interface CacheEntry {
  title: string;
  text: string;
  units: Array<Pick<Unit, 'i' | 'text' | 'kind'>>;
  derived: ArticleDerived;
}

/**
 * Derived records by article id, most recently used last, at most ARTICLE_CACHE of them. A compare
 * reads the article and at most `candidateLimit` (40) candidates; the panel's next compare of the
 * same story, or of another page, meets mostly the same candidates again, read afresh from the
 * store (new objects, same content). An entry serves only an article with the same title, text
 * and units (text, kind, index: all that the derived parts read), so an edited or re-segmented
 * article under the same id is derived again.
 */
export const ARTICLE_CACHE = 300;
/**
 * …and at most this many units among them: a unit's features take ~8–11 kB (its word and 4-gram
 * maps, the prepared vectors; measured on the Zipf articles of bench/synthetic.ts, 400 kB for a
 * 37-unit article), so the cache stays under ~70 MB whatever the articles' lengths.
 */
export const ARTICLE_CACHE_UNITS = 6_000;
const byId = new Map<string, CacheEntry>();
let cachedUnits = 0;

function sameContent(e: CacheEntry, a: Article): boolean {
  if (e.title !== a.title || e.text !== a.text || e.units.length !== a.units.length) return false;
  for (let k = 0; k < e.units.length; k++) {
    const x = e.units[k]!;
    const y = a.units[k]!;
    if (x.text !== y.text || x.kind !== y.kind || x.i !== y.i) return false;
  }
  return true;
}

/**
 * The derived record of an article (see ArticleDerived), kept per id + content. Not per object: a
 * corpus that holds its articles (lib/engine/memory-index.ts, the panel's view) would keep every
 * article's record alive past the cache's bounds.
 */
export function derivedOf(a: Article): ArticleDerived {
  const hit = byId.get(a.id);
  let derived: ArticleDerived;
  if (hit && sameContent(hit, a)) {
    byId.delete(a.id); // most recently used last
    byId.set(a.id, hit);
    derived = hit.derived;
  } else {
    derived = {};
    if (hit) {
      byId.delete(a.id);
      cachedUnits -= hit.units.length;
    }
    byId.set(a.id, { title: a.title, text: a.text, units: a.units.map((u) => ({ i: u.i, text: u.text, kind: u.kind })), derived });
    cachedUnits += a.units.length;
    // Least recently used first out (never the one just added).
    while (byId.size > 1 && (byId.size > ARTICLE_CACHE || cachedUnits > ARTICLE_CACHE_UNITS)) {
      const [oldest, e] = byId.entries().next().value!;
      byId.delete(oldest);
      cachedUnits -= e.units.length;
    }
  }
  return derived;
}

/** Forgets every article's derived record (a freshly opened panel's state; for benches and checks). */
export function forgetDerived(): void {
  byId.clear();
  cachedUnits = 0;
}

/** Unit features of an article, derived once per article (see `derivedOf`). */
export function featuresOf(a: Article): UnitFeatures[] {
  const d = derivedOf(a);
  return (d.feats ??= articleFeatures(a));
}

/**
 * Inverse document frequency over a set of units (each unit a document): terms every unit shares
 * (the story's protagonists, function words) weigh little, a term only two units share weighs a lot.
 * Smoothed: idf = ln(1 + (N + 1) / (df + 1)).
 */
export class Idf {
  private readonly df = new Map<string, number>();
  private n = 0;
  addAll(vectors: Iterable<Map<string, number>>): this {
    for (const v of vectors) {
      this.n++;
      for (const k of v.keys()) this.df.set(k, (this.df.get(k) ?? 0) + 1);
    }
    return this;
  }
  /**
   * The term's weight, computed on each call: one map read and a logarithm cost less than a cache of
   * weights (a second map, filled during weighing; measured by bench/compare-slow.ts --profile).
   * The same number every time for the same term.
   */
  weight(term: string): number {
    return Math.log(1 + (this.n + 1) / ((this.df.get(term) ?? 0) + 1));
  }
  /** Sublinear tf × idf vector. */
  apply(v: Map<string, number>): Map<string, number> {
    const out = new Map<string, number>();
    for (const [k, c] of v) out.set(k, (1 + Math.log(c)) * this.weight(k));
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Term ids and vectors prepared for weighing (align.ts `weigh`, `pack`).

/** Term → small integer, shared by every vector, so vectors can be sorted arrays (align.ts `Packed`). */
const termIds = new Map<string, number>();
/** Bumped whenever termIds is cleared: ids prepared before that are stale. */
let termGeneration = 0;
export function termId(t: string): number {
  let id = termIds.get(t);
  if (id === undefined) {
    if (termIds.size >= 2_000_000) {
      termIds.clear(); // bound memory; ids are only compared within one call
      termGeneration++;
    }
    termIds.set(t, (id = termIds.size));
  }
  return id;
}

/**
 * A term-count vector made ready to weigh: its terms in the vector's own order, the sublinear tf
 * `1 + ln(count)` of each, their term ids, and the positions that put the ids in ascending order.
 * Weighing (align.ts `weigh`) then multiplies, normalises and permutes: the same numbers as
 * `pack(idf.apply(v))`, in the same order of summation, without building maps and sorting each time.
 */
export interface PreparedVector {
  terms: string[];
  tf: Float64Array;
  ids: Int32Array;
  order: Int32Array;
}

export interface PreparedUnit {
  generation: number;
  words: PreparedVector;
  grams: PreparedVector;
  quote: PreparedVector;
}

export function prepareVector(v: Map<string, number>): PreparedVector {
  const n = v.size;
  const terms = new Array<string>(n);
  const tf = new Float64Array(n);
  const ids = new Int32Array(n);
  let k = 0;
  for (const [t, c] of v) {
    terms[k] = t;
    tf[k] = 1 + Math.log(c);
    ids[k] = termId(t);
    k++;
  }
  const order = new Int32Array(n);
  for (let j = 0; j < n; j++) order[j] = j;
  order.sort((a, b) => ids[a]! - ids[b]!);
  return { terms, tf, ids, order };
}

/**
 * A number for each unit-features object (for caches keyed by pairs of them: align.ts), 1 up to
 * UNIT_NUMBERS − 1, given on first use. When they run out they start again at 1 with a new
 * generation (objects numbered before get new numbers); the number 0 is returned once at that
 * moment, so a cache keyed by numbers knows to forget its entries.
 */
export const UNIT_NUMBERS = 2 ** 26;
let nextUnitNumber = 1;
let unitGeneration = 0;
const unitNumbers = new WeakMap<UnitFeatures, { n: number; generation: number }>();
export function unitNumber(f: UnitFeatures): number {
  const known = unitNumbers.get(f);
  if (known && known.generation === unitGeneration) return known.n;
  if (nextUnitNumber >= UNIT_NUMBERS) {
    nextUnitNumber = 1;
    unitGeneration++;
    unitNumbers.set(f, { n: nextUnitNumber++, generation: unitGeneration });
    return 0;
  }
  const n = nextUnitNumber++;
  unitNumbers.set(f, { n, generation: unitGeneration });
  return n;
}

/** The unit's prepared vectors (made once; again only after the term ids were reset). */
export function preparedOf(f: UnitFeatures): PreparedUnit {
  const p = f.prepared;
  if (p && p.generation === termGeneration) return p;
  // Words, then grams, then quoted grams: new terms get their ids in the order `pack` gave them.
  const words = prepareVector(f.words);
  const grams = prepareVector(f.grams);
  const quote = prepareVector(f.quoteGrams);
  return (f.prepared = { generation: termGeneration, words, grams, quote });
}
