/**
 * The whole-page reader lib/ingest takes through IngestEnv.readPage: a DOM parser plus the content
 * script's extraction (lib/extract.ts extractPage, Readability). Kept out of lib/ingest/index.ts so
 * that importing ingestion does not bring Readability along: Chrome's service worker ingests feed
 * items and seeds (never whole pages) and ships without it. Import this where whole HTML files are
 * read: the options page (lazily, on the first import), the CLI, tests.
 */
import { extractPage } from '../extract';
import type { IngestEnv, PageReader } from './index';

/** Parses a whole HTML page into a Document (DOMParser, linkedom's DOMParser in Node). */
export type ParseHtml = (html: string, url?: string) => Document;

/**
 * A saved page someone put in a corpus is read leniently: its owner says it is an article (it may
 * be short or paywalled), so Readability is trusted over isProbablyReaderable and 80 characters of
 * text are enough (the content script's live-page bar is 500).
 */
export const FILE_PAGE_OPTIONS = { minChars: 80, lenient: true } as const;

export function pageReader(parseHtml: ParseHtml): PageReader {
  return (html, url) => extractPage(parseHtml(html, url || undefined), url, FILE_PAGE_OPTIONS);
}

/** The IngestEnv that reads whole pages with `parseHtml`. */
export function pageEnv(parseHtml: ParseHtml): IngestEnv {
  return { readPage: pageReader(parseHtml) };
}

/** The IngestEnv of an extension page: the browser's DOMParser (an inert document: no script runs). */
export function domPageEnv(): IngestEnv {
  return pageEnv((html) => new DOMParser().parseFromString(html, 'text/html'));
}
