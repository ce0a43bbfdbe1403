/**
 * Fact alignment between the units of two articles.
 *
 * Similarity of two units = mean of two cosines over IDF-weighted vectors:
 *   - word stems, function words KEPT (short quotes live on them: "it must be everyone"),
 *   - character 4-grams (survive inflection, translation glitches such as "Clintonthe", spelling).
 * When both units quote someone, the similarity is the mean of the whole-unit similarity and that
 * of the quoted spans alone (char 4-grams): the same quote under a different attribution ("he
 * wrote" vs "Bukele posted on X") rises, two different quotes by the same speaker ("Ruiz told
 * reporters") fall.
 *
 * Decision without a fixed global threshold: the units of two articles give an n×m matrix in which
 * nearly every cell is a pair of DIFFERENT facts, so the matrix itself is the null distribution.
 * A pair is aligned when
 *   1. it stands out from that null: z = (s − median) / (1.4826 · MAD) ≥ Z_MIN, and
 *   2. it is the best in its row or in its column, or within RATIO of that best (a unit may match
 *      several units: one sentence split into two elsewhere), and
 *   3. its similarity is at least FLOOR (guards tiny matrices where the null is not estimable);
 * or, weaker evidence: it is the MUTUAL best of its row and column, beats the runner-up of both by
 * MARGIN× and stands out at z ≥ Z_MUTUAL (reported vs direct speech, translations: low similarity,
 * but nothing else comes close); or the best of its row or column alone by MARGIN_ONE_SIDED×
 * (one sentence here carrying two facts told in two sentences there).
 * The pair decision (`sameFact`, fitted on public paraphrase data: lib/engine/fitted/align.ts) then
 * has its say on every pair not accepted on the strong rule: it admits a pair it calls the same fact
 * when that pair is the best of its row or column (a paraphrase with few shared words), and it
 * vetoes a weak-evidence pair (mutual / one-sided best) when it is 95% sure the two units state
 * different facts or when they name different actors (both name someone, no name in common).
 * Any pair, strong ones included, is dropped when the two units' main actors differ (the subject
 * name, or "he"/"she" resolved to the previous sentence's; lib/nlp/actors.ts `differentActors`).
 * `npm run -s cli -- pairs` prints this decision for sentence pairs.
 * Then figures are checked: when both units give a figure for the same thing (same head noun, both
 * money, both a weekday…) and the figures differ ("hundreds" vs "more than 200 Venezuelans"), the
 * pair is a CONFLICT, not a match and not a miss.
 */
import { isCalendarToken, isFunctionWord, quotedSpans, sameFigure, stem, tokens, type Quantity } from '../nlp';
import { Idf, preparedOf, resolveLeadNames, unitFeatures, unitNumber, UNIT_NUMBERS, type PreparedVector, type UnitFeatures } from './features';
import type { Unit } from '../types';
import { CLAUSE_TOLD, FLOOR_GROWTH, PREDICATE_VETO, SAME_FACT, STS_SCORE, VETO_BELOW } from './fitted/align';
import { isParaphrase } from '../nlp/paraphrases';
import { ambiguousFigures, figureConflict, sharedActor } from './conflicts';
import { actorsDisagree, fullNames, mainActors, midSentenceNames, personKeys, shareActor, subjectOffset, workTitles, type FullName } from '../nlp/actors';
import type { SynonymTable } from '../nlp/synonyms';

/** A sparse unit-length vector: term ids ascending, with their weights (a cosine is a merge join). */
export interface Packed {
  ids: Int32Array;
  vals: Float64Array;
}

export interface Weighted {
  f: UnitFeatures;
  words: Packed;
  grams: Packed;
  quote: Packed;
  /** IDF weight of each content stem of `f.lex`, in order. */
  lexIdf: Float64Array;
  /** The Idf whose term ids `words` holds (`Idf.id`; `grams` and `quote` hold those of the gram Idf weighed with it). */
  wordIdf: Idf;
}

export function packedDot(a: Packed, b: Packed): number {
  let i = 0;
  let j = 0;
  let d = 0;
  const ai = a.ids;
  const bi = b.ids;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) d += a.vals[i++]! * b.vals[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return d;
}

/** Scratch of `packPrepared` (its raw weights, its sort keys), grown as needed: no two arrays per vector. */
let rawScratch = new Float64Array(256);
let keyScratch = new Float64Array(256);

/**
 * `idf.apply(v)` of a prepared vector (features.ts `prepareVector`), normalised (the norm summed in
 * the vector's own order, as lib/nlp `normalize`), as a sorted array of the Idf's term ids: one Idf
 * look-up per term gives its id, the id its weight. The ids are the Idf's (`Idf.id`): vectors weighed
 * with one Idf are compared with each other, never with another Idf's.
 */
function packPrepared(p: PreparedVector, idf: Idf): Packed {
  const n = p.terms.length;
  if (rawScratch.length < n) {
    rawScratch = new Float64Array(2 * n);
    keyScratch = new Float64Array(2 * n);
  }
  const raw = rawScratch;
  const keys = keyScratch.subarray(0, n);
  let s = 0;
  for (let k = 0; k < n; k++) {
    const id = idf.id(p.terms[k]!);
    const x = p.tf[k]! * idf.weightAt(id);
    raw[k] = x;
    s += x * x;
    // The positions in ascending id order (ids differ within a vector): `id · n + position` sorted as
    // numbers (a native sort, no comparator; exact below 2^53), id and position read back.
    keys[k] = id * n + k;
  }
  keys.sort();
  const norm = Math.sqrt(s);
  const ids = new Int32Array(n);
  const vals = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const key = keys[j]!;
    const k = key % n;
    ids[j] = (key - k) / n;
    vals[j] = norm === 0 ? raw[k]! : raw[k]! / norm;
  }
  return { ids, vals };
}

/** IDF-weighted, unit-length vectors of a unit (so that a cosine is a dot product); ids of these two Idfs. */
export function weigh(f: UnitFeatures, wordIdf: Idf, gramIdf: Idf): Weighted {
  const p = preparedOf(f);
  const lexIdf = new Float64Array(f.lex.length);
  for (let k = 0; k < f.lex.length; k++) lexIdf[k] = wordIdf.weight(f.lex[k]!);
  return {
    f,
    words: packPrepared(p.words, wordIdf),
    grams: packPrepared(p.grams, gramIdf),
    quote: packPrepared(p.quote, gramIdf),
    lexIdf,
    wordIdf,
  };
}

