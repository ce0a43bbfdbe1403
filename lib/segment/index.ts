/**
 * Segmentation of an article's paragraphs into units: sentences, split further at "; " between
 * two independent clauses, never inside a quotation. Also decides each paragraph's kind: a
 * subheading inside the body, an embedded social-media post, or ordinary body text.
 */
import type { Unit } from '../types';
import { insideSpan, quoteSpans, type Span } from './quotes';
import { sentenceSpans, type Splitter } from './sentences';
import { quantities } from '../nlp/quantities';

export { quoteSpans } from './quotes';
export { sentenceSpans } from './sentences';

export type ParagraphKind = Unit['kind'];
export interface Paragraph {
  text: string;
  kind: ParagraphKind;
}

export interface SegmentOptions {
  splitter?: Splitter;
  lang?: string | null;
}

/**
 * Builds Article.text (paragraphs joined by "\n\n") and its units. Offsets index Article.text, so
 * `text.slice(u.start, u.end) === u.text` for every unit.
 */
export function segmentParagraphs(paragraphs: Paragraph[], opts: SegmentOptions = {}): { text: string; units: Unit[] } {
  const units: Unit[] = [];
  let text = '';
  paragraphs.forEach((para, p) => {
    if (p > 0) text += '\n\n';
    const base = text.length;
    text += para.text;
    const spans = para.kind === 'heading' ? [[0, para.text.length] as Span] : splitParagraph(para.text, opts);
    for (const [a, b] of spans) {
      units.push({ i: units.length, text: para.text.slice(a, b), p, start: base + a, end: base + b, kind: para.kind });
    }
  });
  return { text, units };
}

/** Unit spans within one paragraph. */
export function splitParagraph(text: string, opts: SegmentOptions = {}): Span[] {
  const quotes = quoteSpans(text);
  const lang = opts.lang ?? 'en';
  const sentences = sentenceSpans(text, opts.splitter ?? 'rules', lang);
  // Merge sentences whose boundary falls inside a quotation.
  const merged: Span[] = [];
  for (const s of sentences) {
    const last = merged[merged.length - 1];
    if (last && (insideSpan(quotes, s[0]) || insideSpan(quotes, last[1]) || !startsLikeSentence(text, s[0]) || isAttributionTail(text, last, s))) {
      last[1] = s[1];
    } else merged.push([s[0], s[1]]);
  }
  // Clause split at "; " between two independent clauses, outside quotes.
  const out: Span[] = [];
  for (const s of merged) out.push(...splitClauses(text, s, quotes));
  return out;
}

/**
 * A cut is only good before something that can start a sentence: not before a lower-case word
 * or a closing mark (splitters sometimes break after "U.S." followed by a lower-case word).
 */
function startsLikeSentence(text: string, at: number): boolean {
  const c = text[at];
  if (c === undefined) return true;
  if (/[\p{Ll}]/u.test(c)) return false;
  if (/[)\]},;:”’»]/.test(c)) return false;
  return true;
}

/**
 * “Curious to learn more?” Clinton wrote. — splitters cut after the question mark inside the
 * quote; the short attribution that follows belongs to the quote's unit.
 */
