/**
 * The same-story decision: which articles of the corpus tell the same story as the one being read.
 *
 * 1. Candidates through the corpus's key index (never a scan of every text): the article's own
 *    `indexKeys` → `corpus.candidates` → the best-hit articles are fetched (the "pool").
 * 2. Evidence per candidate, measured against the query's own pool so that it carries over from a
 *    corpus of five articles to one of 100,000:
 *    - `docScore`: TF-IDF cosine of content stems and figures (document frequencies from the
 *      corpus's key counts, or from the pool when a stem is not a key);
 *    - `z`: the query's robust z-score of that cosine against its pool, (docScore − median) / MAD:
 *      a candidate stands out from the same-topic background or it does not;
 *    - `lead`: the prominence-weighted share of fact units that align (align.ts), the smaller of the
 *      two sides: same-story articles agree near their tops (the alignment weighs in; no fixed
 *      anchor count);
 *    - `names`, `figures`, `title`: the same people and places, the same numbers, alike headlines;
 *    - `ratio`, `back`: how near the top of each other's pool the two stand (docScore over the
 *      query's best, and over the candidate's best among the pool and the query): a soft, mutual
 *      nearest-neighbour measure that does not need the story's size (a fixed "top k" would).
 * 3. One calibrated decision: a logistic model over those (fitted/story.ts, fitted by
 *    bench/fit-story.ts on public development data) gives `score`, the probability that the pair
 *    is the same story; related when it reaches the fitted threshold and, when both dates are
 *    known, the two are at most STORY_DAYS apart or agree on the event's details (followUp). Hard ranks ("mutual top k") were measured and
 *    left out: k depends on how many outlets cover the story (docs/notes/story.md).
 */
import type { Article, CorpusIndex, FrequentKeys } from '../types';
import { cosine, cosineOf, normOf, pairDots, type TermVec } from '../nlp';
import { align, DEFAULT_ALIGN, weigh, type AlignParams, type Alignment, type Weighted } from './align';
import { derivedOf, featuresOf, Idf, idfFeatures, idfTerms, isFactUnit, unitFeatures, type ArticleDerived, type IdfTerms, type IdfUnit, type UnitFeatures } from './features';
import { POOL_COMMON, POOL_PRIOR, STORY_CHANCE, STORY_CLOSURE, STORY_DETAILS, STORY_MODEL } from './fitted/story';
import { detailMatch, detailsOf, type Details } from './story-details';
import { indexKeys } from './keys';
import { compareScope, storedKeysOf } from './read-cache';
import { daysApart, STORY_DAYS } from './light';
import { cameWithVectors, docVector, figureSet, nameVector, packVectors, storedVectorsOf, titleVector, vectorsFingerprint, type PackedVectors, type StoryVectors } from './vectors';

export interface CompareOptions {
  /** How many index candidates are fetched and rescored on their full text (default 40). */
  candidateLimit?: number;
  /** Alignment parameters (see align.ts). */
  align?: AlignParams;
  /**
   * Only these candidates' decisions are wanted (story closure's questions, closure.ts): the pool,
   * its cosines and the unit IDF are the same, but only they are aligned and read for names,
   * figures and title; the others' `score` and `related` are not meaningful.
   */
  decideOnly?: ReadonlySet<string>;
  /**
   * Only the relations are read (closure.ts: the extra story decisions of closure's bridge and of
   * consistency's checks read which candidates are related and the probabilities of those): a
   * candidate that cannot be related whatever its alignment — outside the date window, or below
   * the threshold even with the best lead (`lead` = 1) — is not aligned. Every `related` is the same
   * as without, and so is the score of every related candidate; an unrelated one's `score` is then
   * its probability without alignment (lower than or equal to its own).
   */
  relatedOnly?: boolean;
  /**
   * Only what a compare reads of the page's own decision (compare.ts `relatedStory`): which
   * candidates are related and their probabilities, and closure's near misses (closure.ts: dated,
   * within the window, probability ≥ STORY_CLOSURE.pmin). A candidate that can be neither whatever
   * its alignment — outside the window, or below STORY_CLOSURE.pmin (below the threshold when either
   * date is unknown) even with the best lead — is not aligned; its `score` is then its probability
   * without alignment (lower than or equal to its own). Every `related` is the same as without,
   * and so is the score of every related candidate and of every near miss.
   */
  storyOnly?: boolean;
}

/** The lead that gives the highest probability (lead is a share, 0..1): an upper bound for relatedOnly. */
const LEAD_BEST = STORY_MODEL.weights[2]! > 0 ? 1 : 0;

// STORY_DAYS and daysApart live in ./light.ts (the side panel's view reads them without the engine).
export { daysApart, STORY_DAYS };
/** Keys carried by more than this share of the corpus (and more than COMMON_KEY_MIN articles) are not used to retrieve candidates. */
export const COMMON_KEY_SHARE = 0.05;
export const COMMON_KEY_MIN = 20;
/** Fact units of a candidate considered for the story decision (the first ones). */
export const STORY_UNITS = 40;
/** At most this many candidates are aligned unit by unit (the best by document score). */
export const MAX_ALIGNED = 20;
/** Pseudo-documents added to the corpus size in IDF (see findRelated). */
export const PRIOR_DOCS = 200;

