/**
 * Background: thin wiring. Every listener is registered synchronously in main (an MV3 service
 * worker is restarted by events and must find its listeners there); main is not async.
 *
 * - install: fill an empty corpus with the packaged seeds (never on update: the reader's corpus stays;
 *   an update re-keys stored articles whose story keys an older version computed),
 *   and (re)create the "Trace quote" context-menu item (menus persist, so removeAll first);
 * - context-menu click: open the sidebar INSIDE the gesture, then leave the selection in session
 *   storage for the sidebar to pick up (it may not be loaded yet: no message race);
 * - toolbar button / shortcut: open the sidebar inside the click (platform.ts); the click grants
 *   activeTab on that tab, which is announced so an open panel that could not read it reads it now,
 *   and the content script is injected into it at once (the panel's first request then finds it);
 *   the context-menu click grants it too. No host permission is needed for this.
 * - the feeds alarm: refresh subscribed RSS/Atom feeds into the corpus (lib/feeds/core.ts); each feed
 *   is parsed, and items that are only a summary get their page read (hosts the reader allowed
 *   only), in Chrome's offscreen document or Firefox's background page (lib/extension/platform.ts
 *   feedParser, pageExtractor).
 * - Firefox only: the sidebar's compares (ffwarm61). Its MV2 background page is persistent, so it is the
 *   warm compare context Chrome's offscreen document is (entrypoints/offscreen/main.ts): the engine, its
 *   derived-data cache and one corpus connection stay from one sidebar opening to the next. They are loaded
 *   on the first request (a reader who never opens the sidebar pays nothing but the bytes); nothing read
 *   from the corpus is kept between compares. No answer, a failure or 30 s: the sidebar compares itself.
 * - Firefox only: warm at the background page's own start (ffwarm62; Chrome: perf55's runtime.onStartup).
 *   Whenever the page starts (browser start, update, re-enable; `runtime.onStartup` alone misses all
 *   but the first), a reader who opened the sidebar within WARM_AT_START_DAYS gets, once the extension's
 *   thread is idle, the engine loaded, the corpus opened and the engine run once on the seeds in memory
 *   (lib/extension/warm-up.ts), so the session's first sidebar does not run cold code. The background
 *   notes the sidebar's use itself (it answers the sidebar's requests: platform.ts notePanelUsed from the
 *   background). Nobody else pays anything.
 */
import { Corpus } from '../lib/store/corpus';
import type { Article, Report } from '../lib/types';
import { packagedSeedFiles, seedArticles } from '../lib/seeds';
import { FEED_ALARM, fetchPage, fetchText, FullTextFetcher, refreshFeedsWith, syncFeedAlarm } from '../lib/feeds/core';
import { parseFeed } from '../lib/feeds/parse';
import { pageReaders } from '../lib/extension/page-reader';
import { applyStoredRetention } from '../lib/store/retention';
import {
  announceTabAccess,
  closeOffscreen,
  feedParser,
  hasOffscreen,
  hasOriginAccess,
  injectContentScript,
  pageExtractor,
  onAlarm,
  onContextMenuClick,
  openSidebar,
  notePanelUsed,
  panelUsedRecently,
  registerContextMenu,
  serveOffscreenCompare,
  warmAtStart,
  wireToolbarButton,
  writePendingTrace,
} from '../lib/extension/platform';

const TRACE_MENU_ID = 'parallax-trace-quote';
/**
 * Firefox's background page has a DOM and reads feed items' pages itself, with the content script's
 * reader (lib/extension/page-reader.ts: the file loaded at the first page; Readability ships once);
 * Chrome's service worker has none and sends them to the offscreen document. `import.meta.env.FIREFOX`
 * is a build-time constant: Chrome's build drops the branch.
 */
const LOCAL_EXTRACT = import.meta.env.FIREFOX
  ? async (html: string, url: string) => (await pageReaders()).extractHtml(html, url)
  : undefined;
/**
 * The same for parsing feeds: Firefox's background page parses them itself; Chrome's service worker
 * has the offscreen document parse them (lib/feeds/parse.ts there), so its bundle carries no
 * feedsmith and no XML parser (~134 kB, which the pages that parse feeds already ship). A static
 * import is enough here (unlike Readability): feedsmith and its XML parser are ES modules declared
 * free of side effects, so Chrome's build drops them with the unused branch (a dynamic import would
 * cost Firefox's background 7.6 kB of lazy-module wrappers).
 */
const LOCAL_FEED_PARSE = import.meta.env.FIREFOX ? parseFeed : undefined;

/** Opens the corpus for one job and closes it after (the worker may be stopped at any time). */
async function withCorpus<T>(job: (corpus: Corpus) => Promise<T>): Promise<T> {
  const corpus = await Corpus.open();
  try {
    return await job(corpus);
  } finally {
    corpus.close();
  }
}

/**
 * Firefox: the sidebar's compare (null: only load the engine and open the corpus; `runEngine`, at the
 * page's start only: and run it once on the seeds). The engine is a dynamic import in a branch Chrome's
 * build drops (its service worker carries no engine).
 */