/**
 * What the word cosine of two units gains from words that are not the same stem (0..1), or absent.
 * The report's alignment can take one (`AlignParams.wordBonus`): bench/facts-synonym-arg.ts builds
 * WordNet synonyms as a soft cosine this way, measured and not shipped (docs/notes/facts8.md).
 */
export type WordBonus = (a: Weighted, b: Weighted) => number;

export function unitSimilarity(a: Weighted, b: Weighted, bonus?: WordBonus): number {
  let wd = packedDot(a.words, b.words);
  if (bonus) wd = Math.min(1, wd + bonus(a, b));
  const s = 0.5 * wd + 0.5 * packedDot(a.grams, b.grams);
  if (a.quote.ids.length > 0 && b.quote.ids.length > 0) return (s + packedDot(a.quote, b.quote)) / 2;
  return s;
}

// ---------------------------------------------------------------------------------------------
// The pair decision: do two units state the same fact?

/**
 * A stem sequence's n-grams (n = 1, 2, 3: the stems joined by one space) and its content words
 * (function words left out), each as counts: what `lexicalFeatures` compares of a unit, made once per
 * sequence (an array `baseFeatures` makes and nobody changes) rather than once per pair of units.
 */
interface SeqGrams {
  grams: [Map<string, number>, Map<string, number>, Map<string, number>];
  /** How many n-grams of each length (positions, not distinct ones). */
  sizes: [number, number, number];
  content: Map<string, number>;
  contentSize: number;
  /** The sequence's stems as a set (`unmatchedNames`). */
  stems: Set<string>;
}
const seqGrams = new WeakMap<readonly string[], SeqGrams>();
function gramsOfSeq(seq: readonly string[]): SeqGrams {
  let g = seqGrams.get(seq);
  if (g) return g;
  const grams: SeqGrams['grams'] = [new Map(), new Map(), new Map()];
  const sizes: SeqGrams['sizes'] = [0, 0, 0];
  for (let n = 1; n <= 3; n++) {
    const m = grams[n - 1]!;
    const count = Math.max(0, seq.length - n + 1);
    sizes[n - 1] = count;
    for (let i = 0; i < count; i++) {
      const x = n === 1 ? seq[i]! : n === 2 ? `${seq[i]!} ${seq[i + 1]!}` : `${seq[i]!} ${seq[i + 1]!} ${seq[i + 2]!}`;
      m.set(x, (m.get(x) ?? 0) + 1);
    }
  }
  const content = new Map<string, number>();
  let contentSize = 0;
  for (const w of seq) {
    if (isFunctionWord(w)) continue;
    contentSize++;
    content.set(w, (content.get(w) ?? 0) + 1);
  }
  g = { grams, sizes, content, contentSize, stems: new Set(seq) };
  seqGrams.set(seq, g);
  return g;
}

/** Size of the multiset intersection of two count maps. */
function sharedCount(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [x, c] of small) {
    const d = large.get(x);
    if (d) shared += c < d ? c : d;
  }
  return shared;
}

