/**
 * What the sidebar shows, derived from a Report: outlet names instead of ids, the sentence each
 * claim rests on, counts in words. Pure functions of (report, article); the components only draw.
 */
import type { Article, Report, RelatedArticle } from '../types';
import type { Anchor, HighlightKind } from '../extension/protocol';

export const UNKNOWN_OUTLET = 'Unknown outlet';

/** One related article as the reader sees it. */
export interface Source {
  id: string;
  title: string;
  /** The outlet's name, or UNKNOWN_OUTLET. */
  outlet: string;
  /** What the reader sees as its name: the outlet, or the article's short title when the outlet is unknown. */
  name: string;
  date: string | null;
  url: string | null;
  relation: RelatedArticle['relation'];
  /** Only a summary of the article is in the corpus (it never "leaves out" a fact). */
  summaryOnly?: true;
}

/** A sentence of another article that a claim rests on. */
export interface SourceSentence {
  source: Source;
  i: number;
  text: string;
  /** The same fact in other words (not aligned word for word; see lib/engine/report.ts). */
  told?: 'differently';
}

/** Where a card ranks in its section and, when the engine says, why. */
export interface RankedItem {
  rank: number;
  why: string | null;
}

export interface AddedItem extends RankedItem {
  key: string;
  text: string;
  sentences: SourceSentence[];
  /** Distinct outlets carrying it, and distinct outlets among the related articles. */
  outlets: string[];
  count: number;
  total: number;
}

export interface LeftOutItem extends RankedItem {
  i: number;
  text: string;
  missingFrom: Source[];
  /** Distinct outlets that omit it, out of the related outlets. */
  count: number;
  total: number;
}

export interface SharedItem extends RankedItem {
  i: number;
  text: string;
  sentences: SourceSentence[];
  count: number;
  total: number;
}

export interface ConflictItem {
  key: string;
  about: string;
  here: { i: number; text: string };
  there: SourceSentence[];
}

export interface NearCopyItem {
  source: Source;
  /** Share of this article's text found in that one, and of that one's found here, 0..1. */
  ofThis: number;
  ofThat: number;
}

export interface ReportView {
  title: string;
  outlet: string;
  date: string | null;
  url: string | null;
  relatedCount: number;
  outletCount: number;
  sources: Source[];
  added: AddedItem[];
  leftOut: LeftOutItem[];
  shared: SharedItem[];
  conflicts: ConflictItem[];
  nearCopies: NearCopyItem[];
}

export function outletName(outlet: string | null | undefined): string {
  const name = outlet?.trim();
  return name ? name : UNKNOWN_OUTLET;
}

/** Outlets are told apart by name; articles of unknown outlet each count as their own. */
function outletKey(source: Source): string {
  return source.outlet === UNKNOWN_OUTLET ? `#${source.id}` : source.outlet.toLowerCase();
}

function distinctOutlets(sources: Source[]): string[] {
  const seen = new Map<string, string>();
  for (const s of sources) if (!seen.has(outletKey(s))) seen.set(outletKey(s), s.outlet);
  return [...seen.values()];
}

/** A source's name for the reader: the outlet, or “the article's short title…” when the outlet is unknown. */
export function sourceName(s: { outlet: string | null; title: string }): string {
  const outlet = outletName(s.outlet);
  return outlet === UNKNOWN_OUTLET ? `“${shortTitle(s.title)}”` : outlet;
}

