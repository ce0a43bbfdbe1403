/**
 * One copy of the page reader (Readability and lib/extract) in the package: the content script's.
 *
 * The content script must carry the reader (it reads the live page in a tab). The extension's own
 * pages need the same reader on HTML they fetched or were given: Chrome's offscreen document (feed
 * items' pages, for the service worker) and the options page (a page added by URL, saved HTML
 * files). Bundled into the pages too, it shipped twice (51 kB). Instead a page loads the built
 * content script as a classic script (`pageReaders()`, when first needed); in one of the
 * extension's own pages the script runs nothing of its own and only lends its readers
 * (`lendPageReaders`). A web page never sees this: the content script is only ever injected into
 * tabs (an isolated world whose origin is the site's), and it is not a web-accessible resource.
 */
import { browser } from 'wxt/browser';
import type { extractHtml } from '../feeds/page-extract';
import type { domPageEnv } from '../ingest/page';
import { CONTENT_SCRIPT_FILE } from './platform';

/** What the content script lends an extension page: lib/feeds/page-extract's and lib/ingest/page's readers. */
export interface PageReaders {
  extractHtml: typeof extractHtml;
  domPageEnv: typeof domPageEnv;
}

const SLOT = '__parallaxPageReaders';
type Slot = { [SLOT]?: PageReaders };

/** The extension's own origin ("chrome-extension://<id>", "moz-extension://<uuid>"). */
const ownOrigin = () => new URL(browser.runtime.getURL('/')).origin;

/**
 * In the content script, first thing: in one of the extension's own pages, leave `readers` for that
 * page and return true (the script must then do nothing else); in a web page, false.
 */
export function lendPageReaders(readers: PageReaders, origin = globalThis.location?.origin): boolean {
  if (origin !== ownOrigin()) return false;
  (globalThis as Slot)[SLOT] = readers;
  return true;
}

let loading: Promise<PageReaders> | null = null;

/** In an extension page: the content script's readers, its file loaded once (a failed load is tried again next time). */
export function pageReaders(): Promise<PageReaders> {
  loading ??= new Promise<PageReaders>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = browser.runtime.getURL(`/${CONTENT_SCRIPT_FILE}` as '/content-script.js');
    script.onload = () => {
      const readers = (globalThis as Slot)[SLOT];
      if (readers) resolve(readers);
      else reject(new Error('the page reader did not load'));
    };
    script.onerror = () => reject(new Error('the page reader could not be loaded'));
    document.head.append(script);
  }).catch((e: unknown) => {
    loading = null;
    throw e;
  });
  return loading;
}