/** Length of the longest common subsequence of two stem sequences. */
function lcs(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** Share of `a`'s names (capitalised words) that `b` does not mention at all, in any case. */
function unmatchedNames(a: UnitFeatures, b: UnitFeatures): [number, number] {
  if (a.names.size === 0) return [0, 0];
  const there = gramsOfSeq(b.seq).stems;
  let miss = 0;
  for (const n of a.names) if (!there.has(n) && !b.names.has(n)) miss++;
  return [miss, a.names.size];
}

/** Figures (numbers, money, dates) of one unit that the other does not state: [unmatched, total]. */
function unmatchedFigures(a: Quantity[], b: Quantity[]): [number, number] {
  let miss = 0;
  for (const x of a) if (!b.some((y) => sameFigure(x, y))) miss++;
  return [miss, a.length];
}

/** Names of the features `pairFeatures` returns, in order (the fitted weights follow this order). */
export const PAIR_FEATURES = [
  'wordCos',
  'gramCos',
  'uniMin',
  'uniMax',
  'biMin',
  'biMax',
  'triMin',
  'triMax',
  'contentMin',
  'contentMax',
  'lcs',
  'lenRatio',
  'nameMiss',
  'figureMiss',
  'figureBoth',
  'negationDiffers',
  'quoteCos',
  'alignMin',
  'alignMax',
  'idfAlign',
  'bleuMin',
  'bleuMax',
] as const;

/**
 * The pair decision (`SAME_FACT`) uses the first DECISION_FEATURES measures; the alignment shares
 * after them feed the similarity score only (`STS_SCORE`): added to the decision they lowered MRPC
 * val accuracy (0.774 vs 0.778, `npx tsx bench/fit-align.ts`), added to the score they raise STS.
 */
export const DECISION_FEATURES = 17;

/**
 * Which content stems of `a` have a partner in `b`: the same stem, or a paraphrase from the learned
 * table (lib/nlp/paraphrases.ts). Word alignment in the manner of Sultan et al. (2014), without
 * the context check: one sentence's words are not reused for two meanings often enough in a news
 * sentence to pay for it.
 */
function alignedWords(a: readonly string[], b: readonly string[]): boolean[] {
  const there = new Set(b);
  return a.map((w) => there.has(w) || b.some((v) => isParaphrase(w, v)));
}

/** Aligned shares of two units' content stems: [smaller side's share, larger side's share, IDF-weighted share of both]. */
function alignment(a: Weighted, b: Weighted): [number, number, number] {
  const la = a.f.lex;
  const lb = b.f.lex;
  if (la.length === 0 || lb.length === 0) return [0, 0, 0];
  const xa = alignedWords(la, lb);
  const xb = alignedWords(lb, la);
  const sa = xa.filter(Boolean).length / la.length;
  const sb = xb.filter(Boolean).length / lb.length;
  let hit = 0;
  let all = 0;
  xa.forEach((x, i) => {
    all += a.lexIdf[i]!;
    if (x) hit += a.lexIdf[i]!;
  });
  xb.forEach((x, i) => {
    all += b.lexIdf[i]!;
    if (x) hit += b.lexIdf[i]!;
  });
  return [Math.min(sa, sb), Math.max(sa, sb), all > 0 ? hit / all : 0];
}

/**
 * Symmetric overlap measures of two units, MT-metric style: IDF cosines of stems and character
 * 4-grams; stem n-gram coverage (n = 1..3) of each side, as the smaller and the larger of the two;
 * content-stem coverage; longest common subsequence; length ratio; names and figures one side
 * states and the other does not; negation on one side only; the quoted spans' cosine.
 */
export function pairFeatures(a: Weighted, b: Weighted): number[] {
  return [...decisionFeatures(a, b), ...alignment(a, b), ...bleuPair(a.f.seq, b.f.seq)];
}

/** Stem 4-gram counts of a sequence and their number (BLEU's n = 4; n = 1..3 are in `gramsOfSeq`). */
const seqQuads = new WeakMap<readonly string[], Map<string, number>>();
function quadsOfSeq(seq: readonly string[]): Map<string, number> {
  let m = seqQuads.get(seq);
  if (m) return m;
  m = new Map();
  for (let i = 0; i + 4 <= seq.length; i++) {
    const x = `${seq[i]!} ${seq[i + 1]!} ${seq[i + 2]!} ${seq[i + 3]!}`;
    m.set(x, (m.get(x) ?? 0) + 1);
  }
  seqQuads.set(seq, m);
  return m;
}

/**
 * Sentence BLEU of the stem sequences, each side read against the other (Papineni et al. 2002: the
 * geometric mean of n-gram precisions n = 1..4, each with add-one smoothing, times the brevity
 * penalty), as [smaller, larger]: the MT-metric measure of Madnani et al. (2012) for paraphrase.
 * Read by the `pairs` score only (STS_SCORE), not by the decision.
 */
function bleuPair(sa: readonly string[], sb: readonly string[]): [number, number] {
  if (sa.length === 0 || sb.length === 0) return [0, 0];
  const ga = gramsOfSeq(sa);
  const gb = gramsOfSeq(sb);
  const qa = quadsOfSeq(sa);
  const qb = quadsOfSeq(sb);
  let la = 0;
  let lb = 0;
  for (let n = 1; n <= 4; n++) {
    const sh = n < 4 ? sharedCount(ga.grams[n - 1]!, gb.grams[n - 1]!) : sharedCount(qa, qb);
    const na = n < 4 ? ga.sizes[n - 1]! : Math.max(0, sa.length - 3);
    const nb = n < 4 ? gb.sizes[n - 1]! : Math.max(0, sb.length - 3);
    la += Math.log((sh + 1) / (na + 1)) / 4;
    lb += Math.log((sh + 1) / (nb + 1)) / 4;
  }
  const bpa = sa.length >= sb.length ? 1 : Math.exp(1 - sb.length / sa.length);
  const bpb = sb.length >= sa.length ? 1 : Math.exp(1 - sa.length / sb.length);
  const x = bpa * Math.exp(la);
  const y = bpb * Math.exp(lb);
  return [Math.min(x, y), Math.max(x, y)];
}

/** The first DECISION_FEATURES measures of `pairFeatures` (all the pair decision reads). */
function decisionFeatures(a: Weighted, b: Weighted): number[] {
  const quote = a.quote.ids.length > 0 && b.quote.ids.length > 0 ? packedDot(a.quote, b.quote) : 0;
  return [packedDot(a.words, b.words), packedDot(a.grams, b.grams), ...lexicalOf(a.f, b.f), quote];
}

/**
 * The measures of `decisionFeatures` that read the two units' own features only (no IDF), kept per
 * pair of feature objects: features are kept per article (features.ts `derivedOf`), and a compare
 * and the next one decide many of the same pairs again (the story decision, the alignment within the
 * story, the report's guard). Keyed by the two units' numbers (features.ts `unitNumber`), never by
 * the objects (a pair must not keep features alive); at most LEXICAL_PAIRS pairs (then cleared).
 */
const lexicalPairs = new Map<number, readonly number[]>();
const LEXICAL_PAIRS = 100_000;
function lexicalOf(fa: UnitFeatures, fb: UnitFeatures): readonly number[] {
  const a = unitNumber(fa);
  const b = unitNumber(fb);
  if (a === 0 || b === 0) lexicalPairs.clear(); // the numbers started again: old pairs are stale
  const key = a * UNIT_NUMBERS + b;
  let x = lexicalPairs.get(key);
  if (!x) {
    x = lexicalFeatures(fa, fb);
    if (lexicalPairs.size >= LEXICAL_PAIRS) lexicalPairs.clear();
    lexicalPairs.set(key, x);
  }
  return x;
}

/** decisionFeatures' measures between the cosines and the quote cosine, in order. */
function lexicalFeatures(fa: UnitFeatures, fb: UnitFeatures): number[] {
  const ga = gramsOfSeq(fa.seq);
  const gb = gramsOfSeq(fb.seq);
  // Shared n-grams (multiset intersection) over each side's count of them.
  const cov = (n: number): [number, number] => {
    const na = ga.sizes[n - 1]!;
    const nb = gb.sizes[n - 1]!;
    if (na === 0 || nb === 0) return [0, 0];
    const sh = sharedCount(ga.grams[n - 1]!, gb.grams[n - 1]!);
    const x = sh / na;
    const y = sh / nb;
    return [Math.min(x, y), Math.max(x, y)];
  };
  const [uniMin, uniMax] = cov(1);
  const [biMin, biMax] = cov(2);
  const [triMin, triMax] = cov(3);
  const cna = ga.contentSize;
  const cnb = gb.contentSize;
  const csh = cna && cnb ? sharedCount(ga.content, gb.content) : 0;
  const contentMin = cna && cnb ? Math.min(csh / cna, csh / cnb) : 0;
  const contentMax = cna && cnb ? Math.max(csh / cna, csh / cnb) : 0;
  const la = fa.seq.length;
  const lb = fb.seq.length;
  const l = la && lb ? lcs(fa.seq, fb.seq) / Math.max(la, lb) : 0;
  const [nm1, nt1] = unmatchedNames(fa, fb);
  const [nm2, nt2] = unmatchedNames(fb, fa);
  const [fm1, ft1] = unmatchedFigures(fa.figures, fb.figures);
  const [fm2, ft2] = unmatchedFigures(fb.figures, fa.figures);
  return [
    uniMin,
    uniMax,
    biMin,
    biMax,
    triMin,
    triMax,
    contentMin,
    contentMax,
    l,
    la && lb ? Math.min(la, lb) / Math.max(la, lb) : 0,
    nt1 + nt2 ? (nm1 + nm2) / (nt1 + nt2) : 0,
    ft1 + ft2 ? (fm1 + fm2) / (ft1 + ft2) : 0,
    ft1 > 0 && ft2 > 0 ? 1 : 0,
    fa.negated !== fb.negated ? 1 : 0,
  ];
}

/**
 * Both units name someone (or something), and no name of either appears in the other: they are
 * about different actors ("Lisa Page left the bureau" / "Strzok … left the team").
 */
export function disjointActors(a: UnitFeatures, b: UnitFeatures): boolean {
  if (a.names.size === 0 || b.names.size === 0) return false;
  return unmatchedNames(a, b)[0] === a.names.size && unmatchedNames(b, a)[0] === b.names.size;
}

/**
 * Words a quotation must share in a row with the other unit to be the same quotation. Three were
 * too few: a story's own phrases ("visit to Britain", "the White House said") are three-word runs
 * that a quote and an unrelated sentence share ("So his visit to Britain will be…" quoted from
 * Amnesty / "So Mr. Trump's visit to Britain provides an opportunity for Mrs. May…"; ukvisit 0.90 →
 * 0.92, no other set changed, `npx tsx bench/eval.ts`). Four or five give the same numbers.
 */
const QUOTE_RUN = 4;
/** Runs of QUOTE_RUN word stems of a stem sequence. */
function wordRuns(seq: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let k = 0; k + QUOTE_RUN <= seq.length; k++) out.add(seq.slice(k, k + QUOTE_RUN).join(' '));
  return out;
}