/** The evidence the decision reads (see the file comment). */
export interface StoryEvidence {
  docScore: number;
  z: number;
  lead: number;
  /** TF-IDF cosine of the names only (capitalised words not opening a sentence). */
  names: number;
  /** Share of the figures (counts ≥ 10, money, years) of the article with fewer that the other also gives; 0 when either has none. */
  figures: number;
  /** TF-IDF cosine of the titles. */
  title: number;
  /**
   * docScore over the best docScore of the query's pool (1 for the query's nearest article): a
   * partner of the query stands near the top of what the query resembles.
   */
  ratio: number;
  /**
   * docScore over the best cosine the candidate has with the query or any other article of the
   * pool (1 when the query is the candidate's nearest): the query stands near the top of what
   * the candidate resembles — a soft, mutual version of "nearest neighbours", bounded by the pool.
   */
  back: number;
}

export interface StoryCandidate extends StoryEvidence {
  article: Article;
  hits: number;
  coverage: number;
  matchedHere: number;
  matchedThere: number;
  /** Days between the two articles when both dates are known. */
  apart: number | null;
  /** Probability that the pair is the same story (STORY_MODEL), 0..1. */
  score: number;
  related: boolean;
  /** Taken into the story through this article of it (closure.ts), though its own score is below the threshold. */
  via?: string;
}

/** The model's inputs, in the order of STORY_MODEL.weights. */
export function storyInputs(e: StoryEvidence): number[] {
  const z = Math.min(Math.max(e.z, 0), Z_CAP) / Z_CAP;
  return [e.docScore, z, e.lead, e.names, e.figures, e.title, e.ratio, e.back];
}
/** z-scores beyond this say nothing more (a robust z of 30 and of 300 are both "stands out"). */
export const Z_CAP = 10;

/** Probability that a candidate with this evidence is the same story. */
export function storyProbability(e: StoryEvidence, model = STORY_MODEL): number {
  const x = storyInputs(e);
  let t = model.bias;
  for (let k = 0; k < x.length; k++) t += model.weights[k]! * x[k]!;
  return 1 / (1 + Math.exp(-t));
}

const cmpStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function figureShare(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / Math.min(a.size, b.size);
}

/**
 * An article's story vectors (vectors.ts), kept with its derived record: the ones the store read
 * with the article when they are current (`storedVectorsOf`), else derived from the text.
 */
function vectorsInto(a: Article, d: ArticleDerived): void {
  const s = storedVectorsOf(a);
  if (!s) return;
  d.doc ??= s.doc;
  d.names ??= s.names;
  d.figures ??= s.figures;
}
/** The article's story vectors as the engine uses them (kept in its derived record; what lib/store keeps). */
export function storyVectorsOf(a: Article): StoryVectors {
  return { doc: docOf(a), names: namesOf(a), figures: figuresOf(a) };
}
/**
 * The story vectors worth keeping in the store (CorpusIndex.keepVectors) for these articles: those
 * that did not come with current stored ones, packed with their fingerprint. Derives what a compare
 * left underived (names and figures of a candidate nobody asked about).
 */
export function vectorsToKeep(articles: Article[]): Array<{ id: string; of: string; vec: PackedVectors }> {
  const out: Array<{ id: string; of: string; vec: PackedVectors }> = [];
  for (const a of articles) {
    if (cameWithVectors(a)) continue;
    const vec = packVectors(storyVectorsOf(a));
    if (vec) out.push({ id: a.id, of: vectorsFingerprint(a), vec });
  }
  return out;
}
function docOf(a: Article): Map<string, number> {
  const d = derivedOf(a);
  if (!d.doc) vectorsInto(a, d);
  return (d.doc ??= docVector(a));
}
function namesOf(a: Article): Map<string, number> {
  const d = derivedOf(a);
  if (!d.names) vectorsInto(a, d);
  return (d.names ??= nameVector(a));
}
function figuresOf(a: Article): Set<number> {
  const d = derivedOf(a);
  if (!d.figures) vectorsInto(a, d);
  return (d.figures ??= figureSet(a));
}

export function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * Robust z-scores of `xs` against themselves: (x − median) / (1.4826 · MAD). The spread is never
 * taken below MIN_SPREAD, so that a pool of near-identical scores does not blow every difference up.
 */
export function robustZ(xs: number[]): number[] {
  const m = median(xs);
  const mad = 1.4826 * median(xs.map((x) => Math.abs(x - m)));
  const spread = Math.max(mad, MIN_SPREAD);
  return xs.map((x) => (x - m) / spread);
}
/** A cosine difference below this is noise (0.01 of the 0..1 scale). */
export const MIN_SPREAD = 0.01;

function firstFacts(feats: UnitFeatures[], n: number): UnitFeatures[] {
  const out: UnitFeatures[] = [];
  for (const f of feats) {
    if (!f.fact) continue;
    if (out.length >= n) break;
    out.push(f);
  }
  return out;
}

/**
 * A candidate's first STORY_UNITS fact units' features, what the story decision reads of it:
 * `firstFacts(featuresOf(a), STORY_UNITS)`, without deriving the units after them when the whole
 * list is not derived yet (a unit's features depend on that unit alone, so the values are the
 * same; a 130-unit page is derived in full only if it joins the story and the report needs it).
 * Kept with the article's derived record.
 */
function storyFacts(a: Article): UnitFeatures[] {
  const d = derivedOf(a);
  if (d.feats) return firstFacts(d.feats, STORY_UNITS);
  if (!d.heads) {
    // A unit's stems and 4-grams made for the unit IDF already (idfFacts) are taken, not made again.
    const light = d.idfHeads;
    const head: UnitFeatures[] = [];
    for (const u of a.units) {
      if (head.length >= STORY_UNITS) break;
      if (isFactUnit(u)) head.push(unitFeatures(u, light?.[head.length], true));
    }
    d.heads = head;
  }
  return d.heads;
}

