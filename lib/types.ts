/**
 * The types that cross module boundaries: ingestion → store → engine/quotes → UI.
 * Everything here is plain, serialisable data (it goes through IndexedDB, extension
 * messages and the CLI's JSON output), so: no classes, no Dates, no Maps.
 */

/** A fact-sized piece of an article: a sentence, or a clause where a sentence carries several facts. */
export interface Unit {
  /** Index within the article's units, 0-based, contiguous. */
  i: number;
  /** The unit's text, normalised (NFC, mojibake repaired, whitespace folded, curly quotes kept). */
  text: string;
  /** Index of the paragraph the unit belongs to (paragraphs are separated by "\n\n" in Article.text). */
  p: number;
  /** Character offsets of the unit within Article.text: Article.text.slice(start, end) === text. */
  start: number;
  end: number;
  /**
   * 'body' for ordinary text; 'heading' for a subheading inside the body; 'embed' for an embedded
   * post (tweet, X post) reproduced in the article, which is a primary source for quotes.
   */
  kind: 'body' | 'heading' | 'embed';
}

/** A quoted span found in an article at ingestion (see lib/quotes). */
export interface Quote {
  /** The quoted words without the surrounding quotation marks (for reported speech: the paraphrase). */
  text: string;
  /** Units the quote lies in (a quote may run across sentences). */
  units: number[];
  /** Offsets within Article.text. */
  start: number;
  end: number;
  /** Speaker as the text names them ("Nayib Bukele"), or null when the text does not say. */
  speaker: string | null;
  kind: 'direct' | 'reported' | 'embedded';
  /** A quote split by an attribution ("…,” he wrote. “…"): offsets of each quoted part, in order. */
  parts?: Array<{ start: number; end: number }>;
  /** Embedded posts: the date on the post's signature line (ISO "2025-12-23"), and the author's handle. */
  date?: string | null;
  handle?: string | null;
}

export type ArticleFormat = 'text' | 'markdown' | 'html' | 'page' | 'json';

/** An article after ingestion: the thing the corpus stores and the engine compares. */
export interface Article {
  /** Corpus id. From a file: its name without extension ("003_38879e5049cf1087"). */
  id: string;
  title: string;
  /** Readable outlet name ("Fox News"), or null when unknown (the UI says "Unknown outlet"). */
  outlet: string | null;
  /** ISO 8601: "2025-12-23" or a full timestamp; null when unknown. */
  date: string | null;
  /** Canonical URL of the article itself (not of a feed), or null. */
  url: string | null;
  /** BCP 47 language tag ("en"), or null. */
  language: string | null;
  byline: string | null;
  description: string | null;
  /** Cleaned body text; paragraphs separated by "\n\n". */
  text: string;
  units: Unit[];
  quotes: Quote[];
  /** Non-fatal problems met while reading the input ("repaired 3 mojibake sequences", …). */
  warnings: string[];
  /** Hex content hash of the normalised text; used to deduplicate. */
  hash: string;
  format: ArticleFormat;
  /**
   * Set when the text is only a summary of the article (a feed item's teaser whose page could not
   * be read, lib/feeds). Such an article never counts as an outlet that "left out" a fact.
   */
  summaryOnly?: true;
  /** The reader pinned it: retention (lib/store/retention.ts) never removes it. Absent: not pinned. */
  pinned?: boolean;
  /**
   * It came from a feed refresh (lib/feeds), so retention may move it to the trash. Absent on seeds,
   * imports and pages the reader added (and on feed items stored before this field: see
   * lib/store/retention.ts isFeedArticle).
   */
  fromFeed?: boolean;
}

/** What the content script sends after running Readability on a clone of the page. */
export interface ExtractedPage {
  url: string;
  title: string;
  siteName: string | null;
  byline: string | null;
  /** As found in the page (meta tags, JSON-LD, <time>); normalised by lib. */
  publishedTime: string | null;
  lang: string | null;
  excerpt: string | null;
  /** Block texts of the article (paragraphs, headings, list items, blockquotes) in reading order. */
  blocks: Array<{ text: string; tag: string }>;
}

// ---------------------------------------------------------------------------------------------
// The comparison report (lib/engine). Field names follow the CLI contract of `compare --json`.

export interface UnitRef {
  id: string;
  i: number;
  text: string;
}

export interface ReportArticle {
  id: string;
  title: string;
  outlet: string | null;
  /**
   * The source it counts as (lib/engine/copy.ts storySources): articles with the same key are one
   * source in "in N of M outlets" — the same outlet, or near-copies of each other. Absent in older reports.
   */
  sourceKey?: string;
  date: string | null;
  url: string | null;
  /** `fact: false` marks units the engine does not report on (headings, captions, fragments). */
  units: Array<{ i: number; text: string; coveredBy: string[]; fact?: boolean }>;
}

