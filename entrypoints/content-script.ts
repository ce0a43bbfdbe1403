/**
 * Content script: answers the panel's requests about this page (extract, scroll to, highlight,
 * selection) and tells extension pages when a single-page site navigates in place. All logic lives
 * in lib/extension/messaging.ts, lib/extension/script-life.ts and lib/extract.ts; this file wires them.
 *
 * Not in the manifest: the panel injects it on demand (lib/extension/platform.ts `sendToTab`) into a
 * tab the reader opened Parallax on (activeTab) or, after the reader allowed it, any http(s) tab.
 * An unlisted script rather than a WXT content script on purpose: WXT's ContentScriptContext posts
 * and listens to page-visible events named after the extension id (see script-life.ts). This copy
 * listens to no DOM event and posts nothing to the page; copies are told apart in the isolated world.
 * It never opens the corpus: IndexedDB here would be the web page's.
 * The extension's pages that read HTML themselves load this same file for its page reader
 * (lib/extension/page-reader.ts), so Readability ships once.
 */
import { browser } from 'wxt/browser';
import { extractPage } from '../lib/extract';
import { extractHtml } from '../lib/feeds/page-extract';
import { domPageEnv } from '../lib/ingest/page';
import { broadcastContentEvent } from '../lib/extension/platform';
import { lendPageReaders } from '../lib/extension/page-reader';
import { createPageController, isContentRequest } from '../lib/extension/messaging';
import { startScriptLife } from '../lib/extension/script-life';

export default defineUnlistedScript(() => {
  // Loaded by one of the extension's own pages (offscreen document, options page), not injected into
  // a tab: it only lends that page its readers, the package's one copy of them (page-reader.ts).
  if (lendPageReaders({ extractHtml, domPageEnv })) return;
  const life = startScriptLife({
    slot: globalThis as unknown as Record<string, unknown>,
    runtimeAlive: () => {
      try {
        return Boolean(browser.runtime?.id);
      } catch {
        return false;
      }
    },
    url: () => location.href,
    setInterval: (fn, ms) => setInterval(fn, ms),
    clearInterval: (h) => clearInterval(h as ReturnType<typeof setInterval>),
  });

  const page = createPageController({
    document,
    url: () => location.href,
    // "Compare anyway": the reader says it is an article, so it is read as a saved file is (lenient).
    extract: (doc, url, opts) => extractPage(doc, url, opts?.anyway ? { lenient: true } : {}),
    setTimeout: (fn, ms) =>
      setTimeout(() => {
        if (life.newest) fn();
      }, ms),
  });

  const onMessage = (message: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) => {
    // Only our extension's pages can reach runtime.onMessage; check the sender anyway.
    if (sender?.id !== undefined && sender.id !== browser.runtime.id) return undefined;
    if (!isContentRequest(message) || !life.active) return undefined;
    page.handle(message).then(sendResponse, (e: unknown) => sendResponse({ ok: false, error: String(e) }));
    return true; // we answer asynchronously
  };
  browser.runtime.onMessage.addListener(onMessage as never);

  life.onLocationChange((url) => {
    page.reset();
    broadcastContentEvent({ type: 'parallax:page-changed', url });
  });

  life.onEnd((why) => {
    try {
      browser.runtime.onMessage.removeListener(onMessage as never);
    } catch {
      // the extension is gone; its listeners went with it
    }
    // A newer copy owns the marks in the page now; an orphan leaves the page as it found it.
    if (why === 'orphaned') page.dispose();
  });
});
