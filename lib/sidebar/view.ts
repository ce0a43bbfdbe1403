/**
 * What the sidebar shows, derived from a Report: outlet names instead of ids, the sentence each
 * claim rests on, counts in words. Pure functions of (report, article); the components only draw.
 */
import type { AddedFact, Article, Conflict, DiffPart, LeftOutFact, NovelSpan, Report, RelatedArticle, SharedFact } from '../types';
import type { Anchor, HighlightKind } from '../extension/protocol';
import { shortTitle, sourceKey, sourceLabel, sourceLabels, UNKNOWN_OUTLET } from '../outlets';
import { daysApart, partlyTold, STORY_DAYS } from '../engine/light';

export { shortTitle, UNKNOWN_OUTLET };

/** One related article as the reader sees it. */
export interface Source {
  id: string;
  title: string;
  /** The outlet's name, or UNKNOWN_OUTLET. */
  outlet: string;
  /** What the reader sees as its name: the outlet, or the article's short title when the outlet is unknown (lib/outlets.ts sourceLabel). */
  name: string;
  /**
   * Sources with the same key count as one in "in N of M outlets": the same outlet, or near-copies of
   * each other (the report's sourceKey, lib/engine/copy.ts; else lib/outlets.ts sourceKey).
   */
  key: string;
  /** The name of the other related article's source this one is a near-copy of ("near-copy of …"), or null. */
  copyOf: string | null;
  date: string | null;
  /**
   * When this article and the source are both dated and further apart than one event's news runs
   * (STORY_DAYS, the window the story decision itself allows): "published 7 months earlier". A
   * piece from another time tells background, not what the others added or left out of this news.
   */
  apart?: string;
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
  /** Who speaks the sentence, when it lies in a direct quote that does not name its speaker (report.ts quoteSpeaker). */
  speaker?: string;
}

/** Where a card ranks in its section and, when the engine says, why. */
export interface RankedItem {
  rank: number;
  why: string | null;
  /**
   * What a card's sentence, read alone naming no one, leans on in its own article (`leanedOn`, audit66): "Part of: " the
   * whole sentence it is a piece of (cut at semicolons), or "Follows: " the sentence before it. Absent when it reads alone.
   */
  context?: string;
}

export interface AddedItem extends RankedItem {
  key: string;
  text: string;
  /** Who speaks `text` (AddedFact.speaker). */
  speaker?: string;
  sentences: SourceSentence[];
  /** Distinct outlets carrying it, and distinct outlets among the related articles. */
  outlets: string[];
  count: number;
  total: number;
  /** The parts of `text` this article lacks, when only parts are new (AddedFact.novel). */
  novel?: NovelSpan[];
  /**
   * This article's sentence nearest to the card's (AddedFact.closest), when `showClosest` keeps it:
   * the reader can check that this article does not tell the fact.
   */
  closest?: { i: number; text: string };
  /**
   * The sources of an unmarked card whose sentence a Shared card also shows as aligned with a sentence of this article
   * (the engine aligned it; its coverage decision still calls it new here): the card says this article may tell part of
   * it, and that Shared card names them too (SharedItem.alsoAdded). twin64 read the 40 such on the dev sets: this
   * article tells it all 16, in part 15, not 9. Absent when none.
   */
  nearHere?: Source[];
}

export interface LeftOutItem extends RankedItem {
  i: number;
  text: string;
  /** Who speaks `text` (LeftOutFact.speaker). */
  speaker?: string;
  missingFrom: Source[];
  /** Distinct outlets that omit it, out of the related outlets. */
  count: number;
  total: number;
  /**
   * The parts of `text` the outlets telling the rest of it lack (their union, LeftOutFact.novel), when
   * some outlet lacks only parts; the outlets in `wholeFrom` lack them too.
   */
  novel?: NovelSpan[];
  /**
   * With `novel`: the sources that tell the rest of the sentence and lack only marked parts
   * (LeftOutFact.partly), and those that lack the whole sentence (empty when none does). A source
   * of an outlet with an article in `partly` is never in `wholeFrom`: that outlet tells the rest.
   */
  partFrom?: Source[];
  wholeFrom?: Source[];
  /** With `novel`: every source in `partFrom` lacks all of the marked parts (not only some of them). */
  lacksAllMarked?: boolean;
  /**
   * When the sentence is a Shared card too (some outlet tells it, or tells the rest of a marked one): the sources that
   * Shared card lists, so the card can say why one sentence stands in both sections (audit62 §4 cause 7).
   */
  toldBy?: Source[];
  /**
   * Sources this card counts as lacking the whole sentence although the Shared card of the same sentence lists their
   * sentence as its telling (the engine aligned it; its coverage decision still calls it missing: twin63 read the 24 such
   * on the dev sets — they tell all of it 9, part 8, none 7). The card says they may tell part of it, never that they
   * lack all of it (twin64). Absent when none.
   */
  nearFrom?: Source[];
  /**
   * Per outlet said to leave out the whole sentence (one line per outlet: its nearest sentence over
   * its articles), the sentence that comes closest (LeftOutFact.closest), when `showClosest` keeps it.
   */
  closest?: SourceSentence[];
}