/**
 * One unit quotes words the other also carries: a quoted span (4+ words, as `quoteGrams`) shares a
 * four-word run (`QUOTE_RUN`) with the other unit ("“For the record, I love my sister…,” Clinton wrote" / "…,”
 * she wrote"). Two different quotes ("slammed the suit as “frivolous”" / "“a left-wing conspiracy
 * theory dressed up as a lawsuit”") share none.
 */
export function sameQuotation(a: Weighted, b: Weighted): boolean {
  for (const [x, y] of [[a, b], [b, a]] as const) {
    if (x.quote.ids.length === 0) continue;
    const spans = quoteRuns(x.f);
    if (spans.length === 0) continue;
    const there = seqRuns(y.f.seq);
    for (const runs of spans) for (const g of runs) if (there.has(g)) return true;
  }
  return false;
}

/**
 * A unit's runs, once per stem sequence (perf34): a pair of units is asked about many times in a
 * compare (each alignment, each pool), and the runs are a function of the sequence alone (the same
 * array is the same words, as `gramsOfSeq` relies on).
 */
const runsOfSeq = new WeakMap<readonly string[], Set<string>>();
function seqRuns(seq: readonly string[]): Set<string> {
  let r = runsOfSeq.get(seq);
  if (!r) runsOfSeq.set(seq, (r = wordRuns(seq)));
  return r;
}
/**
 * The runs of each quoted span of a unit's text that has at least four stems (calendar words left
 * out), once per unit's features (perf34): a function of the text alone, kept with the text it was
 * made from (a features object asked with another text makes them again).
 */
const runsOfQuotes = new WeakMap<UnitFeatures, { text: string; runs: Array<Set<string>> }>();
function quoteRuns(f: UnitFeatures): Array<Set<string>> {
  const text = f.unit.text;
  const kept = runsOfQuotes.get(f);
  if (kept && kept.text === text) return kept.runs;
  const runs: Array<Set<string>> = [];
  for (const q of quotedSpans(text)) {
    const st = tokens(q.text).filter((t) => !isCalendarToken(t)).map((t) => stem(t.w));
    if (st.length >= 4) runs.push(wordRuns(st));
  }
  runsOfQuotes.set(f, { text, runs });
  return runs;
}

/**
 * Two units about different main actors (lib/nlp/actors.ts). A quotation is its own evidence: the
 * same words quoted under two attributions ("Clinton wrote" / "she wrote") are one statement
 * whoever the sentence names, so units sharing a quotation (`sameQuotation`) are never vetoed on
 * their actors. A quotation alone does not exempt: Parscale's "frivolous" and Stone's "left-wing
 * conspiracy theory" are two statements by two people.
 */
export function differentActors(a: Weighted, actA: Set<string> | null, b: Weighted, actB: Set<string> | null): boolean {
  if (!actorsDisagree(actA, a.f.unit.text, actB, b.f.unit.text)) return false;
  // A subject resolved in its article (features.ts `resolvePeople`) is compared as a person, not as
  // words of the text: two units resolved to one person agree. So do two units whose actors are one
  // person although neither text names anyone: a quotation's first sentence (no closing mark yet)
  // continues the speaker named just before, "Jackson" in both outlets — the same sentence word for
  // word was dropped as "about different actors" (docs/notes/audit14.md).
  if (shareActor(actA, actB)) return false;
  return !sameQuotation(a, b);
}

/** facts50: the switch of `groupSubject` in `actorsOf` (benches and tests turn it off). */
export const GROUP_SUBJECT = { on: true };

/**
 * The subject joins its name to someone unnamed ("WikiLeaks, and attorneys for Trump Jr. … also did not
 * respond", "President Trump and members of his Cabinet"): a group, not the named actor alone, so the
 * unit has no one actor to disagree with (facts50).
 */
export function groupSubject(text: string): boolean {
  const from = subjectOffset(text);
  const toks = from === null ? [] : tokens(text.slice(from));
  for (let k = 0; k + 1 < toks.length && k < 12; k++) {
    if (toks[k]!.w === 'and') return k > 0 && !/^\p{Lu}/u.test(toks[k + 1]!.raw);
    if (!/^\p{Lu}/u.test(toks[k]!.raw) && toks[k]!.w !== 'of') return false;
  }
  return false;
}

/** title80: the switches of the story's reading in `actorsOf` (benches turn them off to measure each alone). */
export const STORY_TITLES = { on: true };
export const PERSON_KEYS = { on: true };

