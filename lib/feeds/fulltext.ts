/**
 * Full text for feed items that carry only a summary (issue 11 item 1).
 *
 * Most news feeds give a one-paragraph teaser per item. Compared with such a teaser, every fact of
 * the article read would show up as "left out by others", so when an item is only a summary its
 * page is fetched and read with the same extraction the content script uses (lib/extract.ts
 * extractPage: Readability on a DOM). Where that DOM comes from is the caller's business
 * (`FullTextEnv.extract`): DOMParser in an extension page and in Firefox's background page, an
 * offscreen document from Chrome's service worker (lib/extension/platform.ts).
 *
 * Everything here is pure and bounded; time, network and DOM are passed in, so tests run it with a
 * fake clock and a fake fetch:
 * - only for items whose host the reader granted (`allowed`), asked at the subscribe click;
 * - at most `maxPages` pages per refresh (the rest stay summaries and are tried on the next one);
 * - one request at a time, and at least `hostDelayMs` between two requests to the same host;
 * - `timeoutMs` per request (the fetch function enforces it), `retries` more attempts on a network
 *   error, a timeout, HTTP 429 or 5xx, waiting `backoffMs`, then twice that, … (never on other 4xx,
 *   nor when the page was read but is not an article);
 * - each item gets a status: its text came from the feed, from its page, or it stays a summary (why).
 */
import type { ExtractedPage } from '../types';
import type { NotAnArticle } from '../extension/protocol';
import { htmlToBlocks, looksLikeHtml } from '../text/html';

/**
 * An item whose text has fewer words than this is a summary, and its page is fetched.
 * Fitted by `npx tsx bench/feed-summary.ts` on the even-numbered zyte pages (each page: its
 * description as the summary, its ground-truth body as the full text); held-out accuracy on the
 * odd-numbered pages is in docs/notes/feeds.md.
 */
export const SUMMARY_MAX_WORDS = 59;

/** Words in an item's text (HTML or plain). */
export function itemWords(content: string): number {
  const text = looksLikeHtml(content) ? htmlToBlocks(content).map((b) => b.text).join(' ') : content;
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Characters of an item's content looked at to decide (a summary is far shorter; keeps 200 long items cheap). */
const SUMMARY_PROBE_CHARS = 20_000;

/** True when a feed item's content is only a summary (or nothing at all). */
export function isSummary(content: string): boolean {
  return itemWords(content.slice(0, SUMMARY_PROBE_CHARS)) < SUMMARY_MAX_WORDS;
}

export interface FullTextLimits {
  /** Pages fetched per refresh, over all feeds of that refresh. */
  maxPages: number;
  /** Least time between two requests to one host. */
  hostDelayMs: number;
  /** Per request (passed to `fetchPage`). */
  timeoutMs: number;
  /** Further attempts after a failure worth retrying. */
  retries: number;
  /** Wait before the first retry; doubled for each next one. */
  backoffMs: number;
}

/**
 * Chosen, not fitted: a polite crawler's numbers (one request every 2 s per host; 20 pages a refresh,
 * i.e. under a minute of fetching per refresh in the worst case; two retries 2 s then 4 s apart).
 */
export const FULLTEXT_LIMITS: FullTextLimits = { maxPages: 20, hostDelayMs: 2000, timeoutMs: 20_000, retries: 2, backoffMs: 2000 };

/** An HTTP answer other than 2xx. */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    statusText = '',
  ) {
    super(`HTTP ${status} ${statusText}`.trim());
  }
}

export interface FullTextEnv {
  /** GETs a page's HTML within `timeoutMs`; throws HttpError for a non-2xx answer. */
  fetchPage(url: string, timeoutMs: number): Promise<string>;
  /** Runs extractPage on the HTML (a DOM is needed: DOMParser, or an offscreen document). */
  extract(html: string, url: string): Promise<ExtractedPage | NotAnArticle>;
  /** True when the reader granted Parallax this URL's host. */
  allowed(url: string): Promise<boolean>;
  sleep?(ms: number): Promise<void>;
  now?(): number;
}

export type FullTextOutcome =
  | { ok: true; page: ExtractedPage; attempts: number }
  | { ok: false; reason: string; attempts: number; noAccess?: boolean };

const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function message(e: unknown): string {
  if (e instanceof Error) return e.message;
  return typeof e === 'string' ? e : JSON.stringify(e);
}

function hostOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.host : null;
  } catch {
    return null;
  }
}

/** Worth another attempt: the network, a timeout, 408, 429 or a server error. */
export function retryable(e: unknown): boolean {
  if (e instanceof HttpError) return e.status === 408 || e.status === 429 || e.status >= 500;
  return true;
}

/**
 * One refresh's page fetcher: it remembers when each host was last asked and how many pages it has
 * fetched, so the bounds hold over all feeds of a refresh. Create one per refresh.
 */
export class FullTextFetcher {
  readonly limits: FullTextLimits;
  private readonly last = new Map<string, number>();
  private pages = 0;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;

  constructor(
    private readonly env: FullTextEnv,
    limits: Partial<FullTextLimits> = {},
  ) {
    this.limits = { ...FULLTEXT_LIMITS, ...limits };
    this.sleep = env.sleep ?? realSleep;
    this.now = env.now ?? Date.now;
  }

  /** Pages this fetcher may still fetch. */
  get left(): number {
    return Math.max(0, this.limits.maxPages - this.pages);
  }

  private async politely<T>(host: string, job: () => Promise<T>): Promise<T> {
    const prev = this.last.get(host);
    if (prev !== undefined) {
      const wait = prev + this.limits.hostDelayMs - this.now();
      if (wait > 0) await this.sleep(wait);
    }
    try {
      return await job();
    } finally {
      this.last.set(host, this.now());
    }
  }

  /** The article on the item's page, or why not. Never throws. */
  async fetch(url: string): Promise<FullTextOutcome> {
    const host = hostOf(url);
    if (!host) return { ok: false, reason: 'the item has no web address', attempts: 0 };
    let granted = false;
    try {
      granted = await this.env.allowed(url);
    } catch {
      granted = false;
    }
    if (!granted) return { ok: false, reason: `Parallax may not read ${host} (not allowed when subscribing)`, attempts: 0, noAccess: true };
    if (this.left === 0) return { ok: false, reason: `not fetched: at most ${this.limits.maxPages} pages are read per refresh; the next refresh tries again`, attempts: 0 };
    this.pages++;
    let attempts = 0;
    for (;;) {
      attempts++;
      let html: string;
      try {
        html = await this.politely(host, () => this.env.fetchPage(url, this.limits.timeoutMs));
      } catch (e) {
        if (attempts <= this.limits.retries && retryable(e)) {
          await this.sleep(this.limits.backoffMs * 2 ** (attempts - 1));
          continue;
        }
        const why = e instanceof Error && e.name === 'TimeoutError' ? `no answer within ${Math.round(this.limits.timeoutMs / 1000)} s` : message(e);
        return { ok: false, reason: `the page could not be fetched (${why})${attempts > 1 ? ` after ${attempts} attempts` : ''}`, attempts };
      }
      try {
        const page = await this.env.extract(html, url);
        if ('notArticle' in page && page.notArticle) return { ok: false, reason: `the page was read but no article was found (${page.reason})`, attempts };
        return { ok: true, page: page as ExtractedPage, attempts };
      } catch (e) {
        return { ok: false, reason: `the page could not be read (${message(e)})`, attempts };
      }
    }
  }
}
