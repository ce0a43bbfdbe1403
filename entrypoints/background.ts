/**
 * Background: thin wiring. Every listener is registered synchronously in main (an MV3 service
 * worker is restarted by events and must find its listeners there); main is not async.
 *
 * - the corpus jobs (sw70): this file holds no corpus code. Seeding at install, re-keying at an update,
 *   the feed refresh and retention run where the pages' code is: Chrome's offscreen document (the service
 *   worker sends the job and waits, kept alive; its start evaluates ~6 kB instead of ~380 kB), Firefox's
 *   background page in place (lib/extension/platform.ts corpusJobs, lib/extension/corpus-jobs.ts). The
 *   job answers the feed alarm's period; the alarm itself is set here (no chrome.alarms there).
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
 *   only: the offscreen document asks this worker, which has chrome.permissions), in Chrome's
 *   offscreen document or Firefox's background page (the refresh job).
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
import type { Corpus } from '../lib/store/corpus';
import type { Article, Report } from '../lib/types';
import { FEED_ALARM, setFeedAlarm } from '../lib/feeds/schedule';
import {
  announceTabAccess,
  corpusJobs,
  hasOriginAccess,
  injectContentScript,
  onAlarm,
  onContextMenuClick,
  openSidebar,
  notePanelUsed,
  panelUsedRecently,
  registerContextMenu,
  serveOffscreenCompare,
  serveOriginAccess,
  warmAtStart,
  wireToolbarButton,
  writePendingTrace,
} from '../lib/extension/platform';

const TRACE_MENU_ID = 'parallax-trace-quote';
/**
 * Where the corpus jobs run: Firefox's background page has a DOM and runs them itself (a dynamic import
 * in a branch Chrome's build drops: Chrome's service worker carries no Dexie, no ingestion, no feeds);
 * Chrome's worker sends them to the offscreen document. `import.meta.env.FIREFOX` is a build-time constant.
 */
const runJob = corpusJobs(
  import.meta.env.FIREFOX ? async (job) => (await import('../lib/extension/corpus-jobs')).runCorpusJob(job, hasOriginAccess) : undefined,
);
/** A `prepare` job, then the feed alarm set to the period it answered. */
const prepare = (reason?: 'install' | 'update') => runJob({ kind: 'prepare', reason }).then((minutes) => setFeedAlarm(minutes, browser.alarms));

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
      warm ??= Promise.all([import('../lib/engine/compare'), import('../lib/store/corpus').then((m) => m.Corpus.open())]).catch((e) => {
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

export default defineBackground(() => {
  // The offscreen document's refresh asks here whether the reader granted a feed item's host.
  if (!import.meta.env.FIREFOX) serveOriginAccess();
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
    prepare(reason === 'install' || reason === 'update' ? reason : undefined).catch((e) =>
      console.error('Parallax: could not prepare the corpus', e),
    );
  });

  // Alarms may not survive a browser restart: set the feed schedule again.
  browser.runtime.onStartup.addListener(() => {
    prepare().catch((e) => console.error('Parallax: could not schedule feed refreshes', e));
    // A reader who uses the side panel: its compare context opened and its code run once now, so the
    // session's first panel does not pay for cold code (platform.ts warmAtStart; nobody else pays).
    warmAtStart().catch(() => undefined);
  });

  // Retention (lib/store/retention.ts) after every refresh: old feed articles to the trash (in the job).
  onAlarm(FEED_ALARM, () => {
    runJob({ kind: 'refresh' }).catch((e) => console.error('Parallax: feed refresh failed', e));
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
