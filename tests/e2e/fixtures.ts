/**
 * End-to-end harness: the BUILT extension (.output/chrome-mv3, made by `npm run build`, which
 * `npm run test:e2e` runs first) loaded into Debian's Chromium through playwright-core, plus the
 * local news site serving the seeds on 127.0.0.1.
 *
 *   const ext = await launchExtension();          // fresh profile, headless
 *   await ext.waitForCorpus(5);                   // the background imported the seeds
 *   const { page, panel, tabId } = await ext.openSidePanelFor(ext.newsSite.url('003_38879e5049cf1087'));
 *   ...
 *   expect(ext.external).toEqual([]);             // nothing left 127.0.0.1
 *   await ext.close();
 */
import { chromium } from 'playwright-core';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startNewsSite } from '../../scripts/news-site';
import type { NewsSite } from '../../scripts/news-site';
import type { ContentReplies, ContentRequest } from '../../lib/extension/protocol';

/** The extension APIs as seen inside the service worker (evaluated there, not in Node). */
declare const chrome: any;

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The built extension; PARALLAX_EXT_DIR points at a private copy (when other builds may rewrite .output). */
export const EXTENSION_DIR = process.env.PARALLAX_EXT_DIR || path.join(ROOT, '.output', 'chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The seed the checks use. */
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
    '--disable-domain-reliability',
    '--disable-client-side-phishing-detection',
    '--metrics-recording-only',
  ];
}

export interface LaunchOptions {
  headless?: boolean;
  extensionDir?: string;
  /** Abort and record every request that leaves 127.0.0.1 (default true). */
  blockExternal?: boolean;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number } | null;
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
  /** The tab id Chrome gives the page currently showing `url` (exact match, or same URL without hash). */
  tabIdOf(url: string): Promise<number>;
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
  const extensionDir = opts.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
  }
  const newsSite = await startNewsSite();
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'parallax-e2e-'));
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
    await rm(userDataDir, { recursive: true, force: true });
    throw e;
  }
  const external = opts.blockExternal === false ? [] : await blockExternalRequests(context);
  const serviceWorker = await findServiceWorker(context);
  const extensionId = new URL(serviceWorker.url()).host;
  const extensionUrl = (p: string) => `chrome-extension://${extensionId}/${p.replace(/^\//, '')}`;

  /**
   * Tab ids by URL. The extension has no "tabs" permission, so tabs.query hides URLs; the content
   * script's host access lets the worker ask each tab for its location instead. (A string, so that
   * no transpiler helper such as esbuild's __name ends up in code evaluated in the browser.)
   */
  const tabIdOf = async (url: string): Promise<number> => {
    const script = `(async (wanted) => {
      const strip = (u) => String(u).replace(/#.*$/, '');
      const tabs = await chrome.tabs.query({});
      for (const tab of tabs) {
        let href = tab.url;
        if (!href) {
          try {
            const [res] = await chrome.scripting.executeScript({ target: { tabId: tab.id }, func: () => location.href });
            href = res && res.result;
          } catch (e) { continue; }
        }
        if (href === wanted || strip(href) === strip(wanted)) return tab.id;
      }
      return null;
    })(${JSON.stringify(url)})`;
    for (let attempt = 0; attempt < 50; attempt++) {
      const id = (await serviceWorker.evaluate(script)) as number | null;
      if (id !== null) return id;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`No tab shows ${url}`);
  };

  const corpusCount = () =>
    serviceWorker.evaluate(async () => {
      const dbs = (await indexedDB.databases?.()) ?? [];
      if (!dbs.some((d) => d.name === 'parallax')) return 0;
      return new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('parallax');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('articles')) {
            db.close();
            resolve(0);
            return;
          }
          const req = db.transaction('articles', 'readonly').objectStore('articles').count();
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
    });

  const harness: ExtensionHarness = {
    context,
    extensionId,
    serviceWorker,
    newsSite,
    external,
    extensionUrl,
    tabIdOf,
    async openSidePanelFor(pageUrl, o = {}) {
      const page = await context.newPage();
      await page.goto(pageUrl, { waitUntil: 'load' });
      const tabId = await tabIdOf(page.url());
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
      // The content script runs at document_idle: right after a navigation it may not listen yet.
      for (let attempt = 0; ; attempt++) {
        try {
          return (await serviceWorker.evaluate(
            ([id, req]) => chrome.tabs.sendMessage(id as number, req),
            [tabId, request] as const,
          )) as never;
        } catch (e) {
          if (attempt >= 50 || !/Receiving end does not exist/.test(String(e))) throw e;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
    },
    corpusCount,
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
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
  return harness;
}