/**
 * What unit IDF reads of a candidate's first STORY_UNITS fact units (their stems and 4-grams,
 * `idfFeatures`): the same maps `storyFacts` would give, without the figures, names, quotations and
 * lexicon that only an aligned candidate needs. For a closure question's shortlisted candidates
 * nobody asked about (their units count toward the unit IDF, they are never aligned); the full
 * features when they are derived already.
 */
function idfFacts(a: Article): IdfUnit[] {
  const d = derivedOf(a);
  if (d.feats) return firstFacts(d.feats, STORY_UNITS);
  if (d.heads) return d.heads;
  if (!d.idfHeads) {
    const light: IdfUnit[] = [];
    for (const u of a.units) {
      if (light.length >= STORY_UNITS) break;
      if (isFactUnit(u)) light.push(idfFeatures(u, true));
    }
    d.idfHeads = light;
  }
  return d.idfHeads;
}

/**
 * A shortlisted candidate that is neither aligned nor asked about only counts toward the unit IDF:
 * its first STORY_UNITS fact units' word stems and 4-grams as lists (`idfTerms`, counted by Idf
 * `addTerms`: the same document frequencies as the maps of `idfFacts`, without making them). When
 * its maps or features are derived already (an earlier decision of the compare, an earlier compare)
 * they are taken instead (null here). Kept with the article's derived record.
 */
function countedFacts(a: Article): IdfTerms[] | null {
  const d = derivedOf(a);
  if (d.feats || d.heads || d.idfHeads) return null;
  if (!d.idfTerms) {
    const terms: IdfTerms[] = [];
    for (const u of a.units) {
      if (terms.length >= STORY_UNITS) break;
      if (isFactUnit(u)) terms.push(idfTerms(u));
    }
    d.idfTerms = terms;
  }
  return d.idfTerms;
}

/** Unit features depend only on the article's units: derived once per article (features.ts `derivedOf`). */
export { featuresOf };

/** `counted`: more fact units, given as their terms only (see `countedFacts`); the same IDF as their maps among `feats`. */
export function unitIdf(feats: IdfUnit[][], counted: IdfTerms[][] = []): { words: Idf; grams: Idf } {
  const all = feats.flat().filter((f) => f.fact);
  const words = new Idf().addAll(all.map((f) => f.words));
  const grams = new Idf().addAll(all.map((f) => f.grams));
  for (const units of counted)
    for (const u of units) {
      words.addTerms(u.words);
      grams.addGrams(u.grams);
    }
  return { words, grams };
}

/** Weighted vectors of the fact units only (align.ts compares nothing else). */
export function weighAll(feats: UnitFeatures[], idf: { words: Idf; grams: Idf }): Weighted[] {
  return feats.filter((f) => f.fact).map((f) => weigh(f, idf.words, idf.grams));
}

/**
 * Share of an article's facts that align, weighting each fact unit by its prominence: news puts
 * the event first, so the k-th fact unit weighs 1 / (1 + k/4). Two articles on one story align
 * near their tops; an article that merely shares a background paragraph with another aligns at
 * the bottom of one of them.
 */
export function prominentShare(feats: ReadonlyArray<Pick<UnitFeatures, 'fact' | 'unit'>>, matched: Set<number>): number {
  let all = 0;
  let hit = 0;
  let k = 0;
  for (const f of feats) {
    if (!f.fact) continue;
    const w = 1 / (1 + k / 4);
    all += w;
    if (matched.has(f.unit.i)) hit += w;
    k++;
  }
  return all > 0 ? hit / all : 0;
}

/** What a story decision reads from the corpus (findRelated's first step, see `storyPool`). */
export interface StoryPool {
  selfId: string | null;
  /** Articles in the corpus. */
  n: number;
  /** Key counts of the article's index keys. */
  df: Map<string, number>;
  /** The candidates' ids and index hits, best first, the article itself left out. */
  ids: Array<{ id: string; hits: number }>;
  /** Those candidates as read (`getMany`). */
  fetched: Article[];
}

/**
 * The article's pool, every database read a story decision makes: its index keys' counts (with
 * "is it in the corpus" and the corpus size, at once), the candidates of its distinctive keys, the
 * candidates themselves. Nothing here depends on another article's decision, so a compare may ask
 * it early for an article whose decision it will probably read (compare.ts `prefetchPools`): through
 * the compare's read cache (read-cache.ts) the decision then finds every read done or in flight.
 */
export async function storyPool(
  article: Article,
  corpus: CorpusIndex,
  opts: Pick<CompareOptions, 'candidateLimit'> = {},
  get: (ids: string[]) => Promise<Article[]> = (x) => corpus.getMany(x),
  whileReading?: () => void,
): Promise<StoryPool> {
  const limit = opts.candidateLimit ?? 40;
  // The reads in the order their answers are needed: the number of articles with the frequent keys (through a
  // compare's read cache, one read), the keys' counts, then "is this article in the corpus" (an index look-up that
  // reads records by hash, often slower than the key counts), awaited only with the candidates: its answer is needed
  // only to leave the article itself out of them.
  // Through the read cache, the query keys' lists are asked with their counts, not after them: the frequent keys
  // (with their counts) tell which keys the query leaves out (`guessQueryKeys`). The query itself is still chosen
  // from the counts below; when it is the guessed one its lists are those read (or in flight), else the cache reads
  // only the lists it lacks: the same candidates.
  const keys = keysOf(article);
  const early = corpus.frequentKeys && compareScope(corpus) ? corpus.frequentKeys() : null;
  const stats = Promise.all([corpus.count(), corpus.keyCounts(keys)]);
  const same = corpus.findSame(article);
  same.catch(() => undefined); // awaited below; this only keeps an early failure from being "unhandled"
  const guessed = early
    ?.then((f) => {
      const guess = guessQueryKeys(keys, f);
      if (guess) corpus.candidates(guess, limit + 1).catch(() => undefined);
    })
    .catch(() => undefined);
  // The caller's own work that needs no read (the article's features) runs while the database answers; once the
  // guessed lists are asked (the frequent keys are the first answer: then its counts, lists and findSame are all in
  // flight while it computes, instead of the lists waiting for its end).
  if (whileReading) {
    if (guessed) await guessed;
    whileReading();
  }
  const [n, df] = await stats;
  const [hits, selfId] = await Promise.all([corpus.candidates(queryKeys(keys, df, n), limit + 1), same]);
  const ids = hits.filter((h) => h.id !== selfId && h.id !== article.id).slice(0, limit);
  const fetched = await get(ids.map((h) => h.id));
  return { selfId, n, df, ids, fetched };
}