const texts = (ws: readonly Weighted[]) => ws.map((w) => w.f.unit.text);
/** An article's work titles and full names (lib/nlp/actors.ts), read once per unit list. */
const titleCache = new WeakMap<readonly Weighted[], Set<string>>();
function titlesOf(ws: readonly Weighted[]): Set<string> {
  let t = titleCache.get(ws);
  if (!t) titleCache.set(ws, (t = workTitles(texts(ws))));
  return t;
}
const nameCache = new WeakMap<readonly Weighted[], FullName[]>();
function namesOf(ws: readonly Weighted[]): FullName[] {
  let n = nameCache.get(ws);
  if (!n) nameCache.set(ws, (n = fullNames(texts(ws))));
  return n;
}

/** Main actor of each unit of an article's unit list (lib/nlp/actors.ts), computed once per list (and per other list). */
const actorCache = new WeakMap<readonly Weighted[], Array<Set<string> | null>>();
const pairActorCache = new WeakMap<readonly Weighted[], WeakMap<readonly Weighted[], Array<Set<string> | null>>>();
/**
 * `other`: the article it is compared with — the story, read across both (title80): (a) a word either article names as a
 * work is no actor ("Detroit opens with …" where only the other review calls “Detroit” a film); (b) a one-word actor
 * carries the keys of the person its full name is (`personKeys`: "Megan" and "Sloss" of one "Megan Sloss" share
 * "megan sloss"), read in its own article's full names — where its reader meets the one word (so read with or without `other`).
 */
export function actorsOf(ws: readonly Weighted[], other?: readonly Weighted[]): Array<Set<string> | null> {
  const own = ownActors(ws);
  if (!other) return own;
  let byOther = pairActorCache.get(ws);
  let a = byOther?.get(other);
  if (a) return a;
  a = own;
  const extra = STORY_TITLES.on ? [...titlesOf(other)].filter((w) => !titlesOf(ws).has(w)) : [];
  if (extra.length && own.some((x) => x && extra.some((w) => x.has(w)))) {
    const t = texts(ws);
    a = resolved(ws, mainActors(t, midSentenceNames(t), new Set([...titlesOf(ws), ...extra])));
    withKeys(a, namesOf(ws));
  }
  if (!byOther) pairActorCache.set(ws, (byOther = new WeakMap()));
  byOther.set(other, a);
  return a;
}

function ownActors(ws: readonly Weighted[]): Array<Set<string> | null> {
  let a = actorCache.get(ws);
  if (!a) {
    a = resolved(ws, mainActors(texts(ws)));
    withKeys(a, namesOf(ws));
    actorCache.set(ws, a);
  }
  return a;
}

/** A one-word actor with its person's keys added (a new set), or itself. */
function keyed(x: Set<string>, names: readonly FullName[]): Set<string> {
  const keys = personKeys([...x][0]!, names);
  return keys ? new Set([...x, ...keys]) : x;
}
function withKeys(a: Array<Set<string> | null>, names: readonly FullName[]): void {
  if (!PERSON_KEYS.on) return;
  a.forEach((x, k) => {
    if (x && x.size === 1) a[k] = keyed(x, names);
  });
}

function resolved(ws: readonly Weighted[], a: Array<Set<string> | null>): Array<Set<string> | null> {
  // A pronoun or role subject resolved in the article (features.ts `resolvePeople`): the person it
  // stands for, not the previous sentence's actor; null when it resolves to nobody for sure.
  ws.forEach((w, k) => {
    const s = w.f.subject;
    if (s !== undefined) a[k] = s && s.length ? new Set(s) : null;
    if (a[k] && GROUP_SUBJECT.on && groupSubject(w.f.unit.text)) a[k] = null;
  });
  return a;
}

/** Logistic model: weights in PAIR_FEATURES order, then the bias. */
export interface PairModel {
  weights: readonly number[];
  bias: number;
  /** Probability at or above which two units state the same fact. */
  threshold: number;
  /** The weights also cover every pairwise product x_i·x_j (i ≤ j) after the features (`pairwise`). */
  pairwise?: boolean;
}

/** The features followed by their pairwise products x_i·x_j, i ≤ j (a quadratic model's inputs). */
export function pairwise(x: readonly number[]): number[] {
  const out = [...x];
  for (let i = 0; i < x.length; i++) for (let j = i; j < x.length; j++) out.push(x[i]! * x[j]!);
  return out;
}

export function pairProbability(features: readonly number[], model: PairModel = SAME_FACT): number {
  const x = model.pairwise ? pairwise(features) : features;
  let z = model.bias;
  for (let k = 0; k < x.length; k++) z += (model.weights[k] ?? 0) * x[k]!;
  return 1 / (1 + Math.exp(-z));
}

/**
 * Do units a and b state the same fact? `probability` is the pair model's (0..1), `same` the
 * decision at the fitted threshold. This is the pair decision `align` applies (see there);
 * `npm run -s cli -- pairs` prints it for sentence pairs.
 */
export function sameFact(a: Weighted, b: Weighted, model: PairModel = SAME_FACT): { probability: number; same: boolean } {
  if (a.f.seq.length === 0 || b.f.seq.length === 0) return { probability: 0, same: false }; // no words, no fact
  // A model that reads no more than the decision's measures skips the alignment shares (compare runs this per pair).
  const x = !model.pairwise && model.weights.length <= DECISION_FEATURES ? decisionFeatures(a, b) : pairFeatures(a, b);
  const probability = pairProbability(x, model);
  return { probability, same: probability >= model.threshold };
}

/**
 * How similar two units are in meaning, 0..1: the STS model (a logistic regression on gold/5 over
 * the same measures as the pair decision, fitted on STS Benchmark train: lib/engine/fitted/align.ts).
 * Empty units score 0.
 */
export function similarityScore(a: Weighted, b: Weighted, model: PairModel = STS_SCORE): number {
  if (a.f.seq.length === 0 || b.f.seq.length === 0) return 0;
  return pairProbability(pairFeatures(a, b), model);
}

/** A sentence as a one-unit body text (the pairs command and the fitting script compare bare sentences). */
export function sentenceUnit(text: string, i = 0): Unit {
  return { i, text, p: 0, start: 0, end: text.length, kind: 'body' };
}

/**
 * The pair decision for bare sentence pairs, as the report makes it: each sentence becomes a unit,
 * IDF is taken over all the sentences given (as the report takes it over the units of the article
 * and its related set), and `sameFact` decides. Used by `npm run -s cli -- pairs` and bench/fit-align.ts.
 */