function isAttributionTail(text: string, prev: Span, next: Span): boolean {
  const before = text.slice(prev[0], prev[1]);
  if (!/[?!…]["”’»]$/.test(before)) return false;
  const tail = text.slice(next[0], next[1]);
  return wordCount(tail) <= 6 && /[.]$/.test(tail) && !/["“”«»]/.test(tail);
}

const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

function splitClauses(text: string, span: Span, quotes: Span[]): Span[] {
  const out: Span[] = [];
  let start = span[0];
  const re = /; /g;
  re.lastIndex = span[0];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < span[1]) {
    const cut = m.index + 1;
    if (insideSpan(quotes, m.index)) continue;
    const left = text.slice(start, cut);
    const right = text.slice(cut + 1, span[1]);
    // Both sides must read as clauses, not list items: at least six words each.
    if (wordCount(left) >= 6 && wordCount(right) >= 6) {
      out.push([start, cut]);
      start = cut + 1;
    }
  }
  out.push([start, span[1]]);
  return out;
}

/** "— Nayib Bukele (@nayibbukele) December 23, 2025": the signature line of an embedded post. */
export const EMBED_SIGNATURE_RE =
  /^[—–-]{1,2}\s*[^()\n]{1,80}?\s*\(@[A-Za-z0-9_.]{1,30}\)\s+(?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+\.? \d{4}|\d{4}-\d{2}-\d{2})\s*$/;

const REPORTING_RE =
  /\b(?:said|says|wrote|writes|told|tells|added|adds|stated|states|posted|tweeted|replied|responded|emphasi[sz]ed|noted|asserted|insisted|argued|claimed|declared|announced|explained|continued|concluded|specifying|calling|according to|in a (?:post|statement|tweet|message))\b/i;

/** Posts are at most 280 characters on X (longer ones get cut with "…" and a link). */
const EMBED_BUDGET = 300;

/**
 * Kind of each paragraph. Headings: short lines that do not end like a sentence (or h2–h6 tags).
 * Embeds: a post signature line plus the lines above it that fit in one post.
 */
export function classifyParagraphs(texts: string[], tags?: Array<string | undefined>): ParagraphKind[] {
  const kinds: ParagraphKind[] = texts.map((t, k) => (isHeading(t, tags?.[k]) ? 'heading' : 'body'));
  for (let k = 0; k < texts.length; k++) {
    if (!EMBED_SIGNATURE_RE.test(texts[k]!)) continue;
    kinds[k] = 'embed';
    // In HTML the post is a blockquote: its blocks are the post, nothing more.
    if (tags?.[k] === 'blockquote') {
      for (let j = k - 1; j >= 0 && tags[j] === 'blockquote' && kinds[j] !== 'embed' && !EMBED_SIGNATURE_RE.test(texts[j]!); j--) kinds[j] = 'embed';
      continue;
    }
    let budget = EMBED_BUDGET;
    for (let j = k - 1; j >= 0; j--) {
      if (kinds[j] === 'embed') break;
      const len = texts[j]!.replace(/https?:\/\/\S+/g, '').length;
      // Reporting language ("…, he wrote", "according to") is the article talking, not the post.
      if (len > budget || kinds[j] === 'heading' || REPORTING_RE.test(texts[j]!)) break;
      budget -= len;
      kinds[j] = 'embed';
    }
  }
  return kinds;
}

function isHeading(t: string, tag?: string): boolean {
  if (tag && /^h[1-6]$/.test(tag)) return true;
  if (tag && tag !== 'p') return false;
  const words = t.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 10 || t.length > 90) return false;
  if (/[.!?…:;,"'”’»)\]]$/.test(t)) return false;
  if (/https?:\/\/|www\.|(?:^|\s)[@#]\w/.test(t)) return false;
  if (!/^[\p{Lu}\p{N}“"‘'¿¡]/u.test(t)) return false;
  // A heading has few lower-case function words at the end ("… and", "… the" means a cut line).
  if (/\b(?:and|or|the|a|an|of|to|in|for|with|by|which|that|who)$/i.test(t)) return false;
  // A line that opens with a date ("June 24 -- Jiffy Lube Live, Bristow, VA") is an entry of a
  // schedule or a timeline: it says when and where, it does not title what follows.
  if (opensWithDate(t)) return false;
  return true;
}

/** The line opens with a month and day ("June 24 --", "Jan. 5,", "24 June –"): a schedule or timeline entry. */
export function opensWithDate(t: string): boolean {
  const day = quantities(t.slice(0, 24)).find((q) => q.kind === 'day');
  return !!day && t.indexOf(day.text) < 12 && /^\S+\.?\s+\d{1,2}\b\s*(?:[-–—,:]|$)|^\d{1,2}\s+\S+\s*[-–—,:]/u.test(t);
}