/**
 * The keys a story decision asks the index with: those that tell stories apart. A key most of a large corpus
 * carries ("w:president") would rank candidates by common words: rarest first, at least 12 keys kept, then
 * every key at most `common` articles carry.
 */
export function queryKeys(keys: string[], df: ReadonlyMap<string, number>, n: number): string[] {
  const byRarity = [...keys].sort((x, y) => (df.get(x) ?? 0) - (df.get(y) ?? 0) || cmpStr(x, y));
  const common = Math.max(COMMON_KEY_MIN, COMMON_KEY_SHARE * n);
  return byRarity.filter((k, r) => r < 12 || (df.get(k) ?? 0) <= common);
}

/**
 * `queryKeys` from the frequent keys alone (CorpusIndex.frequentKeys), when their record covers the keys the
 * query leaves out (its floor at most `common`): a key not in it is carried by at most `floor` articles, so it
 * is kept and ranks before every key in it; the keys in it are ranked by their counts. The same set of keys as
 * `queryKeys` on the counts of that moment; null when the record cannot tell.
 */
export function guessQueryKeys(keys: string[], f: FrequentKeys): string[] | null {
  if (f.floor === null || f.floor > Math.max(COMMON_KEY_MIN, COMMON_KEY_SHARE * f.n)) return null;
  const df = new Map<string, number>();
  for (const k of keys) {
    const c = f.counts.get(k);
    if (c !== undefined) df.set(k, c);
  }
  return queryKeys(keys, df, f.n);
}

/**
 * indexKeys of an article object, once per object while its title, text and quotes are the same
 * ones: a compare that prefetches a pool and then decides asks it twice for the same object. Per
 * object, not per id: the keys read the quotes too, which the derived record's check does not cover.
 */
function keysOf(a: Article): string[] {
  const k = keysByObject.get(a);
  if (k && k.title === a.title && k.text === a.text && k.quotes === a.quotes) return k.keys;
  const keys = storedKeysOf(a) ?? indexKeys(a);
  keysByObject.set(a, { title: a.title, text: a.text, quotes: a.quotes, keys });
  return keys;
}
const keysByObject = new WeakMap<Article, { title: string; text: string; quotes: Article['quotes']; keys: string[] }>();

let readAhead = true;
/** Whether findRelated derives the article's own features while its pool is read (default on; off only to measure it). */
export function ownFeaturesWhileReading(on: boolean): void {
  readAhead = on;
}

/** What findRelated derives of its own article, whatever the candidates (kept per article by derivedOf). */
function ownFeatures(article: Article): void {
  docOf(article);
  namesOf(article);
  figuresOf(article);
  const d = derivedOf(article);
  d.title ??= titleVector(article);
  featuresOf(article);
}

/**
 * What a story decision derives from its article's pool whatever it is asked (decideOnly, relatedOnly,
 * storyOnly): the pool, its TF-IDF vectors, norms, cosines with the article and z-scores; and, filled
 * as decisions need them, the pool's pairwise cosines, each candidate's names / figures / title
 * evidence, the unit IDF, the weighted fact units and each alignment. Every entry is a function of
 * the pool's reads and of the articles' texts alone, so a second decision of the same article in one
 * compare (closure's question, then consistency's reading of it) takes them instead of computing
 * them again: the same numbers (perf19).
 */
interface PoolStage {
  /** The article's content the stage was made from (a changed article object is not the same stage). */
  of: { title: string; text: string; units: Article['units']; hash: Article['hash']; date: Article['date'] };
  limit: number;
  selfId: string | null;
  ids: Array<{ id: string; hits: number }>;
  others: Article[];
  poolVecs: TermVec[];
  norms: number[];
  docScores: number[];
  zs: number[];
  bestDoc: number;
  /** Pairwise pool cosines, i·len + j (i < j); NaN until computed. */
  cos: Float64Array;
  /** How many pool-local term ids there are so far (tfidf adds the names' and titles' terms). */
  terms: () => number;
  tfidf: (v: Map<string, number>) => Map<string, number>;
  hereNames: Map<string, number>;
  hereTitle: Map<string, number>;
  hereFigures: Set<number>;
  shortlist: Set<number>;
  names: Array<number | undefined>;
  figures: Array<number | undefined>;
  titles: Array<number | undefined>;
  uidf?: { words: Idf; grams: Idf };
  hereW?: Weighted[];
  thereW: Array<Weighted[] | undefined>;
  aligned: Map<AlignParams, Array<Alignment | undefined>>;
}