export function weighPairs(pairs: ReadonlyArray<readonly [string, string]>): Array<[Weighted, Weighted]> {
  // A name opening one sentence is a name when the other writes it capitalised inside (features.ts resolveLeadNames), as the report resolves it within an article.
  const feats = pairs.map(([a, b]) => resolveLeadNames([unitFeatures(sentenceUnit(a, 0)), unitFeatures(sentenceUnit(b, 1))]) as [UnitFeatures, UnitFeatures]);
  const words = new Idf().addAll(feats.flatMap(([a, b]) => [a.words, b.words]));
  const grams = new Idf().addAll(feats.flatMap(([a, b]) => [a.grams, b.grams]));
  return feats.map(([a, b]) => [weigh(a, words, grams), weigh(b, words, grams)]);
}

/**
 * For each pair: `score`, how similar the two are in meaning (`similarityScore`, 0..1, over the
 * measures the pair decision reads), and `same`, the pair decision (`sameFact`).
 */
export function decidePairs(
  pairs: ReadonlyArray<readonly [string, string]>,
  model: PairModel = SAME_FACT,
  scoreModel: PairModel = STS_SCORE,
): Array<{ score: number; same: boolean; probability: number }> {
  return weighPairs(pairs).map(([a, b]) => {
    const f = sameFact(a, b, model);
    return { score: similarityScore(a, b, scoreModel), same: f.same, probability: f.probability };
  });
}

export interface AlignParams {
  /** Minimum robust z-score against the pair's own null distribution. */
  zMin: number;
  /** A pair within this ratio of its row's or column's best also counts (one-to-many). */
  ratio: number;
  /** Absolute floor on similarity. */
  floor: number;
  /** Weaker evidence accepted for a MUTUAL best pair that beats the runner-up in its row and column by `margin`×. */
  zMutual: number;
  floorMutual: number;
  margin: number;
  /** Same, for a pair that is the best of only its row or only its column: it must beat the runner-up by this factor. */
  marginOneSided: number;
  /** The pair decision (default: the fitted SAME_FACT, lib/engine/fitted/align.ts). */
  model?: PairModel;
  /** A pair accepted on weak evidence only is dropped when the pair decision gives it less than this probability. */
  vetoBelow: number;
  /** The floors rise with the matrix's size (`floorsFor`); absent: fixed floors (the story decision's alignment). */
  growth?: FloorGrowth;
  /** The report's clause check of aligned units (report.ts `untoldClauses`); absent: none. */
  clauses?: ClauseTold;
  /** The report's union check of free units (report.ts `toldByNeighbours`); absent: none. */
  union?: boolean;
  /** Added to the word cosine of the unit similarity (`WordBonus`); absent: none. */
  wordBonus?: WordBonus;
  /** The predicate veto (`PredicateVeto`, `sharePredicate`); absent: none. */
  predicates?: PredicateVeto;
}

/**
 * Two units sharing only the story's frequent words and names are not one fact: a pair below `cap`
 * similarity is dropped unless the two share a predicate word — a content stem that is no name (not
 * capitalised in the unit) and not frequent in the story (its unit IDF above ln(1 + 1/`share`), i.e.
 * used by fewer than about `share` of the story's units) — the same stem, or a synonym (`table`).
 * Only in matrices of more than `minCells` cells (absent: every matrix).
 */
export interface PredicateVeto {
  cap: number;
  share: number;
  minCells?: number;
  table?: SynonymTable;
}

/** The unit's predicate words (PredicateVeto): content stems, no name, rarer than `share` in the story. */
export function predicateWords(w: Weighted, share: number): Set<string> {
  const lim = Math.log(1 + 1 / share);
  const out = new Set<string>();
  w.f.lex.forEach((st, k) => {
    if (w.f.names.has(st) || w.f.names.has(w.f.lexWords[k]!)) return; // names are kept as stems ("whit", "hous")
    if (w.lexIdf[k]! <= lim) return;
    out.add(st);
  });
  return out;
}

/** Do a and b share a predicate word, the same stem or a synonym (PredicateVeto)? */
export function sharePredicate(a: Weighted, b: Weighted, veto: PredicateVeto): boolean {
  const pa = predicateWords(a, veto.share);
  const pb = predicateWords(b, veto.share);
  for (const x of pa) {
    if (pb.has(x)) return true;
    const syns = veto.table?.get(x);
    if (syns) for (const y of syns) if (pb.has(y)) return true;
  }
  return false;
}

/** The veto applies to this pair in a matrix of `cells` cells. */
export function predicateVetoed(a: Weighted, b: Weighted, s: number, cells: number, veto: PredicateVeto | undefined): boolean {
  if (!veto || s >= veto.cap || cells <= (veto.minCells ?? 0)) return false;
  return !sharePredicate(a, b, veto);
}

/**
 * An aligned unit is told by the other article only when each of its clauses (lib/nlp/clauses.ts
 * `predications`) is: a clause with at least `minContent` content words whose best unit there does
 * not reach the alignment's floor (`floor`: the strong floor, `mutual`: the mutual one, both grown with
 * the matrix as `floorsFor`) is a second fact. Fitted: lib/engine/fitted/align.ts CLAUSE_TOLD.
 */
export interface ClauseTold {
  minContent: number;
  floor: 'strong' | 'mutual';
  /** Share of the clause's content stems the other article never uses, at least (0: any clause below the floor). */
  fresh: number;
  /** Only in matrices of more than this many cells (fact units here × there); absent: every matrix. */
  minCells?: number;
  /**
   * A clause is also told by a CLAUSE of a unit there (that unit cut the same way, each clause with at
   * least `minContent` content words, no attribution), not only by a whole unit: the other outlet may fold
   * the same clause into a sentence of its own (facts16). The number is how much higher the floor is for
   * such a clause-to-clause match, which chance reaches more often than a clause-to-sentence one (measured:
   * lib/engine/fitted/align.ts CLAUSE_TO_CLAUSE_RAISE). Absent (as shipped): whole units only.
   */
  againstClauses?: number;
}

