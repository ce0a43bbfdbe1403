/**
 * HTML of an item's page → the article, by the content script's own extraction (lib/extract.ts
 * extractPage). Needs a DOM: `parse` defaults to the global DOMParser (extension pages, Firefox's
 * background page, the offscreen document Chrome's service worker uses). A document made by
 * DOMParser is inert: no script runs, nothing is loaded.
 */
import { extractPage } from '../extract';
import type { NotAnArticle } from '../extension/protocol';
import type { ExtractedPage } from '../types';

export type ParseHtml = (html: string) => Document;

const domParser: ParseHtml = (html) => new DOMParser().parseFromString(html, 'text/html');

export function extractHtml(html: string, url: string, parse: ParseHtml = domParser): ExtractedPage | NotAnArticle {
  return extractPage(parse(html), url);
}

/** True where this code has a DOM parser (everywhere but a service worker). */
export function hasDomParser(): boolean {
  return typeof DOMParser !== 'undefined';
}
