/**
 * Chrome's offscreen document (reason DOM_PARSER): the background's service worker has no DOM, so
 * it sends the HTML of a feed item's page here, and this runs the content script's extraction on a
 * DOMParser document (inert: no script runs, nothing loads) and sends the article back.
 * Opened for a feed refresh and closed after it (lib/extension/platform.ts).
 */
import { serveOffscreenExtract } from '../../lib/extension/platform';
import { extractHtml } from '../../lib/feeds/page-extract';

serveOffscreenExtract((html, url) => extractHtml(html, url));