let stageMemo = true;
/** Whether a second story decision of an article in one compare takes its pool stage from the first (default on; off only to measure it: the same decisions). */
export function poolStageMemo(on: boolean): void {
  stageMemo = on;
}

const sameOf = (st: PoolStage, a: Article, limit: number) =>
  st.limit === limit && st.of.title === a.title && st.of.text === a.text && st.of.units === a.units && st.of.hash === a.hash && st.of.date === a.date;

/** The article's pool stage: kept in the compare's scope (read-cache.ts `compareScope`) when there is one. */
async function poolStage(article: Article, corpus: CorpusIndex, opts: CompareOptions, limit: number): Promise<PoolStage | { selfId: string | null; empty: true }> {
  const scope = stageMemo ? compareScope(corpus) : null;
  const kept = scope?.get(article) as Promise<PoolStage | { selfId: string | null; empty: true }> | undefined;
  if (kept) {
    const st = await kept;
    if ('empty' in st || sameOf(st, article, limit)) return st;
  }
  const made = makeStage(article, corpus, opts, limit);
  if (scope) {
    scope.set(article, made);
    // A failed read is not kept: a later question reads again.
    made.catch(() => scope.get(article) === made && scope.delete(article));
  }
  return made;
}

async function makeStage(article: Article, corpus: CorpusIndex, opts: CompareOptions, limit: number): Promise<PoolStage | { selfId: string | null; empty: true }> {
  const of = { title: article.title, text: article.text, units: article.units, hash: article.hash, date: article.date };
  // The article's own vectors and units are derived while its pool is read (kept per article:
  // derived once either way; the same values, only earlier).
  const { selfId, n, df, ids, fetched } = await storyPool(article, corpus, opts, undefined, readAhead ? () => ownFeatures(article) : undefined);
  const others = fetched.filter((a) => a.hash !== article.hash || !article.hash);
  if (others.length === 0) return { selfId, empty: true };

  // Document frequencies: the index's key counts where known, else the pool's (a lower bound).
  const vectors = others.map(docOf);
  const here = docOf(article);
  // Each term gets a pool-local id (the pool's vectors share most of their terms; the pool's cosines
  // below run over typed arrays of those ids, see pairDots), and its local document frequency: how
  // many of the article's and the pool's vectors hold it.
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const localDf: number[] = [];
  const idsOf = (v: Map<string, number>) => {
    const ids = new Int32Array(v.size);
    let k = 0;
    for (const t of v.keys()) {
      let id = termIds.get(t);
      if (id === undefined) {
        id = terms.length;
        terms.push(t);
        localDf.push(0);
        termIds.set(t, id);
      }
      localDf[id]!++;
      ids[k++] = id;
    }
    return ids;
  };
  const hereIds = idsOf(here);
  const poolIds = vectors.map(idsOf);
  // PRIOR_DOCS pseudo-documents that contain none of the content stems stand for the world's other
  // news: in a corpus of five articles on one story, "Cecot" is still a rare word.
  const total = Math.max(n, others.length + 1) + PRIOR_DOCS;
  // The key counts by the term they count: "w:x" counts term x, "d:5" term #5 (a word key whose rest
  // starts with "#" counts no term). One map of the article's few hundred keys, instead of a key
  // string made for each of the pool's thousands of terms.
  const dfTerm = new Map<string, number>();
  for (const [k, c] of df) {
    if (k.startsWith('w:') && k[2] !== '#') dfTerm.set(k.slice(2), c);
    else if (k.startsWith('d:')) dfTerm.set(`#${k.slice(2)}`, c);
  }
  // Each term's weight once per decision: the index's key count where known, else the pool's (a lower bound).
  const weightOf = (t: string, local: number) => Math.log((total + 1) / (Math.max(dfTerm.get(t) ?? 0, local) + 1)) + 1;
  const weights = terms.map((t, id) => weightOf(t, localDf[id]!));
  // A term of no document vector (names, titles): a new id, in no vector's local count.
  const idOf = (t: string) => {
    let id = termIds.get(t);
    if (id === undefined) {
      id = weights.length;
      weights.push(weightOf(t, 0));
      termIds.set(t, id);
    }
    return id;
  };
  const tfidf = (v: Map<string, number>) => {
    const out = new Map<string, number>();
    for (const [k, c] of v) out.set(k, (1 + Math.log(c)) * weights[idOf(k)]!);
    return out;
  };
  // The document vectors' weights, in their maps' order: the weights tfidf gives.
  const termVec = (v: Map<string, number>, ids: Int32Array): TermVec => {
    const vals = new Float64Array(ids.length);
    let k = 0;
    for (const c of v.values()) vals[k] = (1 + Math.log(c)) * weights[ids[k++]!]!;
    return { ids, vals };
  };
  const poolVecs = vectors.map((v, k) => termVec(v, poolIds[k]!));
  const hereVec = termVec(here, hereIds);
  // The pool's pairwise cosines below read each vector's norm ~40 times: computed once (the same numbers).
  const norms = poolVecs.map(normOf);
  const hereNorm = normOf(hereVec);
  const len = poolVecs.length;
  const hereDots = pairDots([...poolVecs, hereVec], poolVecs.map((_, k) => [len, k] as const), weights.length);
  const docScores = poolVecs.map((v, k) => cosineOf(hereVec, v, hereDots[k]!, hereNorm, norms[k]!));
  // The pool always counts `limit` members: in a small corpus the ranks it lacks are filled with a
  // large corpus's typical pool at those ranks (POOL_PRIOR): the world's other news shares common
  // words with the query, so a corpus of five articles on one story does not make those five the
  // background of each other, nor a same-saga article stand out from a background of zeros.
  // The curve is scaled by the page's own background (backgroundOf): a page that shares the world's common words more
  // than the average page stands higher above its other news in a large corpus, and so in a small one.
  const padded = [...docScores];
  const scale = docScores.length < limit && POOL_COMMON.mean > 0 ? (1000 * backgroundOf(article)) / POOL_COMMON.mean : 1;
  for (let r = docScores.length; r < limit; r++) padded.push((scale * POOL_PRIOR[Math.floor((r * POOL_PRIOR.length) / limit)]!) / 1000);
  const zs = robustZ(padded).slice(0, docScores.length);
  const hereD = derivedOf(article);
  // Only the candidates best by document score are aligned unit by unit, at most MAX_ALIGNED:
  // the expensive step stays bounded however large the corpus.
  const shortlist = new Set(
    others
      .map((_, k) => k)
      .filter((k) => docScores[k]! > 0)
      .sort((x, y) => docScores[y]! - docScores[x]! || cmpStr(others[x]!.id, others[y]!.id))
      .slice(0, MAX_ALIGNED),
  );
  return {
    of,
    limit,
    selfId,
    ids,
    others,
    poolVecs,
    norms,
    docScores,
    zs,
    bestDoc: Math.max(...docScores),
    cos: new Float64Array(others.length * others.length).fill(NaN),
    terms: () => weights.length,
    tfidf,
    hereNames: tfidf(namesOf(article)),
    hereTitle: tfidf((hereD.title ??= titleVector(article))),
    hereFigures: figuresOf(article),
    shortlist,
    names: [],
    figures: [],
    titles: [],
    thereW: [],
    aligned: new Map(),
  };
}

