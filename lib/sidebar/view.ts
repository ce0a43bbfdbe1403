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
  outlet: string;
  date: string | null;
  url: string | null;
  relation: RelatedArticle['relation'];
}

/** A sentence of another article that a claim rests on. */
export interface SourceSentence {
  source: Source;
  i: number;
  text: string;
}

export interface AddedItem {
  key: string;
  text: string;
  sentences: SourceSentence[];
  /** Distinct outlets carrying it, and distinct outlets among the related articles. */
  outlets: string[];
  count: number;
  total: number;
}

export interface LeftOutItem {
  i: number;
  text: string;
  missingFrom: Source[];
  /** Distinct outlets that omit it, out of the related outlets. */
  count: number;
  total: number;
}

export interface SharedItem {
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

export function buildView(report: Report): ReportView {
  const sources = report.related.map(
    (r): Source => ({
      id: r.id,
      title: r.title,
      outlet: outletName(r.outlet),
      date: r.date,
      url: r.url,
      relation: r.relation,
    }),
  );
  const byId = new Map(sources.map((s) => [s.id, s]));
  const unitText = new Map<string, string>();
  for (const r of report.related) for (const u of r.units) unitText.set(`${r.id}#${u.i}`, u.text);

  const sentence = (ref: { id: string; i: number; text?: string }): SourceSentence | null => {
    const source = byId.get(ref.id);
    if (!source) return null;
    return { source, i: ref.i, text: ref.text ?? unitText.get(`${ref.id}#${ref.i}`) ?? '' };
  };
  const sentences = (refs: Array<{ id: string; i: number; text?: string }>) =>
    refs.map(sentence).filter((s): s is SourceSentence => s !== null);

  const outletTotal = distinctOutlets(sources).length;

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
    };
  });

  const leftOut = report.leftOut.map((fact): LeftOutItem => {
    const missing = fact.missingFrom.map((id) => byId.get(id)).filter((s): s is Source => !!s);
    return {
      i: fact.i,
      text: fact.text,
      missingFrom: missing,
      count: distinctOutlets(missing).length,
      total: outletTotal,
    };
  });

  const shared = report.shared.map(
    (fact): SharedItem => ({
      i: fact.i,
      text: fact.text,
      sentences: sentences(fact.sources),
      count: fact.count,
      total: fact.total,
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

  // Most widely reported additions and most widely omitted facts first; ties keep the report's order.
  const byCount = <T extends { count: number }>(items: T[]) =>
    items.map((item, n) => ({ item, n })).sort((a, b) => b.item.count - a.item.count || a.n - b.n).map((x) => x.item);

  return {
    title: report.article.title,
    outlet: outletName(report.article.outlet),
    date: report.article.date,
    url: report.article.url,
    relatedCount: sources.length,
    outletCount: outletTotal,
    sources,
    added: byCount(added),
    leftOut: byCount(leftOut),
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
