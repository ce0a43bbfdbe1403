/**
 * End-to-end harness: the BUILT extension (.output/chrome-mv3, made by `npm run build`, which
 * `npm run test:e2e` runs first) loaded into Debian's Chromium through playwright-core, plus the
 * local news site serving the seeds on 127.0.0.1.
 *
 *   const ext = await launchExtension();          // fresh profile, headless
 *   await ext.waitForCorpus(5);                   // the background imported the seeds
 *   const { page, panel, tabId } = await ext.openSidePanelFor(ext.newsSite.url('003_38879e5049cf1087'));
 *
 * Parallax has no host permission by default: it reads a tab the reader opened it on (activeTab).
 * The harness does what a reader does: it presses the toolbar button on the page
 * (`clickToolbarButton`, through the DevTools protocol's Extensions.triggerAction, which runs the
 * browser's own action-click path and so grants activeTab), then closes the real side panel that
 * click opened and drives `sidepanel.html?tabId=N` in a tab of its own. `tabIdOf` does this for the
 * page showing a URL; `sendToTab` injects the content script on demand, as the panel does.
 *   ...
 *   expect(ext.external).toEqual([]);             // nothing left 127.0.0.1
 *   await ext.close();
 */
import { afterAll, beforeAll } from 'vitest';
import { chromium } from 'playwright-core';
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startNewsSite } from '../../scripts/news-site';
import type { NewsSite } from '../../scripts/news-site';
import type { ContentReplies, ContentRequest } from '../../lib/extension/protocol';
import { CONTENT_SCRIPT_FILE, TAB_ACCESS_KEY } from '../../lib/extension/platform';

/** The extension APIs as seen inside the service worker (evaluated there, not in Node). */
declare const chrome: any;

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The built extension; PARALLAX_EXT_DIR points at a private copy (when other builds may rewrite .output). */
export const EXTENSION_DIR = process.env.PARALLAX_EXT_DIR || path.join(ROOT, '.output', 'chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The seed the issue's checks use. */
export const SEED_003 = '003_38879e5049cf1087';

/** Chromium switches that load our extension and keep the browser from calling home. */
export function chromiumArgs(extensionDir = EXTENSION_DIR): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // Lets the DevTools protocol press the extension's toolbar button (Extensions.triggerAction).
    '--enable-unsafe-extension-debugging',
    '--disable-domain-reliability',
    '--disable-client-side-phishing-detection',
    '--metrics-recording-only',
  ];
}

export interface LaunchOptions {
  headless?: boolean;
  extensionDir?: string;
  /**
   * Host access the reader has already granted (e.g. `http://127.0.0.1/*` after allowing the site
   * for an import by URL). The browser's permission prompt cannot be answered in headless Chromium,
   * so the harness loads a COPY of the build whose manifest lists these origins, the state the
   * reader's "Allow" leaves. Tests of the default (no access) never pass this.
   */
  grantedOrigins?: string[];
  /**
   * Permissions taken out of the manifest of a COPY of the build (e.g. `unlimitedStorage`, which
   * makes Chromium skip the quota check of every write, so a test of the storage-full path needs it
   * gone). Tests of the shipped extension never pass this.
   */
  withoutPermissions?: string[];
  /** Abort and record every request that leaves 127.0.0.1 (default true). */
  blockExternal?: boolean;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number } | null;
  /**
   * A browser profile directory to use and KEEP (benchmarks: a database filled once, reused by later
   * runs of the same build path). Default: a fresh temporary profile, removed on close.
   */
  userDataDir?: string;
}

