/**
 * Ingestion: any supported input → Article. One code path for Node (CLI), extension pages and the
 * MV3 service worker: no DOM globals, no Node built-ins. Whole HTML pages need a page reader passed
 * in through IngestEnv (lib/ingest/page.ts: a DOM parser — DOMParser in pages, linkedom in Node —
 * and lib/extract's Readability pass); HTML fragments are read with htmlparser2. The reader is
 * injected so that code which never reads whole pages (Chrome's service worker: feeds and seeds
 * only) carries no Readability and no DOM code.
 *
 *   ingestFile({ name, content })  → detect format → blocks + metadata → fromBlocks → finishArticle
 *   articleFromExtracted(page)      → (content script's ExtractedPage) → fromBlocks → finishArticle
 * (fromBlocks, finishArticle, articleFromExtracted: lib/ingest/article.ts, re-exported here.)
 */
import type { Article, ArticleFormat, ExtractedPage } from '../types';
import { isNotArticle, type NotAnArticle } from '../extension/protocol';
import { canonicalUrl } from '../url';
import { outletByHost, outletForUrl } from '../outlets';
import { htmlToBlocks, looksLikeHtml, type Block } from '../text/html';
import { normalizeInline } from '../text/normalize';
import { decodeEntities } from '../text/entities';
import { pick, splitFrontMatter, type FrontMatter } from './frontmatter';
import { readJson } from './json';
import { dateDropped, normalizeDate, normalizeLang } from './meta';
import { formatSize, htmlTooDeep, MAX_ARTICLE_CHARS, MAX_FILE_BYTES } from './limits';
import { articleFromExtracted, finishArticle, fromBlocks, tooLong, type DraftMeta } from './article';

export { dateDropped, normalizeDate } from './meta';

/** A whole HTML page → its article blocks and metadata, or why it is not an article. */
export type PageReader = (html: string, url: string) => ExtractedPage | NotAnArticle;

export interface IngestEnv {
  /**
   * Reads a whole HTML page (lib/ingest/page.ts `pageEnv(parseHtml)`: DOMParser in extension pages,
   * linkedom in Node, then lib/extract's extractPage). Without it a whole page is refused.
   */
  readPage?: PageReader;
}

export interface IngestInput {
  /** File name (used for the id and in error messages). */
  name: string;
  content: string;
  /** Where the content came from, when known (used as the article URL if the content names none). */
  url?: string;
  /**
   * Front matter already read (the packaged seeds, read at build time; a feed item's title, date,
   * link): `content` is the text after it, read as a text, Markdown or HTML body.
   */
  frontMatter?: Record<string, unknown>;
}

export interface IngestResult {
  articles: Article[];
  /** One message per problem, each naming the file and the reason. */
  errors: string[];
}


const EXT_RE = /\.(?:txt|text|md|markdown|html?|xhtml|json)$/i;

/** "path/to/003_38879e5049cf1087.txt" → "003_38879e5049cf1087". */
export function idForName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const stripped = base.replace(EXT_RE, '');
  return stripped === base ? base.replace(/\.[^.]+$/, '') || base : stripped;
}


export { canonicalUrl };

/** Reads one file's content into articles. Never throws for bad content: problems go to `errors`. */
export function ingestFile(input: IngestInput, env: IngestEnv = {}): IngestResult {
  return ingestWith(input, env, splitFrontMatter);
}

/**
 * `ingestFile` for input whose front matter, if it has any, is given read (`input.frontMatter`):
 * no YAML parser is loaded. Chrome's service worker ingests only such input (seeds, feed items),
 * so its bundle carries no js-yaml (46 kB; `npx tsx bench/bundle-size.ts`).
 */
export function ingestPrepared(input: IngestInput, env: IngestEnv = {}): IngestResult {
  return ingestWith(input, env, () => null);
}

function ingestWith(input: IngestInput, env: IngestEnv, split: (content: string) => FrontMatter | null): IngestResult {
  try {
    return ingestUnsafe(input, env, split);
  } catch (e) {
    return { articles: [], errors: [`${input.name}: could not be read (${e instanceof Error ? e.message : String(e)})`] };
  }
}

/**
 * Binary data (an image, an archive, a PDF renamed .txt) decoded as text: NUL or other control
 * characters, or replacement characters, in more than a sliver of the first few kilobytes.
 */
export function looksBinary(content: string): boolean {
  const head = content.slice(0, 4096);
  if (head.includes('\u0000')) return true;
  const odd = head.match(/[\u0001-\u0008\u000E-\u001F\u007F-\u009F\uFFFD]/g)?.length ?? 0;
  return odd / head.length > 0.02;
}

