/**
 * The one module that knows how Chrome and Firefox differ. Everything else in the extension calls
 * these small functions and never touches `browser.sidePanel`, `browser.sidebarAction`,
 * `browser.menus` or `storage.session` directly.
 *
 *   Chrome (MV3)                          Firefox (MV2, WXT's default)
 *   side panel (sidePanel.open)           sidebar (sidebarAction.open / toggle)
 *   contextMenus                          menus
 *   storage.session                       storage.local (session storage is not in every Firefox we support)
 *   action                                browserAction
 *
 * No `browser.*` runs at module top level: WXT imports entry points in Node at build time.
 */
import { browser } from 'wxt/browser';
import type { ContentEvent, ContentReplies, ContentRequest, PendingTrace } from './protocol';
import type { NotAnArticle } from './protocol';
import { PENDING_TRACE_KEY } from './protocol';
import type { Article, ExtractedPage, Report } from '../types';

/** The Firefox-only APIs we use; @wxt-dev/browser ships Chrome's types only. */
interface FirefoxSidebarAction {
  open(): Promise<void>;
  toggle(): Promise<void>;
}
interface MenusApi {
  removeAll(): Promise<void> | void;
  create(props: { id: string; title: string; contexts: string[] }, cb?: () => void): unknown;
  onClicked: {
    addListener(cb: (info: MenuClickInfo, tab?: TabLike) => void): void;
  };
}
export interface MenuClickInfo {
  menuItemId: string | number;
  selectionText?: string;
  pageUrl?: string;
  frameUrl?: string;
}
export interface TabLike {
  id?: number;
  windowId?: number;
  url?: string;
}

type AnyApi = Record<string, any>;
const api = (): AnyApi => browser as unknown as AnyApi;

/**
 * True in the Firefox build. Decided at build time by WXT (`import.meta.env.FIREFOX`, a boolean the
 * minifier folds); the string form is how a unit test sets it (`vi.stubEnv`, which stores strings).
 */
export function isFirefox(): boolean {
  const firefox: unknown = import.meta.env.FIREFOX;
  return firefox === true || firefox === 'true';
}

// ---------------------------------------------------------------------------------------------
// Sidebar

/**
 * Opens the side panel (Chrome) / sidebar (Firefox) for the tab's window.
 *
 * Call it synchronously from the user-gesture handler (context-menu click, command, action click)
 * BEFORE any `await`: both browsers refuse to open the panel once the gesture has been consumed.
 * The returned promise only reports the outcome; never await something else before calling this.
 */
