/**
 * Quote tracing end to end in Chromium (issue 5): on seed 003's page the reader selects
 * "The only condition is straightforward: it must be everyone.", the "Trace quote" context-menu
 * click is fired in the service worker (chrome.contextMenus.onClicked.dispatch runs the real
 * listener), and the sidebar lists the wordings of 000, 001, 002 and 004 with Bukele as speaker,
 * the embedded post as origin, and passes an accessibility check.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { mkdir, readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { ROOT, SEED_003, useSeededExtension } from './fixtures';
import { startNewsSite } from '../../scripts/news-site';
import { ingestFile } from '../../lib/ingest';
import type { ExtensionHarness } from './fixtures';

const QUOTE = 'The only condition is straightforward: it must be everyone.';
const MENU_ID = 'parallax-trace-quote';

let ext: ExtensionHarness;

useSeededExtension((h) => (ext = h));

/** Selects `text` in the page the way a reader would (a DOM selection over the text node). */
async function select(page: Page, text: string): Promise<string> {
  return page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n.nodeValue ?? '').indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + wanted.length);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return sel.toString();
    }
    throw new Error(`"${wanted}" is not in the page`);
  }, text);
}

/** Fires "Trace quote" for `selectionText` in tab `tabId` the way Chrome delivers the click, and opens the panel. */
async function traceFromMenu(tabId: number, selectionText: string, url: string): Promise<Page> {
  await ext.serviceWorker.evaluate(
    `chrome.tabs.get(${tabId}).then((tab) => chrome.contextMenus.onClicked.dispatch(${JSON.stringify({
      menuItemId: MENU_ID,
      selectionText,
      pageUrl: url,
      editable: false,
    })}, tab))`,
  );
  const panel = await ext.context.newPage();
  await panel.setViewportSize({ width: 400, height: 1000 });
  await panel.goto(ext.extensionUrl(`sidepanel.html?tabId=${tabId}`));
  return panel;
}

describe('Trace quote from the context menu', () => {
  it('lists the wordings of 000, 001, 002 and 004 with Bukele as speaker', async () => {
    const page = await ext.context.newPage();
    const url = ext.newsSite.url(SEED_003);
    await page.goto(url, { waitUntil: 'load' });
    await page.bringToFront();
    const tabId = await ext.tabIdOf(url);
    const selectionText = await select(page, QUOTE);
    expect(selectionText).toBe(QUOTE);

    // The click on "Trace quote", as Chrome would deliver it to the background's listener; the
    // sidebar (opened for that tab) picks the request up and shows the trace.
    const panel = await traceFromMenu(tabId, selectionText, url);
    const view = panel.locator('.px-trace-view');
    await view.locator('.px-tr-occ').first().waitFor({ timeout: 90_000 });

    expect((await view.locator('.px-tr-selection').textContent())?.trim()).toBe(QUOTE);
    expect((await view.locator('[data-field="speaker"]').textContent())?.trim()).toBe('Nayib Bukele');

    const occurrences = await view.locator('.px-tr-occ').evaluateAll((els) =>
      els.map((el) => ({ id: (el as HTMLElement).dataset.id ?? '', text: el.querySelector('blockquote')?.textContent ?? '' })),
    );
    const byPrefix = (p: string) => occurrences.find((o) => o.id.startsWith(p))?.text;
    expect(byPrefix('000_')).toBe('The only condition is straightforward: it must be everyone.');
    expect(byPrefix('001_')).toBe('The only requirement is that it must be everyone.');
    expect(byPrefix('002_')).toBe('The only condition is simple: they must be all of them');
    expect(byPrefix('004_')).toBe('The only condition is clear: it must be everyone');

    // Word changes are marked in words, not colour alone.
    const item004 = view.locator('.px-tr-occ[data-id^="004_"]');
    expect((await item004.locator('del').first().textContent())?.trim()).toBe('[removed: straightforward]');
    expect((await item004.locator('ins').first().textContent())?.trim()).toBe('[added: clear]');

    // Origin: the post 002 embeds, with its own words.
    expect(await view.locator('.px-tr-primary blockquote').textContent()).toContain('We stand ready to release our entire prison population');

    const results = await new AxeBuilder({ page: panel }).include('.px-trace-view').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
    expect(serious).toEqual([]);

    await panel.getByRole('button', { name: /Back to comparison/ }).click();
    await panel.locator('[data-section]').first().waitFor({ timeout: 60_000 });
    expect(ext.external).toEqual([]);
  });
});

/**
 * A real story (tests/data/engine/doobie: three outlets on the Doobie Brothers' 2020 tour, bodies
 * from the Zyte benchmark, MIT): Cleveland.com and Billboard are imported through the corpus
 * manager, Rolling Stone's article is served as a news page, and the reader traces the band's
 * statement, which Billboard quotes in two parts.
 */
describe('Trace quote on a real story told by three outlets', () => {
  it('finds the statement in the other outlet, names the singer who said it, and saves a screenshot', async () => {
    const DIR = path.join(ROOT, 'tests', 'data', 'engine', 'doobie');
    const files = (await readdir(DIR)).filter((n) => n.endsWith('.md')).sort();
    const read = await Promise.all(files.map(async (name) => ({ name, content: await readFile(path.join(DIR, name), 'utf8') })));
    const stone = read.find((f) => f.name.startsWith('d3_'))!;
    const article = ingestFile(stone).articles[0]!;
    const site = await startNewsSite({ articles: [article] });
    try {
      const before = await ext.corpusCount();
      const options = await ext.openExtensionPage('options.html');
      await options.locator('#px-file-input').setInputFiles(
        read.filter((f) => f !== stone).map((f) => ({ name: f.name, mimeType: 'text/markdown', buffer: Buffer.from(f.content) })),
      );
      await ext.waitForCorpus(before + 2);
      await options.close();

      const page = await ext.context.newPage();
      const url = site.url(article.id);
      await page.goto(url, { waitUntil: 'load' });
      await page.bringToFront();
      const tabId = await ext.tabIdOf(url);
      const selectionText = await select(page, 'truly excited about our 50th Anniversary Tour');
      const panel = await traceFromMenu(tabId, selectionText, url);
      const view = panel.locator('.px-trace-view');
      await view.locator('.px-tr-occ').first().waitFor({ timeout: 90_000 });

      expect((await view.locator('[data-field="speaker"]').textContent())?.trim()).toBe('Tom Johnston');
      const text = await view.innerText();
      expect(text).toContain('Billboard');
      await mkdir(path.join(ROOT, 'docs', 'screenshots'), { recursive: true });
      await panel.emulateMedia({ colorScheme: 'light' });
      await panel.screenshot({ path: path.join(ROOT, 'docs', 'screenshots', 'trace-real.png'), fullPage: true });
      expect(ext.external).toEqual([]);
    } finally {
      await site.close();
    }
  });
});
