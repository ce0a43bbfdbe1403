/**
 * RSS/Atom/RDF/JSON feeds (lib/feeds/core.ts) with their parser built in (lib/feeds/parse.ts,
 * feedsmith): what the options page, the CLI and the tests use. Chrome's service worker imports
 * lib/feeds/core.ts instead and passes a parser that runs in the offscreen document.
 */
import { addFeedWith, importFeedWith, refreshFeedsWith, type FeedImportResult, type FetchText } from './core';
import type { FullTextFetcher } from './fulltext';
import type { Corpus } from '../store/corpus';
import { parseFeed } from './parse';

export * from './core';
export { parseFeed } from './parse';

/**
 * Fetches one feed and imports its items into the corpus. Never throws: failures are in the result.
 * (See importFeedWith: summary-only items get their page read by `fullText`.)
 */
export function importFeed(corpus: Corpus, feedUrl: string, fetch?: FetchText, fullText?: FullTextFetcher | null): Promise<FeedImportResult> {
  return importFeedWith(parseFeed, corpus, feedUrl, fetch, fullText);
}

/** Subscribes to a feed and imports its items now (addFeedWith). The feed is kept only if it could be read. */
export function addFeed(corpus: Corpus, url: string, fetch?: FetchText, fullText?: FullTextFetcher | null): Promise<FeedImportResult> {
  return addFeedWith(parseFeed, corpus, url, fetch, fullText);
}

/** Refreshes every subscribed feed, one after another (refreshFeedsWith). Never throws for a failing feed. */
export function refreshFeeds(corpus: Corpus, fetch?: FetchText, fullText?: FullTextFetcher | null): Promise<FeedImportResult[]> {
  return refreshFeedsWith(parseFeed, corpus, fetch, fullText);
}