export function openSidebar(tab?: TabLike): Promise<void> {
  try {
    if (isFirefox()) {
      const sidebar = api().sidebarAction as FirefoxSidebarAction | undefined;
      if (!sidebar) return Promise.reject(new Error('sidebarAction is not available'));
      return Promise.resolve(sidebar.open());
    }
    const panel = api().sidePanel as AnyApi | undefined;
    if (!panel?.open) return Promise.reject(new Error('sidePanel.open is not available (Chrome 116+)'));
    if (tab?.windowId !== undefined) return Promise.resolve(panel.open({ windowId: tab.windowId }));
    if (tab?.id !== undefined) return Promise.resolve(panel.open({ tabId: tab.id }));
    return Promise.reject(new Error('openSidebar needs a tab or a window'));
  } catch (e) {
    return Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
}

/**
 * Makes the toolbar button (and its shortcut, Alt+Shift+L) open the sidebar on the page the reader
 * is on, with access to that tab (activeTab).
 *
 * Chrome: the button is wired to `action.onClicked`, which opens the panel inside the click.
 * Measured in Chromium 156 (tests/e2e/security.e2e.ts): a click handled this way grants activeTab
 * on the tab; with `setPanelBehavior({ openPanelOnActionClick: true })` the panel opens but NO grant
 * is made, and the panel could not read the page. The `_execute_action` shortcut fires the same
 * listener. Firefox MV2: the browser action has no popup, so its click opens the sidebar (and
 * grants activeTab; the sidebar closes with its own button); `_execute_sidebar_action` is built in.
 *
 * Then the tab's grant is announced (`announceTabAccess`), so an open panel that could not read
 * this tab reads it now. Call once, synchronously, from the background's main.
 */
export function wireToolbarButton(onClick?: (tab: TabLike) => void): void {
  if (isFirefox()) {
    const action = (api().browserAction ?? api().action) as AnyApi | undefined;
    action?.onClicked?.addListener((tab: TabLike) => {
      // open, not toggle: on a tab the open sidebar could not read, the click means "read this one".
      void (api().sidebarAction as FirefoxSidebarAction | undefined)?.open();
      onClick?.(tab);
    });
    return;
  }
  const panel = api().sidePanel as AnyApi | undefined;
  // An earlier version set this to true; the setting persists across updates.
  panel?.setPanelBehavior?.({ openPanelOnActionClick: false })?.catch?.((e: unknown) => {
    console.error('Parallax: setPanelBehavior failed', e);
  });
  (api().action as AnyApi | undefined)?.onClicked?.addListener((tab: TabLike) => {
    // First, synchronously: the panel may only be opened during the click.
    openSidebar(tab).catch((e) => console.warn('Parallax: could not open the side panel', e));
    onClick?.(tab);
  });
}

// ---------------------------------------------------------------------------------------------
// Access to pages: activeTab by default, every http(s) page as the reader's opt-in

/** Where the background announces "the reader just gave access to tab N" (session storage). */
export const TAB_ACCESS_KEY = 'parallax:tab-access';
export interface TabAccess {
  tabId: number;
  at: number;
}

/** From the background, after a gesture that grants activeTab: tell an open panel to read that tab. */
export async function announceTabAccess(tabId: number | undefined): Promise<void> {
  if (tabId === undefined || tabId < 0) return;
  await pendingTraceStorage().set({ [TAB_ACCESS_KEY]: { tabId, at: Date.now() } satisfies TabAccess });
}

/** The optional origins that let the panel follow every tab (wxt.config.ts OPTIONAL_ORIGINS). */
export const ALL_SITES = ['http://*/*', 'https://*/*'];

/** True when the reader has let Parallax read every http(s) page (the panel follows every tab). */
export async function hasAllSitesAccess(): Promise<boolean> {
  try {
    return Boolean(await browser.permissions.contains({ origins: ALL_SITES }));
  } catch {
    return false;
  }
}

/**
 * Asks the reader to let Parallax read every http(s) page. Call it synchronously inside the click
 * (both browsers refuse a request made after the gesture). Resolves with the reader's answer.
 */
export function requestAllSitesAccess(): Promise<boolean> {
  try {
    return Promise.resolve(browser.permissions.request({ origins: ALL_SITES })).then(Boolean);
  } catch (e) {
    return Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
}

/** Calls back when the reader grants or withdraws optional access. Returns an unsubscribe function. */
export function onAccessChanged(cb: () => void): () => void {
  const perms = api().permissions as AnyApi | undefined;
  const listener = () => cb();
  const each = (f: (event: AnyApi) => void) => {
    for (const event of [perms?.onAdded, perms?.onRemoved]) {
      try {
        if (event) f(event);
      } catch {
        // no permission events here (an old browser, a test double): the state is read once
      }
    }
  };
  each((e) => e.addListener(listener));
  return () => each((e) => e.removeListener(listener));
}

/** Start of the message `sendToTab` rejects with when Parallax has no access to the tab. */
export const NO_ACCESS_PREFIX = 'Parallax has not been given access to this page';

/** The browsers' words for "no host permission for this tab" (Chrome, Firefox). */
const NO_HOST_ACCESS = /Cannot access contents of|must request permission|Missing host permission/i;

/** True when a sendToTab failure means the reader has not given Parallax this tab (yet). */
export function isNoAccessError(message: string): boolean {
  return message.startsWith(NO_ACCESS_PREFIX);
}

// ---------------------------------------------------------------------------------------------
// Context menu

function menus(): MenusApi {
  const m = (api().menus ?? api().contextMenus) as MenusApi | undefined;
  if (!m) throw new Error('No menus/contextMenus API (missing permission?)');
  return m;
}

/**
 * (Re)creates the extension's context-menu items. Menus persist across browser restarts and
 * extension updates, so this removes everything first: call it from runtime.onInstalled.
 */
export async function registerContextMenu(items: Array<{ id: string; title: string; contexts: string[] }>): Promise<void> {
  const m = menus();
  await m.removeAll();
  for (const item of items) {
    await new Promise<void>((resolve) => {
      m.create(item, () => {
        // Reading lastError marks it handled (a duplicate id after a racing install is harmless).
        void api().runtime?.lastError;
        resolve();
      });
    });
  }
}

/** Listens to clicks on our context-menu items. Register synchronously in the background's main. */
export function onContextMenuClick(cb: (info: MenuClickInfo, tab?: TabLike) => void): void {
  menus().onClicked.addListener(cb);
}

// ---------------------------------------------------------------------------------------------
// Tabs and messages to the content script

/** Id of the active tab of the window this extension page lives in (the sidebar's window), or null. */
export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/**
 * The tab the sidebar should work on: `?tabId=N` in the page's URL wins (the e2e tests and
 * `npm start` open sidepanel.html?tabId=N in a tab of its own), otherwise the active tab of the
 * sidebar's window.
 */
export async function targetTabId(search: string = globalThis.location?.search ?? ''): Promise<number | null> {
  const fromQuery = new URLSearchParams(search).get('tabId');
  if (fromQuery !== null && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  return activeTabId();
}

/** Url of a tab, or null when the tab is gone or we may not see it. */
export async function tabUrl(tabId: number): Promise<string | null> {
  try {
    const tab = await browser.tabs.get(tabId);
    return tab.url ?? null;
  } catch {
    return null;
  }
}

/**
 * Calls back when the sidebar should look at another page: the user switched tabs in this window,
 * the tab finished loading a new page, or the reader just gave access to a tab (toolbar button,
 * shortcut, context menu: reported as 'loaded', so a panel that could not read it reads it now).
 * Returns an unsubscribe function.
 * (In-page navigation of single-page apps arrives as a ContentEvent, see onContentEvent.)
 */
export function onTabChanged(cb: (change: { tabId: number; reason: 'activated' | 'loaded' }) => void): () => void {
  const activated = (info: { tabId: number }) => cb({ tabId: info.tabId, reason: 'activated' });
  const updated = (tabId: number, change: { status?: string }) => {
    if (change.status === 'complete') cb({ tabId, reason: 'loaded' });
  };
  const area = isFirefox() || !(api().storage as AnyApi).session ? 'local' : 'session';
  const granted = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName !== area) return;
    const next = changes[TAB_ACCESS_KEY]?.newValue as TabAccess | undefined;
    if (next && typeof next.tabId === 'number') cb({ tabId: next.tabId, reason: 'loaded' });
  };
  browser.tabs.onActivated.addListener(activated);
  browser.tabs.onUpdated.addListener(updated);
  browser.storage.onChanged.addListener(granted as never);
  return () => {
    browser.tabs.onActivated.removeListener(activated);
    browser.tabs.onUpdated.removeListener(updated);
    browser.storage.onChanged.removeListener(granted as never);
  };
}

/** Path of the built content script (WXT builds the unlisted script `entrypoints/content-script.ts` there). */
export const CONTENT_SCRIPT_FILE = 'content-script.js';

const NO_RECEIVER = /Receiving end does not exist|Could not establish connection/i;

function sendOnce<R>(tabId: number, request: ContentRequest): Promise<R> {
  return browser.tabs.sendMessage(tabId, request) as Promise<R>;
}

/**
 * Injects the content script into a tab, on demand (there is no content script in the manifest).
 * Allowed when the reader opened Parallax on that tab (activeTab) or gave it every http(s) page.
 * Chrome: `scripting.executeScript`; Firefox MV2: `tabs.executeScript` (also when `scripting` is there:
 * in MV2 it is the API whose activeTab handling Firefox documents).
 */
export async function injectContentScript(tabId: number): Promise<void> {
  if (isFirefox()) {
    await (api().tabs as AnyApi).executeScript(tabId, { file: `/${CONTENT_SCRIPT_FILE}`, runAt: 'document_idle' });
    return;
  }
  const scripting = api().scripting as AnyApi | undefined;
  if (!scripting?.executeScript) throw new Error('scripting.executeScript is not available');
  await scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
}

/**
 * Sends a request to the content script of a tab and returns its typed reply.
 *
 * A tab has no content script until the panel first asks (on-demand injection); then this injects
 * it once and asks again. Rejects with a readable message when the page cannot be scripted: one
 * starting with NO_ACCESS_PREFIX when the reader has not given Parallax this tab (click the toolbar
 * button, or allow every site), another for pages closed to extensions (chrome://, the store, PDFs).
 */
export async function sendToTab<K extends ContentRequest['type']>(
  tabId: number,
  request: Extract<ContentRequest, { type: K }>,
): Promise<ContentReplies[K]> {
  try {
    return await sendOnce<ContentReplies[K]>(tabId, request);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (!NO_RECEIVER.test(message)) throw e;
  }
  try {
    await injectContentScript(tabId);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    if (NO_HOST_ACCESS.test(why)) {
      throw new Error(
        `${NO_ACCESS_PREFIX}: click the Parallax button in the toolbar (or press Alt+Shift+L) on this page, ` +
          'or let the panel follow every tab. (Browser pages such as chrome:// or about: pages, the ' +
          `extension store and PDF viewers stay closed to extensions.) [${why}]`,
      );
    }
    throw new Error(`Parallax cannot read this page (${why})`);
  }
  return sendOnce<ContentReplies[K]>(tabId, request);
}

/** Listens to events the content scripts broadcast (page-changed). Returns an unsubscribe function. */
export function onContentEvent(cb: (event: ContentEvent, sender: { tabId: number | null }) => void): () => void {
  const listener = (message: unknown, sender: { tab?: { id?: number } }) => {
    const m = message as { type?: unknown } | null;
    if (m && typeof m.type === 'string' && m.type === 'parallax:page-changed') {
      cb(m as ContentEvent, { tabId: sender.tab?.id ?? null });
    }
    // Not answering: return nothing so other listeners may reply.
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}

/** From the content script: tell extension pages something happened. Never throws (no page may be listening). */
export function broadcastContentEvent(event: ContentEvent): void {
  try {
    void Promise.resolve(browser.runtime.sendMessage(event)).catch(() => {});
  } catch {
    // The extension was reloaded: this content script is orphaned; nothing to tell.
  }
}

// ---------------------------------------------------------------------------------------------
// The "Trace quote" hand-over (background → sidebar)

/** Where a PendingTrace waits: storage.session in Chrome, storage.local in Firefox. */
export function pendingTraceStorage(): AnyApi {
  const storage = api().storage as AnyApi;
  if (!isFirefox() && storage.session) return storage.session;
  return storage.local;
}

export async function writePendingTrace(trace: PendingTrace): Promise<void> {
  await pendingTraceStorage().set({ [PENDING_TRACE_KEY]: trace });
}

export async function readPendingTrace(): Promise<PendingTrace | null> {
  const got = (await pendingTraceStorage().get(PENDING_TRACE_KEY)) as Record<string, PendingTrace | undefined>;
  return got[PENDING_TRACE_KEY] ?? null;
}

export async function clearPendingTrace(): Promise<void> {
  await pendingTraceStorage().remove(PENDING_TRACE_KEY);
}

/**
 * Calls back with every PendingTrace written from now on, and once with the one already waiting
 * (the sidebar may start after the background wrote it). Returns an unsubscribe function.
 */
export function watchPendingTrace(cb: (trace: PendingTrace) => void): () => void {
  const area = isFirefox() || !(api().storage as AnyApi).session ? 'local' : 'session';
  const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName !== area) return;
    const next = changes[PENDING_TRACE_KEY]?.newValue as PendingTrace | undefined;
    if (next) cb(next);
  };
  browser.storage.onChanged.addListener(listener as never);
  void readPendingTrace().then((t) => {
    if (t) cb(t);
  });
  return () => browser.storage.onChanged.removeListener(listener as never);
}