export interface RelatedArticle {
  id: string;
  title: string;
  outlet: string | null;
  date: string | null;
  url: string | null;
  /** Story similarity, 0..1. */
  score: number;
  relation: 'same-story' | 'near-copy';
  /** The related article is only a summary (Article.summaryOnly): it is never said to leave a fact out. */
  summaryOnly?: true;
  /** Share of this article's text found in that one (ofThis) and of that one's found here (ofThat). */
  copied: { ofThis: number; ofThat: number };
  /** The source it counts as (see ReportArticle.sourceKey). */
  sourceKey?: string;
  /** Id of the article of this story (the one read, or another related one) it is a near-copy of. */
  copyOf?: string;
  /**
   * `reworded`: units of the article read that state this unit's fact in other words (each other's
   * best counterpart though not aligned; see lib/engine/report.ts) — shared, neither added nor left out.
   */
  units: Array<{ i: number; text: string; matches: number[]; fact?: boolean; reworded?: number[] }>;
}

/** Where a card ranks in its section (1 = first) and, where it helps, why in a few words. */
export interface Ranked {
  rank?: number;
  why?: string;
}

export interface SharedFact extends Ranked {
  i: number;
  text: string;
  /**
   * Related article ids carrying this fact; `told: 'differently'` when the fact is reworded there (not aligned);
   * `s` the similarity of that sentence with this one in the pair's own matrix (absent in older reports).
   */
  sources: Array<{ id: string; i: number; told?: 'differently'; s?: number; speaker?: string }>;
  /** Number of outlets carrying it, this one included, and the number of outlets compared. */
  count: number;
  total: number;
  /** Who speaks the sentence, when it lies in a direct quote that does not name its speaker (report.ts quoteSpeaker); on `sources`, each telling's own. */
  speaker?: string;
}

export interface AddedFact extends Ranked {
  /** Representative text (from the first source). */
  text: string;
  sources: Array<{ id: string; i: number; speaker?: string }>;
  /** Who speaks `text`, when it lies in a direct quote that does not name its speaker (report.ts quoteSpeaker). */
  speaker?: string;
  /** Distinct outlets carrying it, out of the related articles' distinct outlets (unknown outlet: one per article). */
  outlets?: number;
  total?: number;
  /**
   * When the sentence is here only because it carries a second fact (it aligns with this article,
   * but a clause or a name/figure in it is not told here): the parts this article lacks, as
   * offsets in `text`, sorted and disjoint. Absent when the whole sentence is new.
   */
  novel?: NovelSpan[];
  /**
   * The sentence of this article that comes closest to the card's sentence (`text`, the first
   * source's): its unit number and the alignment's own similarity (align.ts unitSimilarity, 0..1,
   * the cell of the fact matrix the report aligned). Display only: no decision reads it. Absent when
   * nothing here shares a weighted word with it, and in older reports.
   */
  closest?: Closest;
}

/** A unit of another article (or of this one) nearest to a card's sentence, with its similarity. */
export interface Closest {
  i: number;
  s: number;
}

/** A part of a card's text, `text.slice(start, end)`. */
export interface NovelSpan {
  start: number;
  end: number;
  /** The part holds a name run or a measure the other side lacks, not only untold / novel clauses (ranking reads it, rank62). */
  detail?: true;
}

export interface LeftOutFact extends Ranked {
  i: number;
  text: string;
  missingFrom: string[];
  /** Who speaks the sentence, when it lies in a direct quote that does not name its speaker (report.ts quoteSpeaker). */
  speaker?: string;
  /** Distinct outlets leaving it out, out of the related articles' distinct outlets. */
  outlets?: number;
  total?: number;
  /**
   * When some article in `missingFrom` tells the sentence's main fact and lacks only a second fact
   * (an untold clause, a name or a figure): the union of the parts those articles lack (`partly`),
   * as offsets in `text`, sorted and disjoint. Absent when every one lacks the whole sentence.
   */
  novel?: NovelSpan[];
  /**
   * The articles of `missingFrom` (same order) that lack only parts of the sentence, each with the
   * parts it lacks (offsets in `text`, sorted, disjoint, within `novel`); `novel: []` when the article
   * is counted on the sentence's Shared card but no part it lacks could be marked (both72): it tells
   * part of it, which part unknown. The others in `missingFrom` lack the whole sentence. Reports
   * without it (older ones) gave `novel` only when every article in `missingFrom` lacked only parts.
   */
  partly?: Array<{ id: string; novel: NovelSpan[] }>;
  /**
   * Per article of `missingFrom` (same order, those with a fact unit sharing a weighted word with
   * the sentence): the sentence of that article that comes closest, by the alignment's own
   * similarity (the report's fact matrix for that pair; see AddedFact.closest). Display only: it lets
   * the reader check the absence. Absent in older reports.
   */
  closest?: Array<Closest & { id: string }>;
}

