/**
 * Defuddle (npm `defuddle`, MIT; Obsidian Web Clipper's extractor) beside Readability, for the extraction
 * benches (docs/notes/extract58.md). Nothing here ships; lib/ is not changed.
 *
 * - `defuddleText(html)`: Defuddle alone, the text of its article (its `content` HTML's textContent, as
 *   bench/extract-eval.ts reads plain Readability's `textContent`).
 * - `withReader(mode, fn)`: runs `fn` (main's whole pipeline: lib/extract.ts extractPage, through
 *   ingestFile or page-kind's bench) with Readability's `parse` replaced for the call:
 *   - `defuddle`: Defuddle's article in Readability's place (on the same clone, body out of head);
 *   - `fallback`: Readability first; Defuddle only when Readability finds nothing or fewer than
 *     MIN_CHARS characters (lib/extract.ts's MIN_ARTICLE_CHARS: no constant fitted here);
 *   - `rescue`: Readability first; Defuddle only when Readability finds no text at all (added after the
 *     fallback's dev losses were read: a short article Readability read right, Defuddle read with its
 *     sidebar; no constant);
 *   - `prune`: Defuddle as a second opinion (added late, exploratory): Readability's article, less its leaf
 *     blocks that Defuddle's article lacks, by lib/extract.ts's declared-body rule (`pruneByDeclaredBody`
 *     with extract6's constants, gram 3 and share 0.5, Defuddle's text in the declared body's place);
 *   - `readability`: Readability as shipped (no change).
 *   The result has Readability's shape (content = the article element when lib/extract.ts asks for a
 *   node, else its HTML; textContent; title; byline; …), so everything after it — page kind, the length
 *   bars, sibling join, cleaning — runs unchanged.
 * Defuddle is run synchronously (`parse()`: no third-party fetches, `useAsync: false`) with the page's
 * address unknown (`about:blank`: its site-specific extractors are keyed on the address, which the eval
 * sets mostly lack; the extension would know it).
 */
import { Readability } from '@mozilla/readability';
import Defuddle from 'defuddle';
import { nodeParseHtml } from '../cli/node-env.ts';
import { pruneByDeclaredBody } from '../lib/extract.ts';
import { nodeToBlocks } from '../lib/text/blocks-core.ts';

export type ReaderMode = 'readability' | 'defuddle' | 'fallback' | 'rescue' | 'prune';
/** lib/extract.ts MIN_ARTICLE_CHARS: below this much text a page is not an article. */
const MIN_CHARS = 500;

interface DefuddleResult {
  content: string;
  title?: string;
  author?: string;
  description?: string;
  site?: string;
  published?: string;
  language?: string;
  wordCount: number;
}
type DefuddleCtor = new (doc: Document, opts: Record<string, unknown>) => { parse(): DefuddleResult };
const DefuddleClass = ((Defuddle as unknown as { default?: DefuddleCtor }).default ?? Defuddle) as unknown as DefuddleCtor;

/** Defuddle on `doc` (it mutates it: give it a copy), silenced (it logs extractor errors to the console). */
export function runDefuddle(doc: Document, url = 'about:blank'): DefuddleResult | null {
  const error = console.error;
  const log = console.log;
  console.error = () => {};
  console.log = () => {};
  try {
    return new DefuddleClass(doc, { url, useAsync: false }).parse();
  } catch {
    return null;
  } finally {
    console.error = error;
    console.log = log;
  }
}

/** The article HTML as an element of `doc` (parsed by the document's own DOM into a detached <div>). */
function elementOf(doc: Document, html: string): Element {
  const div = doc.createElement('div');
  div.innerHTML = html;
  return div;
}

/** Defuddle alone: its article's text. Empty when it fails. */
export function defuddleText(html: string, url?: string): string {
  const doc = nodeParseHtml(html);
  const r = runDefuddle(doc, url);
  if (!r?.content) return '';
  return elementOf(nodeParseHtml('<html><body></body></html>'), r.content).textContent ?? '';
}