// ---------------------------------------------------------------------------------------------
// Alarms

export function onAlarm(name: string, cb: () => void): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === name) cb();
  });
}

/** Creates or replaces a repeating alarm; `periodMinutes <= 0` clears it. */
export async function scheduleAlarm(name: string, periodMinutes: number): Promise<void> {
  await browser.alarms.clear(name);
  if (periodMinutes > 0) await browser.alarms.create(name, { periodInMinutes: periodMinutes, delayInMinutes: periodMinutes });
}

// ---------------------------------------------------------------------------------------------
// Full text of feed items: a DOM to run Readability on, and the reader's grant for their hosts

/** The offscreen document (entrypoints/offscreen, built for Chrome only). */
export const OFFSCREEN_PATH = 'offscreen.html';

type Extracted = ExtractedPage | NotAnArticle;
/** The panel's page to compare (`article`), or only "load the engine and open the corpus" (none; `warmUp`: and run it once). */
interface OffscreenCompareRequest {
  type: typeof OFFSCREEN_COMPARE;
  article?: Article;
  warmUp?: boolean;
}
type OffscreenReply<T> = { value: T } | { error: string };

let creatingOffscreen: Promise<void> | null = null;

/** How long a request waits for the offscreen document's listener after the document is opened. */
const OFFSCREEN_START_MS = 5_000;
/** Firefox: the background page is always there; a missing listener is waited for ~1 s (its script at browser start). */
const FIREFOX_START_MS = 1_000;