function ingestUnsafe(input: IngestInput, env: IngestEnv, split: (content: string) => FrontMatter | null): IngestResult {
  const { name } = input;
  // Bounded work: the size check comes before anything reads the whole content. (Characters, not
  // bytes: callers holding the bytes, the CLI and the options page, check the byte size first.)
  if (input.content.length > MAX_FILE_BYTES) {
    return { articles: [], errors: [`${name}: the file is more than ${formatSize(MAX_FILE_BYTES)}; the limit is ${formatSize(MAX_FILE_BYTES)} per file`] };
  }
  const content = input.content.replace(/^\uFEFF/, '');
  const id = idForName(name);
  if (!content.trim()) return { articles: [], errors: [`${name}: the file is empty`] };
  if (looksBinary(content)) return { articles: [], errors: [`${name}: this is not a text file (binary data)`] };
  const ext = (/\.([a-z]+)$/i.exec(name)?.[1] ?? '').toLowerCase();
  const trimmed = content.trimStart();

  // A body after front matter that was read already is never JSON or a whole page (as when the block heads the content).
  const given = input.frontMatter;
  // JSON by extension, or by content when it parses as JSON (a text that merely starts with "[" is text).
  if (!given && (ext === 'json' || (/^[[{]/.test(trimmed) && ext !== 'md' && ext !== 'markdown' && parsesAsJson(trimmed)))) {
    return readJson(name, content, id, (a) => finishArticle(a));
  }

  if (!given && (ext === 'html' || ext === 'htm' || ext === 'xhtml' || isWholePage(trimmed))) {
    // Both HTML parsers (htmlparser2 for fragments, the DOM + Readability for pages) slow down
    // badly on absurd nesting; one linear scan refuses it first.
    const deep = htmlTooDeep(content);
    if (deep) return { articles: [], errors: [`${name}: ${deep}`] };
    if (!isWholePage(trimmed) && looksLikeHtml(trimmed)) {
      return one(name, fromBlocks(id, 'html', htmlToBlocks(content), { url: input.url }, []));
    }
    if (!env.readPage) return { articles: [], errors: [`${name}: a whole HTML page needs an HTML parser and page reader (IngestEnv.readPage), none was given`] };
    const page = env.readPage(content, input.url ?? '');
    if (isNotArticle(page)) return { articles: [], errors: [`${name}: not an article (${page.reason})`] };
    const article = articleFromExtracted(page, id, 'html');
    if (!article.units.length) return { articles: [], errors: [`${name}: not an article (${article.warnings.join('; ')})`] };
    if (article.text.length < 500) article.warnings.push(`short article text (${article.text.length} characters): the page may be paywalled or not an article`);
    return one(name, article);
  }

  const warnings: string[] = [];
  const fm = given ? { data: given, body: content } : split(content);
  const meta: DraftMeta = { url: input.url ?? null };
  let body = content;
  let format: ArticleFormat = ext === 'md' || ext === 'markdown' ? 'markdown' : 'text';
  if (fm) {
    if (fm.fatal) return { articles: [], errors: [`${name}: ${fm.fatal}`] };
    body = fm.body;
    if (fm.error) warnings.push(fm.error);
    Object.assign(meta, metaFromFrontMatter(fm.data, input.url, warnings));
  }
  if (!body.trim()) return { articles: [], errors: [`${name}: no article text after the front matter`] };
  if (body.length > MAX_ARTICLE_CHARS * 2) return { articles: [], errors: [`${name}: ${tooLong(body.length)}`] };
  let blocks: Block[];
  if (hasBlockHtml(body)) {
    const deep = htmlTooDeep(body);
    if (deep) return { articles: [], errors: [`${name}: ${deep}`] };
    blocks = htmlToBlocks(body);
    format = 'html';
  } else {
    blocks = textToBlocks(body, format === 'markdown' || !!fm);
    // Inline markup inside text paragraphs ("a <a href=…>link</a>", "<em>"): strip it per paragraph.
    if (looksLikeHtml(body)) blocks = blocks.map((b) => (looksLikeHtml(b.text) ? inlineHtmlBlock(b) : b));
  }
  return one(name, fromBlocks(id, format, blocks, meta, warnings, decodeEntities));
}

/** Block-level HTML (paragraphs, breaks, headings, lists): the body is an HTML fragment. */
function hasBlockHtml(s: string): boolean {
  return /<(?:p|div|br|h[1-6]|ul|ol|li|blockquote|section|article|table|figure|figcaption)\b[^>]*>/i.test(s);
}

function inlineHtmlBlock(b: Block): Block {
  const parts = htmlToBlocks(b.text);
  return {
    text: parts.map((x) => x.text).join(' '),
    tag: b.tag,
    linkChars: parts.reduce((n, x) => n + (x.linkChars ?? 0), 0),
  };
}

function parsesAsJson(s: string): boolean {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
}

const one = (name: string, r: Article | string): IngestResult =>
  typeof r === 'string' ? { articles: [], errors: [`${name}: ${r}`] } : { articles: [r], errors: [] };

/** A whole HTML page (doctype, <html> or <body>): it needs IngestEnv.readPage, a DOM. */
export function isWholePage(s: string): boolean {
  return /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype html|<html[\s>])/i.test(s) || /<body[\s>]/i.test(s.slice(0, 5000));
}


/** The first date-like front-matter value, normalised; a value that is not a date is dropped with a warning. */
function frontMatterDate(d: Record<string, unknown>, warnings: string[]): string | null {
  for (const k of ['date', 'published', 'published_at', 'pubdate', 'date_published', 'datepublished', 'created', 'updated']) {
    const v = d[k];
    if (v === undefined || v === null || v === '') continue;
    const date = normalizeDate(v);
    if (date) return date;
    warnings.push(dateDropped(v));
    return null;
  }
  return null;
}

function metaFromFrontMatter(d: Record<string, unknown>, fallbackUrl: string | undefined, warnings: string[]): DraftMeta {
  const link = pick(d, ['link', 'url', 'canonical', 'canonical_url', 'permalink', 'article_url', 'original_url', 'source_url']);
  const source = pick(d, ['source', 'feed', 'source_feed']);
  const sourceIsUrl = !!source && /^https?:\/\//i.test(source);
  const url = canonicalUrl(link) ?? (sourceIsUrl && !/\b(?:feeds?|rss|atom)\b|\.xml\b/i.test(source!) ? canonicalUrl(source) : null) ?? canonicalUrl(fallbackUrl);
  const named = pick(d, ['outlet', 'publisher', 'publication', 'site_name', 'sitename', 'site', 'source_name', 'newspaper']) ?? (source && !sourceIsUrl ? source : null);
  const outlet =
    (named && !/^https?:\/\//i.test(named) ? outletByHost(normalizeInline(named, { decode: decodeEntities }).text) : null) ??
    (url ? outletForUrl(url) : null) ??
    (sourceIsUrl ? outletForUrl(source!) : null) ??
    (named ? outletForUrl(named) : null);
  return {
    title: textOrNull(pick(d, ['title', 'headline', 'name'])),
    description: textOrNull(pick(d, ['description', 'summary', 'excerpt', 'subtitle', 'dek', 'abstract'])),
    date: frontMatterDate(d, warnings),
    url,
    outlet,
    byline: textOrNull(pick(d, ['author', 'authors', 'byline', 'creator'])),
    language: normalizeLang(pick(d, ['lang', 'language', 'locale', 'inlanguage'])),
  };
}

const textOrNull = (s: string | null): string | null => {
  if (!s) return null;
  const t = normalizeInline(s, { decode: decodeEntities }).text;
  return t || null;
};

/**
 * Plain text or Markdown → blocks. Text copied from pages has one paragraph per line; hard-wrapped
 * text (lines broken mid-sentence) has paragraphs separated by blank lines: detect which.
 */
export function textToBlocks(body: string, markdown: boolean): Block[] {
  const text = body.replace(/\r\n?/g, '\n').replace(/<!--[\s\S]*?-->/g, '');
  const lines = text.split('\n');
  let wrapped = 0;
  let joins = 0;
  for (let k = 0; k + 1 < lines.length; k++) {
    const a = lines[k]!.trim();
    const b = lines[k + 1]!.trim();
    if (!a || !b) continue;
    joins++;
    if (!/[.!?:"”’)]$/.test(a) && /^[\p{Ll}(]/u.test(b)) wrapped++;
  }
  const hardWrapped = joins > 2 && wrapped / joins > 0.3;
  const chunks: Array<{ text: string; tag: string }> = [];
  let para: string[] = [];
  let inFence = false;
  const flush = () => {
    if (para.length) chunks.push({ text: para.join(' '), tag: 'p' });
    para = [];
  };
  for (const raw of lines) {
    let line = raw;
    if (markdown && /^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      flush();
      continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    let tag = 'p';
    if (markdown && !inFence) {
      const h = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
      if (h) {
        flush();
        chunks.push({ text: stripMarkdownInline(h[2]!), tag: `h${h[1]!.length}` });
        continue;
      }
      if (/^\s{0,3}(?:[-*_]\s*){3,}$/.test(line)) {
        flush();
        continue;
      }
      const q = /^\s{0,3}>\s?(.*)$/.exec(line);
      if (q) {
        line = q[1]!;
        tag = 'blockquote';
      }
      const li = /^\s*(?:[-*+]|\d{1,3}[.)])\s+(.*)$/.exec(line);
      if (li) {
        flush();
        line = li[1]!;
        tag = 'li';
      }
      line = stripMarkdownInline(line);
    }
    if (hardWrapped && tag === 'p') para.push(line.trim());
    else {
      flush();
      chunks.push({ text: line, tag });
    }
  }
  flush();
  return chunks.map((c) => ({ text: c.text, tag: c.tag, linkChars: null }));
}

function stripMarkdownInline(s: string): string {
  return s
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\((?:[^()\s]|\([^)]*\))*(?:\s+"[^"]*")?\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\*)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}

export { resegment } from './resegment';
export { articleFromExtracted, finishArticle, fromBlocks, idForUrl, type DraftMeta } from './article';