export interface ExtensionHarness {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  newsSite: NewsSite;
  /** URLs of requests that tried to leave 127.0.0.1 (they were aborted). */
  external: string[];
  /** chrome-extension://ID/<path> */
  extensionUrl(pathname: string): string;
  /**
   * The tab id Chrome gives the page currently showing `url` (exact match, or same URL without
   * hash). Presses the toolbar button on that page first (see clickToolbarButton), so the extension
   * may read it, as after a reader's click.
   */
  tabIdOf(url: string): Promise<number>;
  /**
   * Presses Parallax's toolbar button on `page` (the browser's real action click: it opens the side
   * panel and grants activeTab on that tab). Closes the side panel again unless `keepPanel`.
   * Returns the tab id.
   */
  clickToolbarButton(page: Page, opts?: { keepPanel?: boolean }): Promise<number>;
  /** The real side panel's text (the panel page the toolbar button opened), or null when none is open. */
  sidePanelText(): Promise<string | null>;
  /**
   * Opens `pageUrl` in a tab, finds its tab id, then opens the side panel page for that tab in
   * another tab: chrome-extension://ID/sidepanel.html?tabId=N (the sidebar reads `tabId` from its
   * query string). Both are ordinary tabs that Playwright drives independently.
   */
  openSidePanelFor(pageUrl: string, opts?: { query?: Record<string, string> }): Promise<{ page: Page; panel: Page; tabId: number }>;
  /** An extension page (options.html, sidepanel.html?…) in a new tab. */
  openExtensionPage(pathname: string): Promise<Page>;
  /**
   * Sends a ContentRequest to a tab's content script from the service worker; returns its reply.
   * Retries for up to 5 s while the tab's content script is not listening yet (it runs at document_idle).
   */
  sendToTab<K extends ContentRequest['type']>(tabId: number, request: Extract<ContentRequest, { type: K }>): Promise<ContentReplies[K]>;
  /** Number of articles in the corpus (IndexedDB "parallax", store "articles"); 0 before it exists. */
  corpusCount(): Promise<number>;
  /** Records in one table of the extension's database (`articles`, `vectors`, …). */
  tableCount(table: string): Promise<number>;
  /** Waits until the corpus holds at least `n` articles (the background seeds it on install). */
  waitForCorpus(n: number, timeoutMs?: number): Promise<number>;
  close(): Promise<void>;
}

function isLocal(url: string): boolean {
  try {
    const u = new URL(url);
    if (['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:', 'devtools:'].includes(u.protocol)) return true;
    return u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.hostname === '[::1]';
  } catch {
    return false;
  }
}

/**
 * Aborts every request from pages of `context` that leaves 127.0.0.1 and records its URL in the
 * returned list. Also records such requests seen by the context's request events (workers).
 */
export async function blockExternalRequests(context: BrowserContext): Promise<string[]> {
  const external: string[] = [];
  await context.route(
    (url) => !isLocal(url.href),
    async (route) => {
      external.push(route.request().url());
      await route.abort('blockedbyclient');
    },
  );
  context.on('request', (req) => {
    const url = req.url();
    if (!isLocal(url) && !external.includes(url)) external.push(url);
  });
  return external;
}

async function findServiceWorker(context: BrowserContext, timeoutMs = 30_000): Promise<Worker> {
  const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (existing) return existing;
  return context.waitForEvent('serviceworker', {
    predicate: (w) => w.url().startsWith('chrome-extension://'),
    timeout: timeoutMs,
  });
}