/**
 * Opens the one offscreen document (Chrome allows one per extension) unless it is open. The
 * background opens it for feeds, the side panel for compares: the same page, reasons and words.
 */
async function ensureOffscreen(): Promise<void> {
  const off = api().offscreen as AnyApi | undefined;
  if (!off?.createDocument) throw new Error('chrome.offscreen is not available (Chrome 109+, "offscreen" permission)');
  if (off.hasDocument && (await off.hasDocument())) return;
  creatingOffscreen ??= Promise.resolve(
    off.createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['DOM_PARSER'],
      justification:
        'Parse feeds and read the article on the page of a feed item with Readability (needs a DOM); ' +
        'compare the page in the side panel with the corpus, with the comparison code kept loaded between panel openings.',
    }),
  )
    .catch((e: unknown) => {
      // Another caller created it first: that is the document we wanted.
      if (!/single offscreen document/i.test(String((e as Error)?.message ?? e))) throw e;
    })
    .finally(() => {
      creatingOffscreen = null;
    });
  await creatingOffscreen;
}

/**
 * The `chrome.offscreen` through which this page last found the document open (or opened it): its next
 * requests go straight to the document, without a `hasDocument` round trip to the browser first (perf62).
 * Forgotten when this page closes the document, and checked again whenever a request reaches no document.
 */
