/**
 * Issue 10's injection, spoofing and least-privilege cases, in the built extension in Chromium:
 * - a `javascript:` address in an imported record is not a link in the corpus table, and a title
 *   holding a right-to-left override displays in its real order;
 * - a page learns nothing of the extension from its content script (no message, no event, no id in
 *   the DOM) and cannot stop it with the events WXT's content-script context listens to;
 * - no site access at install; the toolbar button (the browser's real action click, through the
 *   DevTools protocol) opens the panel and lets it read the page; on a tab it was not given the
 *   panel says what to do, and the button there makes it read that tab too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, SEED_003, useSeededExtension } from './fixtures';
import type { ExtensionHarness } from './fixtures';
import { ingestFile } from '../../lib/ingest';

declare const chrome: any;

const SEED_000 = '000_14712938aead5b0e';
const RLO = '\u202E';
const PDF = '\u202C';

let ext: ExtensionHarness;

useSeededExtension((h) => (ext = h));

const BODY =
  'The harbor authority approved the new ferry schedule on Tuesday after a long public hearing.\n\n' +
  'Residents asked for more evening crossings, and the authority agreed to add two of them.\n\n' +
  'The changes take effect next month, officials said.';

describe('links and text in the corpus manager', () => {
  it('shows a javascript: address as text, never as a link, and a reversed title in its real order', async () => {
    const page = await ext.openExtensionPage('options.html');
    // Two records as an export bundle carries them (full articles, built by the same ingestion).
    const records = ingestFile({
      name: 'records.json',
      content: JSON.stringify([
        { id: 'sec-js', title: 'Ferry schedule approved', outlet: 'Harbor Daily', text: BODY, url: 'javascript:alert(document.domain)' },
        {
          id: 'sec-rlo',
          title: `Mayor ${RLO}live${PDF} plan for the harbor`,
          outlet: `Harbor${'\u200B'} Times`,
          text: BODY.replace('Tuesday', 'Wednesday').replace('two of them', 'three of them'),
          url: 'https://harbor.example/ferry',
        },
      ]),
    } as never).articles;
    expect(records).toHaveLength(2);
    const bundle = { format: 'parallax-corpus', version: 1, exportedAt: new Date().toISOString(), articles: records };
    await page.locator('#px-file-input').setInputFiles([
      { name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bundle)) },
    ]);
    const rlo = page.locator('tr', { hasText: 'plan for the harbor' });
    await rlo.first().waitFor({ timeout: 30_000 }).catch(async (e) => {
      throw new Error(`${e}\nImport results: ${await page.getByRole('list', { name: 'Import results' }).innerText().catch(() => '(none)')}`);
    });

    // No link anywhere in the table points anywhere but http(s).
    const hrefs = await page.locator('table a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
    const js = page.locator('tr', { hasText: 'Ferry schedule approved' });
    if ((await js.count()) > 0) {
      // The record was kept (the importer may also drop such an address): its address is not a link.
      expect(await js.first().locator('a').count()).toBe(0);
    }

    // The override is gone from what is shown, and the word displays left to right as "live":
    // the "l" stands left of the "e" on screen (with the override it would read "evil").
    const title = rlo.first().locator('.px-title-text');
    expect(await title.innerText()).toBe('Mayor live plan for the harbor');
    expect(await title.locator('bdi').count()).toBe(1);
    const order = await title.evaluate((el) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const node = walker.nextNode() as Text;
      const at = (node.textContent ?? '').indexOf('live');
      const x = (k: number) => {
        const r = document.createRange();
        r.setStart(node, at + k);
        r.setEnd(node, at + k + 1);
        return r.getBoundingClientRect().left;
      };
      return { l: x(0), e: x(3) };
    });
    expect(order.l).toBeLessThan(order.e);
    expect(await rlo.first().innerText()).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B-\u200D\uFEFF]/u);
    await page.close();
  });
});

/** Records, in the page's own world, everything a page could use to notice the extension. */
async function watchFromPage(page: Page, extensionId: string): Promise<void> {
  await page.addInitScript((id: string) => {
    const seen: string[] = [];
    (window as unknown as { __seen: string[] }).__seen = seen;
    window.addEventListener('message', (e) => seen.push(`message ${JSON.stringify(e.data)}`));
    for (const entry of ['content', 'content-script']) {
      document.addEventListener(`${id}:${entry}:wxt:content-script-started`, () => seen.push(`event ${entry}`));
    }
  }, extensionId);
}

describe('the content script as a page sees it', () => {
  it('tells the page nothing, and the page cannot switch it off', async () => {
    const page = await ext.context.newPage();
    await watchFromPage(page, ext.extensionId);
    await page.goto(ext.newsSite.url(SEED_003), { waitUntil: 'load' });
    const tabId = await ext.clickToolbarButton(page);
    // First request: the panel's path injects the content script on demand.
    expect(await ext.sendToTab(tabId, { type: 'parallax:get-selection' })).toMatchObject({ ok: true });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toContain(ext.extensionId);

    // The page tries what disabled WXT's content script: its start event under both names, the
    // matching window message, and clobbering a global of the same name in its own world.
    await page.evaluate((id) => {
      for (const entry of ['content', 'content-script']) {
        const type = `${id}:${entry}:wxt:content-script-started`;
        document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: entry, messageId: 'page' } }));
        window.postMessage({ type, contentScriptName: entry, messageId: 'page' }, '*');
      }
      (window as unknown as Record<string, unknown>).__parallaxContentScript = 'page';
    }, ext.extensionId);
    await page.waitForTimeout(1500);

    // Straight to the tab, with no re-injection: the same copy still answers.
    const reply = await ext.serviceWorker.evaluate(
      (id) => chrome.tabs.sendMessage(id, { type: 'parallax:extract' }),
      tabId,
    );
    expect(reply).toMatchObject({ ok: true, value: { title: ext.newsSite.articles.find((a) => a.id === SEED_003)!.title } });
    await page.close();
  });
});