export interface Conflict {
  /** What differs, in words: "number: 200 vs hundreds". */
  about: string;
  here: { i: number; text: string };
  there: UnitRef[];
  /** What disagrees: a figure (number, money, a date) or the wording of a quote. Absent in older reports. */
  kind?: 'number' | 'money' | 'date' | 'quote';
  /**
   * What each side says, one entry per unit of `there` (same id and i): this article's figure or
   * wording (`here`), the other's (`there`), and for a quote the word-level difference from here to
   * there (`diff`, as the quote trace gives it). Absent in older reports.
   */
  sides?: Array<{ id: string; i: number; here: string; there: string; diff?: DiffPart[] }>;
  /**
   * A figure conflict whose two figures name no owner in common on some side (lib/engine/conflicts.ts `ownersNamed`,
   * conf37; for a percentage, its measurer or place — a name alone is not enough, `statedOwner`, conf55): different
   * figures the reader should check, not a disagreement the outlets are shown to have. Always set on
   * a date (two days may date two events of one story; conf45), and on a quote wording whose every side differs in
   * small words only (`QuoteDifference.slight`, quote55). Absent when both sides name one owner, on other quote
   * wordings, and in older reports.
   */
  check?: true;
}

export interface Report {
  article: ReportArticle;
  related: RelatedArticle[];
  shared: SharedFact[];
  added: AddedFact[];
  leftOut: LeftOutFact[];
  conflicts: Conflict[];
}

// ---------------------------------------------------------------------------------------------
// Quote tracing (lib/quotes). Field names follow the CLI contract of `trace --json`.

export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface Occurrence {
  id: string;
  title: string;
  outlet: string | null;
  date: string | null;
  url: string | null;
  /** The variant as that article has it. */
  text: string;
  kind: 'exact' | 'variant' | 'paraphrase';
  score: number;
  /** Unit index where the variant stands. */
  i: number;
  speaker: string | null;
  /** Word-level diff from the selection to this variant. */
  diff: DiffPart[];
  /**
   * The source it counts as (lib/quotes/trace.ts): occurrences with the same key are one outlet in
   * "Found in N places, M outlets" — the same outlet, or near-copies of each other. Absent in older traces.
   */
  sourceKey?: string;
  /** Id of the other article carrying the selection that this one is a near-copy of. */
  copyOf?: string;
}

export interface Trace {
  quote: string;
  speaker: string | null;
  occurrences: Occurrence[];
  origin: { id: string; date: string | null; primary: string | null } | null;
}

// ---------------------------------------------------------------------------------------------
// The corpus as the engine and quote tracer see it (implemented by lib/store's Dexie Corpus, and by
// an in-memory index for tests and benchmarks). Story matching goes through this index, never
// through a scan of every article's text.

export interface CorpusIndex {
  /**
   * Articles sharing at least one of `keys` in the corpus's key index, with how many keys each
   * shares, most first. `limit` caps the number returned (default: implementation's choice).
   */
  candidates(keys: string[], limit?: number): Promise<Array<{ id: string; hits: number }>>;
  /**
   * How many articles carry each key (document frequency), for weighting rare keys. `seen`: the caller's cache of
   * the store's records, one compare's (lib/store Corpus.keyCounts).
   */
  keyCounts(keys: string[], seen?: Map<number, unknown>): Promise<Map<string, number>>;
  /** Number of articles in the corpus. */
  count(): Promise<number>;
  /** Whole articles by id, in the order asked; missing ids are skipped. */
  getMany(ids: string[]): Promise<Article[]>;
  /** Id of an article already in the corpus that is the same as this one (same id, canonical URL or text hash). */
  findSame(article: Pick<Article, 'id' | 'url' | 'hash'>): Promise<string | null>;
  /**
   * Optional: the ids carrying each key (the key index's lists), so that a caller can keep them per
   * key (lib/engine/read-cache.ts). `candidates(keys, limit)` must equal `rankHits` over them.
   * `seen`: the caller's cache of the store's records, one compare's (lib/store Corpus.keyIds).
   */
  keyIds?(keys: string[], seen?: Map<string, unknown>): Promise<Map<string, string[]>>;
  /**
   * Optional: keeps articles' story vectors (lib/engine/vectors.ts) for the next compares, each with
   * the fingerprint of what it was derived from; `getMany` then hands them over with the articles
   * that still match. The engine calls it after a compare (lib/engine/compare.ts); lib/store's
   * Corpus implements it (schema v8's `vectors` table).
   */
  keepVectors?(records: Array<{ id: string; of: string; vec: unknown }>): Promise<unknown>;
  /**
   * Optional: how many articles carry each repeat key (lib/engine/repeats.ts `repeatKeys`: a unit's text on its site),
   * kept with every write and delete. The engine reads it once per compare to tell page furniture (a unit the site
   * repeats across other stories) from the story's facts; without it nothing is taken for furniture.
   */
  repeatCounts?(keys: string[]): Promise<Map<string, number>>;
  /**
   * Optional: the number of articles and the keys more than `floor` of them carry, with their counts, read at
   * one moment (lib/store's keyStats record FREQUENT_BUCKET), so that a story decision knows which keys its
   * candidate query leaves out before their counts arrive and asks the others' lists at once (story.ts).
   */
  frequentKeys?(): Promise<FrequentKeys>;
}

/** CorpusIndex.frequentKeys: `counts` holds every key more than `floor` articles carry (null: none kept, `counts` empty). */
export interface FrequentKeys {
  n: number;
  floor: number | null;
  counts: Map<string, number>;
}

/** Our own export format: one JSON file holding the whole corpus. */
export interface CorpusBundle {
  format: 'parallax-corpus';
  version: 1;
  exportedAt: string;
  articles: Article[];
}
