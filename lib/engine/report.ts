/**
 * Report building: the alignments of the article with its same-story articles → what is shared,
 * what the others added, what they left out, and conflicts (lib/types.ts Report).
 *
 * The rules, per pair (this article X, related article R):
 *   - A fact unit of X aligned with a unit of R is shared with R. It is still LEFT OUT by R when it
 *     carries a detail R never gives (a second fact: see `novelDetails`).
 *   - A fact unit of X with no counterpart in R (and no conflict with R) is LEFT OUT by R; a fact
 *     unit of R with no counterpart in X is ADDED — unless the two are the same fact told
 *     differently: an unaligned unit of X and an unaligned unit of R that are each other's best
 *     counterpart (mutual best of the whole X×R similarity matrix, by a margin: `mutualBest`) are one
 *     fact reworded ("left the bureau" / "quit the F.B.I."), so neither is added nor left out; they
 *     count as shared (`told: 'differently'` on the source). Hence the invariant: a unit is never
 *     both added and left out for the same pair of articles because of one fact told two ways.
 *   - Added units are grouped into one card across related articles when the related articles'
 *     own alignment pairs them (paraphrases of one fact in three outlets are one card).
 * Ranking and the reasons shown are in rank.ts.
 */
import type { AddedFact, Article, Conflict, LeftOutFact, NovelSpan, RelatedArticle, Report, SharedFact } from '../types';
import { figureValues, fold, isFunctionWord, quantities, sameFigure, tokens, type Quantity } from '../nlp';
import { SAME_FACT } from './fitted/align';
import { actorsOf, align, differentActors, predicateVetoed, factMatrix, floorRise, floorsFor, figureConflict, sameFact, sentenceUnit, unitSimilarity, weigh, type AlignParams, type Alignment, type ClauseTold, type Weighted } from './align';
import { predications, type ClauseSpan } from '../nlp/clauses';
import { ambiguousFigures, sharedActor } from './conflicts';
import { isNearCopy, storySources } from './copy';
import { sourceKey } from '../outlets';
import { hasVerb, unitFeatures, type Idf, type UnitFeatures } from './features';
import { contentStem } from './keys';
import { SPEECH_VERBS } from '../quotes/lexicon';
import { nameAliases } from '../nlp/aliases';
import { calendarAt, datelineLength, mainActors, midSentenceNames, nameMay, postSignatureLength } from '../nlp/actors';
import { coverageFeatures, isMissing, type CascadeState, type CoverageModel } from './coverage';
import { COVERAGE } from './fitted/coverage';

export interface StoryArticle {
  article: Article;
  /** Story similarity (0..1). */
  score: number;
  feats: UnitFeatures[];
  /** Weighted fact-unit vectors (IDF over the article and its related set). */
  weighted: Weighted[];
}

export interface ReportInput {
  article: Article;
  feats: UnitFeatures[];
  weighted: Weighted[];
  related: StoryArticle[];
  /** align(article, related[k]) for each k. */
  withHere: Alignment[];
  params: AlignParams;
  /** The coverage decision (coverage.ts); default the fitted one (fitted/coverage.ts), null: the cascade alone. */
  coverage?: CoverageModel | null;
  /** Receives every (unit, other article) row of the coverage decision's features (bench/fit-coverage.ts). */
  collect?: (row: CoverageRow) => void;
  /** The unit IDF `weighted` was weighed with: the clause check (`untoldClauses`) weighs clauses with it. Absent: no clause check. */
  idf?: { words: Idf; grams: Idf };
}

/** One coverage question: is unit `i` of article `of` told by article `other`? `x`: coverage.ts features. */
export interface CoverageRow {
  dir: 'left' | 'added';
  of: string;
  i: number;
  other: string;
  x: number[];
}

const CALENDAR = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

/** Month abbreviations of news style ("Dec. 6", "Sept. 11"), folded. */
const MONTH_ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/**
 * "Dec. 6", "Nov. 18th", "Dec. 2019", and without the stop as wires and British outlets write it ("Feb 23"): an
 * abbreviated month before a day or a year is a date, not a name ("Jan Novak" stays a name: no figure follows).
 */
function abbreviatedDate(text: string, toks: ReadonlyArray<{ w: string; end: number }>, k: number): boolean {
  const t = toks[k]!;
  return MONTH_ABBREVIATIONS.has(t.w) && /^\.?\s*\d/.test(text.slice(t.end, t.end + 4)) && /^\d/.test(toks[k + 1]?.w ?? '');
}

/** Titles written before a name with a full stop ("Mr. Stone", "Sen. Graham"): not part of the name, and their stop ends no sentence. */
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'prof', 'rev', 'st', 'jr', 'sr']);

/**
 * Runs of capitalised words (a cheap named-entity finder), split at punctuation; dates left out.
 * A stop after a title or an initial does not split ("Mr. Stone" → stone, "Roger J. Stone Jr." →
 * roger j stone); titles are left out of the run.
 */
