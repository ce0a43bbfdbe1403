/**
 * Trace a selection through the corpus: where else the words (a quote, part of one, or a sentence)
 * appear, in what wording, said by whom, and where they appeared first.
 *
 * 1. Candidates come from the corpus's key index, never a scan: the selection's own story keys, the
 *    keys of the article it was selected in (`from`), and then the keys of the articles that carry
 *    it best (so a same-story article found through one outlet brings in the others).
 * 2. In each candidate, the passages that can carry it: each sentence of each quote (and each quote
 *    part and whole quote), each reported-speech clause, each unit. Passages are scored against the
 *    selection with character 4-grams (window of the selection's length inside longer passages).
 * 3. A passage is an occurrence when it stands out: a high score, or a fair score well clear of
 *    everything else in the same article (an article quoting someone else, or not at all, has no
 *    passage that stands out). A passage whose quote names a different speaker needs a high score.
 */
import { diffWords } from 'diff';
import { indexKeys } from '../engine/keys';
import { copyOfEach, nearCopyPairs, sourceGroupKeys } from '../engine/copy';
import { relatedStory } from '../engine/compare';
import { groupBySource } from '../sidebar/trace-groups';
import type { Article, CorpusIndex, DiffPart, Occurrence, Quote, Trace } from '../types';
import { extractQuotes } from './extract';
import { ORGANIZATION_WORDS, ROLE_WORDS } from './lexicon';
import { retellWords, retelling } from './retell';
import { prepare, windowSimilarity, words, type Prepared } from './similarity';

export interface TraceOptions {
  /** The article the selection was made in (its keys find same-story articles; it is not listed). */
  from?: Article;
  /** Candidate articles per key query (default 40). */
  limit?: number;
}

/** Decision thresholds, exported for the tests and the benchmark. */
export const TRACE_PARAMS = {
  /** Accepted whatever else the article holds. */
  strong: 0.5,
  /** Below this, never. */
  floor: 0.22,
  /** Between floor and strong: the passage must beat the article's next best passage by this factor… */
  ratio: 2.0,
  /** …and by this margin. */
  margin: 0.12,
  /** Without `from`, an article carrying the selection this closely is taken as where it comes from. */
  source: 0.9,
  /** Selections shorter than this (in words) need a strong score: a short phrase recurs by chance. */
  contrastWords: 8,
  /** Needed when the selection is a quote and the passage is plain text (not quoted, not reported). */
  unquoted: 0.8,
  /** Needed when the passage's quote names a different speaker than the trace's. */
  otherSpeaker: 0.85,
  /** Share of the selection's words a passage must repeat, in order, to be "exact". */
  exact: 1,
  /** A retelling (trace40) shares at least this many content words with the quote, in order. */
  retoldWords: 3,
};

interface Passage {
  text: string;
  start: number;
  end: number;
  /** Unit index where the passage stands. */
  i: number;
  quote: Quote | null;
  prepared: Prepared;
}

/** How much lower a shorter passage inside the best one may score and still be the one shown. */
const TRIM_SLACK = 0.1;

interface Scored extends Passage {
  score: number;
}