export interface SharedItem extends RankedItem {
  i: number;
  text: string;
  /** Who speaks `text` here (SharedFact.speaker); each sentence of `sentences` carries its own. */
  speaker?: string;
  sentences: SourceSentence[];
  count: number;
  total: number;
  /**
   * When the sentence is a Left-out card too: the sources that lack it, whole or (a marked card's `partFrom`) a
   * marked part of it, so the card can say why one sentence stands in both sections.
   */
  missing?: { whole: Source[]; part: Source[]; near?: Source[] };
  /** The sources whose sentence shown here is also on an unmarked Others-added card (AddedItem.nearHere). Absent when none. */
  alsoAdded?: Source[];
}

export interface ConflictItem {
  key: string;
  about: string;
  here: { i: number; text: string };
  there: SourceSentence[];
  /** What disagrees (lib/types.ts Conflict.kind); absent for older reports. */
  kind?: Conflict['kind'];
  /** This article's name as the card says it: its outlet, or "This article" when the outlet is unknown. */
  hereName?: string;
  /**
   * What each side says, one entry per other source and wording (Conflict.sides): this article's figure
   * or quote, the other's, and for a quote the word-level difference from here to there.
   */
  sides?: Array<{ source: Source; here: string; there: string; diff?: DiffPart[] }>;
  /**
   * Different figures no owner of which both sides name (Conflict.check, conf37): shown as "check", after the
   * conflicts whose figures name one owner, since over the judged rounds they are two different things three
   * times in ten (the others one in fourteen). A quote worded differently in small words only (quote55) is one to
   * check too: "Worded slightly differently".
   */
  check?: true;
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
  /**
   * When this article is undated and the dated related articles lie further apart than STORY_DAYS:
   * how far ("2 years") and from when to when; nothing then says which of them is this article's time.
   */
  spread?: { apart: string; from: string; to: string };
  relatedCount: number;
  outletCount: number;
  /** Related articles that are near-copies of another related article (counted with it as one outlet). */
  copyCount?: number;
  /**
   * Related articles that are other outlets' own full reporting: neither a near-copy of this article
   * nor a summary only. When none is, no fact can be left out by others (audit77: a wire story whose
   * only other copy is the same text on another site showed "Left out 0 — Nothing: the other outlets
   * report every fact" above "Shared 0 — No fact of this article appears elsewhere").
   */
  independentCount?: number;
  /** Facts of this article told elsewhere only by its near-copies: no Shared card (`sharedElsewhere`). */
  sharedOnlyByCopies?: number;
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

/** A third-person pronoun (he, she, it, they, him, his, her, them, their, its) or its contraction as a sentence's first word, after "and / but / yet / so / or / nor" at most — or a first word in lower case. */
const LEANS = /^(?:(?:and|but|yet|so|or|nor)\s+)?(?:s?he|it|the(?:y|m|ir)|hi[ms]|her|its)(?:['’](?:s|re|ve|ll|d))?\b/i;
const leans = (text: string) => LEANS.test(text.trim()) || /^\p{Ll}/u.test(text.trim());

/**
 * What unit `i` of an article leans on, for a reader who sees it alone on a card (`RankedItem.context`): the whole sentence when
 * the unit is a piece of one cut at semicolons (the pieces before and after it joined), else, when it opens on a
 * pronoun or in lower case (`leans`), the nearest sentence before it that does not lean too (`chain`, audit66's arm C2;
 * `chain` false: the sentence just before, arm C) — headings and captions (`fact: false`) passed over. No constant: the
 * sentences' own first words and the semicolons decide.
 */
export function leanedOn(units: ReadonlyArray<{ i: number; text: string; fact?: boolean }>, i: number, chain = true): string | null {
  const at = units.findIndex((u) => u.i === i);
  const cut = (k: number) => /;\s*$/.test(units[k]?.text ?? '');
  let from = at;
  let to = at;
  while (cut(from - 1)) from--;
  while (cut(to)) to++;
  if (from < to) return `Part of: ${units.slice(from, to + 1).map((u) => u.text).join(' ')}`;
  if (at < 0 || !leans(units[at]!.text)) return null;
  const before = units.slice(0, at).filter((u) => u.fact !== false).reverse();
  const u = (chain && before.find((x) => !leans(x.text))) || before[0];
  return u ? `Follows: ${u.text}` : null;
}

/** The distinct sources among some, by key (lib/outlets.ts sourceKey), each by its name. */
function distinctOutlets(sources: Source[]): string[] {
  const seen = new Map<string, string>();
  for (const s of sources) if (!seen.has(s.key)) seen.set(s.key, s.name);
  return [...seen.values()];
}

/** The sources of no outlet (`Source.key`) among `told`: an outlet is named once, as its most telling article (audit70). */
const besides = (sources: Source[], told: readonly Source[]): Source[] => sources.filter((s) => !told.some((x) => x.key === s.key));

/**
 * The sources leaving out a marked sentence split into those that lack only marked parts and those
 * that lack all of it, by outlet: an outlet with any article telling the rest tells the rest. A report
 * without `partly` (older ones) marked a sentence only when every source lacked only marked parts.
 */
function partAndWhole(
  missing: Source[],
  novel: readonly NovelSpan[],
  partly: LeftOutFact['partly'],
): Pick<LeftOutItem, 'partFrom' | 'wholeFrom' | 'lacksAllMarked'> {
  if (!partly) return { partFrom: missing, wholeFrom: [], lacksAllMarked: true };
  // An entry with no mark (both72: a Shared card counts that outlet, but no part it lacks could be placed) does not say it
  // tells the rest; it stays with the whole, where a Shared listing of it reads "may tell part of it" (`nearFrom`).
  const marked = partly.filter((p) => p.novel.length);
  const ids = new Set(marked.map((p) => p.id));
  const tellRest = new Set(missing.filter((s) => ids.has(s.id)).map((s) => s.key));
  const same = (spans: readonly NovelSpan[]) => spans.length === novel.length && spans.every((x, n) => x.start === novel[n]!.start && x.end === novel[n]!.end);
  return {
    partFrom: missing.filter((s) => tellRest.has(s.key)),
    wholeFrom: missing.filter((s) => !tellRest.has(s.key)),
    lacksAllMarked: marked.every((p) => same(p.novel)),
  };
}

/**
 * When a card shows its closest sentence (ui14): the similarity at or above which it is shown, and
 * whether the sentence must also be one the engine left unaligned with the card's side (`free`: a
 * sentence aligned with another sentence tells that other fact). Fitted by
 * `npx tsx bench/ui14-closest.ts --sheet=bench/data/ui14-closest-dev.tsv` on the audit14 dev
 * readings (Youden's J: the share of lines that are the paraphrase the card missed, shown, minus the
 * share of the other lines shown); docs/notes/ui14.md has the numbers, on dev and on the held sheet.
 */
export const CLOSEST_RULE: { cut: number; free: boolean } = { cut: 0.136, free: false };

/** One line a card could show: where (the other article, or for an added card the card sentence's article), the unit, s, free. */
export interface ClosestLine {
  id: string;
  i: number;
  s: number;
  free: boolean;
}

/**
 * The closest-sentence lines of a card that claims a whole sentence absent (an added card without
 * marks; a left-out card's articles lacking the whole sentence): for a left-out card, per article,
 * its unit nearest to the card's sentence; for an added card, this article's unit nearest to it (`id`:
 * the article the card's sentence comes from). `free`: that unit is aligned with no unit of the
 * card's side (no match, not told differently). With a rule, only the lines it shows; null: all.
 */
export function closestLines(report: Report, fact: AddedFact | LeftOutFact, rule: { cut: number; free: boolean } | null = CLOSEST_RULE): ClosestLine[] {
  const related = new Map(report.related.map((r) => [r.id, r]));
  const keep = (l: ClosestLine) => rule === null || (l.s >= rule.cut && (!rule.free || l.free));
  if ('missingFrom' in fact) {
    const partly = partlyTold(fact);
    return (fact.closest ?? [])
      .filter((c) => !partly.has(c.id) && related.has(c.id))
      .map((c) => {
        const u = related.get(c.id)!.units.find((x) => x.i === c.i);
        return { id: c.id, i: c.i, s: c.s, free: !!u && u.matches.length === 0 && !u.reworded?.length };
      })
      .filter(keep);
  }
  const first = fact.sources[0];
  if (!fact.closest || !first || fact.novel?.length) return [];
  const there = related.get(first.id);
  if (!there) return [];
  const x = fact.closest.i;
  const free = !there.units.some((u) => u.matches.includes(x) || !!u.reworded?.includes(x));
  return [{ id: first.id, i: x, s: fact.closest.s, free }].filter(keep);
}

/**
 * Days as the reader says them: "3 days", "5 weeks", "7 months", "2 years" (the nearest whole unit,
 * the smallest unit that stays under two dozen).
 */
export function timeSpan(days: number): string {
  const d = Math.round(Math.abs(days));
  if (d < 14) return plural(d, 'day');
  if (d < 61) return plural(Math.round(d / 7), 'week');
  if (d < 730) return plural(Math.round(d / 30.44), 'month');
  return plural(Math.round(d / 365.25), 'year');
}

/** Source.apart for a source dated `there`, this article dated `here`. */
function farFrom(here: string | null, there: string | null): Pick<Source, 'apart'> {
  const days = daysApart(here, there);
  if (days === null || days <= STORY_DAYS) return {};
  return { apart: `published ${timeSpan(days)} ${Date.parse(there!) < Date.parse(here!) ? 'earlier' : 'later'}` };
}

/** ReportView.spread: this article undated, its dated sources further apart than STORY_DAYS. */
function dateSpread(here: string | null, sources: Source[]): Pick<ReportView, 'spread'> {
  if (here && !Number.isNaN(Date.parse(here))) return {};
  const dated = sources
    .filter((s) => s.date && !Number.isNaN(Date.parse(s.date)))
    .sort((a, b) => Date.parse(a.date!) - Date.parse(b.date!));
  if (dated.length < 2) return {};
  const first = dated[0]!.date!;
  const last = dated[dated.length - 1]!.date!;
  const days = daysApart(first, last)!;
  return days > STORY_DAYS ? { spread: { apart: timeSpan(days), from: formatDate(first)!, to: formatDate(last)! } } : {};
}

/** A source's name for the reader: the outlet, or “the article's short title…” when the outlet is unknown. */
export const sourceName = sourceLabel;

export function buildView(report: Report): ReportView {
  const names = sourceLabels(report.related);
  const sources = report.related.map(
    (r, k): Source => ({
      id: r.id,
      title: r.title,
      outlet: outletName(r.outlet),
      name: names[k]!,
      key: r.sourceKey ?? sourceKey(r),
      copyOf: null,
      date: r.date,
      ...farFrom(report.article.date, r.date),
      url: r.url,
      relation: r.relation,
      // A feed teaser whose page could not be read (Article.summaryOnly): said so wherever it is named.
      ...(r.summaryOnly ? { summaryOnly: true as const } : {}),
    }),
  );
  const byId = new Map(sources.map((s) => [s.id, s]));
  // A copy of another related article says so; a copy of the article read is in "Near-copies".
  report.related.forEach((r, k) => {
    const of = r.copyOf ? byId.get(r.copyOf) : undefined;
    if (of) sources[k]!.copyOf = of.name;
  });
  const unitText = new Map<string, string>();
  for (const r of report.related) for (const u of r.units) unitText.set(`${r.id}#${u.i}`, u.text);

  type Ref = { id: string; i: number; text?: string; told?: 'differently'; speaker?: string };
  const sentence = (ref: Ref): SourceSentence | null => {
    const source = byId.get(ref.id);
    if (!source) return null;
    const s: SourceSentence = { source, i: ref.i, text: ref.text ?? unitText.get(`${ref.id}#${ref.i}`) ?? '' };
    if (ref.told) s.told = ref.told;
    if (ref.speaker) s.speaker = ref.speaker;
    return s;
  };
  const sentences = (refs: Ref[]) =>
    refs.map(sentence).filter((s): s is SourceSentence => s !== null);

  const outletTotal = distinctOutlets(sources).length;
  // A summary-only article can leave nothing out (lib/engine/report.ts): "left out by N of M" counts full articles.
  const summaryIds = new Set(report.related.filter((r) => r.summaryOnly).map((r) => r.id));
  const fullTotal = distinctOutlets(sources.filter((s) => !summaryIds.has(s.id))).length;

  const ranked = (x: { rank?: number; why?: string }, n: number): RankedItem => ({ rank: x.rank ?? n + 1, why: x.why ?? null });
  const unitsOf = new Map(report.related.map((r) => [r.id, r.units]));
  const lean = (units: ReadonlyArray<{ i: number; text: string; fact?: boolean }> | undefined, i: number): Pick<RankedItem, 'context'> => {
    const context = units && leanedOn(units, i);
    return context ? { context } : {};
  };

  const sharedFacts = sharedElsewhere(report);
  const told = new Map(sharedFacts.map((f) => [f.i, sentences(closestPerArticle(f.sources))]));
  // Per Shared card (aligned sentences it shows, not told differently), the sources whose sentence is on an unmarked Added card.
  const alsoAdded = new Map<number, Source[]>();
  const at = (x: SourceSentence) => [...told].filter(([, list]) => list.some((y) => !y.told && y.source === x.source && y.i === x.i)).map(([i]) => i);
  const added = report.added.map((fact, n): AddedItem => {
    const list = sentences(fact.sources);
    const outlets = distinctOutlets(list.map((s) => s.source));
    const near = fact.novel?.length ? [] : list.filter((x) => at(x).map((i) => alsoAdded.set(i, [...(alsoAdded.get(i) ?? []), x.source])).length);
    return {
      key: `added-${n}`,
      text: fact.text,
      ...(fact.speaker ? { speaker: fact.speaker } : {}),
      sentences: list,
      outlets,
      count: outlets.length,
      total: outletTotal,
      ...(fact.novel?.length ? { novel: fact.novel } : {}),
      ...closestHere(fact),
      ...(near.length ? { nearHere: near.map((x) => x.source) } : {}),
      ...ranked(fact, n),
      ...(fact.sources[0] ? lean(unitsOf.get(fact.sources[0].id), fact.sources[0].i) : {}),
    };
  });

  // The sources a Left-out card says lack all of its sentence. One the engine also aligns with the sentence (the coverage
  // model overruling the alignment: 17 of 476 such pairs on the dev sets, bench/ui63-pairs.ts) is `nearFrom`: both cards
  // say it may tell part of the sentence (twin64).
  const wholeOf = (x: LeftOutItem) => (x.novel ? x.wholeFrom ?? [] : x.missingFrom);
  // A group of sources (`Source.key`: near-copies, one outlet's articles) tells a sentence when any of its articles does,
  // as Shared counts it; so it leaves the sentence out only when none does (audit65). A card no group leaves out is none.
  const leftOut = report.leftOut.flatMap((fact, n): LeftOutItem[] => {
    const lacking = new Set(fact.missingFrom);
    const telling = new Set(sources.filter((s) => !lacking.has(s.id) && !s.summaryOnly).map((s) => s.key));
    const missing = fact.missingFrom.map((id) => byId.get(id)).filter((s): s is Source => !!s && !telling.has(s.key));
    if (!missing.length) return [];
    // Articles telling the rest whose group tells it all drop out; with none left the remaining sources lack the whole
    // sentence (no marks). The marks stay the engine's union (a dropped article's own parts among them: not seen on dev).
    const partly = fact.partly?.filter((p) => missing.some((s) => s.id === p.id));
    const item: LeftOutItem = {
      i: fact.i,
      text: fact.text,
      ...(fact.speaker ? { speaker: fact.speaker } : {}),
      missingFrom: missing,
      count: distinctOutlets(missing).length,
      total: fullTotal,
      ...(fact.novel?.length && partly?.length !== 0 ? { novel: fact.novel, ...partAndWhole(missing, fact.novel, partly) } : {}),
      ...closestThere(fact, new Set(missing.map((s) => s.id))),
      ...ranked(fact, n),
      ...lean(report.article.units, fact.i),
    };
    const there = told.get(fact.i);
    if (there) {
      const listed = there.map((s) => s.source);
      item.toldBy = listed.filter((s) => !wholeOf(item).includes(s));
      const near = listed.filter((s) => wholeOf(item).includes(s));
      if (near.length) item.nearFrom = near;
    }
    return [item];
  });

  // The nearest sentence, where the rule shows it: this article's for an added card…
  function closestHere(fact: AddedFact): Pick<AddedItem, 'closest'> {
    const line = closestLines(report, fact)[0];
    const u = line && report.article.units.find((x) => x.i === line.i);
    return u ? { closest: { i: u.i, text: u.text } } : {};
  }
  // …and for a left-out card, per outlet leaving out the whole sentence, its nearest sentence.
  function closestThere(fact: LeftOutFact, shown: ReadonlySet<string>): Pick<LeftOutItem, 'closest'> {
    const best = new Map<string, { line: ClosestLine; s: SourceSentence }>();
    for (const line of closestLines(report, fact)) {
      const s = sentence(line);
      if (!s || !shown.has(s.source.id)) continue;
      const had = best.get(s.source.key);
      if (!had || line.s > had.line.s) best.set(s.source.key, { line, s });
    }
    return best.size ? { closest: [...best.values()].map((x) => x.s) } : {};
  }

  const shared = sharedFacts.map((fact, n): SharedItem => {
    const twin = leftOut.find((x) => x.i === fact.i);
    const list = told.get(fact.i)!;
    return {
      i: fact.i,
      text: fact.text,
      ...(fact.speaker ? { speaker: fact.speaker } : {}),
      sentences: list,
      count: fact.count,
      total: fact.total,
      ...(twin
        ? { missing: { whole: besides(wholeOf(twin), list.map((x) => x.source)), part: twin.partFrom ?? [], ...(twin.nearFrom ? { near: twin.nearFrom } : {}) } }
        : {}),
      ...(alsoAdded.has(fact.i) ? { alsoAdded: alsoAdded.get(fact.i)! } : {}),
      ...ranked(fact, n),
      ...lean(report.article.units, fact.i),
    };
  });

  const conflicts = report.conflicts
    .map(
      (c, n): ConflictItem => ({
        key: `conflict-${n}`,
        about: c.about,
        here: c.here,
        there: sentences(c.there),
        ...(c.kind ? { kind: c.kind } : {}),
        ...(c.check ? { check: true as const } : {}),
        ...conflictSides(c),
      }),
    )
    // Flagged figures after the others, each group in the report's order (the sort is stable).
    .sort((a, b) => Number(a.check ?? false) - Number(b.check ?? false));

  // One line per other source and wording: a source that gives one figure in two sentences is named once.
  function conflictSides(c: Conflict): Pick<ConflictItem, 'hereName' | 'sides'> {
    if (!c.sides?.length) return {};
    const seen = new Set<string>();
    const sides: NonNullable<ConflictItem['sides']> = [];
    for (const x of c.sides) {
      const source = byId.get(x.id);
      const key = `${source?.key}|${x.here}|${x.there}`;
      if (!source || seen.has(key)) continue;
      seen.add(key);
      sides.push({ source, here: x.here, there: x.there, ...(x.diff ? { diff: x.diff } : {}) });
    }
    return sides.length ? { hereName: report.article.outlet?.trim() || 'This article', sides } : {};
  }

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
    ...dateSpread(report.article.date, sources),
    relatedCount: sources.length,
    outletCount: outletTotal,
    copyCount: sources.filter((s) => s.copyOf).length,
    independentCount: report.related.filter((r) => r.relation !== 'near-copy' && !r.summaryOnly).length,
    sharedOnlyByCopies: report.shared.length - sharedFacts.length,
    sources,
    added: byCount(added, hasRanks(report.added)),
    leftOut: byCount(leftOut, hasRanks(report.leftOut)),
    shared,
    conflicts,
    nearCopies,
  };
}

/**
 * The Shared facts a reader is shown, in the panel and in the CLI's report alike: those told by some
 * related article that is not a near-copy of this one. A fact told elsewhere only by near-copies is
 * not "reported by other outlets" (it would be this article's own words): it stays a Left-out card when
 * some other outlet lacks it, and the legend counts it "only in this article or its near-copies" (ui32,
 * ui33); when every related article is a near-copy, no card holds it and the panel says so
 * (`sharedOnlyByCopies`, audit77). `report.shared` keeps it.
 */
/**
 * "How the others tell it": one sentence per related article, the one most similar to this article's
 * (the alignment's own `s`), in the report's order. An article can be aligned with several sentences
 * here; on the labelled dev sets (`npx tsx bench/group52-cards.ts`), of 130 such (card, article) pairs
 * every sentence was the card's fact in 66, the most similar one in 106. Sources without `s` (older
 * reports) keep their first.
 */
export function closestPerArticle<T extends { id: string; s?: number }>(sources: T[]): T[] {
  const best = new Map<string, T>();
  for (const x of sources) {
    const had = best.get(x.id);
    if (!had || (x.s ?? -1) > (had.s ?? -1)) best.set(x.id, x);
  }
  return sources.filter((x) => best.get(x.id) === x);
}

export function sharedElsewhere(report: Report): SharedFact[] {
  const copies = new Set(report.related.filter((r) => r.relation === 'near-copy').map((r) => r.id));
  return report.shared.filter((f) => f.sources.some((s) => !copies.has(s.id)));
}

/** The units of this article with a Shared fact a reader is shown (`sharedElsewhere`). */
function toldElsewhere(report: Report): Set<number> {
  return new Set(sharedElsewhere(report).map((f) => f.i));
}

/**
 * Which of this article's sentences the page marks, read from the report's own cards so that the
 * legend's counts are counts of cards (ui32): "unique" is a Left-out card whose whole sentence no
 * other outlet tells (its badge "only here"), "shared" a sentence with a Shared card. A near-copy of
 * this article is not independent coverage: a sentence told only by copies of this article counts
 * as unique to it. A sentence the report makes no card of (a headline, a caption, a question: not a
 * fact of its own, lib/engine/report.ts) is left unmarked, as the sections leave it out. A summary-only
 * article never leaves a fact out, but a fact it tells is shared.
 */
export function highlightItems(report: Report): Array<Anchor & { kind: HighlightKind }> {
  const copies = new Set(report.related.filter((r) => r.relation === 'near-copy').map((r) => r.id));
  const full = report.related.filter((r) => !copies.has(r.id) && !r.summaryOnly).map((r) => r.id);
  const shared = toldElsewhere(report);
  const unique = new Set(
    report.leftOut
      .filter((f) => !f.novel?.length && !shared.has(f.i) && full.every((id) => f.missingFrom.includes(id)))
      .map((f) => f.i),
  );
  // With no other outlet's own full reporting related, a fact its near-copies tell is in no card (nothing lacks it,
  // `sharedElsewhere` drops it) but is still only in this article or its copies (audit77).
  if (full.length === 0) for (const f of report.shared) if (!shared.has(f.i)) unique.add(f.i);
  return report.article.units
    .filter((u) => u.text.trim() !== '' && (shared.has(u.i) || unique.has(u.i)))
    .map((u) => ({ i: u.i, text: u.text, kind: shared.has(u.i) ? 'shared' : 'unique' }));
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

/**
 * Names for some articles, each source once: known outlets by name, articles of unknown outlet by
 * their title ("Gazeta Sur and “Bukele responds to Hillary Clinton about…”"; lib/outlets.ts sourceLabel),
 * a source far from this article's date with it ("Tribune (published 7 months earlier)").
 */
export function outletList(sources: Array<Pick<Source, 'name' | 'apart'>>): string {
  const names: string[] = [];
  for (const s of sources) {
    // A piece from another time says so wherever it is named (Source.apart).
    const name = s.apart ? `${s.name} (${s.apart})` : s.name;
    if (!names.includes(name)) names.push(name);
  }
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "4 related articles from 3 outlets"; with near-copies: "…, near-copies counted once". */
export function relatedSummary(view: Pick<ReportView, 'relatedCount' | 'outletCount' | 'copyCount'>): string {
  const copies = view.copyCount ? ', near-copies counted once' : '';
  return `${plural(view.relatedCount, 'related article')} from ${plural(view.outletCount, 'outlet')}${copies}`;
}

/**
 * A left-out card's count: "only here" / "left out by 2 of 3 other outlets"; for a marked sentence
 * the count is of the marked part ("marked part only here"), which every outlet counted lacks. When
 * the outlets telling the rest lack different marked parts, no part is "only here": "parts left out
 * by 2 of 3 other outlets".
 */
export function leftOutBadge(item: Pick<LeftOutItem, 'count' | 'total' | 'novel' | 'lacksAllMarked' | 'nearFrom'>): string {
  const by = `left out by ${item.count} of ${plural(item.total, 'other outlet')}`;
  // Not "only here" when a Shared card lists some outlet's sentence beside it (`nearFrom`, twin64).
  if (!item.novel?.length) return item.count === item.total && item.total > 0 && !item.nearFrom?.length ? 'only here' : by;
  if (item.lacksAllMarked === false) return `parts ${by}`;
  return item.count === item.total && item.total > 0 ? 'marked part only here' : `marked part ${by}`;
}

/**
 * The line under a marked left-out card: who tells the rest of the sentence and who lacks all of it
 * ("1 of these 2 outlets (A) tells the rest but not the marked part; 1 (B) leaves out the whole
 * sentence"). When the outlets telling the rest lack different marked parts, it says "not all of the
 * marked parts". Null for a card without marks.
 */
export function leftOutHint(item: Pick<LeftOutItem, 'novel' | 'partFrom' | 'wholeFrom' | 'lacksAllMarked' | 'nearFrom'>): string | null {
  if (!item.novel?.length) return null;
  const lacking = item.lacksAllMarked === false ? 'not all of the marked parts' : 'not the marked part';
  const all = item.wholeFrom ?? [];
  if (all.length === 0) {
    return item.lacksAllMarked === false
      ? 'Only marked parts are missing elsewhere: the other outlets tell the rest, each lacking some of them.'
      : 'Only the marked part is missing elsewhere: the other outlets tell the rest.';
  }
  // A source with a sentence in this sentence's Shared card is never said to leave out the whole of it (twin64).
  const near = item.nearFrom ?? [];
  const whole = besides(all, near);
  const part = item.partFrom ?? [];
  const [p, w, n] = [part, whole, near].map((xs) => distinctOutlets(xs).length) as [number, number, number];
  return (
    `${p} of these ${plural(p + w + n, 'outlet')} (${outletList(part)}) ${p === 1 ? 'tells' : 'tell'} the rest but ${lacking}` +
    (w ? `; ${w} (${outletList(whole)}) ${w === 1 ? 'leaves' : 'leave'} out the whole sentence` : '') +
    (n ? `; ${n} (${outletList(near)}) may tell part of it` : '') +
    '.'
  );
}

/**
 * The outlets a Left-out card names: "Missing from Herald", or with sources whose sentence the Shared card of the same
 * sentence lists (`nearFrom`), "Missing from Herald, and maybe only in part from HuffPost" / "Missing maybe only in part
 * from HuffPost" (twin64): never "lacks all" of what a Shared card shows it telling.
 */
export function missingFromLine(item: Pick<LeftOutItem, 'missingFrom' | 'nearFrom'>): string {
  const near = item.nearFrom ?? [];
  const whole = besides(item.missingFrom, near);
  return `Missing ${[whole.length ? `from ${outletList(whole)}` : '', near.length ? `maybe only in part from ${outletList(near)}` : ''].filter(Boolean).join(', and ')}`;
}

/**
 * Why one sentence of this article is both a Left-out and a Shared card, said on each (audit62 §4 cause 7). Left out:
 * "Told by Fox News: that is why it is in Shared too" (a marked card's line above already names who tells the rest).
 * Shared: "Missing from HuffPost, and in part from Fox News: see Left out by others". An outlet under the Shared card
 * that the Left-out card counts as lacking it (`nearFrom`, twin64) is named on both as telling it maybe in part: "In
 * Shared too: HuffPost may tell part of it." / "Missing maybe in part from HuffPost: see Left out by others". Null when
 * the sentence is in one section only.
 */
export function inSharedLead(item: Pick<LeftOutItem, 'toldBy' | 'novel' | 'nearFrom'>): string | null {
  const near = item.nearFrom?.length ? `${outletList(item.nearFrom)} may tell part of it.` : '';
  if (!item.toldBy?.length) return near ? `In Shared too: ${near}` : null;
  return `${item.novel?.length ? 'That is why' : `Told by ${outletList(item.toldBy)}: that is why`} it is in Shared too.${near && ` ${near}`}`;
}

export function inLeftOutLead(item: Pick<SharedItem, 'missing'>): string | null {
  const { whole = [], part = [], near = [] } = item.missing ?? {};
  const lead = ([[whole, 'from'], [part, 'in part from'], [near, 'maybe in part from']] as const)
    .flatMap(([xs, how]) => (xs.length ? [`${how} ${outletList(xs)}`] : []))
    .join(', and ');
  return lead ? `Missing ${lead}: see Left out by others.` : null;
}

/**
 * An unmarked Added card whose sentence a Shared card shows beside a sentence of this article (`nearHere`, twin64): "This
 * article has a sentence close to it (see Shared): it may tell part of it." The Shared card: "In Others added too, from
 * Fox News: this article may not tell all of it." Null when the sentence is in one section only.
 */
export function inSharedAdded(item: Pick<AddedItem, 'nearHere'>): string | null {
  return item.nearHere?.length ? 'This article has a sentence close to it (see Shared): it may tell part of it.' : null;
}

export function inAddedLead(item: Pick<SharedItem, 'alsoAdded'>): string | null {
  return item.alsoAdded?.length ? `In Others added too, from ${outletList(item.alsoAdded)}: this article may not tell all of it.` : null;
}

/**
 * The collapsed line of a card's closest sentence(s): "Closest in Fox News" (a left-out card: the
 * outlets said to leave the sentence out, each with its nearest sentence), "Closest in this article"
 * (an added card). Null when the card shows none.
 */
export function closestSummary(item: Pick<LeftOutItem, 'closest'> | Pick<AddedItem, 'closest'>): string | null {
  const c = item.closest;
  if (!c) return null;
  if (!Array.isArray(c)) return 'Closest in this article';
  return c.length ? `Closest in ${outletList(c.map((s) => s.source))}` : null;
}

/** What the reader does with it: the sentence is the nearest by shared words, and may tell the same fact. */
export function closestHint(kind: 'added' | 'left-out', outlets = 1): string {
  return kind === 'added'
    ? 'The sentence of this article nearest to it. If it says the same thing in other words, this article does report it.'
    : `The sentence ${outlets === 1 ? 'of that outlet' : 'of each outlet'} nearest to it. If it says the same thing in other words, the outlet does report it.`;
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
