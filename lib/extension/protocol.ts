/**
 * Every message that crosses a context boundary in the extension, one type per direction.
 * Replies are Result<T> because an Error does not survive structured cloning.
 *
 *   sidebar/options/background ──ContentRequest──▶ content script (via tabs.sendMessage)
 *   content script ──ContentEvent──▶ extension pages (via runtime.sendMessage)
 *
 * The corpus (IndexedDB) is opened only by extension pages and the background, never by the
 * content script (its IndexedDB would be the web page's).
 */
import type { ExtractedPage } from '../types';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: unknown): Result<never> => ({
  ok: false,
  error: error instanceof Error ? error.message : String(error),
});

/** What the content script says when the page is not an article. */
export interface NotAnArticle {
  notArticle: true;
  reason: string;
  /** What the page is instead, when lib/page-kind.ts recognised it (search, section, video, …). */
  kind?: 'search' | 'section' | 'video' | 'gallery' | 'discussion' | 'other';
}

/** A piece of this page's text to find again (Hypothesis-style: exact, then fuzzy with context). */
export interface Anchor {
  /** Unit index in the extracted article. */
  i: number;
  text: string;
  /** Optional: text just before / after it (e.g. the neighbouring units), to choose between repeats. */
  prefix?: string;
  suffix?: string;
}

export type HighlightKind = 'unique' | 'shared';

/** Requests to the content script of one tab. */
export type ContentRequest =
  /** Run Readability on a clone of the document; keep a unit→DOM-range map for later requests. */
  | { type: 'parallax:extract'; /** The reader asked to compare a page refused as a non-article: read it leniently. */ anyway?: boolean }
  /** Scroll the page to a unit's sentence and flash it. Replies whether it was found. */
  | { type: 'parallax:scroll-to'; anchor: Anchor }
  /** Mark sentences in the page: unique to this article, or shared with others. Replies how many were anchored. */
  | { type: 'parallax:highlight'; items: Array<Anchor & { kind: HighlightKind }> }
  /** Remove every mark this extension put in the page. */
  | { type: 'parallax:clear-highlights' }
  /** The text currently selected in the page (for "Trace quote" from the keyboard). */
  | { type: 'parallax:get-selection' };

export interface ContentReplies {
  'parallax:extract': Result<ExtractedPage | NotAnArticle>;
  'parallax:scroll-to': Result<boolean>;
  'parallax:highlight': Result<number>;
  'parallax:clear-highlights': Result<null>;
  'parallax:get-selection': Result<string>;
}

/** Events the content script broadcasts to extension pages. */
export type ContentEvent =
  /** The page navigated in place (single-page app): the sidebar should extract and compare again. */
  { type: 'parallax:page-changed'; url: string };

/**
 * A "Trace quote" request waits in storage.session (Chrome) / storage.local (Firefox) under this key,
 * so the sidebar picks it up whether it was already open or is only starting: no race.
 */
export const PENDING_TRACE_KEY = 'parallax:pending-trace';
export interface PendingTrace {
  text: string;
  tabId: number | null;
  url: string | null;
  /** Date.now() when requested; the sidebar ignores requests it has already handled. */
  at: number;
}

export function isNotArticle(v: ExtractedPage | NotAnArticle): v is NotAnArticle {
  return (v as NotAnArticle).notArticle === true;
}
