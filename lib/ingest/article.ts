/**
 * From blocks and metadata to an Article: the part of ingestion every path shares (files through
 * lib/ingest/index.ts, the page the content script read, feed items' pages). Its own module so a
 * page that only turns an extracted page into an article (the side panel) does not load the file
 * readers (front matter and its YAML parser, JSON, Markdown); lib/ingest/index.ts re-exports it.
 */
import type { Article, ArticleFormat, ExtractedPage, Unit } from '../types';
import { hashText } from '../hash';
import { canonicalUrl } from '../url';
import { outletForUrl, hostOf } from '../outlets';
import { classifyParagraphs, segmentParagraphs } from '../segment/index';
import { cleanBlocks } from '../text/boilerplate';
import { dropRepeatedBlocks } from '../text/repeats';
import type { Block } from '../text/html';
import { detectLanguage } from '../text/language';
import { normalizeInline } from '../text/normalize';
import { extractQuotes } from '../quotes/extract';
import { isCaption, photoCaptionForm } from '../engine/features';
import { deriveTitle, looksLikeHeadline, normalizeDate, normalizeLang } from './meta';
import { MAX_ARTICLE_CHARS, MAX_TOKEN_CHARS } from './limits';
import { NO_HEADLINE } from './warnings';

/**
 * A picture's label, credit or caption, which a text may open with (a story copied from its page: "Image copyright Getty
 * Images Image caption …", "Jane Roe/AP …", "Getty Images House Speaker John Boehner"): the forms the report reads as
 * no fact (lib/engine/features.ts `photoCaptionForm`, less its 'link' form: a bracketed title or a bare web address is no
 * picture's, headline81), an agency's credit line alone (the caption credit the report knows, features.ts `CREDITS`:
 * "(Associated Press)"), or a line with no verb (`isCaption`) opened by a picture agency's credit the report knows
 * ("Getty Images", "AP Photo"). It is no headline, and no title is derived from it.
 */
const PICTURE_CREDIT = /^(?:Getty Images|AP Photo)\b/;
/** A credit line alone, in the form the report reads after an agency's caption ("(Associated Press)", "(AP Photo/…)"). */
const CREDIT_ONLY = /^\((?:AP|Associated Press|Reuters|AFP|Getty)[^()]*\)$/;
export function isPictureFurniture(text: string): boolean {
  const form = photoCaptionForm(text);
  return (form !== null && form !== 'link') || CREDIT_ONLY.test(text.trim()) || (PICTURE_CREDIT.test(text) && isCaption(text));
}

/** Metadata gathered from the input before the body is cleaned and segmented. */
export interface DraftMeta {
  title?: string | null;
  outlet?: string | null;
  date?: string | null;
  url?: string | null;
  language?: string | null;
  byline?: string | null;
  description?: string | null;
}

/**
 * Stable id for an article known by its URL: the canonical form (no fragment, no tracking
 * parameters, no trailing slash, lower-case host) hashed. Same page → same id.
 */
export function idForUrl(url: string): string {
  return 'url_' + hashText(canonicalUrl(url) ?? url.trim());
}

/** The message for an article over MAX_ARTICLE_CHARS. */
export function tooLong(chars: number): string {
  return `the text is ${chars.toLocaleString('en-US')} characters long; the limit is ${MAX_ARTICLE_CHARS.toLocaleString('en-US')} for one article`;
}

/**
 * The shared path from blocks to an Article: normalise, remove boilerplate, find the headline,
 * classify paragraphs, segment, fill metadata. Returns an error string when no text is left.
 */