let commonShares: Map<string, number> | null = null;
let commonTerms = '';
/**
 * The page's expected TF-IDF cosine with an article of a reference sample of news (POOL_COMMON, fitted/story.ts),
 * up to a constant of the sample: Σ_t q_t·w_t · s_t·w_t / |q|, q_t the page's sublinear counts of its document terms,
 * s_t the share of the sample's articles holding t, w_t the sample's IDF (ln((n + PRIOR_DOCS + 1) / (df + 1)) + 1, a
 * term outside the table at its rarest). By construction: no constant beyond the table, whose shares are counts.
 */
export function backgroundOf(article: Article): number {
  if (commonTerms !== POOL_COMMON.terms || !commonShares) {
    commonTerms = POOL_COMMON.terms;
    commonShares = new Map(
      commonTerms
        .split(' ')
        .filter(Boolean)
        .map((e) => {
          const at = e.lastIndexOf(':');
          return [e.slice(0, at), Number(e.slice(at + 1)) / 1000] as const;
        }),
    );
  }
  const total = POOL_COMMON.n + PRIOR_DOCS + 1;
  let dot = 0;
  let norm = 0;
  for (const [t, c] of docOf(article)) {
    const s = commonShares.get(t) ?? 0;
    const w = Math.log(total / (s * POOL_COMMON.n + 1)) + 1;
    const q = (1 + Math.log(c)) * w;
    dot += q * s * w;
    norm += q * q;
  }
  return norm > 0 ? dot / Math.sqrt(norm) : 0;
}