let openVia: unknown = null;

/** True when a send failed because no compare/extract listener took the message (no document there). */
const noDocument = (e: unknown) => NO_RECEIVER.test(String((e as Error)?.message ?? e));

/**
 * Sends one request to the offscreen document (opened if needed) and returns its answer's value. In
 * Firefox (compares only) it goes to the background page, which is always there: nothing to open.
 * Chrome: whether the document is open is asked once per page (`openVia`); later requests are sent at
 * once, and one that reaches no document ("no receiver", or no answer at all: another extension page
 * took the message and left it) opens it again and is sent again. A document that closes while it
 * works on the request fails it, as before (the panel then compares itself).
 */
async function askOffscreen<T>(request: OffscreenCompareRequest | OffscreenJobRequest): Promise<T> {
  const off = isFirefox() ? null : api().offscreen;
  let trusted = off != null && off === openVia;
  const open = async () => {
    await ensureOffscreen();
    openVia = off;
  };
  if (!isFirefox() && !trusted) await open();
  const startingUntil = Date.now() + (isFirefox() ? FIREFOX_START_MS : OFFSCREEN_START_MS);
  for (;;) {
    let reply: OffscreenReply<T> | undefined;
    let failure: unknown = null;
    try {
      reply = (await browser.runtime.sendMessage(request)) as OffscreenReply<T> | undefined;
    } catch (e) {
      failure = e ?? new Error('the message failed');
    }
    if (trusted && (failure === null ? !reply : noDocument(failure))) {
      // Sent without asking: the document may have been closed since (the background closes one it opened).
      trusted = false;
      openVia = null;
      await open();
      continue;
    }
    if (failure !== null) {
      // The document may still be starting: its listener is not there yet (its script loads in seconds
      // on a loaded machine; waiting for it is quicker than loading the engine in the asking page).
      if (Date.now() < startingUntil && noDocument(failure)) {
        await new Promise((r) => setTimeout(r, 50));
        continue;
      }
      throw failure;
    }
    if (!reply) throw new Error('the offscreen document did not answer');
    if ('error' in reply) throw new Error(reply.error);
    return reply.value;
  }
}

/**
 * A function that reads a page's HTML with `local` (the content script's extractHtml, page-reader.ts) on
 * this page's DOM: extension pages and Firefox's background page have one. (Chrome's service worker reads
 * no pages: its feed refresh runs in the offscreen document, corpusJobs.)
 */
