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
import type { Article, CorpusIndex, DiffPart, Occurrence, Quote, Trace } from '../types';
import { extractQuotes } from './extract';
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
  ratio: 2.2,
  /** …and by this margin. */
  margin: 0.12,
  /** Needed when the passage's quote names a different speaker than the trace's. */
  otherSpeaker: 0.6,
  /** Share of the selection's words a passage must repeat, in order, to be "exact". */
  exact: 1,
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
  const add = (start: number, end: number, quote: Quote | null) => {
    const text = a.text.slice(start, end).replace(/\s+/g, ' ').trim();
    if (!text) return;
    out.push({ text, start, end, i: unitAt(a, start), quote, prepared: prepare(text) });
  };
  const quotes = a.quotes?.length ? a.quotes : extractQuotes(a);
  for (const q of quotes) {
    const parts = q.parts?.length ? q.parts : [{ start: q.start, end: q.end }];
    if (parts.length > 1) add(q.start, q.end, { ...q });
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
  // A multi-part quote's joined text is its own passage text.
  for (const p of out) if (p.quote?.parts && p.start === p.quote.start && p.end === p.quote.end) {
    p.text = p.quote.text;
    p.prepared = prepare(p.text);
  }
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
    // Prefer the quote over the unit that holds it when both score about the same.
    let pick = best;
    if (!best.quote) {
      const q = scored.find((x) => x.quote && overlaps(x, best) && x.score >= best.score - 0.08);
      if (q) pick = q;
    }
    const next = scored.find((x) => !overlaps(x, best) && !accepted.some((y) => overlaps(y, x)));
    const rest = next?.score ?? 0;
    const clear = best.score >= P.strong || (best.score >= rest * P.ratio && best.score - rest >= P.margin);
    const otherSpeaker = speaker && pick.quote?.speaker && pick.quote.speaker !== speaker && !sameName(pick.quote.speaker, speaker);
    if (!clear || (otherSpeaker && best.score < P.otherSpeaker)) {
      if (accepted.length === 0) return [];
      break;
    }
    // A second occurrence in the same article must be strong on its own.
    if (accepted.length && best.score < P.strong) break;
    accepted.push({ ...pick, score: best.score });
  }
  return accepted;
}

/** Quotes before units; embedded posts first (primary sources), then direct, reported last. */
function rank(p: Passage): number {
  if (!p.quote) return 3;
  return p.quote.kind === 'embedded' ? 0 : p.quote.kind === 'direct' ? 1 : 2;
}

function sameName(a: string, b: string): boolean {
  const last = (s: string) => s.trim().split(/\s+/).pop()!.toLowerCase();
  return last(a) === last(b);
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
    const key = name.trim().split(/\s+/).pop()!.toLowerCase();
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
  const from = opts.from;

  // Where the selection stands in its own article: its speaker, and whether it is a quote.
  const fromId = from ? ((await corpus.findSame(from).catch(() => null)) ?? from.id) : null;
  const own = from ? matchArticle(sel, { ...from, quotes: from.quotes?.length ? from.quotes : extractQuotes(from) })[0] ?? null : null;
  let speaker = own?.quote?.kind !== 'reported' ? (own?.quote?.speaker ?? null) : null;

  // 1. Candidates through the key index.
  const selKeys = indexKeys({ title: '', text: quote });
  const seen = new Set<string>(fromId ? [fromId, from!.id] : []);
  const found = new Map<string, { article: Article; hits: Scored[] }>();
  const score = async (keys: string[]) => {
    if (!keys.length) return;
    const ids = (await corpus.candidates(keys, limit)).map((c) => c.id).filter((id) => !seen.has(id));
    ids.forEach((id) => seen.add(id));
    for (const a of await corpus.getMany(ids)) {
      const hits = matchArticle(sel, a, speaker);
      if (hits.length) found.set(a.id, { article: a, hits });
    }
  };
  await score(selKeys);
  if (from) await score(indexKeys(from));
  // 2. Articles carrying the selection bring in their own story's articles.
  const strongest = [...found.values()].sort((x, y) => y.hits[0]!.score - x.hits[0]!.score).slice(0, 2);
  for (const f of strongest) await score(indexKeys(f.article));

  // Speaker: the selection's own attribution, else the majority of the occurrences' quotes.
  const all = [...found.values()];
  if (!speaker) speaker = majority(all.flatMap((f) => f.hits.filter((h) => h.quote && h.quote.kind !== 'reported').map((h) => h.quote!.speaker)));
  // With the speaker known, drop occurrences whose quote names someone else (unless near-identical).
  for (const [id, f] of found) {
    f.hits = f.hits.filter((h) => !(speaker && h.quote?.speaker && !sameName(h.quote.speaker, speaker) && h.score < TRACE_PARAMS.otherSpeaker));
    if (!f.hits.length) found.delete(id);
  }

  const selIsQuote = own ? own.quote !== null && own.quote.kind !== 'reported' : [...found.values()].flatMap((f) => f.hits).filter((h) => h.quote && h.quote.kind !== 'reported').length * 2 >= [...found.values()].flatMap((f) => f.hits).length;

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

  return { quote, speaker, occurrences, origin: findOrigin(found, speaker, from && own ? from : null) };
}

/**
 * Where the words appeared first: a primary source embedded in an article (an occurrence that is an
 * embedded post, or a post by the same speaker embedded in an article that carries the quote), else
 * the earliest dated article carrying it (the selection's own article included).
 */
function findOrigin(found: Map<string, { article: Article; hits: Scored[] }>, speaker: string | null, from: Article | null): Trace['origin'] {
  type Primary = { id: string; date: string | null; primary: string };
  const primaries: Primary[] = [];
  for (const { article: a, hits } of found.values()) {
    for (const h of hits) if (h.quote?.kind === 'embedded') primaries.push({ id: a.id, date: h.quote.date ?? a.date, primary: h.quote.text });
  }
  if (!primaries.length && speaker) {
    for (const { article: a } of found.values()) {
      const quotes = a.quotes?.length ? a.quotes : extractQuotes(a);
      for (const q of quotes) {
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
