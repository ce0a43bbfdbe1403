/**
 * RSS/Atom/RDF/JSON feeds: the user subscribes to a feed URL; its items are imported into the
 * corpus now and on every refresh. DOM-free, so the refresh runs in the background service worker,
 * woken by `browser.alarms` (alarm name FEED_ALARM).
 *
 * A feed item becomes a Markdown "file" with front matter (title, date, link, author) and the
 * item's HTML as its body, and goes through the same ingestion as every other import, so cleaning,
 * segmentation and deduplication are the ones the rest of the corpus gets. The item's id is derived
 * from its link (or guid), so a refresh finds the same article again instead of duplicating it.
 *
 * This module takes the feed parser as an argument (`importFeedWith(parse, …)` and the like) and
 * does not import it; the schedule (FEED_ALARM, the interval, the alarm) is lib/feeds/schedule.ts,
 * re-exported here, which Chrome's service worker imports alone. lib/feeds/index.ts
 * gives the same functions with lib/feeds/parse.ts's `parseFeed` built in (importFeed, addFeed,
 * refreshFeeds).
 */
import { hashText } from '../hash';
import { idForUrl, ingestPrepared, type IngestInput } from '../ingest';
import { feedOutlet, knownOutlet } from '../outlets';
import { formatSize, MAX_FEED_BYTES, MAX_FEED_ITEMS, MAX_FEED_TEXT_CHARS } from '../ingest/limits';
import { articleFromExtracted } from '../ingest';
import { MAX_FILE_BYTES } from '../ingest/limits';
import type { Corpus, UpsertStatus } from '../store/corpus';
import type { FeedRecord } from '../store/db';
import type { Article, ExtractedPage } from '../types';
import { FullTextFetcher, HttpError, isSummary } from './fulltext';
import { FeedError, type FeedItem, type FeedParser, type ParsedFeed } from './model';

export { FeedError, type FeedItem, type FeedParser, type ParsedFeed } from './model';
export { FullTextFetcher, FULLTEXT_LIMITS, HttpError, isSummary, SUMMARY_MAX_WORDS, type FullTextEnv, type FullTextLimits } from './fulltext';

export { type AlarmsLike, FEED_ALARM, FEED_INTERVAL_KEY, FEED_INTERVALS, feedAlarmMinutes, getFeedInterval, setFeedAlarm, setFeedInterval, syncFeedAlarm } from './schedule';

/**
 * A stable article id for a feed item: the same id ingestion gives the page at that URL (so adding
 * the full page by URL later updates the item instead of duplicating it), else from guid or title.
 */
export function feedItemId(item: FeedItem): string {
  if (item.url) return idForUrl(item.url);
  return `feed_${hashText(item.guid ?? `${item.title}\n${item.date ?? ''}`)}`;
}

/**
 * What a feed item is ingested as: a Markdown "file" whose front matter (title, date, link, author,
 * outlet) is given already read, with the item's HTML as its body (`ingestPrepared`: no YAML).
 */
export function feedItemInput(item: FeedItem, feed: Pick<ParsedFeed, 'title'>): IngestInput & { frontMatter: Record<string, string> } {
  const fm: Record<string, string> = { title: item.title || feed.title || 'Untitled' };
  if (item.date) fm.date = item.date;
  if (item.url) fm.link = item.url;
  if (item.author) fm.author = item.author;
  // The feed's title names the outlet when the item's host is not one the table knows.
  const outlet = item.url && knownOutlet(item.url) ? null : feedOutlet(feed.title);
  if (outlet) fm.outlet = outlet;
  return { name: `${feedItemId(item)}.md`, content: `\n${item.html.trim()}\n`, frontMatter: fm, url: item.url ?? undefined };
}

export interface FeedItemResult {
  title: string;
  url: string | null;
  status: UpsertStatus | 'error';
  reason?: string;
  /**
   * Where the stored text came from: the feed itself (it carries the article), the item's page
   * (the feed gave a summary; the page was fetched and read), or only the feed's summary (stored
   * with `summaryOnly`; `note` says why the page was not read).
   */
  text?: 'feed' | 'page' | 'summary';
  note?: string;
  /** The item's origin ("https://news.example"), when Parallax may not read it (the reader can allow it for full text). */
  needsAccess?: string;
}

