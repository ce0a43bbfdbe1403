/**
 * What a parsed feed is (lib/feeds/parse.ts makes one), in a module of its own: the code that stores
 * feed items (lib/feeds/core.ts) and the code that parses feeds (feedsmith) can be loaded apart.
 */

export interface FeedItem {
  title: string;
  /** The article's own address, or null when the item has none. */
  url: string | null;
  /** As the feed gives it (RFC 822 or ISO 8601); ingestion normalises it. */
  date: string | null;
  author: string | null;
  /** The item's content (full text when the feed carries it, else the summary) as HTML or text. */
  html: string;
  /** guid / id, when present. */
  guid: string | null;
}

export interface ParsedFeed {
  format: string;
  title: string | null;
  /** The site's home page, when the feed says. */
  link: string | null;
  items: FeedItem[];
}

export class FeedError extends Error {
  override name = 'FeedError';
}

/** Feed text → parsed feed: lib/feeds/parse.ts `parseFeed`, or one that asks another context to run it. */
export type FeedParser = (xml: string) => ParsedFeed | Promise<ParsedFeed>;