export async function launchExtension(opts: LaunchOptions = {}): Promise<ExtensionHarness> {
  let extensionDir = opts.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first`);
  }
  let grantedCopy: string | null = null;
  if (opts.grantedOrigins?.length || opts.withoutPermissions?.length) {
    grantedCopy = await mkdtemp(path.join(tmpdir(), 'parallax-granted-'));
    await cp(extensionDir, grantedCopy, { recursive: true });
    const manifestPath = path.join(grantedCopy, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
    if (opts.grantedOrigins?.length) manifest.host_permissions = [...(manifest.host_permissions ?? []), ...opts.grantedOrigins];
    if (opts.withoutPermissions?.length) manifest.permissions = (manifest.permissions ?? []).filter((p: string) => !opts.withoutPermissions!.includes(p));
    await writeFile(manifestPath, JSON.stringify(manifest));
    extensionDir = grantedCopy;
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
  }
  const newsSite = await startNewsSite();
  const keepProfile = opts.userDataDir !== undefined;
  const userDataDir = opts.userDataDir ?? (await mkdtemp(path.join(tmpdir(), 'parallax-e2e-')));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: opts.headless ?? true,
      args: chromiumArgs(extensionDir),
      colorScheme: opts.colorScheme ?? 'light',
      viewport: opts.viewport === undefined ? { width: 1280, height: 900 } : opts.viewport,
    });
  } catch (e) {
    await newsSite.close();
    if (!keepProfile) await rm(userDataDir, { recursive: true, force: true });
    throw e;
  }
  const external = opts.blockExternal === false ? [] : await blockExternalRequests(context);
  const serviceWorker = await findServiceWorker(context);
  const extensionId = new URL(serviceWorker.url()).host;
  const extensionUrl = (p: string) => `chrome-extension://${extensionId}/${p.replace(/^\//, '')}`;

  const browserSession = await context.browser()!.newBrowserCDPSession();
  const strip = (u: string) => u.replace(/#.*$/, '');

  /**
   * The tab id of the tab showing `url` whose address the extension may see (the extension has no
   * "tabs" permission: tabs.query shows a tab's URL only where it has access, e.g. after a click).
   * (A string, so that no transpiler helper such as esbuild's __name ends up in code evaluated in
   * the browser.)
   */
  const visibleTabId = async (url: string, timeoutMs = 15_000): Promise<number> => {
    const script = `(async (wanted) => {
      const strip = (u) => String(u).replace(/#.*$/, '');
      const tabs = await chrome.tabs.query({});
      const tab = tabs.find((t) => t.url && (t.url === wanted || strip(t.url) === strip(wanted)));
      return tab ? tab.id : null;
    })(${JSON.stringify(url)})`;
    const until = Date.now() + timeoutMs;
    for (;;) {
      const id = (await serviceWorker.evaluate(script)) as number | null;
      if (id !== null) return id;
      if (Date.now() > until) throw new Error(`No tab the extension may read shows ${url}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  /** The real side panel's page target (not the `sidepanel.html?tabId=N` tabs the tests open). */
  const sidePanelTarget = async () => {
    const { targetInfos } = (await browserSession.send('Target.getTargets', { filter: [{}] } as never)) as {
      targetInfos: Array<{ targetId: string; type: string; url: string }>;
    };
    return targetInfos.find((t) => t.type === 'page' && t.url === extensionUrl('sidepanel.html')) ?? null;
  };

  /** Closes the real side panel and waits until its page is gone (it would pick up trace requests). */
  const closeSidePanel = async () => {
    await serviceWorker.evaluate(`(async () => {
      const windows = await chrome.windows.getAll();
      for (const w of windows) { try { await chrome.sidePanel.close({ windowId: w.id }); } catch (e) {} }
    })()`);
    const until = Date.now() + 10_000;
    while ((await sidePanelTarget()) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    if (await sidePanelTarget()) throw new Error('The side panel did not close');
  };

  const clickToolbarButton = async (page: Page, o: { keepPanel?: boolean } = {}): Promise<number> => {
    await page.bringToFront();
    const url = page.url();
    const { targetInfos } = (await browserSession.send('Target.getTargets', { filter: [{}] } as never)) as {
      targetInfos: Array<{ targetId: string; type: string; url: string; embedderData?: { tabActive?: boolean } }>;
    };
    const tabs = targetInfos.filter((t) => t.type === 'tab' && strip(t.url) === strip(url));
    const tab = tabs.find((t) => t.embedderData?.tabActive) ?? tabs[0];
    if (!tab) throw new Error(`No browser tab shows ${url}`);
    // The background announces the tab the click was on (TAB_ACCESS_KEY): the exact tab, even when
    // several tabs show the same address.
    const announced = () =>
      serviceWorker.evaluate(
        (key) => chrome.storage.session.get(key).then((got: Record<string, { tabId: number; at: number } | undefined>) => got[key as string] ?? null),
        TAB_ACCESS_KEY,
      ) as Promise<{ tabId: number; at: number } | null>;
    const before = (await announced())?.at ?? 0;
    await browserSession.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
    let tabId: number | null = null;
    for (const until = Date.now() + 10_000; tabId === null && Date.now() < until; ) {
      const now = await announced();
      if (now && now.at > before) tabId = now.tabId;
      else await new Promise((r) => setTimeout(r, 50));
    }
    if (tabId === null) throw new Error(`The toolbar button on ${url} was not announced`);
    // The grant is in place once the extension may see the tab's address.
    await visibleTabId(url);
    if (!o.keepPanel) await closeSidePanel();
    return tabId;
  };

  const tabIdOf = async (url: string): Promise<number> => {
    const page = context.pages().find((p) => p.url() === url) ?? context.pages().find((p) => strip(p.url()) === strip(url));
    if (!page) throw new Error(`No page shows ${url}`);
    return clickToolbarButton(page);
  };

  const evaluateInTarget = targetEvaluator(browserSession);

  const sidePanelText = async (): Promise<string | null> => {
    const panel = await sidePanelTarget();
    if (!panel) return null;
    return (await evaluateInTarget(panel.targetId, 'document.body ? document.body.innerText : ""')) as string;
  };

  /** Records in one table of the extension's database (0 when the database or the table does not exist yet). */
  const tableCount = (table: string) =>
    serviceWorker.evaluate(async (table) => {
      const dbs = (await indexedDB.databases?.()) ?? [];
      if (!dbs.some((d) => d.name === 'parallax')) return 0;
      return new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('parallax');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(table)) {
            db.close();
            resolve(0);
            return;
          }
          const req = db.transaction(table, 'readonly').objectStore(table).count();
          req.onsuccess = () => {
            db.close();
            resolve(req.result);
          };
          req.onerror = () => {
            db.close();
            reject(req.error);
          };
        };
      });
    }, table);
  const corpusCount = () => tableCount('articles');

  const harness: ExtensionHarness = {
    context,
    extensionId,
    serviceWorker,
    newsSite,
    external,
    extensionUrl,
    tabIdOf,
    clickToolbarButton,
    sidePanelText,
    async openSidePanelFor(pageUrl, o = {}) {
      const page = await context.newPage();
      await page.goto(pageUrl, { waitUntil: 'load' });
      const tabId = await clickToolbarButton(page);
      const panel = await context.newPage();
      const query = new URLSearchParams({ tabId: String(tabId), ...(o.query ?? {}) });
      await panel.goto(extensionUrl(`sidepanel.html?${query}`));
      return { page, panel, tabId };
    },
    async openExtensionPage(pathname) {
      const page = await context.newPage();
      await page.goto(extensionUrl(pathname));
      return page;
    },
    async sendToTab(tabId, request) {
      // As the panel does (lib/extension/platform.ts sendToTab): no content script yet → inject it
      // on demand (the tab must have been given to the extension: tabIdOf / clickToolbarButton).
      for (let attempt = 0; ; attempt++) {
        try {
          return (await serviceWorker.evaluate(
            ([id, req]) => chrome.tabs.sendMessage(id as number, req),
            [tabId, request] as const,
          )) as never;
        } catch (e) {
          if (attempt >= 50 || !/Receiving end does not exist|Could not establish connection/.test(String(e))) throw e;
          await serviceWorker
            .evaluate(
              ([id, file]) => chrome.scripting.executeScript({ target: { tabId: id as number }, files: [file as string] }),
              [tabId, CONTENT_SCRIPT_FILE] as const,
            )
            .catch(() => undefined);
          await new Promise((r) => setTimeout(r, 100));
        }
      }
    },
    corpusCount,
    tableCount,
    async waitForCorpus(n, timeoutMs = 30_000) {
      const until = Date.now() + timeoutMs;
      let count = 0;
      while (Date.now() < until) {
        count = await corpusCount();
        if (count >= n) return count;
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error(`The corpus holds ${count} articles after ${timeoutMs} ms, expected at least ${n}`);
    },
    async close() {
      await context.close().catch(() => {});
      await newsSite.close();
      if (!keepProfile) await rm(userDataDir, { recursive: true, force: true });
      if (grantedCopy) await rm(grantedCopy, { recursive: true, force: true });
    },
  };
  return harness;
}

/**
 * The usual suite set-up: one browser with the built extension for the whole file, the five seeds
 * in its corpus, closed at the end. `set` receives the harness once it is up.
 */
export function useSeededExtension(set: (ext: ExtensionHarness) => void): void {
  let ext: ExtensionHarness | undefined;
  beforeAll(async () => {
    ext = await launchExtension();
    set(ext);
    await ext.waitForCorpus(5);
  });
  afterAll(async () => {
    await ext?.close();
  });
}

/** What sticks out past the right edge of the page (tag, class, text), outermost elements only; the page's widths. */
export async function sideways(p: Page): Promise<{ client: number; scroll: number; out: string[] }> {
  return p.evaluate(() => {
    const w = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= w + 1) continue;
      if (el.parentElement && el.parentElement.getBoundingClientRect().right > w + 1) continue;
      // Inside a box that scrolls on its own (the article table) and fits: the reader scrolls that box, not the page.
      let clipped = false;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible' && a.getBoundingClientRect().right <= w + 1) clipped = true;
      }
      if (clipped) continue;
      out.push(`${el.tagName.toLowerCase()}.${el.className} right=${Math.round(r.right)} top=${Math.round(r.top + scrollY)}: ${(el.textContent ?? '').slice(0, 50)}`);
    }
    return { client: w, scroll: document.documentElement.scrollWidth, out };
  });
}

/** The options page at a desktop size, once its heading shows (the walks' first step). */
export async function openOptions(ext: ExtensionHarness): Promise<Page> {
  const opts = await ext.openExtensionPage('options.html');
  await opts.setViewportSize({ width: 1280, height: 900 });
  await opts.getByRole('heading', { level: 1 }).waitFor();
  return opts;
}

/** The report as the reader sees it: every section's text, in order (the warm-compare tests compare two panels'). */
export const reportText = (panel: Page): Promise<string> =>
  panel.$$eval('[data-section]', (els) => els.map((e) => `${e.getAttribute('data-section')}: ${(e as HTMLElement).innerText}`).join('\n\n'));

/** The side panel opened on seed 003's page (panel `query`, e.g. `{ compare: 'here' }`), once its report is drawn. */
export async function seedPanelWithReport(ext: ExtensionHarness, query: Record<string, string> = {}): Promise<{ page: Page; panel: Page }> {
  const { page, panel } = await ext.openSidePanelFor(ext.newsSite.url(SEED_003), { query });
  await panel.locator('[data-section="added"]').waitFor({ timeout: 60_000 });
  return { page, panel };
}

/**
 * Evaluates an expression in another target (the real side panel) through a non-flat CDP session of the browser
 * (`session`: `browser.newBrowserCDPSession()`); the value, or an error when the target throws or gives no reply in 10 s.
 */
export function targetEvaluator(session: CDPSession): (targetId: string, expression: string) => Promise<unknown> {
  let nextMessageId = 1;
  return async (targetId, expression) => {
    const { sessionId } = (await session.send('Target.attachToTarget', { targetId, flatten: false } as never)) as {
      sessionId: string;
    };
    const id = nextMessageId++;
    try {
      const reply = new Promise<unknown>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('No reply from the side panel')), 10_000);
        const onMessage = (event: { sessionId: string; message: string }) => {
          if (event.sessionId !== sessionId) return;
          const m = JSON.parse(event.message) as { id?: number; result?: { result?: { value?: unknown } }; error?: unknown };
          if (m.id !== id) return;
          clearTimeout(timer);
          session.off('Target.receivedMessageFromTarget' as never, onMessage as never);
          if (m.error) reject(new Error(JSON.stringify(m.error)));
          else resolve(m.result?.result?.value);
        };
        session.on('Target.receivedMessageFromTarget' as never, onMessage as never);
      });
      await session.send('Target.sendMessageToTarget' as never, {
        sessionId,
        message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, returnByValue: true } }),
      } as never);
      return await reply;
    } finally {
      await session.send('Target.detachFromTarget', { sessionId } as never).catch(() => undefined);
    }
  };
}
