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
 * 5. Report: coveredBy / matches, shared (with outlet counts), added (grouped across outlets),
 *    left out (with missingFrom), conflicts. Deterministic: every list has a total order.
 */
import type { AddedFact, Article, Conflict, CorpusIndex, LeftOutFact, RelatedArticle, Report, SharedFact } from '../types';
import { cosine, counts, fold, isFunctionWord, quantities, tokens } from '../nlp';
import { align, DEFAULT_ALIGN, weigh, type AlignParams, type Alignment, type Weighted } from './align';
import { copiedShares, isNearCopy } from './copy';
import { articleFeatures, Idf, type UnitFeatures } from './features';
import { contentStem, indexKeys } from './keys';

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

const CALENDAR = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

/** Runs of capitalised words (a cheap named-entity finder), split at punctuation; dates left out. */
export function entityRuns(text: string): string[][] {
  const toks = tokens(text);
  const runs: Array<{ words: string[]; atStart: boolean }> = [];
  let run: { words: string[]; atStart: boolean } = { words: [], atStart: false };
  let prevEnd = -1;
  for (const t of toks) {
    const cap = /^\p{Lu}/u.test(t.raw) && !isFunctionWord(t.w) && !CALENDAR.has(t.w);
    const gap = prevEnd < 0 ? text.slice(0, t.start) : text.slice(prevEnd, t.start);
    const broken = prevEnd >= 0 && /[,;:()"“”‘’'—–]|[.!?]\s/.test(gap);
    if (!cap || broken) {
      if (run.words.length) runs.push(run);
      run = { words: [], atStart: false };
    }
    if (cap) {
      if (run.words.length === 0) run.atStart = prevEnd < 0 || /[.!?]["”’']?\s+["“‘']?$|["“‘]\s*$/.test(gap);
      run.words.push(t.w.replace(/'s$/, ''));
    }
    prevEnd = t.end;
  }
  if (run.words.length) runs.push(run);
  // A lone capitalised word opening a sentence is just the sentence start.
  return runs.filter((r) => !(r.atStart && r.words.length === 1)).map((r) => r.words);
}

/**
 * Details a unit carries that another article lacks entirely, though the unit's main fact is
 * there: two or more names none of whose words the other article contains ("produced by ProPublica
 * … with The Texas Tribune"), or an amount of money / a count the other never gives. Such a unit
 * is reported as added (or left out) although it aligns: a sentence can carry two facts.
 */
export function novelDetails(unitText: string, other: OtherText, otherFigures: Set<number>): string[] {
  const novel: string[] = [];
  // A word is known to the other article when it is one of its words, or (5+ letters) part of one:
  // glued translations ("Clintonthe") still count as naming Clinton.
  const known = (w: string) => other.words.has(w) || (w.length >= 5 && other.folded.includes(w));
  for (const run of entityRuns(unitText)) {
    if (run.every((w) => w.length <= 2)) continue; // "X", "US": too short to tell
    if (run.every((w) => !known(w))) novel.push(run.join(' '));
  }
  const out = novel.length >= 2 ? novel : [];
  for (const q of quantities(unitText)) {
    if ((q.kind === 'money' || (q.kind === 'count' && q.value >= 10)) && q.value === q.max && !otherFigures.has(q.value)) out.push(q.text);
  }
  return out;
}

interface OtherText {
  folded: string;
  words: Set<string>;
  figures: Set<number>;
}

function foldedText(a: Article): OtherText {
  const text = `${a.title}\n${a.units.map((u) => u.text).join('\n')}`;
  const words = new Set(tokens(text).map((t) => t.w.replace(/'s$/, '')));
  return { folded: fold(text), words, figures: new Set(quantities(text).map((q) => q.value)) };
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

function outletKey(a: Pick<Article, 'outlet' | 'id'>): string {
  return a.outlet ? `o:${a.outlet.trim().toLowerCase()}` : `id:${a.id}`;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The whole comparison. */
export async function compareArticle(article: Article, corpus: CorpusIndex, opts: CompareOptions = {}): Promise<Report> {
  const { candidates } = await findRelated(article, corpus, opts);
  const related = candidates.filter((c) => c.related);
  const params = opts.align ?? DEFAULT_ALIGN;

  // Re-align within the story: unit IDF over the article and its related set only.
  const hereFeats = featuresOf(article);
  const relFeats = related.map((c) => featuresOf(c.article));
  const uidf = unitIdf([hereFeats, ...relFeats]);
  const hereW = weighAll(hereFeats, uidf);
  const relW = relFeats.map((f) => weighAll(f, uidf));
  const withHere: Alignment[] = relW.map((w) => align(hereW, w, params));

  const coveredBy = article.units.map(() => new Set<string>());
  const conflictWith = article.units.map(() => new Set<string>());
  const relatedOut: RelatedArticle[] = related.map((c, k) => {
    const al = withHere[k]!;
    const id = c.article.id;
    for (const e of al.matches) coveredBy[e.a]!.add(id);
    for (const e of al.conflicts) conflictWith[e.a]!.add(id);
    const copied = copiedShares(article, c.article);
    return {
      id,
      title: c.article.title,
      outlet: c.article.outlet,
      date: c.article.date,
      url: c.article.url,
      score: round(c.score),
      relation: isNearCopy(copied) ? 'near-copy' : 'same-story',
      copied,
      units: c.article.units.map((u, j) => ({
        i: u.i,
        text: u.text,
        matches: al.matches.filter((e) => e.b === j).map((e) => e.a).sort((x, y) => x - y),
        fact: relFeats[k]![j]!.fact,
      })),
    };
  });

  const relText = related.map((c) => foldedText(c.article));
  const hereText = foldedText(article);
  const order = (id: string) => related.findIndex((c) => c.article.id === id);
  const byRelated = (x: string, y: string) => order(x) - order(y);
  const hereFact = hereFeats.map((f) => f.fact);

  // Shared: facts here that at least one related article carries; counts by outlet.
  const allOutlets = new Set([outletKey(article), ...related.map((c) => outletKey(c.article))]);
  const shared: SharedFact[] = [];
  const leftOut: LeftOutFact[] = [];
  article.units.forEach((u, i) => {
    if (!hereFact[i]) return;
    const cov = [...coveredBy[i]!].sort(byRelated);
    if (cov.length) {
      const sources = cov.flatMap((id) => {
        const k = order(id);
        return withHere[k]!.matches.filter((e) => e.a === i).map((e) => ({ id, i: e.b }));
      });
      const outlets = new Set([outletKey(article), ...cov.map((id) => outletKey(related[order(id)]!.article))]);
      shared.push({ i, text: u.text, sources, count: outlets.size, total: allOutlets.size });
    }
    const missingFrom = related
      .map((c) => c.article.id)
      .filter((id, k) => {
        if (conflictWith[i]!.has(id)) return false;
        if (!coveredBy[i]!.has(id)) return true;
        return novelDetails(u.text, relText[k]!, relText[k]!.figures).length > 0;
      });
    if (missingFrom.length) leftOut.push({ i, text: u.text, missingFrom });
  });

  // Added: related units with no counterpart here (and no conflict with a unit here), grouped
  // across related articles by aligning the related articles with each other.
  const addedUnits: Array<{ k: number; j: number }> = [];
  const conflictedThere = related.map(() => new Set<number>());
  withHere.forEach((al, k) => al.conflicts.forEach((e) => conflictedThere[k]!.add(e.b)));
  relatedOut.forEach((r, k) => {
    r.units.forEach((u, j) => {
      if (!relFeats[k]![j]!.fact || conflictedThere[k]!.has(j)) return;
      if (u.matches.length === 0 || novelDetails(u.text, hereText, hereText.figures).length > 0) addedUnits.push({ k, j });
    });
  });
  const keyOf = (k: number, j: number) => `${k}:${j}`;
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const { k, j } of addedUnits) parent.set(keyOf(k, j), keyOf(k, j));
  for (let k1 = 0; k1 < related.length; k1++) {
    for (let k2 = k1 + 1; k2 < related.length; k2++) {
      const al = align(relW[k1]!, relW[k2]!, params);
      for (const e of [...al.matches, ...al.conflicts]) {
        const x = keyOf(k1, e.a);
        const y = keyOf(k2, e.b);
        if (parent.has(x) && parent.has(y)) {
          const rx = find(x);
          const ry = find(y);
          if (rx !== ry) parent.set(rx < ry ? ry : rx, rx < ry ? rx : ry);
        }
      }
    }
  }
  const groups = new Map<string, Array<{ k: number; j: number }>>();
  for (const u of addedUnits) {
    const root = find(keyOf(u.k, u.j));
    if (!groups.has(root)) groups.set(root, []);
    groups.get(root)!.push(u);
  }
  const added: AddedFact[] = [...groups.values()].map((g) => {
    g.sort((x, y) => x.k - y.k || x.j - y.j);
    const first = g[0]!;
    return {
      text: related[first.k]!.article.units[first.j]!.text,
      sources: g.map((u) => ({ id: related[u.k]!.article.id, i: u.j })),
    };
  });
  added.sort((x, y) => order(x.sources[0]!.id) - order(y.sources[0]!.id) || x.sources[0]!.i - y.sources[0]!.i);

  // Conflicts: a unit here and the units elsewhere giving different figures for the same fact.
  const conflicts: Conflict[] = [];
  article.units.forEach((u, i) => {
    const there = withHere.flatMap((al, k) =>
      al.conflicts.filter((e) => e.a === i).map((e) => ({ e, id: related[k]!.article.id, k })),
    );
    if (there.length === 0) return;
    conflicts.push({
      about: [...new Set(there.map((t) => t.e.about))].join('; '),
      here: { i, text: u.text },
      there: there.map((t) => ({ id: t.id, i: t.e.b, text: related[t.k]!.article.units[t.e.b]!.text })),
    });
  });

  return {
    article: {
      id: article.id,
      title: article.title,
      outlet: article.outlet,
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