/** The same-story articles and every other fetched candidate, most probable first. */
export async function findRelated(
  article: Article,
  corpus: CorpusIndex,
  opts: CompareOptions = {},
): Promise<{ selfId: string | null; candidates: StoryCandidate[] }> {
  const limit = opts.candidateLimit ?? 40;
  const st = await poolStage(article, corpus, opts, limit);
  if ('empty' in st) return { selfId: st.selfId, candidates: [] };
  const { selfId, ids, others, poolVecs, norms, docScores, zs, bestDoc, cos, tfidf, hereNames, hereTitle, hereFigures, shortlist } = st;
  const hitsOf = new Map(ids.map((h) => [h.id, h.hits]));
  // Pool-relative standing (bounded: the pool's own cosines, at most limit² / 2 of them).
  const bestOf = docScores.map((d) => d);
  const len = poolVecs.length;
  // A closure question (decideOnly) reads `back` of the asked candidates only: their rows suffice.
  const rowNeeded = (i: number) => !opts.decideOnly || opts.decideOnly.has(others[i]!.id);
  const missing: Array<readonly [number, number]> = [];
  for (let i = 0; i < len; i++) {
    for (let j = i + 1; j < len; j++) {
      if (!rowNeeded(i) && !rowNeeded(j)) continue;
      const c = cos[i * len + j]!;
      if (c !== c) missing.push([i, j]);
    }
  }
  const dots = pairDots(poolVecs, missing, st.terms());
  missing.forEach(([i, j], p) => (cos[i * len + j] = cosineOf(poolVecs[i]!, poolVecs[j]!, dots[p]!, norms[i]!, norms[j]!)));
  for (let i = 0; i < len; i++) {
    for (let j = i + 1; j < len; j++) {
      if (!rowNeeded(i) && !rowNeeded(j)) continue;
      const c = cos[i * len + j]!;
      if (c > bestOf[i]!) bestOf[i] = c;
      if (c > bestOf[j]!) bestOf[j] = c;
    }
  }

  const hereFeats = featuresOf(article);
  const hereFacts = hereFeats.filter((f) => f.fact).length;
  // Each candidate's evidence but the alignment's.
  const pre = others.map((a, k) => {
    // A candidate not asked about (decideOnly) needs no names, figures or title: its decision is
    // not read, and nothing of it enters the others' (a closure question skips ~39 name scans).
    const asked = !opts.decideOnly || opts.decideOnly.has(a.id);
    const apart = daysApart(article.date, a.date);
    const names = asked ? (st.names[k] ??= cosine(hereNames, tfidf(namesOf(a)))) : 0;
    const figures = asked ? (st.figures[k] ??= figureShare(hereFigures, figuresOf(a))) : 0;
    const title = asked ? (st.titles[k] ??= cosine(hereTitle, tfidf((derivedOf(a).title ??= titleVector(a))))) : 0;
    const ratio = bestDoc > 0 ? docScores[k]! / bestDoc : 0;
    const back = bestOf[k]! > 0 ? docScores[k]! / bestOf[k]! : 0;
    // relatedOnly: a candidate that cannot be related whatever its alignment (outside the window, or
    // below the threshold with the best lead there is) is not aligned; storyOnly: nor one that can be
    // neither related nor closure's near miss (a dated one below STORY_CLOSURE.pmin with the best lead).
    // With the detail step a dated candidate from STORY_CLOSURE.pmin can be related too (detailsDecide).
    // Beyond the window only the model's own decision with agreeing details relates (a follow-up, followUp): its floor
    // is the threshold, and a pair whose details do not agree is not aligned.
    const within = apart === null || apart <= STORY_DAYS;
    const floor =
      !opts.relatedOnly && !opts.storyOnly
        ? null
        : apart === null || !within || (opts.relatedOnly && !detailNames)
          ? STORY_MODEL.threshold
          : Math.min(STORY_MODEL.threshold, STORY_CLOSURE.pmin);
    const canRelate =
      floor === null ||
      ((within || (asked && followUp(article, a))) &&
        storyProbability({ docScore: docScores[k]!, z: zs[k]!, lead: LEAD_BEST, names, figures, title, ratio, back }) >= floor);
    return { asked, apart, names, figures, title, ratio, back, aligned: shortlist.has(k) && asked && canRelate };
  });
  // For the story decision, the first STORY_UNITS fact units of a long candidate are enough: the
  // prominence weighting leaves little to the rest, and it bounds the cost of a 130-unit page.
  // A closure question (decideOnly) aligns only the asked candidates: the others' units only count
  // toward the unit IDF, and only their stems and 4-grams are derived (the same IDF). With
  // relatedOnly and nothing to align, no unit IDF is needed at all.
  const anyAligned = pre.some((p) => p.aligned);
  const lean = opts.relatedOnly || opts.storyOnly;
  // A candidate that only counts toward the unit IDF is left out of `otherFeats` when its terms are
  // counted as lists (`countedFacts`): it is not aligned, so its lead and coverage are 0 either way.
  const counted: IdfTerms[][] = [];
  const otherFeats: IdfUnit[][] = others.map((a, k) => {
    if (!shortlist.has(k) || (lean && !anyAligned)) return [];
    if (pre[k]!.aligned || (!lean && pre[k]!.asked)) return storyFacts(a);
    // The unit IDF made by an earlier decision of this stage is taken: nothing to count.
    if (st.uidf) return [];
    const terms = countedFacts(a);
    if (!terms) return idfFacts(a);
    counted.push(terms);
    return [];
  });
  // The unit IDF counts the shortlist's first fact units, whichever of them are aligned (stems and
  // 4-grams are the same in either form): one per pool stage.
  const uidf = anyAligned || !lean ? (st.uidf ??= unitIdf([hereFeats, ...otherFeats], counted)) : null;
  const hereW = uidf ? (st.hereW ??= weighAll(hereFeats, uidf)) : [];
  const params = opts.align ?? DEFAULT_ALIGN;
  let alignments = st.aligned.get(params);
  if (!alignments) st.aligned.set(params, (alignments = []));

  const candidates: StoryCandidate[] = others.map((a, k) => {
    const { apart, names, figures, title, ratio, back } = pre[k]!;
    const al: Alignment = pre[k]!.aligned
      ? (alignments[k] ??= align(hereW, (st.thereW[k] ??= weighAll(otherFeats[k] as UnitFeatures[], uidf!)), params))
      : { matches: [], conflicts: [] };
    const edges = [...al.matches, ...al.conflicts].filter((e) => e.strong);
    const matchedHere = new Set(edges.map((e) => e.a)).size;
    const matchedThere = new Set(edges.map((e) => e.b)).size;
    const thereFacts = otherFeats[k]!.filter((f) => f.fact).length;
    const coverage = hereFacts + thereFacts > 0 ? (matchedHere + matchedThere) / (hereFacts + thereFacts) : 0;
    const lead = Math.min(
      prominentShare(hereFeats, new Set(edges.map((e) => e.a))),
      prominentShare(otherFeats[k]!, new Set(edges.map((e) => e.b))),
    );
    const evidence: StoryEvidence = { docScore: docScores[k]!, z: zs[k]!, lead, names, figures, title, ratio, back };
    return {
      article: a,
      hits: hitsOf.get(a.id) ?? 0,
      ...evidence,
      coverage,
      matchedHere,
      matchedThere,
      apart,
      score: 0,
      related: false,
    };
  });
  for (const c of candidates) {
    c.score = storyProbability(c);
    c.related = c.score >= STORY_MODEL.threshold && (c.apart === null || c.apart <= STORY_DAYS || followUp(article, c.article));
  }
  if (detailNames) detailsDecide(article, candidates, opts);
  candidates.sort((x, y) => y.score - x.score || cmpStr(x.article.id, y.article.id));
  return { selfId, candidates };
}

