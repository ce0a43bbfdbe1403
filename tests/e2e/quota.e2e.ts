/**
 * Issue 10, storage: "a write that hits the quota fails whole with a clear message and the corpus
 * stays as it was (test it with a small quota)", in real Chromium with the built extension.
 *
 * The extension origin's quota is shrunk with the DevTools protocol (Storage.overrideQuotaForOrigin)
 * to a little above what the corpus of seeds already uses, then a few large articles are imported
 * through the options page's file input. Each import must be refused with the storage-full message,
 * and the exported corpus must be the one from before. With the quota restored, the same files import.
 *
 * Measured in Chromium 156 (headless): the shipped manifest asks for `unlimitedStorage`, and for such
 * an origin Chromium never checks a write against the quota: with the override at usage + 64 KB
 * (navigator.storage.estimate() reports it), 3 × 2 MB IndexedDB writes all succeeded. So this test
 * loads a copy of the build without `unlimitedStorage` (LaunchOptions.withoutPermissions): the same
 * code path a reader reaches when the disk itself is full. Also measured: Chromium caches an open
 * database's free space for a while (writes right after the override still succeeded; 35 s later
 * they aborted with QuotaExceededError), so the test waits until a write to a scratch database in
 * the same origin is refused before it imports.
 */
import { readFile } from 'node:fs/promises';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionHarness } from './fixtures';

const FULL = 'The browser has no more storage for Parallax: nothing was written, the corpus is as it was.';
/** Files to import and the characters of article text in each (under MAX_ARTICLE_CHARS = 500,000). */
const FILES = 5;
const CHARS = 200_000;
/** Bytes of quota left above current usage: far less than one of the articles above takes. */
const HEADROOM = 64 * 1024;

let ext: ExtensionHarness;
let page: Page;
let cdp: CDPSession;
let origin: string;

const rowIds = (p: Page) => p.$$eval('tbody tr[data-id]', (trs) => trs.map((tr) => tr.getAttribute('data-id')!).sort());

async function waitForRows(p: Page, n: number) {
  await p.waitForFunction((k) => document.querySelectorAll('tbody tr[data-id]').length === k, n, { timeout: 30_000 });
}

async function exportCorpus(p: Page): Promise<string> {
  const [download] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: 'Export corpus' }).click()]);
  return readFile((await download.path())!, 'utf8');
}

const withoutExportedAt = (json: string) => json.replace(/"exportedAt": ?"[^"]*"/, '"exportedAt":""');

const estimate = (p: Page) => p.evaluate(async () => navigator.storage.estimate()).then((e) => ({ usage: e.usage ?? 0, quota: e.quota ?? 0 }));

/** A plain-text news article of about `chars` characters, different for each `seed` (own words, own hash). */
function bigArticle(seed: number, chars: number): string {
  let s = seed * 2654435761 + 1;
  const rand = () => ((s = (s * 1103515245 + 12345) >>> 0), s / 2 ** 32);
  const words = 'council harbour ferry bridge market budget school rail vote union mayor river station report residents project hospital library weather repairs'.split(' ');
  const verbs = 'said announced confirmed reported approved delayed opened closed reviewed planned'.split(' ');
  const paras: string[] = [];
  let len = 0;
  for (let p = 0; len < chars; p++) {
    const sentences: string[] = [];
    for (let k = 0; k < 5; k++) {
      const n = 10 + Math.floor(rand() * 12);
      const body = Array.from({ length: n }, () => words[Math.floor(rand() * words.length)]).join(' ');
      sentences.push(`The ${body} ${verbs[Math.floor(rand() * verbs.length)]} ${Math.floor(rand() * 100_000)} on day ${p}.`);
    }
    const para = sentences.join(' ');
    paras.push(para);
    len += para.length + 2;
  }
  return `Large report number ${seed} on the city budget\n\n${paras.join('\n\n')}\n`;
}