export interface FeedImportResult {
  feedUrl: string;
  title: string | null;
  items: FeedItemResult[];
  /** Set when the feed itself could not be fetched or parsed. */
  error: string | null;
  /** Items the feed lists beyond MAX_FEED_ITEMS or MAX_FEED_TEXT_CHARS, not read on this refresh. */
  notRead?: number;
}

export type FetchText = (url: string) => Promise<string>;

/**
 * fetch() reading at most `limit` bytes (a longer body is refused with a message naming the
 * limit, without reading the rest) within `timeoutMs`. Needs host permission for the URL in an
 * extension. A non-2xx answer throws HttpError (with the status, so callers can tell 404 from 503).
 */
export function limitedFetch(limit: number, timeoutMs = 30_000): FetchText {
  return async (url) => {
    const res = await fetch(url, { credentials: 'omit', redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      throw new HttpError(res.status, res.statusText);
    }
    const tooBig = () => new Error(`the response is more than ${formatSize(limit)}; the limit is ${formatSize(limit)}`);
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (declared > limit) {
      await res.body?.cancel().catch(() => undefined);
      throw tooBig();
    }
    if (!res.body) return res.text();
    const reader = res.body.getReader();
    const parts: Uint8Array[] = [];
    let n = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      n += value.byteLength;
      if (n > limit) {
        await reader.cancel().catch(() => undefined);
        throw tooBig();
      }
      parts.push(value);
    }
    const all = new Uint8Array(n);
    let at = 0;
    for (const p of parts) {
      all.set(p, at);
      at += p.byteLength;
    }
    const charset = /charset=([\w-]+)/i.exec(res.headers.get('content-type') ?? '')?.[1];
    try {
      return new TextDecoder(charset ?? 'utf-8').decode(all);
    } catch {
      return new TextDecoder('utf-8').decode(all);
    }
  };
}

/** Fetches a feed: at most MAX_FEED_BYTES, within 30 s. */
export const fetchText: FetchText = limitedFetch(MAX_FEED_BYTES);

/** Fetches an item's page: at most MAX_FILE_BYTES (what an imported page may weigh), within `timeoutMs`. */
export function fetchPage(url: string, timeoutMs: number): Promise<string> {
  return limitedFetch(MAX_FILE_BYTES, timeoutMs)(url);
}

function errorText(e: unknown): string {
  if (typeof e === 'string') return e;
  if (e instanceof Error) return e.message;
  if (e && typeof e === 'object') {
    const x = e as { message?: unknown; reason?: unknown };
    if (typeof x.message === 'string') return x.message;
    if (typeof x.reason === 'string') return x.reason;
  }
  return JSON.stringify(e);
}

function originOf(url: string | null): string | null {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
}

/**
 * The article read from an item's page. Outlet and date: the page's own metadata first, then the
 * feed's title (unless the host is one the outlet table knows) and the feed's date (docs/notes/corpus.md).
 */
export function articleFromItemPage(page: ExtractedPage, item: FeedItem, feed: Pick<ParsedFeed, 'title'>): Article | null {
  const merged: ExtractedPage = {
    ...page,
    title: page.title || item.title,
    siteName: page.siteName ?? (item.url && knownOutlet(item.url) ? null : feedOutlet(feed.title)),
    publishedTime: page.publishedTime ?? item.date,
    byline: page.byline ?? item.author,
  };
  const a = articleFromExtracted(merged, feedItemId(item));
  return a.text.trim() ? a : null;
}

/**
 * Fetches one feed and imports its items into the corpus. Never throws: failures are in the result.
 *
 * An item whose content is only a summary (lib/feeds/fulltext.ts isSummary) gets its page read by
 * `fullText` when one is given; an item already stored with the text of its page is left as it is
 * (no request). When the page cannot be read, the summary is stored marked `summaryOnly`.
 */