export function entityRuns(text: string): string[][] {
  const toks = tokens(text);
  const runs: Array<{ words: string[]; atStart: boolean }> = [];
  let run: { words: string[]; atStart: boolean } = { words: [], atStart: false };
  let prevEnd = -1;
  let prevTok: (typeof toks)[number] | null = null;
  for (const [k, t] of toks.entries()) {
    const cap =
      /^\p{Lu}/u.test(t.raw) &&
      (nameMay(toks, k) || (!isFunctionWord(t.w) && !(CALENDAR.has(t.w) && calendarAt(toks, k)) && !abbreviatedDate(text, toks, k)));
    const gap = prevEnd < 0 ? text.slice(0, t.start) : text.slice(prevEnd, t.start);
    const abbrev = prevTok !== null && /^\.\s+$/.test(gap) && /^\p{Lu}/u.test(prevTok.raw) && (TITLES.has(prevTok.w) || prevTok.raw.length === 1);
    const broken = prevEnd >= 0 && !abbrev && /[,;:()"“”‘’'—–]|[.!?]\s/.test(gap);
    prevTok = t;
    if (!cap || broken) {
      if (run.words.length) runs.push(run);
      run = { words: [], atStart: false };
    }
    if (cap && TITLES.has(t.w) && /^\./.test(text.slice(t.end, t.end + 1))) {
      // A title opens the name that follows; the name is not a sentence start.
      if (run.words.length === 0) run.atStart = false;
    } else if (cap) {
      if (run.words.length === 0) run.atStart = !abbrev && (prevEnd < 0 || /[.!?]["”’']?\s+["“‘']?$|["“‘]\s*$/.test(gap));
      run.words.push(t.w.replace(/'s$/, ''));
    }
    prevEnd = t.end;
  }
  if (run.words.length) runs.push(run);
  // A lone capitalised word opening a sentence is just the sentence start.
  return runs.filter((r) => !(r.atStart && r.words.length === 1)).map((r) => r.words);
}

/** "F.B.I." → "FBI", "U.S." → "US": one outlet's dotted acronym is another's plain one. */
export function undot(text: string): string {
  return text.replace(/\b(?:\p{Lu}\.){2,}/gu, (m) => m.replace(/\./g, '') + ' ').replace(/ (?=[\s,;:)])/g, '');
}

export interface OtherText {
  folded: string;
  words: Set<string>;
  figures: Set<number>;
  /** Content stems of the whole article (keys.ts contentStem). */
  stems: Set<string>;
  /** Initials of the article's multi-word names ("democratic national committee" → "dnc"). */
  initials: Set<string>;
}

/** An article's words, stems and figures depend only on the article: computed once per article object. */
const foldedCache = new WeakMap<object, OtherText>();
export function foldedText(a: Pick<Article, 'title' | 'units'>): OtherText {
  let t = foldedCache.get(a);
  if (!t) foldedCache.set(a, (t = computeFolded(a)));
  return t;
}

function computeFolded(a: Pick<Article, 'title' | 'units'>): OtherText {
  const text = undot(`${a.title}\n${a.units.map((u) => u.text).join('\n')}`);
  const words = new Set(tokens(text).map((t) => t.w.replace(/'s$/, '')));
  const stems = new Set<string>();
  for (const t of tokens(text)) {
    const c = contentStem(t.w);
    if (c) stems.add(c);
  }
  const initials = new Set<string>();
  for (const run of entityRuns(text)) if (run.length >= 2) initials.add(run.map((w) => w[0]).join(''));
  return { folded: fold(text), words, figures: new Set(figureValues(text).map((q) => q.value)), stems, initials };
}

/**
 * Details a unit carries that another article lacks entirely, though the unit's main fact is
 * there: two or more names none of whose words the other article contains ("produced by ProPublica
 * … with The Texas Tribune"), or a measure (`isMeasure`: money, a count, a share, a duration) the other never gives. Such a unit
 * is reported as added (or left out) although it aligns: a sentence can carry two facts.
 */
export function novelDetails(text: string, other: OtherText, otherFigures: Set<number> = other.figures, counterparts: ReadonlyArray<readonly Quantity[]> = []): string[] {
  // A dateline ("WEST PALM BEACH, Fla. — …") says where the story was filed: no detail of the fact (facts11); an
  // embedded post's signature ("… — Jane Roe (@janeroe) August 9, 2015") who posted it and when: none either.
  const unitText = text.slice(datelineLength(text), text.length - postSignatureLength(text));
  const novel: string[] = [];
  // A word is known to the other article when it is one of its words, or (5+ letters) part of one:
  // glued translations ("Clintonthe") still count as naming Clinton.
  const known = (w: string) =>
    other.words.has(w) ||
    (w.length >= 5 && other.folded.includes(w)) ||
    nameAliases(w).some((x) => (x.includes(' ') ? other.folded.includes(x) : other.words.has(x)));
  // Names in a short attribution clause ("As Emily Feng reports for NPR") say who tells it, not what.
  const told = clauses(undot(unitText)).filter((c) => !isAttribution(c)).join(', ');
  const explained = explainedAcronyms(unitText);
  for (const run of entityRuns(told)) {
    if (run.every((w) => w.length <= 2)) continue; // "X", "US": too short to tell
    if (run.length === 1 && explained.has(run[0]!)) continue; // "(CDC)" after "Centre for Disease Control": one name
    // "Democratic National Committee" / "D.N.C.": a name and its acronym are one name.
    if (run.length === 1 ? other.initials.has(run[0]!) : run.length >= 2 && known(run.map((w) => w[0]).join(''))) continue;
    if (run.every((w) => !known(w))) novel.push(run.join(' '));
  }
  const out = novel.length >= 2 ? novel : [];
  out.push(...novelClauses(unitText, other));
  const figures = quantities(unitText);
  for (const q of figures) {
    if (isMeasure(q, unitText) && q.value === q.max && !otherFigures.has(q.value) && !replacesFigure(q, figures, counterparts)) out.push(q.text);
  }
  return out;
}

/**
 * Which figures measure the fact a unit tells, so that one the other article never gives is a second
 * fact (`novelDetails`): an amount of money, a count of 10 or more, and (facts11) a share ("3.8
 * percent", "up to 60 per cent") and a duration anchored by a preposition ("closed for 48 hours",
 * "within 24 hours"), or a person's age ("a 55-year-old man"; `text`: the unit the figure was read
 * in). Any other duration written as a modifier ("an 11-minute video") describes a thing, not how
 * long something lasted; small counts, years and weekdays are not measures. Chosen on the nine dev
 * sets by `npx tsx bench/facts-figures.ts` (one bench/eval.ts run per point; docs/notes/facts11.md):
 * money and counts only 0.9057, + anchored durations 0.9113, + shares 0.9121, + ages 0.9125,
 * every duration 0.9098 (seeds 0.983 → 0.959: the 11-minute video). Held out (seven sets, read once
 * at the end) the shipped point read 0.9006 → 0.8994 (europa 0.894 → 0.886): the dev gain did not
 * carry, so main's rule ships — money and counts only; the other kinds stay measurable here.
 */
export const MEASURE_KINDS: { percent: boolean; duration: 'anchored' | 'all' | 'none'; age: boolean } = { percent: false, duration: 'none', age: false };
export function isMeasure(q: Quantity, text = ''): boolean {
  if (q.kind === 'money' || (q.kind === 'count' && q.value >= 10)) return true;
  if (q.kind === 'percent') return MEASURE_KINDS.percent;
  if (q.kind !== 'duration') return false;
  if (MEASURE_KINDS.duration === 'all' || (MEASURE_KINDS.duration === 'anchored' && q.anchor !== undefined && q.anchor !== '|')) return true;
  return MEASURE_KINDS.age && q.head === 'year' && /^[\s-]*years?[\s-]*old\b/i.test(text.slice(q.end));
}

/**
 * A figure that takes the place of the aligned counterpart's own figure of the same kind is the same
 * fact told with another number ("gained 28,000" / "amassed more than 100,000 supporters";
 * "killed an estimated 25 million" / "more than 50 million"): a discrepancy, not a second fact.
 * Only one for one: a unit that gives a second figure of the kind ("killed 5 and injured 30"
 * against "killed 5") still carries a second fact.
 */
/** A toll told as a count or as a share ("killed 25 million" / "killing up to 60 percent of Europe's population") is one measure. */
const measureOf = (q: Quantity): string => (q.kind === 'percent' ? 'count' : q.kind);

export function replacesFigure(q: Quantity, own: readonly Quantity[], counterparts: ReadonlyArray<readonly Quantity[]>): boolean {
  // One for one: the only figure of its kind here against the only figure of its kind there. A unit
  // with two counts ("3,248 cases … with 584 deaths") tells more than the counterpart's one.
  const one = (figs: readonly Quantity[]) => {
    const same = figs.filter((f) => measureOf(f) === measureOf(q));
    return same.length === 1 ? same[0]! : null;
  };
  if (one(own) !== q) return false;
  return counterparts.some((figs) => {
    const c = one(figs);
    return c !== null && !sameFigure(q, c);
  });
}

/**
 * Acronyms a sentence spells out itself: "the Centre for Disease Control (CDC)", "Immigration and
 * Customs Enforcement (ICE)" — the letters in parentheses are the initials of the capitalised words
 * just before (function words between them skipped). Folded.
 */
export function explainedAcronyms(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\(\s*(\p{Lu}{2,6})\s*\)/gu)) {
    const caps = tokens(text.slice(0, m.index))
      .filter((t) => /^\p{Lu}/u.test(t.raw) && !isFunctionWord(t.w))
      .map((t) => t.w[0]);
    const acro = m[1]!.toLowerCase();
    if (caps.slice(-acro.length).join('') === acro) out.add(acro);
  }
  return out;
}

const ATTRIBUTION = new Set([...SPEECH_VERBS, 'report', 'reports', 'reported', 'reporting', 'according', 'per', 'citing', 'cites', 'cited']);
/** Words of a short attribution clause: "As Emily Feng reports for NPR", "citing the regional health commission". */
const ATTRIBUTION_MAX_WORDS = 6;

/** A participle of saying that opens what was said ("…, saying it went well"; "…, adding the sex was consensual"). */
const SAYING_OPENS = /^(?:saying|adding)\s+\S+\s+\S/i;

/**
 * Who says it is not a second fact: a short clause with a verb of saying or reporting. What was said is, even when short:
 * a clause that opens with "saying" / "adding" and two words more is the claim, not its attribution (facts48).
 */
export function isAttribution(clause: string): boolean {
  const t = tokens(clause);
  return t.length <= ATTRIBUTION_MAX_WORDS && t.some((x) => ATTRIBUTION.has(x.w)) && !SAYING_OPENS.test(clause.trimStart());
}

/**
 * Clauses of a sentence: split at punctuation that joins clauses (, ; : — – parentheses) and before
 * words that open a second clause ("as part of", "after", "while", "which", "because", "sparking").
 */
export function clauses(text: string): string[] {
  return text
    .split(/\s*[,;:()—–]\s*|\s+-\s+|\s+(?=(?:as part of|in order to|after|while|whereas|which|because|although|though|so that)\s)/i)
    .map((c) => c.trim())
    .filter(Boolean);
}

/**
 * A clause none of whose content words the other article uses anywhere, with at least
 * CLAUSE_MIN_NOVEL of them ("… like the sudden onset of fever, body aches, vomiting and nausea").
 * Chosen with `npx tsx bench/eval.ts` over (minimum 3–6) × (share of the clause's content stems that
 * must be new: ½, ¾, all), F1 added on seeds / harbor / doobie / plague: none 0.98/0.87/0.61/0.84;
 * 3 & ½ 0.72/0.84/0.67/0.88 (translations read as new clauses); 3 & all 0.97/0.91/0.65/0.86 (kept);
 * then a word counts as known also when it lies inside one of the other's words (5+ letters:
 * "Venezuela" in "Venezuelan"), as in `novelDetails`: 0.98/0.91/0.65/0.86.
 */
export const CLAUSE_MIN_NOVEL = 3;
export function novelClauses(unitText: string, other: OtherText): string[] {
  const out: string[] = [];
  for (const c of clauses(undot(unitText))) {
    if (isAttribution(c)) continue;
    const st = [...new Set(tokens(c).map((t) => contentStem(t.w)).filter((x): x is string => x !== null))];
    // Known: a stem of the other article, or (5+ letters) inside one of its words ("Venezuela" in "Venezuelan").
    const fresh = st.filter((x) => !other.stems.has(x) && !(x.length >= 5 && other.folded.includes(x)));
    if (fresh.length >= CLAUSE_MIN_NOVEL && fresh.length === st.length) out.push(c);
  }
  return out;
}

/** The clause check's actor test (facts49; `untoldClauses`): a switch so benches and tests can measure without it. */
export const CLAUSE_ACTORS = { on: true };

/**
 * Clauses of an aligned unit that the other article does not tell (facts7): the unit is cut where
 * English marks a second predication (lib/nlp/clauses.ts), and each clause with at least
 * `check.minContent` content words that is not an attribution ("officials said") is weighed with the
 * story's unit IDF and compared with every fact unit of the other article (`B`) by the alignment's own
 * similarity; a clause whose best unit there stays below the alignment's floor for this matrix
 * (`cells` = fact units here × fact units there, grown as `floorsFor`) is a second fact — unless, with
 * `check.againstClauses`, a clause of a unit there reaches that floor raised by `againstClauses` (the
 * other outlet told it inside a sentence of its own: "…, whose officers are stationed at…"; facts16).
 * A unit there tells a clause only when the two are not about different main actors (align.ts `differentActors`, the test
 * align() pairs units with): "… and Moscow has denied meddling in the election" is not told by "Trump has strongly denied
 * colluding with the Russians" (facts49). `known`: the names the clause's own article writes inside sentences
 * (lib/nlp/actors.ts midSentenceNames), so that a clause's opening name is read as a name; absent, no actor test.
 */
export function untoldClauses(text: string, B: readonly Weighted[], other: OtherText, cells: number, params: AlignParams, check: ClauseTold, idf: { words: Idf; grams: Idf }, known?: Set<string>): ClauseSpan[] {
  const cl = predications(text);
  if (cl.length < 2 || B.length === 0) return [];
  const floors = floorsFor(params, cells);
  const need = check.floor === 'strong' ? floors.floor : floors.floorMutual;
  const actB = CLAUSE_ACTORS.on && known ? actorsOf(B) : null;
  return cl.filter((c) => {
    if (isAttribution(c.text)) return false;
    const f = unitFeatures(sentenceUnit(c.text));
    if (f.lex.length < check.minContent) return false;
    if (check.fresh > 0) {
      const st = [...new Set(tokens(c.text).map((t) => contentStem(t.w)).filter((x): x is string => x !== null))];
      const fresh = st.filter((x) => !other.stems.has(x) && !(x.length >= 5 && other.folded.includes(x)));
      if (st.length === 0 || fresh.length < check.fresh * st.length) return false;
    }
    const w = weigh(f, idf.words, idf.grams);
    const act = actB ? mainActors([c.text], known)[0]! : null;
    let best = 0;
    B.forEach((b, k) => {
      if (actB && differentActors(w, act, b, actB[k]!)) return;
      best = Math.max(best, unitSimilarity(w, b, params.wordBonus));
    });
    if (best >= need) return false;
    if (check.againstClauses !== undefined) {
      const needC = need + check.againstClauses;
      for (const b of clausesOf(B, check.minContent, idf)) if (unitSimilarity(w, b, params.wordBonus) >= needC) return false;
    }
    return true;
  });
}

/**
 * The clauses of B's units that `predications` cuts in two or more, each with at least `minContent` content words and no
 * attribution, weighed, with the index of the unit each belongs to (ClauseTold.againstClauses; bench/facts16-clausethere.ts).
 */
export function unitClauses(B: readonly Weighted[], minContent: number, idf: { words: Idf; grams: Idf }): Array<{ i: number; w: Weighted }> {
  const out: Array<{ i: number; w: Weighted }> = [];
  for (const b of B) {
    const cl = predications(b.f.unit.text);
    if (cl.length < 2) continue;
    for (const c of cl) {
      if (isAttribution(c.text)) continue;
      const f = unitFeatures(sentenceUnit(c.text));
      if (f.lex.length >= minContent) out.push({ i: b.f.unit.i, w: weigh(f, idf.words, idf.grams) });
    }
  }
  return out;
}

/** The names an article writes inside sentences (lib/nlp/actors.ts midSentenceNames), once per article. */
const namesCache = new WeakMap<object, Set<string>>();
function namesOf(a: Pick<Article, 'units'>): Set<string> {
  let n = namesCache.get(a);
  if (!n) namesCache.set(a, (n = midSentenceNames(a.units.map((u) => u.text))));
  return n;
}

/** `unitClauses`, weighed clauses only, once per B. */
const clauseCache = new WeakMap<readonly Weighted[], Weighted[]>();
function clausesOf(B: readonly Weighted[], minContent: number, idf: { words: Idf; grams: Idf }): Weighted[] {
  let out = clauseCache.get(B);
  if (!out) {
    out = unitClauses(B, minContent, idf).map((c) => c.w);
    clauseCache.set(B, out);
  }
  return out;
}

/**
 * A fact told over two sentences (facts7): a free unit `u` is told by the other article when two
 * neighbouring fact units there, read as one text, reach the alignment's strong floor for this matrix
 * (`floorsFor`) and beat the better of the two alone by the alignment's `margin` (together they tell
 * what neither tells). Returns the better unit of the pair (its position in `B`), or -1.
 */
export function toldByNeighbours(u: Weighted, B: readonly Weighted[], pairs: readonly Weighted[], cells: number, params: AlignParams): number {
  const { floor, floorMutual } = floorsFor(params, cells);
  let best = -1;
  let bestS = 0;
  for (let j = 0; j + 1 < B.length; j++) {
    const s = unitSimilarity(u, pairs[j]!, params.wordBonus);
    if (s < floor || s <= bestS) continue;
    const one = Math.max(unitSimilarity(u, B[j]!, params.wordBonus), unitSimilarity(u, B[j + 1]!, params.wordBonus));
    if (s < params.margin * one || one >= floorMutual) continue;
    best = j;
    bestS = s;
  }
  if (best < 0) return -1;
  return unitSimilarity(u, B[best]!, params.wordBonus) >= unitSimilarity(u, B[best + 1]!, params.wordBonus) ? best : best + 1;
}

/** Each fact unit joined with the next one, weighed as one text (toldByNeighbours). */
const neighbourCache = new WeakMap<readonly Weighted[], Weighted[]>();
function neighbourPairs(B: readonly Weighted[], idf: { words: Idf; grams: Idf }): Weighted[] {
  let out = neighbourCache.get(B);
  if (!out) {
    out = [];
    for (let j = 0; j + 1 < B.length; j++) out.push(weigh(unitFeatures(sentenceUnit(`${B[j]!.f.unit.text} ${B[j + 1]!.f.unit.text}`)), idf.words, idf.grams));
    neighbourCache.set(B, out);
  }
  return out;
}

/** Outlets are counted by name; an article of unknown outlet counts as its own (lib/outlets.ts sourceKey). */
export function outletKey(a: Pick<Article, 'outlet' | 'id'>): string {
  return sourceKey(a);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * Pairs (unit of A, unit of B) that are each other's best counterpart among all fact units of both
 * articles, reach the strong rule's calibrated floor (`params.floor`) and beat every other cell of
 * their row and column by `params.margin`×; only pairs of units in `freeA` / `freeB` (unaligned) are
 * returned. The floor rises with the matrix's size as align()'s strong floor does (`params.growth`). This is align.ts's evidence without its z-test: in two short articles (5×6 units) the
 * matrix is too small for a null distribution, and a reworded fact ("quit the F.B.I. in May" /
 * "resigned from the FBI in May", 0.20, 1.9× the runner-up) fails z ≥ 3 though nothing else comes close.
 * On the labelled seeds and harbor story, every unaligned mutual best below the floor was two
 * different facts (0.12–0.15, margins 1.02–2.7).
 */
export function mutualBest(
  A: Weighted[],
  B: Weighted[],
  freeA: Set<number>,
  freeB: Set<number>,
  params: Pick<AlignParams, 'floor' | 'margin' | 'growth' | 'wordBonus' | 'predicates'>,
): Array<{ a: number; b: number; s: number; conflict: string | null }> {
  if (freeA.size === 0 || freeB.size === 0) return [];
  const { ix: ia, iy: ib, ai: a, bi: b, S, actA, actB } = factMatrix(A, B, params.wordBonus);
  if (a.length === 0 || b.length === 0) return [];
  // The strong floor of this matrix: it rises with the matrix's size as align()'s does (align.ts FloorGrowth).
  const floor = params.floor + floorRise(params.growth, a.length * b.length);
  const colBest = b.map((_, j) => {
    let best = 0;
    for (let i = 1; i < a.length; i++) if (S[i]![j]! > S[best]![j]!) best = i;
    return best;
  });
  const out: Array<{ a: number; b: number; s: number; conflict: string | null }> = [];
  const amb = { a: ambiguousFigures(A), b: ambiguousFigures(B) };
  a.forEach((x, i) => {
    if (!freeA.has(x.f.unit.i)) return;
    let best = 0;
    for (let j = 1; j < b.length; j++) if (S[i]![j]! > S[i]![best]!) best = j;
    const s = S[i]![best]!;
    if (colBest[best] !== i || s < floor || !freeB.has(b[best]!.f.unit.i)) return;
    let second = 0;
    for (let j = 0; j < b.length; j++) if (j !== best) second = Math.max(second, S[i]![j]!);
    for (let i2 = 0; i2 < a.length; i2++) if (i2 !== i) second = Math.max(second, S[i2]![best]!);
    if (s < params.margin * second) return;
    // Shared names alone do not make one fact: the two must be about the same actor.
    if (differentActors(x, actA[ia[i]!]!, b[best]!, actB[ib[best]!]!)) return;
    if (predicateVetoed(x, b[best]!, s, a.length * b.length, params.predicates)) return;
    out.push({ a: x.f.unit.i, b: b[best]!.f.unit.i, s, conflict: figureConflict(x.f.figures, b[best]!.f.figures, amb, sharedActor(actA[ia[i]!]!, actB[ib[best]!]!)) });
  });
  return out;
}

/**
 * The report's own "same fact" decision for two units of two articles that alignment left apart:
 * the pair decision (`sameFact`, fitted on MRPC, at its own threshold) and the same main actor
 * (lib/nlp/actors.ts: "Page's departure" is not "Strzok … left the team"). `actX` / `actY`: the
 * units' main actors in their articles (`actorsOf`).
 */
export function oneFact(x: Weighted, y: Weighted, actX: Set<string> | null, actY: Set<string> | null): { same: boolean; probability: number } {
  if (differentActors(x, actX, y, actY)) return { same: false, probability: 0 };
  const { probability } = sameFact(x, y, SAME_FACT);
  return { same: probability >= SAME_FACT.threshold, probability };
}

/**
 * The invariant's guard: pairs (unit of A left unaligned, unit of B left unaligned) that `oneFact`
 * calls one fact, matched one to one, most probable first. Whatever pair is left free on both sides
 * afterwards, `oneFact` calls two facts — so no unit is left out while its own fact, reworded, is
 * added from the same article. (On the labelled sets alignment has already taken every such pair:
 * this changes no number of `npx tsx bench/eval.ts`; it makes the invariant hold by construction.)
 */
export function sameFactPairs(
  A: Weighted[],
  B: Weighted[],
  freeA: Set<number>,
  freeB: Set<number>,
): Array<{ a: number; b: number; x: Weighted; y: Weighted; probability: number; sameActor: boolean }> {
  if (freeA.size === 0 || freeB.size === 0) return [];
  const actA = actorsOf(A);
  const actB = actorsOf(B);
  const cand: Array<{ a: number; b: number; x: Weighted; y: Weighted; probability: number; sameActor: boolean }> = [];
  A.forEach((x, i) => {
    if (!x.f.fact || !freeA.has(x.f.unit.i)) return;
    B.forEach((y, j) => {
      if (!y.f.fact || !freeB.has(y.f.unit.i)) return;
      const d = oneFact(x, y, actA[i]!, actB[j]!);
      if (d.same) cand.push({ a: x.f.unit.i, b: y.f.unit.i, x, y, probability: d.probability, sameActor: sharedActor(actA[i]!, actB[j]!) });
    });
  });
  cand.sort((p, q) => q.probability - p.probability || p.a - q.a || p.b - q.b);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  return cand.filter((p) => {
    if (usedA.has(p.a) || usedB.has(p.b)) return false;
    usedA.add(p.a);
    usedB.add(p.b);
    return true;
  });
}

/**
 * Links units that the coverage decision calls told by the other article but that have no
 * counterpart (neither aligned nor reworded): each to its most similar unit on the other side that
 * the decision does not call missing, one to one (`rew`: unit here → unit there). `free.here(i)` /
 * `free.there(j)`: the unit needs a counterpart; `partnerHere` / `partnerThere`: the unit may be one.
 * A unit with no such partner stays unlinked.
 */
function linkCovered(
  A: Weighted[],
  B: Weighted[],
  rew: Map<number, number>,
  free: { here: (i: number) => boolean; there: (j: number) => boolean; partnerHere: (i: number) => boolean; partnerThere: (j: number) => boolean },
): void {
  const { ai, bi, S } = factMatrix(A, B);
  if (ai.length === 0 || bi.length === 0) return;
  const taken = new Set(rew.values());
  // The most similar of n units that `ok` admits (-1 when none).
  const nearest = (n: number, ok: (k: number) => boolean, sim: (k: number) => number): number => {
    let best = -1;
    for (let k = 0; k < n; k++) if (ok(k) && (best < 0 || sim(k) > sim(best))) best = k;
    return best;
  };
  ai.forEach((w, x) => {
    const i = w.f.unit.i;
    if (!free.here(i) || rew.has(i)) return;
    const y = nearest(bi.length, (k) => !taken.has(bi[k]!.f.unit.i) && free.partnerThere(bi[k]!.f.unit.i), (k) => S[x]![k]!);
    if (y < 0) return;
    rew.set(i, bi[y]!.f.unit.i);
    taken.add(bi[y]!.f.unit.i);
  });
  bi.forEach((w, y) => {
    const j = w.f.unit.i;
    if (!free.there(j) || taken.has(j)) return;
    const x = nearest(ai.length, (k) => !rew.has(ai[k]!.f.unit.i) && free.partnerHere(ai[k]!.f.unit.i), (k) => S[k]![y]!);
    if (x < 0) return;
    rew.set(ai[x]!.f.unit.i, j);
    taken.add(j);
  });
}

/**
 * Spans sorted by start, overlapping or touching ones merged.
 */
export function mergeSpans(spans: readonly NovelSpan[]): NovelSpan[] {
  const out: NovelSpan[] = [];
  for (const sp of [...spans].sort((x, y) => x.start - y.start || x.end - y.end)) {
    const last = out[out.length - 1];
    if (last && sp.start <= last.end) {
      last.end = Math.max(last.end, sp.end);
      if (sp.detail) last.detail = true;
    } else out.push({ start: sp.start, end: sp.end, ...(sp.detail ? { detail: true as const } : {}) });
  }
  return out;
}

/**
 * Where the parts of a unit that another article lacks stand in the unit's text: the untold
 * clauses' own offsets, and each detail of `novelDetails` found in the text as a whole word or words
 * (`wordAt`); a detail not in `clauseDetails` (a name run or a measure) marks its span, and a merged span
 * holding one, `detail`. Null when a detail cannot be found: the card then marks nothing rather than
 * marking too little.
 */
export function novelSpans(text: string, clausesUntold: readonly ClauseSpan[], details: readonly string[], clauseDetails: ReadonlySet<string> = new Set()): NovelSpan[] | null {
  // A clause can start with the closing quote of the clause before it ("called 'Surviving Cecot,' produced by"): not its own.
  // A part the splitter cut off its predicate is not marked (mark54, `cutOff`); when it was the only part, the card marks nothing.
  const spans: NovelSpan[] = clausesUntold.filter((c) => !cutOff(text, c.start, c.text)).map((c) => {
    let start = c.start;
    while (start + 1 < c.end && /['"’”]/.test(text[start]!) && /\s/.test(text[start + 1]!)) start += 2;
    return { start, end: c.end };
  });
  for (const d of details) {
    const found = wordAt(text, d);
    if (found === null) return null;
    spans.push({ ...found, ...(clauseDetails.has(d) ? {} : { detail: true as const }) });
  }
  return spans.length ? mergeSpans(spans) : null;
}

/**
 * Where a detail stands in a unit's text as whole words (report82): as written, else ignoring case — entity runs come
 * folded, so "hbo" is the unit's HBO, never the letters inside "neighbor", and a count "19" is never the "19" of "1998". A
 * detail that opens or closes with a letter or digit (of any script: "ANA" is not the start of "Anaïs") has none beside
 * it there. Null when it stands nowhere so.
 */
export function wordAt(text: string, d: string): { start: number; end: number } | null {
  if (d.length === 0) return null;
  const body = d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const source = `${/^[\p{L}\p{N}]/u.test(d) ? '(?<![\\p{L}\\p{N}])' : ''}${body}${/[\p{L}\p{N}]$/u.test(d) ? '(?![\\p{L}\\p{N}])' : ''}`;
  for (const flags of ['u', 'iu']) {
    const m = new RegExp(source, flags).exec(text);
    if (m) return { start: m.index, end: m.index + m[0].length };
  }
  return null;
}

/**
 * twin79: the marks of a unit aligned with the other article, unless they cover every letter and digit of it. The pair is
 * one fact by the alignment (the unit's Shared card lists the other's sentence), so marks over the whole sentence ("only
 * this part is missing" of all of it) say the other tells it and lacks all of it at once. Then no part is marked: `[]`,
 * told in part with no part marked (both72's convention); the verdicts F1 reads (who leaves out, what is added) are kept.
 */
export function partMarks(text: string, spans: NovelSpan[] | null): NovelSpan[] | null {
  if (!spans?.length) return spans;
  for (let k = 0; k < text.length; k++) if (/[\p{L}\p{N}]/u.test(text[k]!) && !spans.some((s) => s.start <= k && k < s.end)) return spans;
  return [];
}

/**
 * A part of a sentence (at `start` in `text`) that the clause splitter cut off its own predicate (mark54): no verb of its
 * own (`hasVerb`) and either the sentence's opening (after a dateline or a quotation mark: its subject or a fronted phrase,
 * "Democrats' landmark campaign finance", "“Congressman Adam Schiff", "In a speech earlier this month") or a relative
 * pronoun whose verb lies past the cut ("who in my opinion beyond …"). Marked alone it would tell the reader the sentence's
 * main fact is told elsewhere and this phrase is the news. A verbless part later in the sentence (an apposition, "his
 * longtime lawyer and fixer"; a tail, "at 10 a.m. via Live Nation") is a detail of its own and stays marked.
 */
export function cutOff(text: string, start: number, part: string): boolean {
  if (hasVerb(part)) return false;
  return /^[\s"'“‘”’]*$/.test(text.slice(datelineLength(text), Math.max(start, 0))) || /^[\s"'“‘”’]*(?:who|whom|whose|which|that)\b/i.test(part);
}

/** The details of `novelDetails` that are clauses (`novelClauses`), not name runs or measures: their spans are no `detail`. */
export function clauseKinds(text: string, other: OtherText): ReadonlySet<string> {
  return new Set(novelClauses(text.slice(datelineLength(text), text.length - postSignatureLength(text)), other));
}

/** The details of `novelDetails` a card may mark: not a clause-kind detail (`novelClauses`) that is `cutOff`. */
export function markableDetails(text: string, other: OtherText, details: readonly string[]): readonly string[] {
  if (details.length === 0) return details;
  const body = text.slice(datelineLength(text), text.length - postSignatureLength(text));
  const lower = text.toLowerCase();
  const at = (c: string) => (text.indexOf(c) >= 0 ? text.indexOf(c) : lower.indexOf(c.toLowerCase()));
  const phrases = new Set(novelClauses(body, other).filter((c) => at(c) >= 0 && cutOff(text, at(c), c)));
  return phrases.size ? details.filter((d) => !phrases.has(d)) : details;
}

/**
 * The unit nearest to one unit of a pair of articles, read off the fact matrix the report aligned
 * them with (`factMatrix(A, B, params.wordBonus)`, cached: align() computed it for this pair):
 * `row` — unit `unit` of A and the unit of B most similar to it; `column` — unit `unit` of B and
 * the unit of A most similar to it. The first of equal bests; null when the unit is no fact unit or
 * nothing there shares a weighted word with it (similarity 0). Display only (the card's "closest").
 */
export function nearestUnit(A: Weighted[], B: Weighted[], unit: number, dir: 'row' | 'column', params: Pick<AlignParams, 'wordBonus'>): { i: number; s: number } | null {
  const { ai, bi, S } = factMatrix(A, B, params.wordBonus);
  if (ai.length === 0 || bi.length === 0) return null;
  const own = dir === 'row' ? ai : bi;
  const at = own.findIndex((w) => w.f.unit.i === unit);
  if (at < 0) return null;
  const n = dir === 'row' ? bi.length : ai.length;
  const cell = (k: number) => (dir === 'row' ? S[at]![k]! : S[k]![at]!);
  let best = 0;
  for (let k = 1; k < n; k++) if (cell(k) > cell(best)) best = k;
  const s = cell(best);
  if (!(s > 0)) return null;
  return { i: (dir === 'row' ? bi : ai)[best]!.f.unit.i, s: round(s) };
}

/**
 * The similarity of unit i of A with unit j of B in the pair's own matrix (factMatrix, cached: the alignment built
 * it), 0 when either is not a fact unit there. A Shared card's listed sentence carries it (rank.ts: how sure).
 */
export function pairSimilarity(A: Weighted[], B: Weighted[], i: number, j: number, params: Pick<AlignParams, 'wordBonus'>): number {
  const { ai, bi, S } = factMatrix(A, B, params.wordBonus);
  const x = ai.findIndex((w) => w.f.unit.i === i);
  const y = bi.findIndex((w) => w.f.unit.i === j);
  return x >= 0 && y >= 0 ? round(S[x]![y]!) : 0;
}

/** audit68: a sentence an article tells twice makes one card (`on` is false only in bench/audit68-twice.ts). */
export const TWICE = { on: true };

/**
 * The fact units of an article that repeat an earlier fact unit's words (a teaser told again as the lead after its
 * dateline, "MEMPHIS, TN (localmemphis.com)--…"; a caption told twice): the article tells that sentence once, its first
 * copy makes its card (audit67 rule T, in the report only: every unit keeps its features, alignment and weight).
 * A dateline: an opening with no verb set off by a dash.
 */
function toldAgain(units: ReadonlyArray<{ text: string }>, fact: ReadonlyArray<boolean>): Set<number> {
  const seen = new Set<string>();
  const out = new Set<number>();
  units.forEach((u, i) => {
    if (!fact[i] || !TWICE.on) return;
    const m = /--|[–—]|\s-\s/u.exec(u.text);
    const head = m ? u.text.slice(0, m.index) : '';
    const w = tokens(/\p{L}/u.test(head) && !hasVerb(head) ? u.text.slice(m!.index + m![0].length) : u.text).map((t) => t.w).join(' ');
    if (seen.has(w)) out.add(i);
    seen.add(w);
  });
  return out;
}

/** The report from the story's alignments (unranked: rank.ts orders it). */
export function buildReport(input: ReportInput): Report {
  const { article, related, withHere, params } = input;
  const hereFact = input.feats.map((f) => f.fact);
  const order = new Map(related.map((c, k) => [c.article.id, k]));
  const byRelated = (x: string, y: string) => order.get(x)! - order.get(y)!;

  // Sources for every count below: one outlet, or near-copies of each other (a wire story run by
  // several outlets), count once (copy.ts storySources). Shadows the module's outletKey on purpose.
  const sources = storySources(article, related.map((c) => c.article));
  const outletKey = sources.keyOf;

  const coveredBy = article.units.map(() => new Set<string>());
  const conflictWith = article.units.map(() => new Set<string>());
  const reworded = related.map(() => new Map<number, number>()); // k → (unit here → unit there)
  const relText = related.map((c) => foldedText(c.article));
  const hereText = foldedText(article);

  // Per related article: what is unaligned on each side, and the fact told differently.
  const leftOutBy = article.units.map(() => new Set<string>());
  const extraConflicts: Array<{ a: number; b: number; k: number; about: string }> = [];
  const addedFrom = related.map(() => new Set<number>());
  // What each missing unit lacks, per other article (display only, no decision reads it): the parts
  // an aligned unit's second fact stands in, or null when the whole unit is missing there.
  const novelHere = article.units.map(() => new Map<string, NovelSpan[] | null>());
  const novelThere = related.map(() => new Map<number, NovelSpan[] | null>());
  related.forEach((c, k) => {
    const al = withHere[k]!;
    const id = c.article.id;
    for (const e of al.matches) coveredBy[e.a]!.add(id);
    for (const e of al.conflicts) conflictWith[e.a]!.add(id);
    const matchedThere = new Set(al.matches.map((e) => e.b));
    const conflictedThere = new Set(al.conflicts.map((e) => e.b));
    const freeHere = new Set<number>();
    article.units.forEach((u, i) => {
      if (hereFact[i] && !coveredBy[i]!.has(id) && !conflictWith[i]!.has(id)) freeHere.add(i);
    });
    const freeThere = new Set<number>();
    c.article.units.forEach((u, j) => {
      if (c.feats[j]!.fact && !matchedThere.has(j) && !conflictedThere.has(j)) freeThere.add(j);
    });
    for (const p of mutualBest(input.weighted, c.weighted, freeHere, freeThere, params)) {
      // Same fact, different figures: a conflict, as on an aligned pair.
      if (p.conflict) extraConflicts.push({ a: p.a, b: p.b, k, about: p.conflict });
      else reworded[k]!.set(p.a, p.b);
      freeHere.delete(p.a);
      freeThere.delete(p.b);
    }
    // The invariant's guard: what is still free on both sides is two facts by the report's own decision.
    for (const p of sameFactPairs(input.weighted, c.weighted, freeHere, freeThere)) {
      const conflict = figureConflict(p.x.f.figures, p.y.f.figures, { a: ambiguousFigures(input.weighted), b: ambiguousFigures(c.weighted) }, p.sameActor);
      if (conflict) extraConflicts.push({ a: p.a, b: p.b, k, about: conflict });
      else reworded[k]!.set(p.a, p.b);
      freeHere.delete(p.a);
      freeThere.delete(p.b);
    }
    // A fact told over two sentences by the other article: told, linked to the nearer of the two.
    if (params.union && input.idf) {
      const cells = input.weighted.length * c.weighted.length;
      const pairsThere = neighbourPairs(c.weighted, input.idf);
      const pairsHere = neighbourPairs(input.weighted, input.idf);
      const rew = reworded[k]!;
      const taken = new Set(rew.values());
      // Free units of `from` told by two neighbouring units of `to` leave `free`: [unit, its counterpart].
      const toldTogether = (from: readonly Weighted[], to: readonly Weighted[], free: Set<number>, pairs: ReturnType<typeof neighbourPairs>) => {
        const out: Array<[number, number]> = [];
        for (const w of from) {
          const u = w.f.unit.i;
          if (!free.has(u)) continue;
          const v = toldByNeighbours(w, to, pairs, cells, params);
          if (v < 0) continue;
          free.delete(u);
          out.push([u, to[v]!.f.unit.i]);
        }
        return out;
      };
      for (const [i, j] of toldTogether(input.weighted, c.weighted, freeHere, pairsThere)) if (!taken.has(j)) (rew.set(i, j), taken.add(j));
      for (const [j, i] of toldTogether(c.weighted, input.weighted, freeThere, pairsHere)) if (!rew.has(i) && !taken.has(j)) (rew.set(i, j), taken.add(j));
    }
    // An article that is only a summary (a feed's teaser, Article.summaryOnly) leaves out nearly
    // everything: it is never an outlet that "left out" a fact. What it does say still counts.
    const summaryOnly = c.article.summaryOnly === true;
    // A second fact inside an aligned unit: a detail the other article never gives.
    // The aligned counterparts' figures: a figure that replaces one of them is not a second fact.
    const figsThere = (i: number) => al.matches.filter((e) => e.a === i).map((e) => c.feats[e.b]!.figures);
    const figsHere = (j: number) => al.matches.filter((e) => e.b === j).map((e) => input.feats[e.a]!.figures);
    const secondHere = new Set<number>();
    const secondThere = new Set<number>();
    // A clause of the unit that the other article does not tell (untoldClauses), when checked.
    const cellsK = input.weighted.length * c.weighted.length;
    const check = params.clauses && input.idf && cellsK > (params.clauses.minCells ?? 0) ? { c: params.clauses, idf: input.idf, cells: cellsK } : null;
    const clauseHere = (text: string) => (check !== null ? untoldClauses(text, c.weighted, relText[k]!, check.cells, params, check.c, check.idf, namesOf(article)) : []);
    const clauseThere = (text: string) => (check !== null ? untoldClauses(text, input.weighted, hereText, check.cells, params, check.c, check.idf, namesOf(c.article)) : []);
    // The decision is the one it always was (a detail, or else an untold clause); the spans of a unit
    // with a second fact take both, so the card can mark every part the other article lacks.
    const spansHere = new Map<number, NovelSpan[] | null>();
    const spansThere = new Map<number, NovelSpan[] | null>();
    // A second fact of a unit (a detail or a clause the other article lacks): the marks of the parts it lacks; undefined: none.
    // `figs`: the counterparts' figures (a figure that replaces one of theirs is not a second fact).
    const partsOf = (text: string, other: OtherText, figs: ReadonlyArray<readonly Quantity[]>, clause: (t: string) => ClauseSpan[]) => {
      const details = novelDetails(text, other, other.figures, figs);
      const untold = clause(text);
      if (details.length === 0 && untold.length === 0) return undefined;
      return partMarks(text, novelSpans(text, untold, markableDetails(text, other, details), details.length ? clauseKinds(text, other) : undefined));
    };
    const secondAt = (i: number, figs: ReadonlyArray<readonly Quantity[]>) => {
      const p = partsOf(article.units[i]!.text, relText[k]!, figs, clauseHere);
      if (p !== undefined) (secondHere.add(i), spansHere.set(i, p));
    };
    const secondOf = (j: number, figs: ReadonlyArray<readonly Quantity[]>) => {
      const p = partsOf(c.article.units[j]!.text, hereText, figs, clauseThere);
      if (p !== undefined) (secondThere.add(j), spansThere.set(j, p));
    };
    article.units.forEach((u, i) => {
      if (hereFact[i] && coveredBy[i]!.has(id) && !conflictWith[i]!.has(id)) secondAt(i, figsThere(i));
    });
    c.article.units.forEach((u, j) => {
      if (matchedThere.has(j) && !conflictedThere.has(j) && c.feats[j]!.fact) secondOf(j, figsHere(j));
    });
    // A fact told differently (mutualBest, sameFactPairs, the union) is read as an aligned pair is: told, and left out
    // (or added) for a part the other article lacks, its partner's figures the counterpart (issue 8 item 2; differ80).
    for (const [i, j] of reworded[k]!) {
      secondAt(i, [c.feats[j]!.figures]);
      secondOf(j, [input.feats[i]!.figures]);
    }
    // The cascade's decision: unaligned, or aligned with a second fact.
    const missHere = new Set([...freeHere, ...secondHere]);
    const missThere = new Set([...freeThere, ...secondThere]);
    // Units in a conflict (aligned, or told differently with other figures) are present on both sides.
    const fixedHere = new Set([...conflictWith.flatMap((s, i) => (s.has(id) ? [i] : [])), ...extraConflicts.filter((e) => e.k === k).map((e) => e.a)]);
    const fixedThere = new Set([...conflictedThere, ...extraConflicts.filter((e) => e.k === k).map((e) => e.b)]);
    const model = input.coverage === undefined ? COVERAGE : input.coverage;
    if (model || input.collect) {
      const edgesOf = (pick: (e: { a: number; b: number }) => [number, number]) => {
        const m = new Map<number, number[]>();
        for (const e of al.matches) {
          const [x, y] = pick(e);
          m.set(x, [...(m.get(x) ?? []), y]);
        }
        return m;
      };
      const rew = reworded[k]!;
      const stateHere: CascadeState = { matched: edgesOf((e) => [e.a, e.b]), reworded: new Map(rew), missing: missHere, secondFact: secondHere, freeOther: freeThere, strong: new Set(al.matches.filter((e) => e.strong).map((e) => e.a)) };
      const stateThere: CascadeState = { matched: edgesOf((e) => [e.b, e.a]), reworded: new Map([...rew].map(([a, b]) => [b, a])), missing: missThere, secondFact: secondThere, freeOther: freeHere, strong: new Set(al.matches.filter((e) => e.strong).map((e) => e.b)) };
      const xHere = coverageFeatures(input.weighted, c.weighted, stateHere, relText[k]!);
      const xThere = coverageFeatures(c.weighted, input.weighted, stateThere, hereText);
      if (input.collect) {
        for (const [i, x] of xHere) if (!fixedHere.has(i)) input.collect({ dir: 'left', of: article.id, i, other: id, x });
        for (const [j, x] of xThere) if (!fixedThere.has(j)) input.collect({ dir: 'added', of: id, i: j, other: article.id, x });
      }
      if (model) {
        // The fitted decision replaces the cascade's (conflicts stay as the cascade found them).
        missHere.clear();
        missThere.clear();
        for (const [i, x] of xHere) if (!fixedHere.has(i) && isMissing(x, model)) missHere.add(i);
        for (const [j, x] of xThere) if (!fixedThere.has(j) && isMissing(x, model)) missThere.add(j);
        // A fact told differently is one fact on both sides only when neither side is missing.
        for (const [a, b] of [...rew]) if (missHere.has(a) || missThere.has(b)) rew.delete(a);
        // A unit the decision calls told by the other article, with no counterpart yet, is linked to
        // its most similar unit there that is not missing either (shared, told differently).
        const toldHere = (i: number) => !fixedHere.has(i) && !missHere.has(i);
        const toldThere = (j: number) => !fixedThere.has(j) && !missThere.has(j);
        linkCovered(input.weighted, c.weighted, rew, {
          here: (i) => toldHere(i) && !coveredBy[i]!.has(id),
          there: (j) => toldThere(j) && !matchedThere.has(j),
          partnerHere: toldHere,
          partnerThere: toldThere,
        });
      }
    }
    if (!summaryOnly) for (const i of missHere) (leftOutBy[i]!.add(id), novelHere[i]!.set(id, spansHere.get(i) ?? null));
    const again = toldAgain(c.article.units, c.feats.map((f) => f.fact));
    for (const j of missThere) if (!again.has(j)) (addedFrom[k]!.add(j), novelThere[k]!.set(j, spansThere.get(j) ?? null));
  });

  const relatedOut: RelatedArticle[] = related.map((c, k) => {
    const al = withHere[k]!;
    const copied = sources.withRead[k]!; // copiedShares(article, c.article), shingled once (copy.ts)
    const rew = new Map([...reworded[k]!].map(([a, b]) => [b, a]));
    return {
      id: c.article.id,
      title: c.article.title,
      outlet: c.article.outlet,
      date: c.article.date,
      url: c.article.url,
      score: round(c.score),
      relation: isNearCopy(copied) ? 'near-copy' : 'same-story',
      ...(c.article.summaryOnly ? { summaryOnly: true as const } : {}),
      copied,
      sourceKey: outletKey(c.article),
      ...(sources.copyOf.has(c.article.id) ? { copyOf: sources.copyOf.get(c.article.id)! } : {}),
      units: c.article.units.map((u, j) => {
        const r = rew.get(j);
        return {
          i: u.i,
          text: u.text,
          matches: al.matches.filter((e) => e.b === j).map((e) => e.a).sort((x, y) => x - y),
          fact: c.feats[j]!.fact,
          ...(r !== undefined ? { reworded: [r] } : {}),
        };
      }),
    };
  });

  // Shared: facts here that at least one related article carries (aligned, or told differently).
  const allOutlets = new Set([outletKey(article), ...related.map((c) => outletKey(c.article))]);
  const shared: SharedFact[] = [];
  const leftOut: LeftOutFact[] = [];
  const again = toldAgain(article.units, hereFact);
  article.units.forEach((u, i) => {
    if (!hereFact[i] || again.has(i)) return;
    const sources: SharedFact['sources'] = [];
    related.forEach((c, k) => {
      const s = (j: number) => pairSimilarity(input.weighted, c.weighted, i, j, params);
      for (const e of withHere[k]!.matches) if (e.a === i) sources.push({ id: c.article.id, i: e.b, s: s(e.b) });
      const r = reworded[k]!.get(i);
      if (r !== undefined) sources.push({ id: c.article.id, i: r, told: 'differently', s: s(r) });
    });
    if (sources.length) {
      const outlets = new Set([outletKey(article), ...sources.map((s) => outletKey(related[order.get(s.id)!]!.article))]);
      shared.push({ i, text: u.text, sources, count: outlets.size, total: allOutlets.size });
    }
    const missingFrom = [...leftOutBy[i]!].sort(byRelated);
    if (missingFrom.length) {
      const outlets = new Set(missingFrom.map((id) => outletKey(related[order.get(id)!]!.article)));
      const others = new Set(related.filter((c) => !c.article.summaryOnly).map((c) => outletKey(c.article)));
      // The articles that tell the sentence but for a part, each with the parts it lacks (`partly`);
      // the others leaving it out lack the whole sentence. The marks: the union of those parts. One the Shared card
      // lists tells part of it even when no part could be marked (both72): `novel` empty, never "lacks it all".
      const listed = new Set(sources.map((s) => s.id));
      const partly = missingFrom.flatMap((id) => {
        const spans = novelHere[i]!.get(id) ?? (listed.has(id) ? [] : null);
        return spans ? [{ id, novel: spans }] : [];
      });
      const novel = mergeSpans(partly.flatMap((p) => p.novel));
      // Per article leaving it out, its sentence nearest to this one (the aligned pair's own matrix).
      const closest = missingFrom.flatMap((id) => {
        const c = related[order.get(id)!]!;
        const near = nearestUnit(input.weighted, c.weighted, i, 'row', params);
        return near ? [{ id, ...near }] : [];
      });
      leftOut.push({
        i,
        text: u.text,
        missingFrom,
        outlets: outlets.size,
        total: others.size,
        ...(novel.length ? { novel } : {}),
        ...(partly.length ? { partly } : {}),
        ...(closest.length ? { closest } : {}),
      });
    }
  });

  // Added: grouped across related articles by aligning the related articles with each other.
  const added = groupAdded(related, addedFrom, params, outletKey, novelThere);
  // Each added card: this article's sentence nearest to the card's sentence (the first source's).
  for (const card of added) {
    const first = card.sources[0]!;
    const near = nearestUnit(input.weighted, related[order.get(first.id)!]!.weighted, first.i, 'column', params);
    if (near) card.closest = near;
  }

  // Who speaks a card's sentence (and each telling of it), when a direct quote holds it without naming them.
  const articleOf = (id: string) => related[order.get(id)!]!.article;
  const speakerOf = (a: Article, i: number): { speaker?: string } => {
    const s = quoteSpeaker(a, i);
    return s ? { speaker: s } : {};
  };
  for (const card of added) {
    card.sources = card.sources.map((x) => ({ ...x, ...speakerOf(articleOf(x.id), x.i) }));
    if (card.sources[0]!.speaker) card.speaker = card.sources[0]!.speaker;
  }
  for (const f of leftOut) Object.assign(f, speakerOf(article, f.i));
  for (const f of shared) {
    Object.assign(f, speakerOf(article, f.i));
    f.sources = f.sources.map((x) => ({ ...x, ...speakerOf(articleOf(x.id), x.i) }));
  }

  // Conflicts: a unit here and the units elsewhere giving different figures for the same fact.
  const conflicts: Conflict[] = [];
  article.units.forEach((u, i) => {
    const there = [
      ...withHere.flatMap((al, k) => al.conflicts.filter((e) => e.a === i).map((e) => ({ e, k }))),
      ...extraConflicts.filter((e) => e.a === i).map((e) => ({ e, k: e.k })),
    ].sort((x, y) => x.k - y.k || x.e.b - y.e.b);
    if (there.length === 0) return;
    conflicts.push({
      about: [...new Set(there.map((t) => t.e.about))].join('; '),
      here: { i, text: u.text },
      there: there.map((t) => ({ id: related[t.k]!.article.id, i: t.e.b, text: related[t.k]!.article.units[t.e.b]!.text })),
    });
  });

  return {
    article: {
      id: article.id,
      title: article.title,
      outlet: article.outlet,
      sourceKey: outletKey(article),
      date: article.date,
      url: article.url,
      units: article.units.map((u, i) => ({
        i: u.i,
        text: u.text,
        coveredBy: [...coveredBy[i]!].sort(byRelated),
        fact: hereFact[i],
      })),
    },
    related: relatedOut,
    shared,
    added,
    leftOut,
    conflicts,
  };
}

/** A quotation mark, then spaces, at the end of the text before a quote. */
const OPENS = /["“”„«»‘’'‹›]\s*$/;
/** A double quotation mark. */
const DOUBLE = /["“”„«»]/;

/**
 * Who speaks unit `i` of article `a`, for a card showing that sentence: the one speaker lib/quotes gave, at ingestion
 * (Article.quotes), to the direct quotes standing in the unit — when the sentence lies inside the quotation (the quoted
 * words are most of the unit's characters: not a writer's sentence around a quoted title or phrase) and its text does
 * not name that speaker itself (a word of the name; the whole name when it has no capitalised word). Null when no
 * direct quote stands there, one of them has no speaker, two name different speakers, one opening in the unit does not
 * open on a quotation mark or holds a double one (mis-paired marks), or the sentence is the writer's or names the speaker. Cost: one pass over the article's quotes (held by the compare already), per card.
 */
export function quoteSpeaker(a: Pick<Article, 'quotes' | 'units' | 'text'>, i: number): string | null {
  const u = a.units[i];
  if (!u) return null;
  let speaker: string | null = null;
  let quoted = 0;
  for (const q of a.quotes ?? []) {
    if (q.kind !== 'direct' || !q.units.includes(i)) continue;
    if (!q.speaker || (speaker !== null && speaker !== q.speaker)) return null;
    speaker = q.speaker;
    for (const p of q.parts ?? [q]) {
      // A quote that opens inside this unit opens on a quotation mark: else its span is not what the text quotes.
      if (p.start >= u.start && !OPENS.test(a.text.slice(Math.max(0, p.start - 3), p.start))) return null;
      // …and holds no double quotation mark: one inside is another quote, so the marks were paired wrong.
      if (DOUBLE.test(a.text.slice(p.start, p.end))) return null;
      quoted += Math.max(0, Math.min(p.end, u.end) - Math.max(p.start, u.start));
    }
  }
  if (speaker === null || 2 * quoted <= u.end - u.start) return null;
  const names = speaker
    .split(/[\s,]+/)
    .map((w) => w.replace(/(?:['’]s)?[^\p{L}\p{N}]*$/u, ''))
    .filter((w) => /^\p{Lu}/u.test(w) && w.length > 1 && !TITLES.has(w.toLowerCase().replace(/\.$/, '')));
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const named = names.length
    ? names.some((w) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(w)}(?![\\p{L}\\p{N}])`, 'u').test(u.text))
    : u.text.toLowerCase().includes(speaker.toLowerCase());
  return named ? null : speaker;
}

/**
 * Added units of the related articles, one card per fact: units that the related articles' own
 * alignment pairs (strong pairs, or reworded mutual bests) are merged, strongest pair first, and
 * never two units of one article in a card — so a chain of pairs (A≈B, B≈C, C≈D…) cannot gather
 * different facts into one card, and "in N of M outlets" counts each outlet once.
 */
/**
 * The edges Added cards merge on, per pair of related articles that both add something (k1 < k2): each strong pair of
 * their alignment (`strong`: a weak pair — a mutual best with a margin — is evidence enough that a unit is not new, not
 * that two units of two other outlets are one fact), then the mutual bests of their unaligned added units (`mutual`: the
 * same fact told differently by two other outlets is one card too). Unit indices `a` of related[k1], `b` of related[k2].
 */
export function addedEdges(
  related: readonly StoryArticle[],
  addedFrom: ReadonlyArray<ReadonlySet<number>>,
  params: AlignParams,
): Array<{ k1: number; a: number; k2: number; b: number; s: number; kind: 'strong' | 'mutual' }> {
  const out: Array<{ k1: number; a: number; k2: number; b: number; s: number; kind: 'strong' | 'mutual' }> = [];
  for (let k1 = 0; k1 < related.length; k1++) {
    for (let k2 = k1 + 1; k2 < related.length; k2++) {
      if (addedFrom[k1]!.size === 0 || addedFrom[k2]!.size === 0) continue;
      const A = related[k1]!.weighted;
      const B = related[k2]!.weighted;
      const al = align(A, B, params);
      for (const e of [...al.matches, ...al.conflicts]) if (e.strong) out.push({ k1, a: e.a, k2, b: e.b, s: e.s, kind: 'strong' });
      const fa = new Set([...addedFrom[k1]!].filter((j) => !al.matches.some((e) => e.a === j)));
      const fb = new Set([...addedFrom[k2]!].filter((j) => !al.matches.some((e) => e.b === j)));
      for (const p of mutualBest(A, B, fa, fb, params)) out.push({ k1, a: p.a, k2, b: p.b, s: p.s, kind: 'mutual' });
    }
  }
  return out;
}

function groupAdded(
  related: StoryArticle[],
  addedFrom: Array<Set<number>>,
  params: AlignParams,
  outletKey: (a: Pick<Article, 'outlet' | 'id'>) => string = sourceKey,
  novelThere: ReadonlyArray<ReadonlyMap<number, NovelSpan[] | null>> = [],
): AddedFact[] {
  const keyOf = (k: number, j: number) => `${k}:${j}`;
  const groupOf = new Map<string, Array<{ k: number; j: number }>>();
  const units: Array<{ k: number; j: number }> = [];
  addedFrom.forEach((js, k) => [...js].sort((x, y) => x - y).forEach((j) => units.push({ k, j })));
  for (const u of units) groupOf.set(keyOf(u.k, u.j), [u]);
  const pairs = addedEdges(related, addedFrom, params).map((e) => ({ x: keyOf(e.k1, e.a), y: keyOf(e.k2, e.b), s: e.s }));
  pairs.sort((p, q) => q.s - p.s || (p.x < q.x ? -1 : p.x > q.x ? 1 : p.y < q.y ? -1 : p.y > q.y ? 1 : 0));
  for (const { x, y } of pairs) {
    const gx = groupOf.get(x);
    const gy = groupOf.get(y);
    if (!gx || !gy || gx === gy) continue;
    if (gx.some((u) => gy.some((v) => v.k === u.k))) continue; // one unit per article in a card
    gx.push(...gy);
    for (const u of gy) groupOf.set(keyOf(u.k, u.j), gx);
  }
  const groups = [...new Set(groupOf.values())];
  const others = new Set(related.map((c) => outletKey(c.article)));
  return groups.map((g) => {
    g.sort((x, y) => x.k - y.k || x.j - y.j);
    const first = g[0]!;
    // The card shows the first source's sentence: its parts this article lacks, when only parts.
    const novel = novelThere[first.k]?.get(first.j) ?? null;
    return {
      text: related[first.k]!.article.units[first.j]!.text,
      sources: g.map((u) => ({ id: related[u.k]!.article.id, i: u.j })),
      outlets: new Set(g.map((u) => outletKey(related[u.k]!.article))).size,
      total: others.size,
      ...(novel && novel.length ? { novel } : {}),
    };
  });
}