/**
 * How the floors rise with the number of cells of the matrix. `floor` and `floorMutual` are quantiles
 * of the similarity of unrelated sentence pairs (99.99% and 99.9%, `bench/calibrate.ts`): per CELL, one
 * chance pair in 10,000 reaches the strong floor. A matrix of n·m cells is n·m chances, so a fixed
 * floor lets a long story's matrix (50 × 55 units: 2,750 cells) through about twelve times as many
 * chance pairs as a short one's (15 × 15). Keeping the expected number of chance pairs per MATRIX
 * constant means taking the quantile at 1 − α/(n·m): the floor rises by `perDecade` (the slope of the
 * unrelated pairs' upper tail: +0.04 similarity per tenfold rarer, measured between their 99% and
 * 99.99% quantiles by bench/calibrate.ts) for every tenfold of cells above `cells`, the matrix size at
 * which the calibrated floor is kept (fitted: lib/engine/fitted/align.ts FLOOR_GROWTH).
 */
export interface FloorGrowth {
  perDecade: number;
  cells: number;
  /** The mutual / one-sided floor rises too. */
  mutual: boolean;
}

/** How much the floors rise for a matrix of `cells` cells (0 without growth or below `growth.cells`). */
export function floorRise(growth: FloorGrowth | undefined, cells: number): number {
  return growth && cells > growth.cells ? growth.perDecade * Math.log10(cells / growth.cells) : 0;
}

/** The floors of `align` for a matrix of `cells` cells (see FloorGrowth). */
export function floorsFor(params: Pick<AlignParams, 'floor' | 'floorMutual' | 'growth'>, cells: number): { floor: number; floorMutual: number } {
  const up = floorRise(params.growth, cells);
  return { floor: params.floor + up, floorMutual: params.floorMutual + (params.growth?.mutual ? up : 0) };
}

/**
 * The two floors are calibrated, not tuned: `npx tsx bench/calibrate.ts` compares the sentences of
 * the labelled stories with those of 60 unrelated real articles (the zyte pages). Over ~250,000
 * such unrelated pairs, 99.9% score below 0.12 and 99.99% below 0.17 (max 0.23). So a strong match
 * needs what 1 unrelated pair in 10,000 reaches; a mutual best with a margin, 1 in 1,000.
 */
export const DEFAULT_ALIGN: AlignParams = { zMin: 3.5, ratio: 0.8, floor: 0.17, zMutual: 3, floorMutual: 0.12, margin: 1.2, marginOneSided: 2, vetoBelow: VETO_BELOW };

/**
 * The report's alignment (compare.ts): DEFAULT_ALIGN with floors that rise with the matrix's size
 * (`FloorGrowth`), the clause check (`ClauseTold`) and the predicate veto (`PredicateVeto`). The story decision keeps DEFAULT_ALIGN: its model was fitted on that alignment.
 */
export const REPORT_ALIGN: AlignParams = {
  ...DEFAULT_ALIGN,
  growth: FLOOR_GROWTH,
  ...(CLAUSE_TOLD ? { clauses: CLAUSE_TOLD } : {}),
  ...(PREDICATE_VETO ? { predicates: PREDICATE_VETO } : {}),
};

export interface Edge {
  a: number; // index into A's units (Unit.i)
  b: number; // index into B's units
  s: number;
  z: number;
  /** Accepted on the strong rule (not only as a mutual best with a margin). */
  strong: boolean;
}

export interface ConflictEdge extends Edge {
  about: string;
}

export interface Alignment {
  matches: Edge[];
  conflicts: ConflictEdge[];
}

export function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** A row's or column's best and runner-up similarity (the runner-up 0 when there is none). */
export function top2(xs: number[]): readonly [number, number] {
  let m1 = -1,
    m2 = -1;
  for (const x of xs) {
    if (x > m1) [m1, m2] = [x, m1];
    else if (x > m2) m2 = x;
  }
  return [m1, Math.max(m2, 0)] as const;
}

// figureConflict / comparable: lib/engine/conflicts.ts (same quantity about the same thing).
export { figureConflict } from './conflicts';

/**
 * The fact units of two articles and their similarity matrix, as align() and the report's reworded
 * rule read them: `ix`/`iy` the fact units' positions in A/B, `ai`/`bi` those units, `S[x][y]` the
 * similarity of ai[x] and bi[y], `actA`/`actB` every unit's main actor (by position in A/B).
 */
export function factMatrix(A: Weighted[], B: Weighted[], syn?: WordBonus): FactMatrix {
  // The report asks again for pairs it has aligned (mutualBest after align, on the same arrays).
  let cache = matrices;
  if (syn) {
    cache = synMatrices.get(syn) ?? new WeakMap();
    synMatrices.set(syn, cache);
  }
  let byB = cache.get(A);
  if (!byB) cache.set(A, (byB = new WeakMap()));
  let m = byB.get(B);
  if (!m) byB.set(B, (m = computeFactMatrix(A, B, syn)));
  return m;
}
type FactMatrix = ReturnType<typeof computeFactMatrix>;
/** factMatrix's results per pair of unit lists (the same arrays give the same matrix: they are never changed). */
const matrices = new WeakMap<Weighted[], WeakMap<Weighted[], FactMatrix>>();
/** The same, per word bonus (a matrix with one is another matrix). */
const synMatrices = new WeakMap<WordBonus, WeakMap<Weighted[], WeakMap<Weighted[], FactMatrix>>>();

function computeFactMatrix(A: Weighted[], B: Weighted[], syn?: WordBonus) {
  const ix = A.map((_, i) => i).filter((i) => A[i]!.f.fact);
  const iy = B.map((_, j) => j).filter((j) => B[j]!.f.fact);
  const ai = ix.map((i) => A[i]!);
  const bi = iy.map((j) => B[j]!);
  const S = ai.length && bi.length ? (syn ? ai.map((a) => bi.map((b) => unitSimilarity(a, b, syn))) : similarities(ai, bi)) : [];
  return { ix, iy, ai, bi, S, actA: actorsOf(A, B), actB: actorsOf(B, A) };
}

/**
 * Weights by term id, zero between uses: a row's vector is scattered into it while its dot products
 * with the columns are read. The sums are packedDot's: each column's terms in ascending id order,
 * the terms the row lacks adding +0 (every weight is positive). Ids are an Idf's (a compare's own terms).
 */
