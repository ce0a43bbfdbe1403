/**
 * compareArticle: the article being read against the corpus → a Report (lib/types.ts).
 *
 * 1. Story candidates through the corpus's key index (never a scan of every text): the article's
 *    own `indexKeys` → `corpus.candidates` → the best-hit articles are fetched.
 * 2. Story score per candidate: TF-IDF cosine of content stems (document frequencies from the
 *    corpus's key counts, or from the fetched set when a stem is not a key) — `docScore` — and the
 *    prominence-weighted share of fact units that align (align.ts), the smaller of the two sides
 *    — `lead`. score = sqrt(docScore · lead), 0..1.
 *    Only candidates whose docScore could still reach MIN_STORY_SCORE are aligned (at most
 *    MAX_ALIGNED). A candidate is the same story when at least MIN_SHARED_FACTS units of each side
 *    align (strong edges only), at least MIN_ANCHORS of those pairs are anchors (more alike than
 *    any unrelated pair measured), and its score clears both MIN_STORY_SCORE and the background:
 *    the scores the other, unrelated candidates reach (median + 4·MAD, see `backgroundCut`).
 *    Articles more than STORY_DAYS apart also need FAR_COVERAGE of their facts aligned.
 * 3. Near-copies by shared 5-word shingles (copy.ts).
 * 4. Fact alignment again, this time with unit IDF taken over the related set only (the words that
 *    all same-story articles share weigh little, so facts are told apart by what differs).
 * 5. Report (report.ts): coveredBy / matches, shared, added (grouped across outlets), left out,
 *    conflicts; ranked by rank.ts. Deterministic: every list has a total order.
 */
import type { Article, CorpusIndex, Report } from '../types';
import { cosine, counts, quantities, tokens } from '../nlp';
import { align, DEFAULT_ALIGN, weigh, type AlignParams, type Alignment, type Weighted } from './align';
import { articleFeatures, Idf, type UnitFeatures } from './features';
import { contentStem, indexKeys } from './keys';
import { buildReport, type StoryArticle } from './report';
import { rankReport } from './rank';

export { entityRuns, novelDetails } from './report';

export interface CompareOptions {
  /** How many index candidates are fetched and rescored on their full text (default 40). */
  candidateLimit?: number;
  /** Alignment parameters (see align.ts). */
  align?: AlignParams;
}

/** Same story needs this many aligned fact units on each side. */
export const MIN_SHARED_FACTS = 2;
/**
 * Minimum story score. Measured on the labelled sets and distractors (tests/data/engine): same-story
 * pairs score 0.29–0.9; other stories about the same people 0.05–0.36, and the anchor rule
 * (MIN_ANCHORS) rejects those above this cut — the score alone does not separate them. Candidates
 * that pass the anchor rule without being the same story (500 synthetic articles mixing those
 * distractors' sentences) scored at most 0.19: the cut sits between 0.19 and 0.29.
 */
export const MIN_STORY_SCORE = 0.24;
/**
 * News about one event is published within days. Articles further apart than STORY_DAYS (when both
 * dates are known) must retell much more of each other (FAR_COVERAGE) to count as the same story:
 * an older piece quoting the same official on another matter is a different story.
 */
export const STORY_DAYS = 7;
/**
 * A same-story pair shares at least MIN_ANCHORS facts told so alike that no pair of sentences from
 * unrelated articles came close: bench/calibrate.ts measured a maximum of 0.23 over ~250,000
 * unrelated pairs, so ANCHOR_SIMILARITY = 0.25.
 */
export const ANCHOR_SIMILARITY = 0.25;
export const MIN_ANCHORS = 2;
/** Keys carried by more than this share of the corpus (and more than COMMON_KEY_MIN articles) are not used to retrieve candidates. */
export const COMMON_KEY_SHARE = 0.05;
export const COMMON_KEY_MIN = 20;
/** Fact units of a candidate considered for the story decision (the first ones). */
export const STORY_UNITS = 40;
/** At most this many candidates are aligned unit by unit (the best by document score). */
export const MAX_ALIGNED = 20;
/** Pseudo-documents added to the corpus size in IDF (see findRelated). */
export const PRIOR_DOCS = 200;
/** Share of fact units (both sides pooled) that must align between articles more than STORY_DAYS apart. */
export const FAR_COVERAGE = 0.5;

export function daysApart(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  const x = Date.parse(a);
  const y = Date.parse(b);
  if (Number.isNaN(x) || Number.isNaN(y)) return null;
  return Math.abs(x - y) / 86_400_000;
}

export interface StoryCandidate {
  article: Article;
  hits: number;
  docScore: number;
  coverage: number;
  matchedHere: number;
  matchedThere: number;
  /** Prominence-weighted share of aligned facts, the smaller of the two sides (see prominentShare). */
  lead: number;
  /** Aligned pairs more similar than any pair of unrelated sentences we measured (ANCHOR_SIMILARITY). */
  anchors: number;
  score: number;
  related: boolean;
}

const cmpStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function docVector(article: Article): Map<string, number> {
  const stems: string[] = [];
  for (const t of tokens(`${article.title}\n${article.units.map((u) => u.text).join('\n')}`)) {
    const s = contentStem(t.w);
    if (s) stems.push(s);
  }
  for (const q of quantities(article.text)) if (q.value === q.max && q.value >= 10) stems.push(`#${q.value}`);
  return counts(stems);
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * The score an unrelated candidate reaches by chance, from the candidates themselves: most index
 * candidates share words but not the story, so median + 4·MAD of their scores is the background.
 * With fewer than 5 candidates there is no background to estimate; MIN_STORY_SCORE applies alone.
 */
export function backgroundCut(scores: number[]): number {
  if (scores.length < 5) return MIN_STORY_SCORE;
  const m = median(scores);
  const mad = 1.4826 * median(scores.map((c) => Math.abs(c - m)));
  return Math.max(MIN_STORY_SCORE, m + 4 * Math.max(mad, 0.02));
}

function firstFacts(feats: UnitFeatures[], n: number): UnitFeatures[] {
  const out: UnitFeatures[] = [];
  for (const f of feats) {
    if (!f.fact) continue;
    if (out.length >= n) break;
    out.push(f);
  }
  return out;
}

/** Unit features depend only on the article's units: computed once per article object. */
const featureCache = new WeakMap<Article, UnitFeatures[]>();
function featuresOf(a: Article): UnitFeatures[] {
  let f = featureCache.get(a);
  if (!f) featureCache.set(a, (f = articleFeatures(a)));
  return f;
}

function unitIdf(feats: UnitFeatures[][]): { words: Idf; grams: Idf } {
  const all = feats.flat().filter((f) => f.fact);
  return { words: new Idf().addAll(all.map((f) => f.words)), grams: new Idf().addAll(all.map((f) => f.grams)) };
}

/** Weighted vectors of the fact units only (align.ts compares nothing else). */
function weighAll(feats: UnitFeatures[], idf: { words: Idf; grams: Idf }): Weighted[] {
  return feats.filter((f) => f.fact).map((f) => weigh(f, idf.words, idf.grams));
}

/** Step 1–2: the same-story articles, best first. */
export async function findRelated(
  article: Article,
  corpus: CorpusIndex,
  opts: CompareOptions = {},
): Promise<{ selfId: string | null; candidates: StoryCandidate[] }> {
  const limit = opts.candidateLimit ?? 40;
  const selfId = await corpus.findSame(article);
  const keys = indexKeys(article);
  const [n, df] = await Promise.all([corpus.count(), corpus.keyCounts(keys)]);
  // Ask the index with the keys that tell stories apart: a key most of a large corpus carries
  // ("w:president") would rank candidates by common words. Rarest first; at least 12 keys kept.
  const byRarity = [...keys].sort((x, y) => (df.get(x) ?? 0) - (df.get(y) ?? 0) || cmpStr(x, y));
  const common = Math.max(COMMON_KEY_MIN, COMMON_KEY_SHARE * n);
  const queryKeys = byRarity.filter((k, r) => r < 12 || (df.get(k) ?? 0) <= common);
  const hits = await corpus.candidates(queryKeys, limit + 1);
  const ids = hits.filter((h) => h.id !== selfId && h.id !== article.id).slice(0, limit);
  const fetched = await corpus.getMany(ids.map((h) => h.id));
  const others = fetched.filter((a) => a.hash !== article.hash || !article.hash);
  if (others.length === 0) return { selfId, candidates: [] };

  // Document frequencies: the index's key counts where known, else the fetched set's (a lower bound).
  const vectors = others.map(docVector);
  const here = docVector(article);
  const localDf = new Map<string, number>();
  for (const v of [here, ...vectors]) for (const k of v.keys()) localDf.set(k, (localDf.get(k) ?? 0) + 1);
  // PRIOR_DOCS pseudo-documents that contain none of the content stems stand for the world's other
  // news: in a corpus of five articles on one story, "Cecot" is still a rare word.
  const total = Math.max(n, others.length + 1) + PRIOR_DOCS;
  const idf = (t: string) => {
    const known = df.get(t.startsWith('#') ? `d:${t.slice(1)}` : `w:${t}`);
    const d = Math.max(known ?? 0, localDf.get(t) ?? 0);
    return Math.log((total + 1) / (d + 1)) + 1;
  };
  const tfidf = (v: Map<string, number>) => {
    const out = new Map<string, number>();
    for (const [k, c] of v) out.set(k, (1 + Math.log(c)) * idf(k));
    return out;
  };
  const hereVec = tfidf(here);
  const hitsOf = new Map(ids.map((h) => [h.id, h.hits]));

  // Only candidates whose document score could still reach MIN_STORY_SCORE (score = sqrt(doc·lead),
  // lead ≤ 1) are aligned unit by unit, at most MAX_ALIGNED of them: the expensive step stays
  // bounded however large the corpus.
  const docScores = others.map((_, k) => cosine(hereVec, tfidf(vectors[k]!)));
  const shortlist = new Set(
    others
      .map((_, k) => k)
      .filter((k) => docScores[k]! >= MIN_STORY_SCORE * MIN_STORY_SCORE)
      .sort((x, y) => docScores[y]! - docScores[x]! || cmpStr(others[x]!.id, others[y]!.id))
      .slice(0, MAX_ALIGNED),
  );
  const hereFeats = featuresOf(article);
  // For the story decision, the first STORY_UNITS fact units of a long candidate are enough: the
  // prominence weighting leaves little to the rest, and it bounds the cost of a 130-unit page.
  const otherFeats = others.map((a, k) => (shortlist.has(k) ? firstFacts(featuresOf(a), STORY_UNITS) : []));
  const uidf = unitIdf([hereFeats, ...otherFeats]);
  const hereW = weighAll(hereFeats, uidf);
  const hereFacts = hereFeats.filter((f) => f.fact).length;

  const candidates: StoryCandidate[] = others.map((a, k) => {
    const docScore = docScores[k]!;
    const al: Alignment = shortlist.has(k)
      ? align(hereW, weighAll(otherFeats[k]!, uidf), opts.align ?? DEFAULT_ALIGN)
      : { matches: [], conflicts: [] };
    const edges = [...al.matches, ...al.conflicts].filter((e) => e.strong);
    const anchors = edges.filter((e) => e.s >= ANCHOR_SIMILARITY).length;
    const matchedHere = new Set(edges.map((e) => e.a)).size;
    const matchedThere = new Set(edges.map((e) => e.b)).size;
    const thereFacts = otherFeats[k]!.filter((f) => f.fact).length;
    const coverage = hereFacts + thereFacts > 0 ? (matchedHere + matchedThere) / (hereFacts + thereFacts) : 0;
    const lead = Math.min(
      prominentShare(hereFeats, new Set(edges.map((e) => e.a))),
      prominentShare(otherFeats[k]!, new Set(edges.map((e) => e.b))),
    );
    return {
      article: a,
      hits: hitsOf.get(a.id) ?? 0,
      docScore,
      coverage,
      matchedHere,
      matchedThere,
      lead,
      anchors,
      score: Math.sqrt(docScore * lead),
      related: false,
    };
  });
  // The background comes from the candidates the alignment already shows to be other stories
  // (too few anchored facts). Estimating it from every candidate would let the same-story articles
  // set their own bar: in a corpus that holds mostly one story, they are most of the candidates.
  const anchored = (c: StoryCandidate) =>
    c.anchors >= MIN_ANCHORS && c.matchedHere >= MIN_SHARED_FACTS && c.matchedThere >= MIN_SHARED_FACTS;
  // Candidates that align nothing at all (score 0: too few shared words to be aligned) say nothing
  // about how high an unrelated story scores by chance, and a pile of zeros would inflate the spread.
  const cut = backgroundCut(candidates.filter((c) => !anchored(c) && c.score > 0).map((c) => c.score));
  for (const c of candidates) {
    const apart = daysApart(article.date, c.article.date);
    const far = apart !== null && apart > STORY_DAYS;
    c.related =
      anchored(c) &&
      c.score >= cut &&
      (!far || c.coverage >= FAR_COVERAGE);
  }
  candidates.sort((x, y) => y.score - x.score || cmpStr(x.article.id, y.article.id));
  return { selfId, candidates };
}

/**
 * Share of an article's facts that align, weighting each fact unit by its prominence: news puts
 * the event first, so the k-th fact unit weighs 1 / (1 + k/4). Two articles on one story align
 * near their tops; an article that merely shares a background paragraph with another aligns at
 * the bottom of one of them.
 */
export function prominentShare(feats: UnitFeatures[], matched: Set<number>): number {
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

/**
 * The whole comparison, as a pipeline: the story (findRelated) → fact alignment within the story
 * (unit IDF over the article and its related set only, so what every same-story article says weighs
 * little and facts are told apart by what differs) → the report (report.ts) → ranked (rank.ts).
 */
export async function compareArticle(article: Article, corpus: CorpusIndex, opts: CompareOptions = {}): Promise<Report> {
  const { candidates } = await findRelated(article, corpus, opts);
  const related = candidates.filter((c) => c.related);
  const params = opts.align ?? DEFAULT_ALIGN;

  const feats = featuresOf(article);
  const relFeats = related.map((c) => featuresOf(c.article));
  const uidf = unitIdf([feats, ...relFeats]);
  const weighted = weighAll(feats, uidf);
  const story: StoryArticle[] = related.map((c, k) => ({
    article: c.article,
    score: c.score,
    feats: relFeats[k]!,
    weighted: weighAll(relFeats[k]!, uidf),
  }));
  const withHere: Alignment[] = story.map((s) => align(weighted, s.weighted, params));
  return rankReport(buildReport({ article, feats, weighted, related: story, withHere, params }));
}