export async function importFeedWith(
  parse: FeedParser,
  corpus: Corpus,
  feedUrl: string,
  fetch: FetchText = fetchText,
  fullText?: FullTextFetcher | null,
): Promise<FeedImportResult> {
  let feed: ParsedFeed;
  try {
    feed = await parse(await fetch(feedUrl));
  } catch (e) {
    return { feedUrl, title: null, items: [], error: errorText(e) };
  }
  const items: FeedItemResult[] = [];
  const ready: Array<{ item: FeedItem; article: Article; text: 'feed' | 'page' | 'summary'; note?: string; needsAccess?: string }> = [];
  // Bounded work per refresh: at most MAX_FEED_ITEMS items and MAX_FEED_TEXT_CHARS of their content
  // (feeds list the newest first; the rest is counted as not read).
  let budget = MAX_FEED_TEXT_CHARS;
  let take = 0;
  for (const item of feed.items.slice(0, MAX_FEED_ITEMS)) {
    if (take > 0 && item.html.length > budget) break;
    budget -= item.html.length;
    take++;
  }
  const notRead = feed.items.length - take;
  let k = 0;
  for (const item of feed.items.slice(0, take)) {
    // Each item is bounded work; yielding between them keeps a page that runs this responsive.
    if (k++ % 10 === 9) await new Promise((r) => setTimeout(r, 0));
    const summary = isSummary(item.html);
    let note: string | undefined;
    let needsAccess: string | undefined;
    if (summary && item.url) {
      try {
        const stored = await corpus.getStored(feedItemId(item));
        if (stored && !stored.summaryOnly && stored.format === 'page') {
          // Read from its page on an earlier refresh (or added by the reader): nothing to fetch.
          items.push({ title: stored.title || item.title, url: item.url, status: 'unchanged', text: 'page' });
          continue;
        }
      } catch {
        // the corpus could not be read: the upsert below reports it
      }
      if (fullText) {
        const got = await fullText.fetch(item.url);
        if (got.ok) {
          const article = articleFromItemPage(got.page, item, feed);
          if (article) {
            ready.push({ item, article, text: 'page' });
            continue;
          }
          note = 'the page was read but held no article text';
        } else {
          note = got.reason;
          if (got.noAccess) needsAccess = originOf(item.url) ?? undefined;
        }
      } else {
        note = 'full text is not fetched here';
      }
    } else if (summary) {
      note = 'the item has no web address to read the full text from';
    }
    if (!item.html.trim()) {
      items.push({ title: item.title, url: item.url, status: 'error', reason: note ? `the feed gives no text for this item, and ${note}` : 'the feed gives no text for this item' });
      continue;
    }
    try {
      const res = ingestPrepared(feedItemInput(item, feed));
      const article = res.articles[0];
      if (!article) {
        const why = res.errors.map(errorText).join('; ') || 'no article text';
        items.push({ title: item.title, url: item.url, status: 'error', reason: why });
        continue;
      }
      if (summary) ready.push({ item, article: { ...article, summaryOnly: true }, text: 'summary', note, needsAccess });
      else ready.push({ item, article, text: 'feed' });
    } catch (e) {
      items.push({ title: item.title, url: item.url, status: 'error', reason: errorText(e) });
    }
  }
  if (ready.length) {
    try {
      // fromFeed: retention (lib/store/retention.ts) may move it to the trash later; an article the
      // reader added keeps its own origin when a feed delivers it again (Corpus merge).
      const res = await corpus.upsert(ready.map((r) => ({ ...r.article, fromFeed: true })));
      res.results.forEach((r, k) => {
        const x = ready[k]!;
        items.push({
          title: x.article.title || x.item.title,
          url: x.item.url,
          status: r.status,
          text: x.text,
          ...(x.note ? { note: x.note } : {}),
          ...(x.needsAccess ? { needsAccess: x.needsAccess } : {}),
        });
      });
    } catch (e) {
      for (const r of ready) items.push({ title: r.item.title, url: r.item.url, status: 'error', reason: errorText(e) });
    }
  }
  return { feedUrl, title: feed.title, items, error: null, ...(notRead ? { notRead } : {}) };
}

// ---------------------------------------------------------------------------------------------
// The feed list and the refresh interval, kept in the corpus database.

/** One item of a feed's last refresh, as the options page shows it. */
export type FeedItemStatus = Pick<FeedItemResult, 'title' | 'url' | 'status' | 'reason' | 'text' | 'note'>;

/**
 * A feed record with the outcome of its last refresh. The extra fields are stored in the same
 * `feeds` table (IndexedDB keeps any field; none is indexed), so no schema change.
 */
export interface FeedStatus extends FeedRecord {
  /** Items read on the last refresh (the newest first), at most MAX_STATUS_ITEMS. */
  lastItems?: FeedItemStatus[];
  /** Items of the last refresh that could not be stored at all. */
  lastFailures?: number;
  /** Items of the last refresh stored as summaries only (their page could not be read). */
  lastSummaries?: number;
  /** Items of the last refresh whose text came from their page. */
  lastFromPages?: number;
  /** Origins ("https://news.example") of items Parallax may not read; allowing them gives full text. */
  needsAccess?: string[];
}