export function buildView(report: Report): ReportView {
  const sources = report.related.map(
    (r): Source => ({
      id: r.id,
      title: r.title,
      outlet: outletName(r.outlet),
      name: sourceName(r),
      date: r.date,
      url: r.url,
      relation: r.relation,
      // A feed teaser whose page could not be read (Article.summaryOnly): said so wherever it is named.
      ...(r.summaryOnly ? { summaryOnly: true as const } : {}),
    }),
  );
  const byId = new Map(sources.map((s) => [s.id, s]));
  const unitText = new Map<string, string>();
  for (const r of report.related) for (const u of r.units) unitText.set(`${r.id}#${u.i}`, u.text);

  const sentence = (ref: { id: string; i: number; text?: string; told?: 'differently' }): SourceSentence | null => {
    const source = byId.get(ref.id);
    if (!source) return null;
    const s: SourceSentence = { source, i: ref.i, text: ref.text ?? unitText.get(`${ref.id}#${ref.i}`) ?? '' };
    if (ref.told) s.told = ref.told;
    return s;
  };
  const sentences = (refs: Array<{ id: string; i: number; text?: string; told?: 'differently' }>) =>
    refs.map(sentence).filter((s): s is SourceSentence => s !== null);

  const outletTotal = distinctOutlets(sources).length;
  // A summary-only article can leave nothing out (lib/engine/report.ts): "left out by N of M" counts full articles.
  const summaryIds = new Set(report.related.filter((r) => r.summaryOnly).map((r) => r.id));
  const fullTotal = distinctOutlets(sources.filter((s) => !summaryIds.has(s.id))).length;

  const ranked = (x: { rank?: number; why?: string }, n: number): RankedItem => ({ rank: x.rank ?? n + 1, why: x.why ?? null });

  const added = report.added.map((fact, n): AddedItem => {
    const list = sentences(fact.sources);
    const outlets = distinctOutlets(list.map((s) => s.source));
    return {
      key: `added-${n}`,
      text: fact.text,
      sentences: list,
      outlets,
      count: outlets.length,
      total: outletTotal,
      ...ranked(fact, n),
    };
  });

  const leftOut = report.leftOut.map((fact, n): LeftOutItem => {
    const missing = fact.missingFrom.map((id) => byId.get(id)).filter((s): s is Source => !!s);
    return {
      i: fact.i,
      text: fact.text,
      missingFrom: missing,
      count: distinctOutlets(missing).length,
      total: fullTotal,
      ...ranked(fact, n),
    };
  });

  const shared = report.shared.map(
    (fact, n): SharedItem => ({
      i: fact.i,
      text: fact.text,
      sentences: sentences(fact.sources),
      count: fact.count,
      total: fact.total,
      ...ranked(fact, n),
    }),
  );

  const conflicts = report.conflicts.map(
    (c, n): ConflictItem => ({
      key: `conflict-${n}`,
      about: c.about,
      here: c.here,
      there: sentences(c.there),
    }),
  );

  const nearCopies = report.related
    .filter((r) => r.relation === 'near-copy')
    .map((r): NearCopyItem => ({ source: byId.get(r.id)!, ofThis: r.copied.ofThis, ofThat: r.copied.ofThat }))
    .sort((a, b) => b.ofThis - a.ofThis);

  // The engine ranks each section (lib/engine/rank.ts). A report without ranks (older stored
  // reports, other producers): most widely reported additions and omissions first, ties in order.
  const byCount = <T extends { count: number }>(items: T[], ranks: boolean) =>
    ranks
      ? [...items]
      : items.map((item, n) => ({ item, n })).sort((a, b) => b.item.count - a.item.count || a.n - b.n).map((x) => x.item);
  const hasRanks = (xs: Array<{ rank?: number }>) => xs.length > 0 && xs.every((x) => typeof x.rank === 'number');

  return {
    title: report.article.title,
    outlet: outletName(report.article.outlet),
    date: report.article.date,
    url: report.article.url,
    relatedCount: sources.length,
    outletCount: outletTotal,
    sources,
    added: byCount(added, hasRanks(report.added)),
    leftOut: byCount(leftOut, hasRanks(report.leftOut)),
    shared,
    conflicts,
    nearCopies,
  };
}

/**
 * Which of this article's sentences are unique to it and which others share, for in-page marks.
 * A near-copy of this article is not independent coverage: a sentence found only in copies of
 * this article counts as unique to it.
 */