export function fromBlocks(
  id: string,
  format: ArticleFormat,
  input: Block[],
  meta: DraftMeta,
  warnings: string[],
  /** Character references in text formats: file imports pass HTML's whole table (lib/text/entities.ts). */
  decode?: (s: string) => string,
): Article | string {
  let mojibake = 0;
  const normalized: Block[] = [];
  for (const b of input) {
    const n = normalizeInline(b.text, { entities: format !== 'html' && format !== 'page', decode });
    mojibake += n.mojibake;
    if (n.text) normalized.push({ ...b, text: n.text });
  }
  if (mojibake) warnings.push(`repaired ${mojibake} mojibake sequence${mojibake === 1 ? '' : 's'}`);
  if (!normalized.length) return 'no text found';
  const total = normalized.reduce((n, b) => n + b.text.length, 0);
  if (total > MAX_ARTICLE_CHARS) return tooLong(total);
  // A "word" of thousands of characters is not text (a base64 blob, a pasted hash) and makes the
  // sentence splitter quadratic: remove such runs, say so.
  const longRun = new RegExp(`\\S{${MAX_TOKEN_CHARS + 1},}`, 'g');
  let runs = 0;
  for (let k = normalized.length - 1; k >= 0; k--) {
    const b = normalized[k]!;
    if (b.text.length <= MAX_TOKEN_CHARS) continue;
    const text = b.text.replace(longRun, () => (runs++, '')).replace(/\s{2,}/g, ' ').trim();
    if (text) normalized[k] = { ...b, text };
    else normalized.splice(k, 1);
  }
  if (runs) warnings.push(`removed ${runs} run${runs === 1 ? '' : 's'} of more than ${MAX_TOKEN_CHARS} characters without a space (not text)`);
  if (!normalized.length) return 'no text found';

  const cleaned = cleanBlocks(normalized);
  if (cleaned.removed.length) {
    const rules = [...new Set(cleaned.removed.map((r) => r.rule))].join(', ');
    warnings.push(`removed ${cleaned.removed.length} boilerplate block${cleaned.removed.length === 1 ? '' : 's'} (${rules})`);
  }
  // An embedded post or pull quote printing a paragraph's words a second time would give the same
  // sentences twice (once inside the quoting paragraph, once on their own): the copy goes.
  const repeats = dropRepeatedBlocks(cleaned.blocks);
  if (repeats.removed) warnings.push(`removed ${repeats.removed} repeated block${repeats.removed === 1 ? '' : 's'} (an embedded post or pull quote printed twice)`);
  const blocks = repeats.blocks;

  let title = meta.title ?? null;
  const first = blocks[0];
  if (first) {
    const isTitleCopy = title && first.text.toLowerCase() === title.toLowerCase();
    if (isTitleCopy) blocks.shift();
    // A picture's label, credit or caption is short and has no full stop, as a headline: it is none (`isPictureFurniture`).
    else if (!title && (first.tag === 'h1' || (looksLikeHeadline(first.text) && !isPictureFurniture(first.text) && blocks.length > 1))) {
      title = first.text;
      blocks.shift();
    }
  }
  if (!blocks.length) return 'no article text left after removing boilerplate';

  const texts = blocks.map((b) => b.text);
  const kinds = classifyParagraphs(
    texts,
    blocks.map((b) => b.tag),
  );
  // The text says more than a page's lang attribute (templates often declare the wrong one);
  // the declared tag is kept when it agrees, for its region ("en-GB").
  const detected = detectLanguage(texts.join('\n'));
  const declared = meta.language ?? null;
  const language = detected && declared?.split('-')[0] !== detected ? detected : (declared ?? detected);
  if (detected && declared && declared.split('-')[0] !== detected) warnings.push(`declared language "${declared}" does not match the text; using "${detected}"`);
  const { text, units } = segmentParagraphs(
    texts.map((t, k) => ({ text: t, kind: kinds[k]! })),
    { lang: language ? language.slice(0, 2) : 'en' },
  );
  if (!units.length) return 'no article text left after segmentation';

  if (!title) {
    // The first body line that is not a picture's label, credit or caption (`isPictureFurniture`; audit80), nor only a web
    // address or a bracketed line ("www.whyslopes.com", "[an error occurred while processing this directive]": the report's
    // 'link' form), nor a line with no letter or digit ("|", "[]", "."), which name no article (headline82).
    const body = units.filter((u) => u.kind === 'body');
    const firstBody = (body.find((u) => !isPictureFurniture(u.text) && photoCaptionForm(u.text) !== 'link' && /[\p{L}\p{N}]/u.test(u.text)) ?? body[0] ?? units[0]!).text;
    title = deriveTitle(meta.description ?? null, firstBody);
    warnings.push(`${NO_HEADLINE}; title derived from the ${meta.description ? 'description' : 'first sentence'}`);
  }
  const url = canonicalUrl(meta.url) ?? null;
  const outlet = meta.outlet ?? (url ? outletForUrl(url) : null);
  return finishArticle({
    id,
    title: title ?? id,
    outlet,
    date: meta.date ?? null,
    url,
    language,
    byline: meta.byline ?? null,
    description: meta.description ?? null,
    text,
    units,
    warnings,
    format,
  });
}

/**
 * The single place where a finished Article is assembled: every ingestion path ends here.
 * Quotes are found here too (lib/quotes), so every path stores them.
 */
export function finishArticle(a: Omit<Article, 'hash' | 'quotes'> & { hash?: string; quotes?: Article['quotes'] }): Article {
  return {
    id: a.id,
    title: a.title,
    outlet: a.outlet,
    date: a.date,
    url: a.url,
    language: a.language,
    byline: a.byline,
    description: a.description,
    text: a.text,
    units: a.units,
    // Quotes are always found again from the text and units, so an imported article's quotes
    // can never disagree with its (possibly rebuilt) units.
    quotes: extractQuotes({ text: a.text, units: a.units, title: a.title }),
    warnings: a.warnings,
    hash: hashText(a.text),
    format: a.format,
  };
}

/**
 * The page the content script extracted (lib/extract.ts) → Article. The id defaults to one
 * derived from the canonical URL, so the same page always gets the same id. Its title, outlet, byline
 * and description come from a parsed DOM, whose references are decoded already: the small decoder
 * (`decodeCharRefs`) reads any left over, so the side panel carries no table of every HTML name.
 */
export function articleFromExtracted(page: ExtractedPage, id?: string, format: ArticleFormat = 'page'): Article {
  const url = canonicalUrl(page.url);
  const articleId = id ?? idForUrl(page.url);
  const named = page.siteName ? normalizeInline(page.siteName).text : null;
  const meta: DraftMeta = {
    title: page.title ? normalizeInline(page.title).text || null : null,
    url,
    outlet: (named && !/^https?:\/\//i.test(named) ? named : null) ?? (url ? outletForUrl(url) : null),
    date: normalizeDate(page.publishedTime),
    language: normalizeLang(page.lang),
    byline: page.byline ? normalizeInline(page.byline).text || null : null,
    description: page.excerpt ? normalizeInline(page.excerpt).text || null : null,
  };
  const r = fromBlocks(
    articleId,
    format,
    // Blocks from extractPage were already cleaned with link information; linkChars 0 tells the
    // second pass they are HTML (no "capitals mean promo" rule meant for plain text).
    page.blocks.map((b) => ({ text: b.text, tag: b.tag, linkChars: 0 })),
    meta,
    [],
  );
  if (typeof r === 'string') {
    // Keep what we know rather than failing the sidebar: an article with no units says why.
    return finishArticle({
      id: articleId,
      title: meta.title ?? hostOf(page.url) ?? articleId,
      outlet: meta.outlet ?? null,
      date: meta.date ?? null,
      url,
      language: meta.language ?? null,
      byline: meta.byline ?? null,
      description: meta.description ?? null,
      text: '',
      units: [] as Unit[],
      warnings: [r],
      format,
    });
  }
  return r;
}