export function pageExtractor(local: (html: string, url: string) => Extracted | Promise<Extracted>): (html: string, url: string) => Promise<Extracted> {
  return async (html, url) => local(html, url);
}

/**
 * The message the side panel sends its warm compare context with its page's article to compare: Chrome's
 * offscreen document, Firefox's background page (entrypoints/background.ts; ffwarm61).
 */
export const OFFSCREEN_COMPARE = 'parallax:offscreen-compare';

/**
 * The side panel's compare in a long-lived page: Chrome's offscreen document, Firefox's persistent
 * background page (MV2). Its engine, derived-data cache and optimised code stay from one panel to the
 * next (a panel is a new page each time it opens). One message each way (the article; the report,
 * plain JSON data: lib/types.ts). Rejects when the document cannot be opened, closes or fails
 * mid-compare, nothing answers (no listener: after 5 s of retries, 1 s in Firefox), or no answer comes within
 * `timeoutMs`: the caller then compares in its own page. (A closed document fails at once; the
 * timeout is for one that hangs, long enough not to start a second compare beside a slow first one on a
 * loaded machine.)
 */
export function compareOffscreen(article: Article, timeoutMs = 30_000): Promise<Report> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('the offscreen document did not answer in time')), timeoutMs);
  });
  return Promise.race([askOffscreen<Report>({ type: OFFSCREEN_COMPARE, article }), late]).finally(() => clearTimeout(timer));
}

/**
 * From the side panel as it opens: have the offscreen document open (Firefox: the background page) and
 * its engine loaded. Never throws.
 * `runEngine` (perf55, at browser start only): the document also runs the engine once on the package's
 * seed story in memory, so the reader's first compare does not run every engine function for the first
 * time. Not from the panel or the click: that warm-up takes the one main thread all extension pages
 * share, so the panel would draw later (measured: the first panel's click → report got slower).
 */
export function warmOffscreen(runEngine = false): void {
  // The document is now wanted open (the panel's warm compare context): a corpus job that opened it leaves it.
  jobsOpened = Promise.resolve(false);
  askOffscreen<null>({ type: OFFSCREEN_COMPARE, ...(runEngine ? { warmUp: true } : {}) }).catch(() => undefined);
}

/** perf55: when the side panel was last opened (ms since the epoch, storage.local), read at browser start. */
export const PANEL_USED_KEY = 'parallax:panel-used';
/** Readers who opened the panel within this many days get the compare warmed up as the browser starts. */
export const WARM_AT_START_DAYS = 30;

/**
 * Note the time the reader used the panel, for `warmAtStart`: from the side panel as it opens (Chrome), or from
 * Firefox's background page on the sidebar's first request (`fromBackground`; ffwarm62). Never throws.
 */
export function notePanelUsed(now = Date.now(), fromBackground = false): void {
  if (isFirefox() && !fromBackground) return;
  Promise.resolve()
    .then(() => api().storage.local.set({ [PANEL_USED_KEY]: now }))
    .catch(() => undefined);
}

/**
 * From the background as the browser starts (Chrome): a reader who opened the side panel within
 * WARM_AT_START_DAYS gets the offscreen document opened and its engine run once (`warmOffscreen(true)`),
 * so the first panel of the session compares with warm code; anyone else pays nothing. True if it warmed.
 */
export async function warmAtStart(now = Date.now()): Promise<boolean> {
  if (isFirefox() || !(await panelUsedRecently(now))) return false;
  warmOffscreen(true);
  return true;
}

/** True when the reader used the panel (Firefox: the sidebar) within WARM_AT_START_DAYS (`notePanelUsed`). */
export async function panelUsedRecently(now = Date.now()): Promise<boolean> {
  const at = ((await api().storage.local.get(PANEL_USED_KEY)) as Record<string, unknown>)[PANEL_USED_KEY];
  return typeof at === 'number' && now - at <= WARM_AT_START_DAYS * 86_400_000;
}

/** True when the offscreen document is open (the background leaves one it did not open). */
export async function hasOffscreen(): Promise<boolean> {
  try {
    const off = api().offscreen as AnyApi | undefined;
    return Boolean(off?.hasDocument && (await off.hasDocument()));
  } catch {
    return false;
  }
}

/** Closes the offscreen document when one is open (after a refresh). Never throws. */
export async function closeOffscreen(): Promise<void> {
  try {
    const off = api().offscreen as AnyApi | undefined;
    openVia = null;
    if (off?.hasDocument && (await off.hasDocument())) await off.closeDocument();
  } catch {
    // already closed
  }
}