export function highlightItems(report: Report): Array<Anchor & { kind: HighlightKind }> {
  const copies = new Set(report.related.filter((r) => r.relation === 'near-copy').map((r) => r.id));
  return report.article.units
    .filter((u) => u.text.trim() !== '')
    .map((u) => ({
      i: u.i,
      text: u.text,
      kind: u.coveredBy.some((id) => !copies.has(id)) ? 'shared' : 'unique',
    }));
}

export function highlightCounts(report: Report): { unique: number; shared: number } {
  let unique = 0;
  let shared = 0;
  for (const item of highlightItems(report)) item.kind === 'unique' ? unique++ : shared++;
  return { unique, shared };
}

// ---------------------------------------------------------------------------------------------
// Words

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The first words of a title, for naming an article whose outlet is unknown. */
export function shortTitle(title: string, words = 6): string {
  const parts = title.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return 'an untitled article';
  return parts.length <= words ? parts.join(' ') : `${parts.slice(0, words).join(' ')}…`;
}

/**
 * Names for some articles, each outlet once: known outlets by name, articles of unknown outlet by
 * their title ("Gazeta Sur and “Bukele responds to Hillary Clinton about…”").
 */
export function outletList(sources: Array<Pick<Source, 'outlet' | 'title'>>): string {
  const names: string[] = [];
  for (const s of sources) {
    const name = s.outlet === UNKNOWN_OUTLET ? `“${shortTitle(s.title)}”` : s.outlet;
    if (!names.includes(name)) names.push(name);
  }
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "4 related articles from 3 outlets" */
export function relatedSummary(view: Pick<ReportView, 'relatedCount' | 'outletCount'>): string {
  return `${plural(view.relatedCount, 'related article')} from ${plural(view.outletCount, 'outlet')}`;
}

/** How many cards a section shows before "Show all N". */
export const TOP_CARDS = 5;

/** "in 2 of 4 outlets"; with `other`: "in 2 of 4 other outlets". */
export function inNofM(count: number, total: number, other = false): string {
  return `in ${count} of ${plural(total, other ? 'other outlet' : 'outlet')}`;
}

export function percent(share: number): string {
  const p = Math.round(Math.max(0, Math.min(1, share)) * 100);
  return `${p}%`;
}

/**
 * A date as the reader reads it. A bare "2025-12-23" is a calendar day: formatted in UTC so it
 * does not shift a day west of Greenwich.
 */
export function formatDate(iso: string | null, locale?: string): string | null {
  if (!iso) return null;
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const d = new Date(dayOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    ...(dayOnly ? { timeZone: 'UTC' } : {}),
  }).format(d);
}

// ---------------------------------------------------------------------------------------------
// Quotes that can be traced

const QUOTE_PAIRS: Array<[string, string]> = [
  ['“', '”'],
  ['"', '"'],
  ['‘', '’'],
];

/**
 * Quoted spans in a sentence of another article (we only have its text): at least three words
 * between matching quotation marks. A single quote mark inside a word (an apostrophe) is not a quote.
 */
export function quotesInText(text: string): string[] {
  const found: string[] = [];
  for (const [open, close] of QUOTE_PAIRS) {
    let from = 0;
    for (;;) {
      const a = text.indexOf(open, from);
      if (a < 0) break;
      if (open === '‘' && /\w/.test(text[a - 1] ?? '')) {
        from = a + 1;
        continue;
      }
      const b = text.indexOf(close, a + 1);
      if (b < 0) break;
      const inner = text.slice(a + 1, b).trim();
      if (inner.split(/\s+/).length >= 3) found.push(inner);
      from = b + 1;
    }
  }
  return [...new Set(found)];
}

/** Quotes of this article that stand in unit `i`: from ingestion when known, else from the text. */
export function quotesInUnit(article: Article | null, i: number, text: string): string[] {
  if (article && article.quotes.length > 0) {
    const qs = article.quotes
      .filter((q) => q.units.includes(i) && q.kind !== 'reported')
      .map((q) => q.text.trim())
      .filter((t) => t.split(/\s+/).length >= 3);
    return [...new Set(qs)];
  }
  return quotesInText(text);
}
