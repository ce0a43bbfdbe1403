/**
 * trace30: the stories, the dev / held split and the fixed draw of selections for measuring "Trace quote"
 * (lib/quotes/trace.ts traceQuote) on real multi-outlet news. Read at run time from the mirrors; nothing of
 * their text is committed (labels: bench/data/trace30-labels.tsv, ids / offsets / hashes / verdicts only).
 *
 * Stories: NewsWCL50 events (`wcl-N`), ECB+ events (`ecb-<topic><a|b>`), Multi-News stories of the dev half
 * (`mn-<id8>`, `_id`'s last hex digit even; the odd half is held out for everyone this stop and never loaded here).
 * Each story is capped to CAP articles in fnv1a order of their ids. Split by story: dev when
 * fnv1a('trace30:' + story) is even.
 */
import { existsSync } from 'node:fs';
import { loadCorpusDir } from '../cli/load.ts';
import { extractQuotes } from '../lib/quotes/extract.ts';
import { prepare, words } from '../lib/quotes/similarity.ts';
import { matchArticle } from '../lib/quotes/trace.ts';
import type { Article, Quote } from '../lib/types.ts';
import { loadZyte } from '../tests/data/engine/fixtures.ts';
import { loadEcbPlus } from './data/ecbplus.ts';
import { fnv1a } from './data/fnv.ts';
import { multiNewsArticles, multiNewsStories } from './data/multinews.ts';
import { loadNewsWcl } from './data/newswcl.ts';

export const CAP = 6;
export const DRAW = 120;

export interface Story {
  key: string;
  split: 'dev' | 'held';
  articles: Article[];
}

export const splitOf = (key: string): 'dev' | 'held' => (fnv1a(`trace30:${key}`) % 2 === 0 ? 'dev' : 'held');

/**
 * `mn`: which Multi-News half is loaded ('even' = dev half, trace30's index; 'all' = both, trace31's index).
 * The split keeps trace30's rule; trace31 does not use it (its selections are one fresh set).
 */
export function loadStories(opts: { mn?: 'even' | 'all' } = {}): Story[] {
  const mnHalf = opts.mn ?? 'even';
  const groups = new Map<string, Article[]>();
  const push = (key: string, a: Article) => {
    let arr = groups.get(key);
    if (!arr) groups.set(key, (arr = []));
    arr.push(a);
  };
  const wcl = loadNewsWcl();
  if (!wcl) throw new Error('NewsWCL50 mirrors absent (fetch github:Luisgarchi/NewsWCL50 and github:fhamborg/NewsWCL50)');
  for (const d of wcl) push(`wcl-${d.event}`, d.article);
  const ecb = loadEcbPlus();
  if (!ecb) throw new Error('ECB+ mirror absent (fetch github:cltl/ECB-parser)');
  for (const d of ecb) push(`ecb-${d.story}`, d.article);
  const mn = multiNewsStories();
  if (!mn) throw new Error('Multi-News mirror absent (fetch github:en-jai-neer/CompressKV)');
  for (const s of mn) {
    if (mnHalf === 'even' && parseInt(s.id.slice(-1), 16) % 2 !== 0) continue; // held half of Multi-News: not loaded for trace30
    for (const a of multiNewsArticles(s, 20)) push(`mn-${s.id.slice(0, 8)}`, a);
  }
  const out: Story[] = [];
  for (const [key, arts] of groups) {
    const capped = [...arts].sort((x, y) => fnv1a(x.id) - fnv1a(y.id) || (x.id < y.id ? -1 : 1)).slice(0, CAP);
    out.push({ key, split: splitOf(key), articles: capped.map((a) => ({ ...a, quotes: a.quotes?.length ? a.quotes : extractQuotes(a) })) });
  }
  return out.sort((x, y) => fnv1a(x.key) - fnv1a(y.key) || (x.key < y.key ? -1 : 1));
}

export async function loadDistractors(): Promise<Article[]> {
  const seeds = existsSync('seeds') ? (await loadCorpusDir('seeds', { cacheDir: null })).articles : [];
  return [...seeds, ...loadZyte()];
}

