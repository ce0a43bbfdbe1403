/**
 * Chrome's offscreen document (reason DOM_PARSER): the background's service worker has no DOM, so
 * it sends the HTML of a feed item's page here, and this runs the content script's extraction on a
 * DOMParser document (inert: no script runs, nothing loads) and sends the article back. It parses
 * the feeds too (lib/feeds/parse.ts, feedsmith), so the service worker does not carry the parser.
 * Opened for a feed refresh and closed after it (lib/extension/platform.ts).
 */
import { serveOffscreenExtract, serveOffscreenFeedParse } from '../../lib/extension/platform';
import { extractHtml } from '../../lib/feeds/page-extract';
import { parseFeed } from '../../lib/feeds/parse';

serveOffscreenExtract((html, url) => extractHtml(html, url));
serveOffscreenFeedParse(parseFeed);