describe('least privilege: reading a page after the toolbar button', () => {
  it('has no site access before a click', async () => {
    expect(await ext.serviceWorker.evaluate(() => chrome.permissions.getAll())).toMatchObject({ origins: [] });
    const page = await ext.context.newPage();
    await page.goto(ext.newsSite.url(SEED_003), { waitUntil: 'load' });
    await page.bringToFront();
    const denied = await ext.serviceWorker.evaluate(async () => {
      const tabs = await chrome.tabs.query({});
      const out: string[] = [];
      for (const t of tabs) {
        try {
          await chrome.scripting.executeScript({ target: { tabId: t.id }, func: () => location.href });
          out.push('read');
        } catch (e) {
          out.push(String((e as Error).message));
        }
      }
      return out;
    });
    expect(denied.filter((d) => d === 'read')).toEqual([]);
    await page.close();
  });

  it('opens the panel on the page and compares it; on a tab it was not given it says what to do, and the button there reads it', async () => {
    const first = await ext.context.newPage();
    await first.goto(ext.newsSite.url(SEED_003), { waitUntil: 'load' });
    await ext.clickToolbarButton(first, { keepPanel: true });
    const title003 = ext.newsSite.articles.find((a) => a.id === SEED_003)!.title;
    await expect
      .poll(async () => (await ext.sidePanelText()) ?? '', { timeout: 90_000, interval: 500 })
      .toMatch(/Others added/);
    expect(await ext.sidePanelText()).toContain(title003);

    // Another tab, no click: the panel follows it but may not read it, and says so.
    const second = await ext.context.newPage();
    await second.goto(ext.newsSite.url(SEED_000), { waitUntil: 'load' });
    await second.bringToFront();
    // The panel may try the new tab more than once while it loads (a blank tab, then the page): the
    // message is read once it has settled, not at its first appearance.
    let message = '';
    await expect
      .poll(async () => (message = (await ext.sidePanelText()) ?? ''), { timeout: 30_000, interval: 500 })
      .toMatch(/Parallax cannot read this page\.[\s\S]*click the Parallax button in the toolbar|click the Parallax button in the toolbar[\s\S]*Parallax cannot read this page\./);
    expect(message).toMatch(/click the Parallax button in the toolbar/);
    expect(message).toContain('Let the panel follow every tab without a click.');

    // The reader presses the button on that tab: the open panel reads it now.
    await ext.clickToolbarButton(second, { keepPanel: true });
    const title000 = ext.newsSite.articles.find((a) => a.id === SEED_000)!.title;
    await expect
      .poll(async () => (await ext.sidePanelText()) ?? '', { timeout: 90_000, interval: 500 })
      .toContain(title000);
    await ext.serviceWorker.evaluate(async () => {
      for (const w of await chrome.windows.getAll()) await chrome.sidePanel.close({ windowId: w.id }).catch(() => {});
    });
    await first.close();
    await second.close();
  });

  it('offers the opt-in, with its reason, in the corpus manager', async () => {
    const page = await ext.openExtensionPage('options.html');
    const card = page.locator('[data-card="site-access"]');
    await card.waitFor({ timeout: 30_000 });
    await card.getByRole('button', { name: 'Let the panel follow every tab without a click.' }).waitFor();
    expect(await card.innerText()).toMatch(/reads a page only when you open it there/);
    await page.close();
  });

  it('sent no request beyond 127.0.0.1', () => {
    expect(ext.external).toEqual([]);
  });
});

describe('after the reader allows every site', () => {
  // The browser's permission prompt cannot be answered in headless Chromium: this browser runs a
  // copy of the build with the access the reader's "Allow" leaves (for the local news site).
  let allowed: ExtensionHarness;
  beforeAll(async () => {
    allowed = await launchExtension({ grantedOrigins: ['http://127.0.0.1/*'] });
    await allowed.waitForCorpus(5);
  });
  afterAll(async () => {
    await allowed?.close();
  });

  it('the open panel follows the reader to another tab and reads it without a click', async () => {
    const first = await allowed.context.newPage();
    await first.goto(allowed.newsSite.url(SEED_003), { waitUntil: 'load' });
    await allowed.clickToolbarButton(first, { keepPanel: true });
    await expect
      .poll(async () => (await allowed.sidePanelText()) ?? '', { timeout: 90_000, interval: 500 })
      .toMatch(/Others added/);

    const second = await allowed.context.newPage();
    await second.goto(allowed.newsSite.url(SEED_000), { waitUntil: 'load' });
    await second.bringToFront();
    const title000 = allowed.newsSite.articles.find((a) => a.id === SEED_000)!.title;
    await expect
      .poll(async () => (await allowed.sidePanelText()) ?? '', { timeout: 90_000, interval: 500 })
      .toContain(title000);
    expect(await allowed.sidePanelText()).not.toContain('Parallax cannot read this page.');
  });
});
