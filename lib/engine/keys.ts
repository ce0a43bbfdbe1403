/**
 * Index keys for story matching, stored in the corpus's multi-entry index (`*keys`) when an article
 * is written, and computed the same way for the article being read at query time.
 *
 * Design: the article's most salient content stems (function words dropped), where salience is the
 * term frequency with a bonus for capitalised words (names: "Bukele", "Frontline") and words of the
 * title, plus figures ("d:454", "d:4760000"). Keys are namespaced strings:
 *   `w:<stem>`  a content stem (see lib/nlp `stem`)
 *   `d:<value>` a figure: counts ≥ 10, money, years (vague words like "hundreds" are not keys)
 * At most `max` (default 48) such keys per article, plus at most QUOTE_KEYS (16) words of the
 * article's quotes (`Article.quotes`, see quoteKeys), so the index stays small (TOOLCHAIN: IndexedDB
 * pays per multi-entry key). Bump KEYS_VERSION whenever the output changes: stored keys must be rebuilt.
 * Version 3: quote keys. Version 4: stems keep agreeing after the final-e rule ("take" = "taking").
 * Version 5: figure keys leave out dates and identifiers ("Sept. 11", "9/11", "Route 66": lib/nlp/quantities.ts).
 */
import type { Article, Quote } from '../types';
import { isFunctionWord, quantities, stem, tokens } from '../nlp';

export const KEYS_VERSION = 5;

/** Words too generic to tell stories apart even though they are not function words. */
const GENERIC = new Set(
  'also new one two first last year years time people just like make made many much well back even get way day week told news report reported according share follow posts reply email address published required fields marked comment comments read more image images getty photo caption advertisement click subscribe newsletter'
    .split(' ')
    .map((w) => stem(w)),
);

export function contentStem(w: string): string | null {
  if (w.length < 3 || isFunctionWord(w) || /^\d/.test(w)) return null;
  const s = stem(w);
  if (s.length < 3 || GENERIC.has(s)) return null;
  return s;
}

/** At most this many keys come from the article's quotes, on top of `max` (see quoteKeys). */
export const QUOTE_KEYS = 16;

export function indexKeys(article: Pick<Article, 'title' | 'text'> & { quotes?: Quote[] }, max = 48): string[] {
  const score = new Map<string, number>();
  const add = (s: string, v: number) => score.set(s, (score.get(s) ?? 0) + v);
  const title = article.title ?? '';
  for (const t of tokens(title)) {
    const s = contentStem(t.w);
    if (s) add(s, 2);
  }
  const text = article.text ?? '';
  const toks = tokens(text);
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    const s = contentStem(t.w);
    if (!s) continue;
    // A capitalised word not opening a sentence is probably a name: names tell stories apart.
    const prev = text.slice(Math.max(0, t.start - 3), t.start);
    const sentenceStart = k === 0 || /[.!?"“”]\s*$|\n\s*$/.test(prev);
    add(s, /^\p{Lu}/u.test(t.raw) && !sentenceStart ? 1.5 : 1);
  }
  const words = [...score.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, max - 8)
    .map(([w]) => `w:${w}`);
  const figures: string[] = [];
  for (const q of quantities(`${title}\n${text}`)) {
    if (q.value !== q.max) continue;
    if (q.kind === 'money' || q.kind === 'year' || (q.kind === 'count' && q.value >= 10)) {
      const key = `d:${q.value}`;
      if (!figures.includes(key)) figures.push(key);
    }
  }
  figures.sort();
  const keys = [...words, ...figures.slice(0, max - words.length)];
  return [...keys, ...quoteKeys(article.quotes ?? [], toks, new Set(keys), QUOTE_KEYS)];
}

/**
 * Keys for the words of the article's quotes, so that tracing a quote finds the articles that carry
 * it (the salient-stem keys rarely include the words of a short quote: "it must be everyone").
 * Each sentence of each quote in turn gives its next word, rarest in the article first (then
 * longest): every quoted sentence gets a key or two before any gets many. Bounded by `budget`.
 */
function quoteKeys(quotes: Quote[], toks: Array<{ w: string }>, taken: Set<string>, budget: number): string[] {
  if (budget <= 0 || quotes.length === 0) return [];
  const tf = new Map<string, number>();
  for (const t of toks) {
    const s = contentStem(t.w);
    if (s) tf.set(s, (tf.get(s) ?? 0) + 1);
  }
  const queues: string[][] = [];
  for (const q of quotes) {
    for (const sentence of q.text.split(/(?<=[.!?…])\s+/)) {
      const stems = [...new Set(tokens(sentence).map((t) => contentStem(t.w)).filter((x): x is string => x !== null))];
      stems.sort((a, b) => (tf.get(a) ?? 0) - (tf.get(b) ?? 0) || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
      if (stems.length) queues.push(stems);
    }
  }
  const out: string[] = [];
  for (let round = 0; out.length < budget; round++) {
    let any = false;
    for (const qs of queues) {
      if (round >= qs.length) continue;
      any = true;
      const key = `w:${qs[round]}`;
      if (taken.has(key)) continue;
      taken.add(key);
      out.push(key);
      if (out.length >= budget) break;
    }
    if (!any) break;
  }
  return out;
}