type Parsed = { content: unknown; textContent: string; length: number; title: string; byline: string | null; excerpt: string | null; siteName: string | null; publishedTime: string | null; lang: string | null; dir: string | null } | null;
type ParseFn = (this: unknown) => Parsed;
const proto = Readability.prototype as unknown as { parse: ParseFn };
const original = proto.parse;
let mode: ReaderMode = 'readability';
let lastUsed: 'readability' | 'defuddle' | null = null;

/** Defuddle's article in Readability's result shape, on the instance's own document. */
function defuddleParse(self: { _doc: Document; _serializer: (n: Node) => unknown }): Parsed {
  const doc = self._doc;
  const r = runDefuddle(doc);
  if (!r?.content) return null;
  const el = elementOf(doc, r.content);
  const text = el.textContent ?? '';
  if (!text.trim()) return null;
  return {
    content: self._serializer(el),
    textContent: text,
    length: text.length,
    title: r.title ?? '',
    byline: r.author || null,
    excerpt: r.description || null,
    siteName: r.site || null,
    publishedTime: r.published || null,
    lang: r.language || null,
    dir: null,
  };
}

const LEAVES = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, td, th, figcaption, dd, dt';
/** Readability's article less the leaf blocks Defuddle's article lacks (see `prune` in the header). */
function pruned(self: { _doc: Document; _serializer: (n: Node) => unknown }, parse: ParseFn): Parsed {
  const copy = self._doc.cloneNode(true) as Document;
  const serializer = self._serializer;
  self._serializer = (n) => n;
  const first = parse.call(self);
  self._serializer = serializer;
  if (!first) return first;
  const article = first.content as Element;
  const other = runDefuddle(copy);
  // Block by block (textContent glues list items and cells: "mentorshipA news", which no n-gram matches).
  const otherText = other?.content ? nodeToBlocks(elementOf(copy, other.content)).map((b) => b.text).join('\n') : '';
  if (otherText.trim()) {
    const leaves = Array.from(article.querySelectorAll(LEAVES))
      .filter((el) => !el.querySelector(LEAVES))
      .map((el) => ({ el, text: el.textContent ?? '' }))
      .filter((b) => b.text.trim());
    const kept = new Set(pruneByDeclaredBody(leaves, [otherText], { gram: 3, share: 0.5 }));
    const gone = leaves.filter((b) => !kept.has(b));
    if (gone.length) lastUsed = 'defuddle';
    for (const b of gone) b.el.remove();
  }
  const text = article.textContent ?? '';
  return { ...first, content: serializer(article), textContent: text, length: text.length };
}

proto.parse = function (this: unknown): Parsed {
  const self = this as { _doc: Document; _serializer: (n: Node) => unknown };
  if (mode === 'readability') return original.call(this);
  if (mode === 'defuddle') {
    lastUsed = 'defuddle';
    return defuddleParse(self);
  }
  if (mode === 'prune') return pruned(self, original);
  // fallback, rescue: Defuddle reads a copy taken before Readability changes the document.
  const copy = self._doc.cloneNode(true) as Document;
  const first = original.call(this);
  const chars = (first?.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  if (first && chars >= (mode === 'rescue' ? 1 : MIN_CHARS)) {
    lastUsed = 'readability';
    return first;
  }
  const second = defuddleParse({ _doc: copy, _serializer: self._serializer });
  const secondChars = (second?.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  lastUsed = second && secondChars > chars ? 'defuddle' : 'readability';
  return lastUsed === 'defuddle' ? second : first;
};

/** Replaces Readability's parse as `m` says for the rest of the process (bench/extract58-kind.ts). */
export function setReader(m: ReaderMode): void {
  mode = m;
}

/** Runs `fn` with Readability's parse replaced as `m` says (see the header); which reader was used last. */
export function withReader<T>(m: ReaderMode, fn: () => T): { value: T; used: 'readability' | 'defuddle' | null } {
  const before = mode;
  mode = m;
  lastUsed = null;
  try {
    const value = fn();
    return { value, used: lastUsed };
  } finally {
    mode = before;
  }
}