/**
 * In the offscreen document (Chrome) or the background page (Firefox): answer the side panel's compares
 * with `compare` (null: only warm up). Only extension pages may ask (a content script's sender URL is its
 * web page's).
 */
export function serveOffscreenCompare(compare: (article: Article | null, runEngine?: boolean) => Promise<Report | null>): void {
  browser.runtime.onMessage.addListener(((message: unknown, sender: { url?: string }, sendResponse: (r: OffscreenReply<Report | null>) => void) => {
    const m = message as Partial<OffscreenCompareRequest> | null;
    if (!m || m.type !== OFFSCREEN_COMPARE || !fromOwnPage(sender)) return undefined;
    if (m.article !== undefined && (typeof m.article !== 'object' || m.article === null)) return undefined;
    compare(m.article ?? null, m.warmUp === true).then(
      (value) => sendResponse({ value }),
      (e: unknown) => sendResponse({ error: e instanceof Error ? e.message : String(e) }),
    );
    return true; // the answer comes later
  }) as never);
}

// ---------------------------------------------------------------------------------------------
// The corpus jobs (sw70): the background's work on the corpus, run where the pages' code is

/**
 * The background's work on the corpus: `prepare` at install (`reason` 'install': an empty corpus gets the
 * packaged seeds; 'update': stored articles re-keyed) and at browser start (no reason), answering the feed
 * alarm's period; `refresh` when the feed alarm fires (feeds, their items' pages, then retention).
 * Run by lib/extension/corpus-jobs.ts `runCorpusJob`.
 */
export type CorpusJob = { kind: 'prepare'; reason?: 'install' | 'update' } | { kind: 'refresh' };
/** Runs a job; `prepare` resolves with the feed alarm's period in minutes (null: no alarm), `refresh` with null. */
export type CorpusJobRunner = (job: CorpusJob) => Promise<number | null>;

/** The message the service worker sends the offscreen document with a job (Chrome). */
export const OFFSCREEN_JOB = 'parallax:corpus-job';
/** The port the offscreen document opens to the service worker to ask whether the reader granted an address's host. */
export const MAY_READ = 'parallax:may-read';
interface OffscreenJobRequest {
  type: typeof OFFSCREEN_JOB;
  job: CorpusJob;
}

const isJob = (j: unknown): j is CorpusJob => {
  const job = j as Partial<{ kind: unknown; reason: unknown }> | null;
  if (!job || typeof job !== 'object') return false;
  if (job.kind === 'refresh') return true;
  return job.kind === 'prepare' && (job.reason === undefined || job.reason === 'install' || job.reason === 'update');
};

/** Jobs the worker is waiting for, and whether the first of them opened the offscreen document. */
let jobsInFlight = 0;
let jobsOpened: Promise<boolean> = Promise.resolve(false);
/**
 * An extension API call resets the service worker's idle timer (Chrome 110+): one every 20 s while a job
 * runs keeps the worker that waits for its answer alive (it is stopped after 30 s without events).
 */
const KEEP_ALIVE_MS = 20_000;

/**
 * Where the background's corpus jobs run. Firefox's background page is a page: `local` (runCorpusJob)
 * runs them in place. Chrome's service worker carries neither Dexie nor the ingestion (it would start
 * slower, with ~360 kB more to evaluate at every restart): it sends each job to the offscreen document
 * (opened if needed, closed after the last job if a job opened it; one the side panel opened stays) and
 * keeps itself alive until the answer comes. A job's error comes back as an Error with its message.
 */
export function corpusJobs(local?: CorpusJobRunner): CorpusJobRunner {
  if (local) return local;
  return async (job) => {
    if (jobsInFlight++ === 0) jobsOpened = hasOffscreen().then((open) => !open);
    const beat = setInterval(() => void Promise.resolve(api().runtime.getPlatformInfo?.()).catch(() => undefined), KEEP_ALIVE_MS);
    try {
      return await askOffscreen<number | null>({ type: OFFSCREEN_JOB, job });
    } finally {
      clearInterval(beat);
      if (--jobsInFlight === 0 && (await jobsOpened)) await closeOffscreen();
    }
  };
}

