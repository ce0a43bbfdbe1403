/**
 * Content script: answers the sidebar's requests about this page (extract, scroll to, highlight)
 * and tells extension pages when a single-page app navigates in place. All logic lives in
 * lib/extension/messaging.ts and lib/extract.ts; this file only wires the page's life cycle.
 *
 * Registered for http(s) pages so it is already there when the sidebar asks, and follows the reader
 * from page to page; tabs opened before install are injected on demand (lib/extension/platform.ts).
 * It never opens the corpus: IndexedDB here would be the web page's.
 */
import { browser } from 'wxt/browser';
import { extractPage } from '../lib/extract';
import { broadcastContentEvent } from '../lib/extension/platform';
import { createPageController, isContentRequest } from '../lib/extension/messaging';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const page = createPageController({
      document,
      url: () => location.href,
      extract: (doc, url) => extractPage(doc, url),
      setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
    });

    // Only the newest copy answers: the sidebar may inject this script into a tab that already has
    // one (two requests racing), and WXT invalidates the older copy only a moment later. Copies of
    // this extension's content script share one isolated world, so a global there tells them apart
    // without leaving a trace the page could see.
    const me = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
    const shared = globalThis as { __parallaxContentScript?: string };
    shared.__parallaxContentScript = me;
    const newest = () => shared.__parallaxContentScript === me;

    const onMessage = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
      if (!isContentRequest(message) || !newest()) return undefined;
      page.handle(message).then(sendResponse, (e: unknown) => sendResponse({ ok: false, error: String(e) }));
      return true; // we answer asynchronously
    };
    browser.runtime.onMessage.addListener(onMessage as never);

    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
      if (!newest()) return;
      page.reset();
      broadcastContentEvent({ type: 'parallax:page-changed', url: newUrl.href });
    });

    // The extension was updated or removed: leave the page as we found it.
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage as never);
      // A newer copy now owns the marks in the page; otherwise leave the page as we found it.
      if (newest()) {
        page.dispose();
        delete shared.__parallaxContentScript;
      }
    });
  },
});