/**
 * Which shared names count as specific details in the detail step: `aged`, a name either report writes with an age
 * ("Marcus Bermudez, 23,": a person of the event); `none`, no name (ages, clock times and blocks only); null, no step
 * (main's decision before story37). Measured in docs/notes/story37.md, with a mode taken out again: a name whose key
 * the corpus counts at most 8 times (commit f57ebaf).
 */
export type DetailNames = 'aged' | 'none';
let detailNames: DetailNames | null = 'aged';
/** The detail step's names (experiment switch, bench/story37-run.ts; null: the step off). */
export function storyDetailNames(mode: DetailNames | null): void {
  detailNames = mode;
}

/** Collision rates of the kinds of detail (STORY_CHANCE.rates): the chance that two listed details of a kind are equal. */
export interface DetailRates {
  ages: number;
  clocks: number;
  blocks: number;
  /** The chance that a name written with an age equals a name of another report. */
  names: number;
}

/**
 * How likely two reports' shared details are by chance (docs/notes/story81.md): of each kind, two reports listing n₁ and
 * n₂ details are expected to share n₁·n₂·rate by chance (names: a name written with an age on one side against the other
 * side's names, both ways); `lambda` the sum over the kinds, `tail` the Poisson probability of sharing at least as many
 * as they do (ages, clock times, blocks, names written with an age on either side). A city's roundup listing a dozen
 * ages shares one with any other roundup by chance (tail near 1); two reports of one victim sharing her age do not.
 */
export function chanceOfDetails(x: Details, y: Details, rates: DetailRates = STORY_CHANCE.rates): { shared: number; lambda: number; tail: number } {
  const m = detailMatch(x, y, (_, aged) => aged);
  const shared = m.ages + m.clocks + m.blocks + m.names;
  const lambda =
    x.ages.size * y.ages.size * rates.ages +
    x.clocks.size * y.clocks.size * rates.clocks +
    x.blocks.size * y.blocks.size * rates.blocks +
    (x.aged.size * y.names.size + x.names.size * y.aged.size) * rates.names;
  // P(X ≥ shared) = 1 − Σ_{j < shared} e^−λ λ^j / j!
  let term = Math.exp(-lambda);
  let below = 0;
  for (let j = 0; j < shared; j++) {
    below += term;
    term *= lambda / (j + 1);
  }
  return { shared, lambda, tail: Math.max(0, 1 - below) };
}

/**
 * Whether two reports agree on specific details (the detail step's reading; `detailsDecide`, `followUp`): at least
 * STORY_DETAILS.agree shared, ages not clashing, and (with names written with an age, the shipped reading) the shared
 * ones not what chance gives two lists of their sizes: P(X ≥ shared) ≤ STORY_CHANCE.alpha (`chanceOfDetails`).
 */
function detailsAgree(article: Article, other: Article, alpha: number = STORY_CHANCE.alpha): boolean {
  const specific = detailNames === 'aged' ? (_: string, aged: boolean) => aged : () => false;
  const x = detailsOf(article);
  const y = detailsOf(other);
  const m = detailMatch(x, y, specific);
  if (m.ages + m.clocks + m.blocks + m.names < STORY_DETAILS.agree || m.ageClash) return false;
  return detailNames !== 'aged' || alpha >= 1 || chanceOfDetails(x, y).tail <= alpha;
}

/**
 * A dated pair further apart than STORY_DAYS that the model accepts is the same story when the two agree on specific
 * details as the detail step reads them (an age, a clock time, a block, a name written with an age; ages not clashing;
 * STORY_DETAILS.agree, the detail step's own fitted count, reused for the same meaning): a local outlet's follow-up — an
 * arrest, a charge, a funeral, a trial months later — names the victim with the age and the place that the first report
 * gave, where a report of another event the same weeks, months or years later, alike in its words, does not
 * (docs/notes/story80.md). Only the model's accepted pairs: near misses beyond the window stay out (closure and the
 * detail step read the window's). With the detail step off (storyDetailNames(null)) the window is the fixed one.
 */
function followUp(article: Article, other: Article): boolean {
  return detailNames !== null && detailsAgree(article, other);
}

/**
 * The specific details of two dated reports within the window (story-details.ts; docs/notes/story36.md, story37.md).
 * Two short reports of one local event share few words rare in a corpus of such events, so the model leaves many
 * partners just below its threshold, beside same-week reports of other events that share the same common words. A
 * near miss (probability ≥ STORY_CLOSURE.pmin, the floor closure already reads as "near") that agrees with the page on
 * at least STORY_DETAILS.agree specific details — an age, a clock time, a block, a name either writes with an age — and
 * whose ages do not clash (both give ages, none shared) is related. No veto: on long national reports "both give ages,
 * none shared" is not a disagreement (story36 §4). A name's rarity (in the pool, story36; in the corpus, story37) is not
 * read: both related same-topic national events on the NewsWCL50 triples. Undated pairs are the model's alone; pairs
 * further apart than STORY_DAYS, the model's with agreeing details (`followUp`). Cost: the details of the page and of its near misses (regular expressions over
 * each text once, kept per article object), bounded by the pool; no read.
 */
function detailsDecide(article: Article, candidates: StoryCandidate[], opts: CompareOptions): void {
  const near = candidates.filter(
    (c) => !c.related && c.apart !== null && c.apart <= STORY_DAYS && c.score >= STORY_CLOSURE.pmin && (!opts.decideOnly || opts.decideOnly.has(c.article.id)),
  );
  if (near.length === 0) return;
  for (const c of near) if (detailsAgree(article, c.article)) c.related = true;
}