let warm: Promise<[typeof import('../lib/engine/compare'), Corpus]> | null = null;
let ranOnce: Promise<void> | null = null;
/** A sidebar's compare has run (e.g. a sidebar the browser restored at start): the engine is warm already. */
let compared = false;
const compareInBackground = import.meta.env.FIREFOX
  ? async (article: Article | null, runEngine = false): Promise<Report | null> => {
      warm ??= Promise.all([import('../lib/engine/compare'), Corpus.open()]).catch((e) => {
        warm = null;
        throw e;
      });
      const [{ compareArticle }, corpus] = await warm;
      if (article) {
        compared = true;
        return compareArticle(article, corpus);
      }
      if (runEngine && !compared) await (ranOnce ??= import('../lib/extension/warm-up').then((m) => m.runOnSeeds(compareArticle)));
      return null;
    }
  : undefined;

/** Firefox: the sidebar asked (any request: it is open); one note per background page life is enough for days. */
let noted = false;
function noteSidebarUsed(): void {
  if (noted) return;
  noted = true;
  notePanelUsed(Date.now(), true);
}

/** Resolves when the page's thread is idle (requestIdleCallback; without it, on the next task). */
const idle = () => new Promise<void>((r) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => r()) : setTimeout(r, 0)));

/**
 * Firefox, as the background page starts: a reader who used the sidebar within WARM_AT_START_DAYS gets
 * the compare warmed up once the thread is idle (the same rule as Chrome's warmAtStart, platform.ts;
 * the background cannot message itself, so it calls its handler). True if it warmed.
 */
async function warmAtOwnStart(run: (article: null, runEngine: boolean) => Promise<unknown>, now = Date.now()): Promise<boolean> {
  if (!(await panelUsedRecently(now))) return false;
  await idle();
  performance.mark('parallax:warm-at-start:began'); // bench/ffwarm62-start.ts reads both marks
  await run(null, true);
  performance.mark('parallax:warm-at-start:done');
  return true;
}

async function seedEmptyCorpus(corpus: Corpus): Promise<void> {
  if ((await corpus.count()) > 0) return;
  await corpus.resetToSeeds(seedArticles(await packagedSeedFiles()));
}

export default defineBackground(() => {
  if (compareInBackground) {
    serveOffscreenCompare((article) => (noteSidebarUsed(), compareInBackground(article)));
    warmAtOwnStart(compareInBackground).catch(() => undefined);
  }
  wireToolbarButton((tab) => {
    // Put the content script in the tab now, while the panel page loads, so its first request finds
    // it there (the click just granted activeTab on this tab; the panel would inject the same file
    // on its first request). A page closed to extensions fails here silently: the panel says why.
    const injected = tab.id !== undefined && tab.id >= 0 ? injectContentScript(tab.id).catch(() => undefined) : Promise.resolve();
    // An open panel reads the tab when told; told once the script is in, its request finds that copy
    // instead of injecting a second one that races this one.
    void injected
      .then(() => announceTabAccess(tab.id))
      .catch((e) => console.error('Parallax: could not tell the panel about the tab', e));
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    registerContextMenu([{ id: TRACE_MENU_ID, title: 'Trace quote', contexts: ['selection'] }]).catch((e) =>
      console.error('Parallax: could not create the context menu', e),
    );
    withCorpus(async (corpus) => {
      if (reason === 'install') await seedEmptyCorpus(corpus);
      // A new version may compute story keys differently: re-key the articles stored by the old one.
      if (reason === 'update') await corpus.reindex();
      await syncFeedAlarm(corpus, browser.alarms);
    }).catch((e) => console.error('Parallax: could not prepare the corpus', e));
  });

  // Alarms may not survive a browser restart: set the feed schedule again.
  browser.runtime.onStartup.addListener(() => {
    withCorpus((corpus) => syncFeedAlarm(corpus, browser.alarms)).catch((e) =>
      console.error('Parallax: could not schedule feed refreshes', e),
    );
    // A reader who uses the side panel: its compare context opened and its code run once now, so the
    // session's first panel does not pay for cold code (platform.ts warmAtStart; nobody else pays).
    warmAtStart().catch(() => undefined);
  });

  onAlarm(FEED_ALARM, () => {
    const pages = new FullTextFetcher({ fetchPage, extract: pageExtractor(LOCAL_EXTRACT), allowed: hasOriginAccess });
    const parse = feedParser(LOCAL_FEED_PARSE);
    // Retention (lib/store/retention.ts) after every refresh: old feed articles to the trash.
    // The offscreen document is closed after the refresh only if the refresh opened it: one open
    // already is the side panel's warm compare context (entrypoints/offscreen/main.ts).
    const wasOpen = hasOffscreen();
    withCorpus(async (corpus) => (await wasOpen, await refreshFeedsWith(parse, corpus, fetchText, pages), await applyStoredRetention(corpus)))
      .catch((e) => console.error('Parallax: feed refresh failed', e))
      .finally(async () => {
        if (!(await wasOpen)) void closeOffscreen();
      });
  });

  onContextMenuClick((info, tab) => {
    if (info.menuItemId !== TRACE_MENU_ID) return;
    // First, synchronously: the browser only lets us open the panel during the click.
    openSidebar(tab).catch((e) => console.warn('Parallax: could not open the sidebar', e));
    announceTabAccess(tab?.id).catch(() => undefined);
    writePendingTrace({
      text: (info.selectionText ?? '').trim(),
      tabId: tab?.id ?? null,
      url: info.pageUrl ?? tab?.url ?? null,
      at: Date.now(),
    }).catch((e) => console.error('Parallax: could not hand the selection to the sidebar', e));
  });
});
