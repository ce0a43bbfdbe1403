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
import { PENDING_TRACE_KEY } from './protocol';

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

/** True in the Firefox build. Decided at build time by WXT (`import.meta.env.FIREFOX`). */
export function isFirefox(): boolean {
  return import.meta.env.FIREFOX === true;
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
 * Makes the toolbar button open the sidebar. Chrome: `setPanelBehavior({openPanelOnActionClick})`
 * (the `_execute_action` shortcut then opens it too). Firefox MV2: the browser action has no popup,
 * so its click toggles the sidebar (the `_execute_sidebar_action` shortcut is built in).
 * Call once from the background's main (registers a listener on Firefox).
 */
export function wireToolbarButton(): void {
  if (isFirefox()) {
    const action = (api().browserAction ?? api().action) as AnyApi | undefined;
    action?.onClicked?.addListener(() => {
      void (api().sidebarAction as FirefoxSidebarAction | undefined)?.toggle();
    });
    return;
  }
  const panel = api().sidePanel as AnyApi | undefined;
  panel?.setPanelBehavior?.({ openPanelOnActionClick: true })?.catch?.((e: unknown) => {
    console.error('Parallax: setPanelBehavior failed', e);
  });
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
 * or the tab finished loading a new page. Returns an unsubscribe function.
 * (In-page navigation of single-page apps arrives as a ContentEvent, see onContentEvent.)
 */
export function onTabChanged(cb: (change: { tabId: number; reason: 'activated' | 'loaded' }) => void): () => void {
  const activated = (info: { tabId: number }) => cb({ tabId: info.tabId, reason: 'activated' });
  const updated = (tabId: number, change: { status?: string }) => {
    if (change.status === 'complete') cb({ tabId, reason: 'loaded' });
  };
  browser.tabs.onActivated.addListener(activated);
  browser.tabs.onUpdated.addListener(updated);
  return () => {
    browser.tabs.onActivated.removeListener(activated);
    browser.tabs.onUpdated.removeListener(updated);
  };
}

/** Path of the built content script (WXT puts `entrypoints/content.ts` there). */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

const NO_RECEIVER = /Receiving end does not exist|Could not establish connection/i;

function sendOnce<R>(tabId: number, request: ContentRequest): Promise<R> {
  return browser.tabs.sendMessage(tabId, request) as Promise<R>;
}

/** Injects the content script into a tab that does not have it yet (opened before install/update). */
export async function injectContentScript(tabId: number): Promise<void> {
  const scripting = api().scripting as AnyApi | undefined;
  if (scripting?.executeScript) {
    await scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    return;
  }
  // Firefox before 102 (MV2): tabs.executeScript.
  await (api().tabs as AnyApi).executeScript(tabId, { file: `/${CONTENT_SCRIPT_FILE}` });
}

/**
 * Sends a request to the content script of a tab and returns its typed reply.
 *
 * Tabs that were open before the extension was installed or updated have no content script;
 * then this injects it once and asks again. Rejects with a readable message when the page cannot
 * be scripted (chrome://, the Web Store, PDF viewer, a page we have no access to).
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