let dense = new Float64Array(1024);
function scatteredDots(a: Packed, bs: readonly Packed[], out: Float64Array): void {
  const { ids, vals } = a;
  for (let k = 0; k < ids.length; k++) dense[ids[k]!] = vals[k]!;
  for (let y = 0; y < bs.length; y++) {
    const b = bs[y]!;
    let d = 0;
    for (let j = 0; j < b.ids.length; j++) d += dense[b.ids[j]!]! * b.vals[j]!;
    out[y] = d;
  }
  for (let k = 0; k < ids.length; k++) dense[ids[k]!] = 0;
}
/** `unitSimilarity` of every pair (no word bonus), the same numbers: each row scattered once (perf48). */
function similarities(ai: Weighted[], bi: Weighted[]): number[][] {
  let top = 0;
  for (const w of [...ai, ...bi]) for (const p of [w.words, w.grams, w.quote]) if (p.ids.length) top = Math.max(top, p.ids[p.ids.length - 1]!);
  if (dense.length <= top) dense = new Float64Array(2 ** Math.ceil(Math.log2(top + 1)));
  const [bw, bg, bq] = [bi.map((b) => b.words), bi.map((b) => b.grams), bi.map((b) => b.quote)];
  const [wd, gd, qd] = [new Float64Array(bi.length), new Float64Array(bi.length), new Float64Array(bi.length)];
  return ai.map((a) => {
    scatteredDots(a.words, bw, wd);
    scatteredDots(a.grams, bg, gd);
    const quoted = a.quote.ids.length > 0;
    if (quoted) scatteredDots(a.quote, bq, qd);
    return bi.map((b, y) => {
      const s = 0.5 * wd[y]! + 0.5 * gd[y]!;
      return quoted && b.quote.ids.length > 0 ? (s + qd[y]!) / 2 : s;
    });
  });
}

/** What `matrixRules` says of one cell: its similarity, its z against the matrix's null, and the rules it meets. */
export interface CellRule {
  s: number;
  z: number;
  strong: boolean;
  mutual: boolean;
  oneSided: boolean;
}

/**
 * align()'s first step, shared with the bench's counts of its decisions: the matrix's null (the floors for its size, the
 * median and robust spread of its cells), each row's and column's best two, and `rule(x, y)` — the cell's z and whether it
 * is strong (over the floor and z_min, near its row's or column's best), a mutual best or a one-sided best (over the
 * mutual floor and z, by a margin over the runner-up). `rule` fills and returns one object (no allocation per cell).
 */
export function matrixRules(S: number[][], cols: number, params: AlignParams) {
  const all = S.flat();
  const { floor, floorMutual } = floorsFor(params, all.length);
  const med = median(all);
  const mad = 1.4826 * median(all.map((x) => Math.abs(x - med)));
  const spread = Math.max(mad, 0.02);
  const rowTop = S.map((r) => top2(r));
  const colTop = Array.from({ length: cols }, (_, j) => top2(S.map((r) => r[j]!)));
  const cell: CellRule = { s: 0, z: 0, strong: false, mutual: false, oneSided: false };
  const rule = (x: number, y: number): CellRule => {
    const s = S[x]![y]!;
    const z = (s - med) / spread;
    const [rm, r2] = rowTop[x]!;
    const [cm, c2] = colTop[y]!;
    cell.s = s;
    cell.z = z;
    cell.strong = s >= floor && z >= params.zMin && (s >= params.ratio * rm || s >= params.ratio * cm);
    cell.mutual = s === rm && s === cm && s >= floorMutual && z >= params.zMutual && s >= params.margin * r2 && s >= params.margin * c2;
    cell.oneSided =
      s >= floorMutual && z >= params.zMutual && ((s === rm && s >= params.marginOneSided * r2) || (s === cm && s >= params.marginOneSided * c2));
    return cell;
  };
  return { cells: all.length, floor, floorMutual, med, spread, rowTop, colTop, rule };
}

export function align(A: Weighted[], B: Weighted[], params: AlignParams = DEFAULT_ALIGN): Alignment {
  const { ix, iy, ai, bi, S, actA, actB } = factMatrix(A, B, params.wordBonus);
  if (ai.length === 0 || bi.length === 0) return { matches: [], conflicts: [] };
  const rules = matrixRules(S, bi.length, params);
  const rowMax = rules.rowTop.map((t) => t[0]);
  const colMax = rules.colTop.map((t) => t[0]);
  const matches: Edge[] = [];
  const conflicts: ConflictEdge[] = [];
  const amb = { a: ambiguousFigures(A), b: ambiguousFigures(B) };
  for (let x = 0; x < ai.length; x++) {
    for (let y = 0; y < bi.length; y++) {
      const { s, z, strong, mutual, oneSided } = rules.rule(x, y);
      // The pair decision admits a paraphrase the floors miss, when nothing in its row or column
      // beats it; and it vetoes a pair accepted on weak evidence only (mutual or one-sided best)
      // that it is sure states another fact, or whose units name different actors. Pairs on the
      // strong rule stand (translations and heavy rewording score low on a lexical model).
      // Shared names alone do not make one fact: two units about different main actors are two
      // facts, however many words they share ("Page's departure came later that year" / "Strzok
      // quit the team later that year"; lib/nlp/actors.ts). Units quoting someone are exempt
      // (`differentActors`). Measured with `npx tsx bench/eval.ts`: no change on the dev sets.
      // A pair on no rule is out whatever its actors and predicates: asked first (most cells), the
      // same pairs as asking it after the two vetoes (they only read), for less time (perf47b).
      if (!strong && !mutual && !oneSided && !(s > 0 && (s === rowMax[x] || s === colMax[y]))) continue;
      if (differentActors(ai[x]!, actA[ix[x]!]!, bi[y]!, actB[iy[y]!]!)) continue;
      if (predicateVetoed(ai[x]!, bi[y]!, s, rules.cells, params.predicates)) continue;
      if (!strong) {
        const fact = sameFact(ai[x]!, bi[y]!, params.model ?? SAME_FACT);
        const ok = fact.same || ((mutual || oneSided) && fact.probability >= params.vetoBelow && !disjointActors(ai[x]!.f, bi[y]!.f));
        if (!ok) continue;
      }
      const edge = { a: ai[x]!.f.unit.i, b: bi[y]!.f.unit.i, s, z, strong };
      const about = figureConflict(ai[x]!.f.figures, bi[y]!.f.figures, amb, sharedActor(actA[ix[x]!]!, actB[iy[y]!]!));
      // A conflict is a strong claim ("these outlets disagree"): only on the strong rule. A weak
      // pair whose figures differ is more likely two different facts: neither match nor conflict.
      if (about) {
        if (strong) conflicts.push({ ...edge, about });
      } else matches.push(edge);
    }
  }
  return { matches, conflicts };
}