/** Writes ~256 KB to a scratch database of the page's origin (not the corpus); true when the browser refuses it for quota. */
const scratchWriteRefused = (p: Page) =>
  p.evaluate(async () => {
    const open = indexedDB.open('parallax-quota-probe', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('s');
    const db: IDBDatabase = await new Promise((res, rej) => ((open.onsuccess = () => res(open.result)), (open.onerror = () => rej(open.error))));
    const tx = db.transaction('s', 'readwrite');
    let s = '';
    while (s.length < 256 * 1024) s += Math.random().toString(36).slice(2);
    tx.objectStore('s').put(s, Date.now());
    const refused = await new Promise<boolean>((res) => ((tx.oncomplete = () => res(false)), (tx.onabort = () => res(tx.error?.name === 'QuotaExceededError'))));
    db.close();
    return refused;
  });

const files = Array.from({ length: FILES }, (_, k) => ({ name: `big-${k + 1}.txt`, mimeType: 'text/plain', buffer: Buffer.from(bigArticle(k + 1, CHARS)) }));

beforeAll(async () => {
  ext = await launchExtension({ withoutPermissions: ['unlimitedStorage'] });
  await ext.waitForCorpus(5);
  page = await ext.openExtensionPage('options.html');
  await waitForRows(page, 5);
  // Node's URL gives "null" as the origin of a chrome-extension: address; the protocol wants the real one.
  origin = `chrome-extension://${ext.extensionId}`;
  cdp = await page.context().newCDPSession(page);
});
afterAll(async () => {
  await cdp?.send('Storage.overrideQuotaForOrigin', { origin }).catch(() => {});
  await ext?.close();
});

describe('options page: a write that hits the storage quota', () => {
  it('refuses each large import with the storage-full message, and the corpus stays exactly as it was', async () => {
    const before = await exportCorpus(page);
    const ids = await rowIds(page);
    const { usage } = await estimate(page);
    expect(usage).toBeGreaterThan(0);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + HEADROOM });
    // Chromium takes a while to see the new quota in an open database's write path (see above).
    await expect.poll(() => scratchWriteRefused(page), { timeout: 90_000, interval: 2_000 }).toBe(true);

    await page.locator('#px-file-input').setInputFiles(files);
    const results = page.getByRole('list', { name: 'Import results' }).locator('li');
    await expect
      .poll(() => results.allTextContents(), { timeout: 90_000, interval: 500 })
      .toEqual(files.map((f) => expect.stringMatching(new RegExp(`^Skipped\\s*${f.name.replace('.', '\\.')}\\s*${FULL.replace(/[.:]/g, '\\$&')}`))));
    // The message is one the reader sees (not only in the DOM).
    await expect.poll(() => page.getByText(FULL).first().isVisible()).toBe(true);

    expect(await rowIds(page)).toEqual(ids);
    // A fresh page reads the same corpus from IndexedDB: nothing half-written.
    await page.reload();
    await waitForRows(page, ids.length);
    expect(await rowIds(page)).toEqual(ids);
    const after = await exportCorpus(page);
    expect(withoutExportedAt(after)).toBe(withoutExportedAt(before));
  });

  it('imports the same files once the quota is back', async () => {
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await expect.poll(() => scratchWriteRefused(page), { timeout: 90_000, interval: 2_000 }).toBe(false);
    await page.evaluate(() => new Promise((res) => (indexedDB.deleteDatabase('parallax-quota-probe').onsuccess = res)));
    const n = (await rowIds(page)).length;
    await page.locator('#px-file-input').setInputFiles(files);
    const results = page.getByRole('list', { name: 'Import results' }).locator('li');
    await expect
      .poll(() => results.allTextContents(), { timeout: 90_000, interval: 500 })
      .toEqual(files.map((f) => expect.stringMatching(new RegExp(`^Added\\s*${f.name.replace('.', '\\.')}`))));
    await waitForRows(page, n + FILES);
    expect(await rowIds(page)).toEqual(expect.arrayContaining(files.map((f) => f.name.replace(/\.txt$/, ''))));
  });
});