/** Strips the marks and spaces a selection drags along: `“The only condition …”` → `The only condition …`. */
export function cleanSelection(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[“”"‘’'«»„\s]+/, '')
    .replace(/[“”"‘’'«»\s]+$/, '')
    .trim();
}

const SENTENCE_CUT = /(?<=[.!?…])\s+(?=[\p{Lu}“"‘(])/gu;

function unitAt(a: Article, at: number): number {
  const u = a.units.find((x) => x.start <= at && at < x.end) ?? a.units.find((x) => x.start >= at);
  return u ? u.i : 0;
}

/** Every passage of an article that may carry a selection. */
export function passages(a: Article): Passage[] {
  const out: Passage[] = [];
  const add = (start: number, end: number, quote: Quote | null, run?: Array<{ start: number; end: number }>) => {
    // A run of quote parts reads as the parts joined, without the attribution between them.
    const raw = run ? run.map((p, n) => a.text.slice(p.start, p.end) + (n < run.length - 1 && /[,;]/.test(a.text[p.end] ?? '') ? a.text[p.end] : '')).join(' ') : a.text.slice(start, end);
    const text = raw.replace(/\s+/g, ' ').trim();
    if (!text) return;
    out.push({ text, start, end, i: unitAt(a, start), quote, prepared: prepare(text) });
  };
  const quotes = a.quotes?.length ? a.quotes : extractQuotes(a);
  for (const q of quotes) {
    const parts = q.parts?.length ? q.parts : [{ start: q.start, end: q.end }];
    // Runs of consecutive parts ("…,” he wrote. “…" may be selected across the attribution).
    for (let x = 0; x < parts.length; x++) {
      for (let y = x + 1; y < parts.length; y++) {
        const run = parts.slice(x, y + 1);
        add(run[0]!.start, run[run.length - 1]!.end, q, run);
      }
    }
    for (const p of parts) {
      add(p.start, p.end, q);
      // Sentences inside the part (a quote that runs across sentences).
      const body = a.text.slice(p.start, p.end);
      let from = 0;
      const cuts = [...body.matchAll(SENTENCE_CUT)].map((m) => m.index!);
      if (!cuts.length) continue;
      for (const c of [...cuts, body.length]) {
        add(p.start + from, p.start + c, q);
        from = c;
      }
    }
  }
  for (const u of a.units) add(u.start, u.end, null);
  return out;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Occurrences of the selection in one article (usually none or one; two when it also embeds the source). */
export function matchArticle(sel: Prepared, a: Article, speaker: string | null = null): Scored[] {
  const P = TRACE_PARAMS;
  const scored: Scored[] = passages(a)
    .map((p) => {
      const m = windowSimilarity(sel, p.prepared);
      return { ...p, score: m.score };
    })
    // Best first; on a tie the shortest passage (the quote's own sentence rather than the whole
    // quote or unit holding it), then quotes before units.
    .sort((x, y) => Math.round((y.score - x.score) * 1000) || x.text.length - y.text.length || rank(x) - rank(y));
  const accepted: Scored[] = [];
  for (const best of scored) {
    if (best.score < P.floor) break;
    if (accepted.some((x) => overlaps(x, best))) continue;
    // Show the matching quote, not the unit or the whole multi-part quote holding it: the best
    // quote passage inside (or, for a unit, overlapping) the winner that scores about the same.
    let pick = best;
    const inner = scored.filter(
      (x) => x !== best && x.quote && x.score >= best.score - TRIM_SLACK && (best.quote ? x.start >= best.start && x.end <= best.end : overlaps(x, best)),
    );
    if (inner.length) pick = inner.sort((x, y) => Math.round((y.score - x.score) * 100) || x.text.length - y.text.length)[0]!;
    const next = scored.find((x) => !overlaps(x, best) && !accepted.some((y) => overlaps(y, x)));
    const rest = next?.score ?? 0;
    // Contrast decides only for selections long enough to carry more than a common phrase.
    const contrastOk = sel.words.length >= P.contrastWords && best.score >= rest * P.ratio && best.score - rest >= P.margin;
    const clear = best.score >= P.strong || contrastOk;
    const otherSpeaker = speaker && pick.quote?.speaker && pick.quote.speaker !== speaker && !sameName(pick.quote.speaker, speaker);
    if (!clear || (otherSpeaker && best.score < P.otherSpeaker)) {
      if (accepted.length === 0) return [];
      break;
    }
    // A second occurrence in the same article must be strong on its own.
    if (accepted.length && best.score < P.strong) break;
    accepted.push(pick);
  }
  return accepted;
}

/** Quotes before units; embedded posts first (primary sources), then direct, reported last. */
function rank(p: Passage): number {
  if (!p.quote) return 3;
  return p.quote.kind === 'embedded' ? 0 : p.quote.kind === 'direct' ? 1 : 2;
}

/** Shared story keys that make two articles the same story (same-story seeds share 15–30 of 48). */
export const SAME_STORY_KEYS = 8;

function sameStory(a: Article, speaker: string | null, contextKeys: Set<string>): boolean {
  if (speaker) {
    const last = words(speaker).pop();
    if (last && words(a.text).includes(last)) return true;
  }
  let shared = 0;
  for (const k of indexKeys(a)) if (contextKeys.has(k)) shared++;
  return shared >= SAME_STORY_KEYS;
}

/**
 * The selection's own article stored under another id (a page read in the browser has the site's
 * URL and its own extraction of the text, so id, URL and hash may all differ): same title, same outlet.
 */
function sameArticle(from: Article, a: Article): boolean {
  const norm = (s: string | null) => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const title = norm(from.title);
  return title.length >= 20 && title === norm(a.title) && norm(from.outlet) === norm(a.outlet);
}

/** Last name, folded: "Kim Jong-un" and "Kim Jong Un" (or "Ocasio-Cortez" and "Ocasio Cortez") are one spelling. */
const lastName = (s: string) => words(s).pop() ?? s.trim().toLowerCase();

function sameName(a: string, b: string): boolean {
  return lastName(a) === lastName(b);
}

function toDiff(from: string, to: string): DiffPart[] {
  return diffWords(from, to).map((c) => ({ op: c.added ? 'insert' : c.removed ? 'delete' : 'equal', text: c.value }));
}

function isExact(sel: Prepared, text: string): boolean {
  const w = words(text).join(' ');
  return ` ${w} `.includes(` ${sel.words.join(' ')} `);
}

function majority(names: Array<string | null>): string | null {
  const counts = new Map<string, { n: number; name: string; first: number }>();
  names.forEach((name, k) => {
    if (!name) return;
    const key = lastName(name);
    const c = counts.get(key) ?? { n: 0, name, first: k };
    c.n++;
    if (name.length > c.name.length) c.name = name; // fullest form
    counts.set(key, c);
  });
  const best = [...counts.values()].sort((a, b) => b.n - a.n || a.first - b.first)[0];
  return best?.name ?? null;
}

export async function traceQuote(selection: string, corpus: CorpusIndex, opts: TraceOptions = {}): Promise<Trace> {
  const quote = cleanSelection(selection);
  const sel = prepare(quote);
  if (sel.words.length < 2) throw new Error('Select at least two words to trace.');
  const limit = opts.limit ?? 40;
  const from = opts.from ? withQuotes(opts.from) : undefined;

  // Where the selection stands in its own article: its speaker, and whether it is a quote.
  const fromId = from ? ((await corpus.findSame(from).catch(() => null)) ?? from.id) : null;
  let own = from ? (matchArticle(sel, from)[0] ?? null) : null;
  let speaker = own?.quote?.kind !== 'reported' ? (own?.quote?.speaker ?? null) : null;

  // 1. Candidates through the key index: the selection's keys, its article's, then the keys of the
  //    articles carrying it best.
  const ownIds = new Set<string>(fromId ? [fromId, from!.id] : []);
  const seen = new Set<string>(ownIds);
  const fetched: Article[] = [];
  const found = new Map<string, Found>();
  const score = async (keys: string[]) => {
    if (!keys.length) return;
    // The selection's own article (its quote words are keys too) must not take one of the `limit` slots.
    const ids = (await corpus.candidates(keys, limit + ownIds.size))
      .map((c) => c.id)
      .filter((id) => !ownIds.has(id))
      .slice(0, limit)
      .filter((id) => !seen.has(id));
    ids.forEach((id) => seen.add(id));
    for (const a of await corpus.getMany(ids)) {
      if (from && sameArticle(from, a)) continue;
      const article = withQuotes(a);
      fetched.push(article);
      const hits = matchArticle(sel, article, speaker);
      if (hits.length) found.set(a.id, { article, hits });
    }
  };
  await score(indexKeys({ title: '', text: quote }));
  if (from) await score(indexKeys(from));
  const strongest = () => [...found.values()].sort((x, y) => y.hits[0]!.score - x.hits[0]!.score);
  // Not told where the selection comes from: the article that has it word for word stands in for
  // it (its speaker, its story). If none has, only strong matches count: nothing anchors the rest.
  let anchor: Article | undefined = from;
  if (!from) {
    const source = strongest()[0];
    if (source && source.hits[0]!.score >= TRACE_PARAMS.source) {
      anchor = source.article;
      own = source.hits[0]!;
      speaker = own.quote?.kind !== 'reported' ? (own.quote?.speaker ?? null) : null;
    }
  }
  for (const f of strongest().slice(0, 2)) await score(indexKeys(f.article));
  if (!anchor) {
    for (const [id, f] of found) {
      f.hits = f.hits.filter((h) => h.score >= TRACE_PARAMS.strong);
      if (!f.hits.length) found.delete(id);
    }
  }

  // Speaker: the selection's own attribution, else the majority of the occurrences' quotes.
  const hitsOf = () => [...found.values()].flatMap((f) => f.hits);
  if (!speaker) speaker = majority(hitsOf().filter((h) => h.quote && h.quote.kind !== 'reported').map((h) => h.quote!.speaker));
  if (!speaker) speaker = majority([own?.quote?.speaker ?? null, ...hitsOf().map((h) => h.quote?.speaker ?? null)]);
  const selIsQuote = own ? own.quote !== null && own.quote.kind !== 'reported' : hitsOf().filter((h) => h.quote && h.quote.kind !== 'reported').length * 2 >= hitsOf().length;

  // 2. One hop: a quote reworded twice (a translation of a rewrite) is found through the wording
  //    it is closest to. Only for quotes, only between quotes of the same speaker.
  if (selIsQuote && speaker) {
    const probes = hitsOf()
      // A probe is another wording of the selection by the same speaker, not a longer passage
      // holding other words.
      .filter(
        (h) =>
          h.quote &&
          h.quote.kind !== 'reported' &&
          h.quote.speaker !== null &&
          sameName(h.quote.speaker, speaker!) &&
          h.score < 0.999 &&
          h.prepared.words.length <= sel.words.length * 1.6 + 3,
      )
      .sort((x, y) => y.score - x.score)
      .slice(0, 4);
    for (const a of fetched) {
      if (found.has(a.id)) continue;
      let best: Scored | null = null;
      for (const probe of probes) {
        const hop = matchArticle(probe.prepared, a, speaker)[0];
        if (!hop?.quote || hop.quote.kind === 'reported') continue;
        if (!hop.quote.speaker || !sameName(hop.quote.speaker, speaker)) continue;
        const direct = windowSimilarity(sel, hop.prepared).score;
        const s = Math.max(direct, hop.score * probe.score);
        if (!best || s > best.score) best = { ...hop, score: s };
      }
      if (best) found.set(a.id, { article: a, hits: [best] });
    }
  }

  // With the speaker known, drop occurrences whose quote names someone else (unless near-identical).
  // A quote found only in plain text (no quotation marks, no reported speech) must be nearly word
  // for word: a fair score there is a sentence on the same subject, or a common phrase.
  for (const [id, f] of found) {
    f.hits = f.hits.filter((h) => !(speaker && h.quote?.speaker && !sameName(h.quote.speaker, speaker) && h.score < TRACE_PARAMS.otherSpeaker));
    if (selIsQuote) f.hits = f.hits.filter((h) => h.quote || h.score >= TRACE_PARAMS.unquoted);
    if (!f.hits.length) found.delete(id);
  }
  // The selection's article known: the story is the one compare shows for it (its story decision and
  // closure, lib/engine/compare.ts relatedStory), asked once. Outside it, only a long quote printed
  // nearly word for word is listed: a quote travels to later stories, a short or fair match there is
  // the same stock phrase in another event ("in the wrong place at the wrong time").
  const storyArticles = from ? await storyOf(from, corpus, limit) : null;
  const story = storyArticles ? new Set(storyArticles.map((a) => a.id)) : null;
  if (story) {
    const travels = (h: Scored) => sel.words.length >= TRACE_PARAMS.contrastWords && h.score >= TRACE_PARAMS.unquoted;
    for (const [id, f] of found) {
      if (story.has(id)) continue;
      f.hits = f.hits.filter(travels);
      if (!f.hits.length) found.delete(id);
    }
  }
  // Without it, a passage that is only fairly alike must stand in the same story: the article names
  // the speaker, or shares story keys with the article carrying the selection best.
  const contextKeys = new Set(anchor ? indexKeys(anchor) : []);
  for (const [id, f] of found) {
    if (story || f.hits.every((h) => h.score >= TRACE_PARAMS.strong)) continue;
    if (sameStory(f.article, speaker, contextKeys)) continue;
    f.hits = f.hits.filter((h) => h.score >= TRACE_PARAMS.strong);
    if (!f.hits.length) found.delete(id);
  }

  // Inside the story, an article the rules above found nothing in may retell the quote in its own frame ("Guest says
  // the building is 'a total loss'" for "I'm afraid the building here is a total loss"): read with the frame undone
  // (lib/quotes/retell.ts), nearly all the shorter side's content words stand in the other, in order, and the passage
  // is the same person's (trace40). After the speaker and the origin are decided: a retelling changes neither "Said by"
  // nor "First seen".
  const origin = findOrigin(found, speaker, from && own ? from : null);
  const selWords = retellWords(quote);
  if (storyArticles && selIsQuote && speaker && isPersonName(speaker) && sel.words.length >= TRACE_PARAMS.contrastWords) {
    for (const a of storyArticles) {
      if (found.has(a.id) || ownIds.has(a.id) || (from && sameArticle(from, a))) continue;
      const h = retold(sel, selWords, a, speaker);
      if (h) found.set(a.id, { article: a, hits: [h] });
    }
  }
  // A long quote told nearly whole, frame undone (trace42): nearly all (`unquoted`) of its content words — at least
  // `contrastWords` of them — in one passage, in order. That many of the quote's own words in its order are the quote,
  // whoever the passage names (reporters often retell a quote a sentence after naming the speaker, or without naming
  // anyone), so the speaker need not be named; a passage whose unit quotes someone else is still refused. Read in the
  // story's articles and, as for the travel rule above, in the articles the key index already brought (`fetched`),
  // never more.
  if (story && selIsQuote && selWords.length >= TRACE_PARAMS.contrastWords) {
    for (const a of [...storyArticles!, ...fetched.filter((x) => !story.has(x.id))]) {
      if (found.has(a.id) || ownIds.has(a.id) || (from && sameArticle(from, a))) continue;
      const h = retold(sel, selWords, a, speaker, 'cover');
      if (h) found.set(a.id, { article: a, hits: [h] });
    }
  }

  const occurrences: Occurrence[] = [];
  for (const { article: a, hits } of found.values()) {
    for (const h of hits) {
      const kind: Occurrence['kind'] = isExact(sel, h.text)
        ? 'exact'
        : h.quote?.kind === 'reported' || (selIsQuote && !h.quote)
          ? 'paraphrase'
          : 'variant';
      occurrences.push({
        id: a.id,
        title: a.title,
        outlet: a.outlet,
        date: a.date,
        url: a.url,
        text: h.text,
        kind,
        score: Math.round(h.score * 1000) / 1000,
        i: h.i,
        speaker: h.quote?.speaker ?? null,
        diff: toDiff(quote, h.text),
      });
    }
  }
  occurrences.sort((x, y) => y.score - x.score || (x.date ?? '9999').localeCompare(y.date ?? '9999') || x.id.localeCompare(y.id));
  markCopies(occurrences, found);

  return { quote, speaker, occurrences, origin };
}

interface Found {
  article: Article;
  hits: Scored[];
}

/**
 * The ids of the articles compare puts in `from`'s story (the same decision with the trace's candidate
 * limit, 40 by default as compare's); null when the corpus cannot answer.
 */
async function storyOf(from: Article, corpus: CorpusIndex, limit: number): Promise<Article[] | null> {
  try {
    return (await relatedStory(from, corpus, { candidateLimit: limit })).filter((c) => c.related).map((c) => withQuotes(c.article));
  } catch {
    return null;
  }
}

/**
 * A person's name, not a role ("a police spokesman", "the company's CEO") or a body ("Millbrook Police"): its last word
 * is neither a role noun nor an organisation word. A role is named by many articles about other people.
 */
export function isPersonName(s: string): boolean {
  const last = lastName(s);
  return /\p{L}/u.test(last) && !ROLE_WORDS.has(last) && !ORGANIZATION_WORDS.has(last);
}

/**
 * The article's retelling of the selection (trace40), or null. Passages: the speaker's quotes (reported speech is
 * already without its frame) and every unit (retell.ts drops the frame around its speech verbs). One retells the
 * quote when, frame undone, at least `retoldWords` content words and a share `unquoted` (nearly all) of the shorter
 * side's stand in the other in the same order; and it is the speaker's: a quote of theirs in the unit, or the unit
 * names them, or its paragraph does while the unit names nobody else (no quote in the unit is anyone else's).
 */
function retold(sel: Prepared, selWords: string[], a: Article, speaker: string | null, by: 'score' | 'cover' = 'score'): Scored | null {
  const last = speaker ? lastName(speaker) : null;
  const speaks = (q: Quote) => speaker !== null && q.speaker !== null && sameName(q.speaker, speaker);
  const candidates: Array<{ text: string; start: number; end: number; quote: Quote | null }> = [
    ...a.quotes.filter((q) => q.kind !== 'embedded' && speaks(q)).map((q) => ({ text: q.text, start: q.start, end: q.end, quote: q })),
    ...a.units.map((u) => ({ text: u.text, start: u.start, end: u.end, quote: null })),
  ];
  let best: { r: ReturnType<typeof retelling>; c: (typeof candidates)[number]; i: number } | null = null;
  for (const c of candidates) {
    const i = unitAt(a, c.start);
    const u = a.units[i];
    if (!u) continue;
    const inUnit = a.quotes.filter((q) => q.start < u.end && u.start < q.end && q.speaker);
    if (speaker && inUnit.some((q) => !speaks(q))) continue;
    // Told in part (`score`): the passage must be the speaker's. Told whole (`cover`): the words say whose it is.
    const his =
      by === 'cover' ||
      inUnit.length > 0 ||
      (last !== null && words(u.text).includes(last)) ||
      (last !== null && words(a.units.filter((v) => v.p === u.p).map((v) => v.text).join(' ')).includes(last));
    if (!his) continue;
    const r = retelling(selWords, c.text, by);
    if (r.shared < TRACE_PARAMS.retoldWords || r[by] < TRACE_PARAMS.unquoted) continue;
    if (!best || r[by] > best.r[by] || (r[by] === best.r[by] && r.shared > best.r.shared)) best = { r, c, i };
  }
  if (!best) return null;
  const text = best.c.text.replace(/\s+/g, ' ').trim();
  const quote = best.c.quote ?? a.quotes.find((q) => q.start < best!.c.end && best!.c.start < q.end && speaks(q)) ?? null;
  const prepared = prepare(text);
  return { text, start: best.c.start, end: best.c.end, i: best.i, quote, prepared, score: windowSimilarity(sel, prepared).score };
}

/** Quotes are found at ingestion; an article stored before that gets them here. */
function withQuotes(a: Article): Article {
  return a.quotes?.length ? a : { ...a, quotes: extractQuotes(a) };
}

/**
 * Where the words appeared first: a primary source embedded in an article (an occurrence that is an
 * embedded post, or a post by the same speaker embedded in an article that carries the quote), else
 * the earliest dated article carrying it (the selection's own article included).
 */
function findOrigin(found: Map<string, Found>, speaker: string | null, from: Article | null): Trace['origin'] {
  type Primary = { id: string; date: string | null; primary: string };
  const primaries: Primary[] = [];
  for (const { article: a, hits } of found.values()) {
    for (const h of hits) if (h.quote?.kind === 'embedded') primaries.push({ id: a.id, date: h.quote.date ?? a.date, primary: h.quote.text });
  }
  if (!primaries.length && speaker) {
    for (const { article: a } of found.values()) {
      for (const q of a.quotes) {
        if (q.kind === 'embedded' && q.speaker && sameName(q.speaker, speaker)) primaries.push({ id: a.id, date: q.date ?? a.date, primary: q.text });
      }
    }
  }
  const byDate = (x: { date: string | null }, y: { date: string | null }) => (x.date ?? '9999').localeCompare(y.date ?? '9999');
  if (primaries.length) return primaries.sort(byDate)[0]!;
  const dated = [...found.values()].map((f) => ({ id: f.article.id, date: f.article.date })).filter((x) => x.date);
  if (from?.date) dated.push({ id: from.id, date: from.date });
  if (!dated.length) return null;
  const first = dated.sort(byDate)[0]!;
  return { id: first.id, date: first.date, primary: null };
}

// groupBySource lives in lib/sidebar/trace-groups.ts (the panel's view reads it without the engine).
export { groupBySource };

/**
 * Near-copies among the articles carrying the selection (a wire story run by several outlets) are
 * one source: each occurrence gets its source key (lib/engine/copy.ts sourceGroupKeys) and, for a
 * copy, the article it copies.
 */
function markCopies(occurrences: Occurrence[], found: Map<string, Found>): void {
  const ids = [...new Set(occurrences.map((o) => o.id))];
  const arts = ids.map((id) => found.get(id)!.article);
  const pairs = nearCopyPairs(arts);
  const keys = sourceGroupKeys(arts, pairs);
  const copyOf = copyOfEach(arts, pairs);
  const at = new Map(ids.map((id, k) => [id, k]));
  for (const o of occurrences) {
    const k = at.get(o.id)!;
    o.sourceKey = keys[k]!;
    if (copyOf[k]) o.copyOf = copyOf[k]!;
  }
}