/** From the extension's own pages only (a content script's sender URL is its web page's). */
const fromOwnPage = (sender: { url?: string }) => Boolean(sender.url?.startsWith(browser.runtime.getURL('/')));

/** In the offscreen document: run the service worker's corpus jobs with `run`. */
export function serveCorpusJobs(run: CorpusJobRunner): void {
  browser.runtime.onMessage.addListener(((message: unknown, sender: { url?: string }, sendResponse: (r: OffscreenReply<number | null>) => void) => {
    const m = message as Partial<OffscreenJobRequest> | null;
    if (!m || m.type !== OFFSCREEN_JOB || !isJob(m.job) || !fromOwnPage(sender)) return undefined;
    run(m.job).then(
      (value) => sendResponse({ value }),
      (e: unknown) => sendResponse({ error: e instanceof Error ? e.message : String(e) }),
    );
    return true; // the answer comes later
  }) as never);
}

/**
 * In the service worker: answer the offscreen document's "may Parallax read this address?" (`askOriginAccess`)
 * with `hasOriginAccess`; an offscreen document has no `chrome.permissions`. On a port (`runtime.connect`, which
 * nothing else in Parallax calls), not `runtime.onMessage`: a worker listening there would be started for every
 * message any extension page or content script sends (the panel's compares, page-changed events). Register
 * synchronously in main.
 */
export function serveOriginAccess(): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== MAY_READ || !fromOwnPage(port.sender ?? {})) return;
    port.onMessage.addListener((message: unknown) => {
      const q = message as { id?: unknown; url?: unknown } | null;
      if (typeof q?.id !== 'number' || typeof q.url !== 'string') return;
      void hasOriginAccess(q.url).then((granted) => {
        try {
          port.postMessage({ id: q.id, granted });
        } catch {
          // the document went away
        }
      });
    });
  });
}

/** The document's port to the worker and its questions waiting for an answer. */
let accessPort: ReturnType<typeof browser.runtime.connect> | null = null;
const accessAsked = new Map<number, { url: string; answer: (granted: boolean) => void; again: boolean }>();
let accessNext = 0;

/**
 * In the offscreen document: true when the reader granted this address's host, asked of the service worker
 * (`serveOriginAccess`). A question the worker could not answer (it was stopped: the port closed) is asked once
 * more on a new port; then, or when no port can be opened, the answer is false (the item stays a summary).
 */
export function askOriginAccess(url: string, again = false): Promise<boolean> {
  return new Promise((answer) => {
    try {
      if (!accessPort) {
        const port = browser.runtime.connect({ name: MAY_READ });
        port.onMessage.addListener((message: unknown) => {
          const r = message as { id?: number; granted?: unknown };
          const asked = typeof r?.id === 'number' ? accessAsked.get(r.id) : undefined;
          if (!asked) return;
          accessAsked.delete(r.id!);
          asked.answer(r.granted === true);
        });
        port.onDisconnect.addListener(() => {
          if (accessPort === port) accessPort = null;
          const left = [...accessAsked.values()];
          accessAsked.clear();
          for (const q of left) (q.again ? Promise.resolve(false) : askOriginAccess(q.url, true)).then(q.answer);
        });
        accessPort = port;
      }
      const id = accessNext++;
      accessAsked.set(id, { url, answer, again });
      accessPort.postMessage({ id, url });
    } catch {
      answer(false);
    }
  });
}

/** The host permission pattern of an address ("https://www.example.com/*"), or null for non-http(s). */
export function originPattern(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return null;
  }
}

/** True when the reader let Parallax read this address's host (or every site). */
export async function hasOriginAccess(url: string): Promise<boolean> {
  const pattern = originPattern(url);
  if (!pattern) return false;
  try {
    return Boolean(await browser.permissions.contains({ origins: [pattern] }));
  } catch {
    return false;
  }
}

/**
 * Asks the reader to let Parallax read these addresses' hosts (one prompt). Call it synchronously
 * inside the click, before any await. Resolves with the reader's answer.
 */
export function requestOrigins(urls: string[]): Promise<boolean> {
  const origins = [...new Set(urls.map(originPattern).filter((p): p is string => !!p))];
  if (!origins.length) return Promise.reject(new Error('No web address to ask access for (addresses start with http:// or https://).'));
  try {
    return Promise.resolve(browser.permissions.request({ origins })).then(Boolean);
  } catch (e) {
    return Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
}
