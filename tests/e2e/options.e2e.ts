/**
 * The options page (corpus manager) of the built extension in real Chromium: lists the seeds the
 * background imported, imports files and a page by URL, edits, deletes with undo, exports and
 * re-imports the export, resets to the seeds, and passes an axe-core check in light and dark.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { launchExtension, ROOT, SEED_003, type ExtensionHarness } from './fixtures';
import { SEED_IDS } from '../data/engine/fixtures';

declare const chrome: any;

const SEEDS = [...SEED_IDS];

const STRIKE_MD = `---
title: Harbour strike ends after three weeks
date: 2024-03-01
link: https://dailyport.example/news/strike-ends
---

The harbour strike ended on Friday after three weeks of stoppages at the northern terminal.

Dockworkers accepted the new offer in a vote on Thursday evening, the union said in a statement.

Ships began unloading again on Saturday morning, according to the port authority.
`;
const FERRY_TXT = `Island ferry timetable changes from Monday

The island ferry will run every two hours from Monday, the operator announced on its website.

Passengers should book ahead during the summer season, when demand is highest, the operator added.
`;

let ext: ExtensionHarness;
let page: Page;

const rowIds = (p: Page) => p.$$eval('tbody tr[data-id]', (trs) => trs.map((tr) => tr.getAttribute('data-id')!).sort());
const row = (p: Page, id: string) => p.locator(`tbody tr[data-id="${id}"]`);

async function waitForRows(p: Page, n: number) {
  await p.waitForFunction((k) => document.querySelectorAll('tbody tr[data-id]').length === k, n, { timeout: 60_000 });
}

async function seriousViolations(p: Page) {
  const res = await new AxeBuilder({ page: p }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return res.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

async function exportCorpus(p: Page): Promise<{ json: string; bundle: { articles: Array<{ id: string }> } }> {
  const [download] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: 'Export corpus' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^parallax-corpus-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  const json = await readFile(file!, 'utf8');
  return { json, bundle: JSON.parse(json) };
}

const withoutExportedAt = (json: string) => json.replace(/"exportedAt": ?"[^"]*"/, '"exportedAt":""');

beforeAll(async () => {
  // Import by URL and feeds ask for the site's access; headless Chromium cannot answer that prompt, so
  // the news site's origin is granted as the reader's "Allow" would (see LaunchOptions.grantedOrigins).
  ext = await launchExtension({ grantedOrigins: ['http://127.0.0.1/*'] });
  await ext.waitForCorpus(5);
  page = await ext.openExtensionPage('options.html');
});
afterAll(async () => {
  await ext?.close();
});

describe('options page: the corpus manager', () => {
  it('lists the five seeds the background imported, with outlet, date and URL', async () => {
    await waitForRows(page, 5);
    expect(await rowIds(page)).toEqual(SEEDS);
    const fox = row(page, SEED_003);
    await expect.poll(() => fox.locator('td').nth(0).textContent()).toBe('Fox News');
    expect(await fox.locator('time').getAttribute('datetime')).toBe('2025-12-23');
    expect(await fox.locator('a').getAttribute('href')).toContain('foxnews.com');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Corpus');
  });

  it('has no serious or critical accessibility violations; screenshot for the README', async () => {
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(ROOT, 'docs/screenshots/options.png'), fullPage: true });
  });

  it('searches, filters by outlet and sorts', async () => {
    await page.getByLabel('Search').fill('fox');
    await expect.poll(() => rowIds(page)).toEqual([SEED_003]);
    await page.getByLabel('Search').fill('');
    await page.getByLabel('Outlet', { exact: true }).selectOption('Fox News');
    await expect.poll(() => rowIds(page)).toEqual([SEED_003]);
    await page.getByLabel('Outlet', { exact: true }).selectOption('');
    await page.getByRole('button', { name: /^Title/ }).click();
    expect(await page.locator('th[aria-sort]').textContent()).toMatch(/^Title/);
    expect(await page.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('ascending');
    const titles = await page.$$eval('tbody tr[data-id] .px-title-text', (els) => els.map((e) => e.textContent ?? ''));
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  });

  it('imports two files with a progress bar and a result line each', async () => {
    await page.locator('#px-file-input').setInputFiles([
      { name: 'strike.md', mimeType: 'text/markdown', buffer: Buffer.from(STRIKE_MD) },
      { name: 'ferry.txt', mimeType: 'text/plain', buffer: Buffer.from(FERRY_TXT) },
    ]);
    await waitForRows(page, 7);
    const results = page.getByRole('list', { name: 'Import results' }).locator('li');
    await expect.poll(() => results.allTextContents()).toEqual([expect.stringMatching(/^Added\s*strike\.md/), expect.stringMatching(/^Added\s*ferry\.txt/)]);
    expect(await page.locator('#px-import-progress').getAttribute('value')).toBe('2');
    expect(await row(page, 'strike').locator('a').getAttribute('href')).toContain('dailyport.example/news/strike-ends');
    expect(await row(page, 'strike').locator('time').getAttribute('datetime')).toBe('2024-03-01');
    expect(await row(page, 'ferry').locator('td').nth(0).textContent()).toBe('Unknown outlet');
    // perf44: when the import ends, the page derives the articles' story vectors ahead of any compare (all 7 here).
    await expect.poll(() => ext.tableCount('vectors'), { timeout: 60_000 }).toBe(7);
    // The same file again is recognised.
    await page.locator('#px-file-input').setInputFiles([{ name: 'strike-copy.md', mimeType: 'text/markdown', buffer: Buffer.from(STRIKE_MD) }]);
    await expect.poll(() => results.allTextContents()).toEqual([expect.stringMatching(/^Unchanged\s*strike-copy\.md\s*unchanged: same address as strike/)]);
    await waitForRows(page, 7);
  });

  it('edits an outlet in place', async () => {
    await row(page, 'ferry').getByRole('button', { name: /^Edit/ }).click();
    const form = page.getByRole('form', { name: /^Edit/ });
    await form.getByLabel('Outlet').fill('Island Gazette');
    await form.getByLabel('Date').fill('2024-03-04');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => row(page, 'ferry').locator('td').nth(0).textContent()).toBe('Island Gazette');
    expect(await row(page, 'ferry').locator('time').getAttribute('datetime')).toBe('2024-03-04');
    // Focus returns to the row's Edit button.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Edit');
    // A bad date is refused with a message, nothing saved.
    await row(page, 'ferry').getByRole('button', { name: /^Edit/ }).click();
    await page.getByRole('form', { name: /^Edit/ }).getByLabel('Date').fill('last week');
    await page.getByRole('form', { name: /^Edit/ }).getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/not a date/);
    // The keyboard stays in the form after the refusal (a browser may drop the focus of the button
    // disabled while saving to the page), so Escape still closes it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('form')?.getAttribute('aria-label') ?? null)).toMatch(/^Edit/);
    await page.keyboard.press('Escape');
    expect(await row(page, 'ferry').locator('time').getAttribute('datetime')).toBe('2024-03-04');
  });

  it('deletes with undo', async () => {
    await row(page, 'strike').getByRole('button', { name: /^Delete/ }).click();
    await waitForRows(page, 6);
    expect(await rowIds(page)).not.toContain('strike');
    const undo = page.getByRole('button', { name: 'Undo' });
    expect(await page.locator('.px-toast-text').textContent()).toMatch(/^Moved “Harbour strike ends.*” to the trash\./);
    await undo.click();
    await waitForRows(page, 7);
    expect(await rowIds(page)).toContain('strike');
    await expect.poll(() => page.getByRole('list', { name: 'Deleted articles' }).count()).toBe(0);
  });

  it('keeps a deleted article in the trash across a reload, and restores it from there', async () => {
    const before = await exportCorpus(page);
    await row(page, 'strike').getByRole('button', { name: /^Delete/ }).click();
    await waitForRows(page, 6);
    await page.reload();
    await waitForRows(page, 6);
    // No toast after a reload: the trash is where the undo lives now.
    const trash = page.getByRole('list', { name: 'Deleted articles' }).locator('li');
    await expect.poll(() => trash.allTextContents()).toEqual([expect.stringMatching(/^Harbour strike ends after three weeks/)]);
    await page.getByRole('button', { name: 'Restore “Harbour strike ends after three weeks”' }).click();
    await waitForRows(page, 7);
    await expect.poll(() => page.getByRole('list', { name: 'Deleted articles' }).count()).toBe(0);
    expect(await page.getByText('The trash is empty.').count()).toBe(1);
    const after = await exportCorpus(page);
    expect(withoutExportedAt(after.json)).toBe(withoutExportedAt(before.json));
  });

  it('reads a file that is not valid UTF-8 by the same rule as the CLI (Windows-1252, with a warning)', async () => {
    const text = 'Old editor file about the bridge\n\nThe bridge reopened on Monday, the council said, calling it \u0093a relief\u0094 for commuters.\n\nRepairs took four months.\n';
    const bytes = Buffer.from([...text].map((ch) => (ch === '\u0093' ? 0x93 : ch === '\u0094' ? 0x94 : ch.charCodeAt(0))));
    await page.locator('#px-file-input').setInputFiles([{ name: 'cp1252.txt', mimeType: 'text/plain', buffer: bytes }]);
    await waitForRows(page, 8);
    const stored = await page.evaluate(async () => {
      const open = indexedDB.open('parallax');
      const db: IDBDatabase = await new Promise((res) => (open.onsuccess = () => res(open.result)));
      const get = db.transaction('articles').objectStore('articles').get('cp1252');
      return new Promise<{ text: string; warnings: string[] }>((res) => (get.onsuccess = () => res(get.result)));
    });
    expect(stored.text).toContain('“a relief”');
    expect(stored.warnings[0]).toBe('file is not valid UTF-8; read as Windows-1252');
    await row(page, 'cp1252').getByRole('button', { name: /^Delete/ }).click();
    await waitForRows(page, 7);
    await page.getByRole('button', { name: 'Dismiss message' }).click();
  });

  it('refuses hostile files with a reason each, and the corpus is unchanged', async () => {
    const before = await rowIds(page);
    await page.locator('#px-file-input').setInputFiles([
      { name: 'deep.html', mimeType: 'text/html', buffer: Buffer.from('<div>'.repeat(100_000) + 'text' + '</div>'.repeat(100_000)) },
      { name: 'big.txt', mimeType: 'text/plain', buffer: Buffer.alloc(6 * 1024 * 1024, 0x61) },
      { name: 'keys.md', mimeType: 'text/markdown', buffer: Buffer.from(`---\n${Array.from({ length: 200_000 }, (_, k) => `k${k}: ${k}`).join('\n')}\n---\n\nBody.\n`) },
    ]);
    const results = page.getByRole('list', { name: 'Import results' }).locator('li');
    // (No time bound here: timings are the benchmarks'. The poll's generous limit only catches a hang.)
    await expect.poll(() => results.allTextContents(), { timeout: 90_000 }).toEqual([
      expect.stringMatching(/^Skipped\s*deep\.html\s*the HTML is nested more than 512 elements deep/),
      expect.stringMatching(/^Skipped\s*big\.txt\s*the file is 6 MB; the limit is 5 MB per file/),
      expect.stringMatching(/^Skipped\s*keys\.md\s*the front matter is 2\.8 MB; the limit is 64 KB/),
    ]);
    expect(await rowIds(page)).toEqual(before);
    // Files were read off the page's thread, in the ingestion worker (an import's story keys are
    // computed in another instance of it, lib/store/key-worker.ts, stopped when imports pause).
    const workers = page.workers().map((w) => w.url());
    expect(workers.length).toBeGreaterThan(0);
    expect(workers.every((u) => /\/ingest-worker\.js$/.test(u))).toBe(true);
  });

  it('adds a page by its URL', async () => {
    await page.getByLabel('Add a web page by its address').fill(ext.newsSite.url('001_c9b1ae6c24b4ec71'));
    await page.getByRole('button', { name: 'Add page' }).click();
    const results = page.getByRole('list', { name: 'Import results' }).locator('li');
    await expect.poll(() => results.allTextContents(), { timeout: 60_000 }).toEqual([expect.stringMatching(/^(Added|Updated|Unchanged)/)]);
  });

  it('imports a file dropped on the drop zone', async () => {
    const before = (await rowIds(page)).length;
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped-note.txt', { type: 'text/plain' }));
      const zone = document.querySelector('.px-drop')!;
      zone.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, 'Library extends opening hours\n\nThe central library will open until nine in the evening on weekdays from April, the council said on Monday.\n\nThe change follows a survey of more than two thousand residents.\n');
    await waitForRows(page, before + 1);
    const results = page.getByRole('list', { name: 'Import results' }).locator('li');
    await expect.poll(() => results.allTextContents()).toEqual([expect.stringMatching(/^Added\s*dropped-note\.txt/)]);
    expect(page.url()).toMatch(/options\.html$/);
  });

  it('subscribes to a feed, imports its items, and sets a refresh schedule', async () => {
    const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Test Gazette</title><link>${ext.newsSite.origin}/</link>
<item><title>Bridge reopens after repairs</title><link>${ext.newsSite.origin}/news/bridge</link>
<pubDate>Tue, 05 Mar 2024 07:00:00 GMT</pubDate><content:encoded><![CDATA[<p>The river bridge reopened on Tuesday after six months of repairs.</p>
<p>Traffic was light in the morning, the city's transport office said.</p>]]></content:encoded></item></channel></rss>`;
    let body = rss;
    // A server of the test's own, not context.route: the alarm's refresh runs in the offscreen document
    // (sw70), whose requests Playwright's routing does not see. (127.0.0.1 is granted, whatever the port.)
    const server = createServer((_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(body));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    onTestFinished(() => (server.closeAllConnections(), void server.close()));
    const feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/parallax-test-feed.xml`;
    const before = (await rowIds(page)).length;
    await page.getByLabel('RSS or Atom feed address').fill(feedUrl);
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await expect.poll(() => page.locator('.px-note').textContent(), { timeout: 60_000 }).toMatch(/Subscribed\. Test Gazette: 1 added/);
    await waitForRows(page, before + 1);
    expect(await page.getByRole('list', { name: 'Subscribed feeds' }).textContent()).toContain('Test Gazette');
    await page.getByLabel('Refresh feeds automatically').selectOption('60');
    await expect.poll(() => ext.serviceWorker.evaluate(() => chrome.alarms.get('parallax:refresh-feeds').then((a: any) => a?.periodInMinutes ?? null))).toBe(60);
    // The alarm wakes the background, which refreshes the feed; the open table follows live.
    body = rss.replace(
      '</channel>',
      `<item><title>Market hall gets a new roof</title><link>${ext.newsSite.origin}/news/market</link>
<description>&lt;p&gt;Work on the market hall roof starts in May and lasts ten weeks, the council said.&lt;/p&gt;</description></item></channel>`,
    );
    await ext.serviceWorker.evaluate(() => chrome.alarms.onAlarm.dispatch({ name: 'parallax:refresh-feeds', scheduledTime: Date.now() }));
    await waitForRows(page, before + 2);
    expect(await page.locator('.px-title-text').allTextContents()).toContain('Market hall gets a new roof');
    await page.getByRole('button', { name: 'Unsubscribe from Test Gazette' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Subscribed feeds' }).count()).toBe(0);
    await expect.poll(() => ext.serviceWorker.evaluate(() => chrome.alarms.get('parallax:refresh-feeds').then((a: any) => a ?? null))).toBeNull();
  });

  it('exports the corpus, and importing the export gives the same corpus', async () => {
    const first = await exportCorpus(page);
    const ids = await rowIds(page);
    expect(first.bundle.articles.map((a) => a.id).sort()).toEqual(ids);
    // Change the corpus, then import the export: the deleted article comes back, nothing else changes.
    await row(page, 'ferry').getByRole('button', { name: /^Delete/ }).click();
    await waitForRows(page, ids.length - 1);
    await page.getByRole('button', { name: 'Dismiss message' }).click();
    await page.locator('#px-file-input').setInputFiles([{ name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(first.json) }]);
    await waitForRows(page, ids.length);
    const again = await exportCorpus(page);
    expect(withoutExportedAt(again.json)).toBe(withoutExportedAt(first.json));
  });

  it('resets to the seeds after confirmation', async () => {
    await page.getByRole('button', { name: 'Reset to seeds…' }).click();
    await page.getByRole('button', { name: 'Replace with seeds' }).click();
    await waitForRows(page, 5);
    expect(await rowIds(page)).toEqual(SEEDS);
  });

  it('reads well in dark mode too (axe)', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
  });
});