export interface Selection {
  /** S001… in draw order. */
  sel: string;
  story: string;
  split: 'dev' | 'held' | 'fresh';
  /** Source article id and the selected span in its text. */
  src: string;
  start: number;
  end: number;
  partial: boolean;
  /** Speaker extractQuotes gives the quote (for the sheet only). */
  speaker: string | null;
  /** fnv1a of the selected text (checks the draw reproduces the labels). */
  hash: number;
}

const MIN_WORDS = 6;

function candidates(a: Article): Array<{ q: Quote; start: number; end: number }> {
  const out: Array<{ q: Quote; start: number; end: number }> = [];
  for (const q of a.quotes) {
    if (q.kind !== 'direct') continue;
    const parts = q.parts?.length ? q.parts : [{ start: q.start, end: q.end }];
    // The longest part: what a reader drags across.
    const p = [...parts].sort((x, y) => y.end - y.start - (x.end - x.start))[0]!;
    if (words(a.text.slice(p.start, p.end)).length >= MIN_WORDS) out.push({ q, start: p.start, end: p.end });
  }
  return out;
}

/** A contiguous run of the span's words (60 %, at least 5), starting where `h` says. */
function partialOf(text: string, start: number, end: number, h: number): { start: number; end: number } {
  const toks = [...text.slice(start, end).matchAll(/\S+/g)].map((m) => ({ s: start + m.index!, e: start + m.index! + m[0].length }));
  const n = Math.max(5, Math.round(toks.length * 0.6));
  if (n >= toks.length) return { start, end };
  const from = h % (toks.length - n + 1);
  return { start: toks[from]!.s, end: toks[from + n - 1]!.e };
}

/** `minArticles`: a story's articles needed to give selections (trace32: 2). `salt` / `prefix`: trace30 draws `S001`… with salt 'trace30'; a later draw passes its own (and its own stories). */
export function draw(stories: Story[], n = DRAW, salt = 'trace30', prefix = 'S', minArticles = 3): Selection[] {
  const eligible = stories.filter((s) => s.articles.length >= minArticles);
  const used = new Set<string>();
  const out: Selection[] = [];
  for (let pass = 0; out.length < n && pass < 50; pass++) {
    for (const s of eligible) {
      if (out.length >= n) break;
      const pool = s.articles.flatMap((a) => candidates(a).map((c) => ({ a, ...c }))).filter((c) => !used.has(`${c.a.id}:${c.start}`));
      if (!pool.length) continue;
      const h = fnv1a(`${salt}:${s.key}:${pass}`);
      const c = pool[h % pool.length]!;
      used.add(`${c.a.id}:${c.start}`);
      const partial = out.length % 4 === 3;
      const span = partial ? partialOf(c.a.text, c.start, c.end, fnv1a(`${salt}:part:${s.key}:${pass}`)) : { start: c.start, end: c.end };
      const text = c.a.text.slice(span.start, span.end);
      out.push({
        sel: `${prefix}${String(out.length + 1).padStart(3, '0')}`,
        story: s.key,
        split: s.split,
        src: c.a.id,
        start: span.start,
        end: span.end,
        partial: partial && (span.start !== c.start || span.end !== c.end),
        speaker: c.q.speaker,
        hash: fnv1a(text),
      });
    }
  }
  return out;
}

/**
 * One judged row of a trace label file (its tab-separated cells): the selection's article and text, the judged article
 * (quotes found as at ingestion), and the speaker the selection's own article gives it (none for reported speech).
 */
export function judgedRow(c: string[], byId: Map<string, Article>): { from: Article; target: Article; quote: string; speaker: string | null } {
  const withQuotes = (a: Article): Article => (a.quotes?.length ? a : { ...a, quotes: extractQuotes(a) });
  const from = withQuotes(byId.get(c[3]!)!);
  const target = withQuotes(byId.get(c[8]!)!);
  const quote = from.text.slice(Number(c[4]), Number(c[5])).replace(/\s+/g, ' ').trim();
  const own = matchArticle(prepare(quote), from)[0];
  return { from, target, quote, speaker: own?.quote && own.quote.kind !== 'reported' ? own.quote.speaker : null };
}