/** Items kept in a feed's status (a feed lists at most MAX_FEED_ITEMS; the panel shows the first ones). */
export const MAX_STATUS_ITEMS = 50;

export function listFeeds(corpus: Corpus): Promise<FeedStatus[]> {
  return corpus.db.feeds.orderBy('addedAt').toArray() as Promise<FeedStatus[]>;
}

/** Checks a feed address the user typed; returns it normalised or throws a plain message. */
export function normaliseFeedUrl(input: string): string {
  let u: URL;
  try {
    u = new URL(input.trim());
  } catch {
    throw new FeedError(`"${input.trim()}" is not a web address.`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new FeedError('Feed addresses start with http:// or https://.');
  u.hash = '';
  return u.toString();
}

function statusOf(r: FeedImportResult): Omit<FeedStatus, 'url' | 'title' | 'addedAt' | 'lastFetchedAt' | 'lastError'> {
  const count = (p: (i: FeedItemResult) => boolean) => r.items.filter(p).length;
  const hosts = [...new Set(r.items.map((i) => i.needsAccess).filter((h): h is string => !!h))];
  return {
    lastAdded: r.error ? 0 : changed(r),
    lastItems: r.items.slice(0, MAX_STATUS_ITEMS).map(({ title, url, status, reason, text, note }) => ({
      title,
      url,
      status,
      ...(reason ? { reason } : {}),
      ...(text ? { text } : {}),
      ...(note ? { note } : {}),
    })),
    lastFailures: count((i) => i.status === 'error' || i.status === 'skipped'),
    lastSummaries: count((i) => i.text === 'summary'),
    lastFromPages: count((i) => i.text === 'page' && i.status !== 'unchanged'),
    needsAccess: hosts,
  };
}

/** Stores a refresh's outcome on the feed's record (creating it when `create`). */
async function recordOutcome(corpus: Corpus, feedUrl: string, r: FeedImportResult, create: boolean): Promise<void> {
  const existing = (await corpus.db.feeds.get(feedUrl)) as FeedStatus | undefined;
  if (!existing && !create) return; // unsubscribed meanwhile
  const now = Date.now();
  const rec: FeedStatus = {
    ...(existing ?? {}),
    url: feedUrl,
    title: r.title ?? existing?.title ?? null,
    addedAt: existing?.addedAt ?? now,
    lastFetchedAt: now,
    lastError: r.error,
    ...statusOf(r),
  };
  await corpus.db.feeds.put(rec);
}

/**
 * Subscribes to a feed and imports its items now. The feed is kept only if it could be read.
 * `fullText` reads the pages of summary-only items (see importFeed).
 */
export async function addFeedWith(
  parse: FeedParser,
  corpus: Corpus,
  url: string,
  fetch: FetchText = fetchText,
  fullText?: FullTextFetcher | null,
): Promise<FeedImportResult> {
  const feedUrl = normaliseFeedUrl(url);
  const result = await importFeedWith(parse, corpus, feedUrl, fetch, fullText);
  if (result.error) return result;
  await recordOutcome(corpus, feedUrl, result, true);
  return result;
}

export async function removeFeed(corpus: Corpus, url: string): Promise<void> {
  await corpus.db.feeds.delete(url);
}

function changed(r: FeedImportResult): number {
  return r.items.filter((i) => i.status === 'added' || i.status === 'updated').length;
}

/**
 * Refreshes every subscribed feed, one after another, recording the outcome on each feed record.
 * This is what the background calls when FEED_ALARM fires. Never throws for a failing feed.
 * One `fullText` fetcher serves the whole refresh, so its page cap and per-host delay hold across feeds.
 */
export async function refreshFeedsWith(
  parse: FeedParser,
  corpus: Corpus,
  fetch: FetchText = fetchText,
  fullText?: FullTextFetcher | null,
): Promise<FeedImportResult[]> {
  const feeds = await listFeeds(corpus);
  const out: FeedImportResult[] = [];
  for (const f of feeds) {
    const r = await importFeedWith(parse, corpus, f.url, fetch, fullText);
    out.push(r);
    await recordOutcome(corpus, f.url, r, false);
  }
  return out;
}
