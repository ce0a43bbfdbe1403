/**
 * The comparison sidebar in real Chromium, on the seeds served as news pages on 127.0.0.1:
 * what it shows for seed 003, clicks that reach into the page, highlights, a page that is not an
 * article, no request leaving 127.0.0.1, an accessibility check, and the README's screenshots.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { mkdir, readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { ROOT, SEED_003, useSeededExtension } from './fixtures';
import type { ExtensionHarness } from './fixtures';
import { PENDING_TRACE_KEY } from '../../lib/extension/protocol';
import { startNewsSite, type NewsSite } from '../../scripts/news-site';
import { ingestFile } from '../../lib/ingest';

const SEED_000 = '000_14712938aead5b0e';
/** The content script's marks (lib/extension/anchoring.ts MARK_TAG). */
const SHOTS = path.join(ROOT, 'docs', 'screenshots');
/** A side panel is about this wide. */
const PANEL_VIEWPORT = { width: 400, height: 1000 };

let ext: ExtensionHarness;

useSeededExtension((h) => (ext = h));

const section = (panel: Page, name: string): Locator => panel.locator(`[data-section="${name}"]`);

/** Opens the whole list of a ranked section (its "Show all N" button), when it has more than 5 cards. */
async function showAll(panel: Page, name: string): Promise<void> {
  const more = section(panel, name).getByRole('button', { name: /^Show all \d+$/ });
  if ((await more.count()) > 0) await more.click();
}

/**
 * Opens `url` in a tab and the side panel page for that tab (sidepanel.html?tabId=N) in another.
 * The tab is found as the active tab right after opening it (the extension has no "tabs"
 * permission, so tab URLs are hidden from it).
 */
async function openPanelFor(url: string): Promise<{ page: Page; panel: Page; tabId: number }> {
  const page = await ext.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  // The reader's click on the toolbar button: gives Parallax this tab (activeTab).
  const tabId = await ext.clickToolbarButton(page);
  const reply = await ext.sendToTab(tabId, { type: 'parallax:get-selection' });
  if (!reply?.ok) throw new Error(`Tab ${tabId} has no Parallax content script: ${JSON.stringify(reply)}`);
  const panel = await ext.context.newPage();
  await panel.setViewportSize(PANEL_VIEWPORT);
  await panel.goto(ext.extensionUrl(`sidepanel.html?tabId=${tabId}`));
  return { page, panel, tabId };
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('sidebar on seed 003', () => {
  let page: Page;
  let panel: Page;

  beforeAll(async () => {
    ext.external.length = 0;
    ({ page, panel } = await openPanelFor(ext.newsSite.url(SEED_003)));
    await section(panel, 'added').waitFor({ timeout: 60_000 });
  });

  it('shows what others added, what they left out, and 000 as a near-copy', async () => {
    await showAll(panel, 'added');
    await showAll(panel, 'left-out');
    const added = await section(panel, 'added').innerText();
    expect(added).toMatch(/Others added/);
    expect(added).toMatch(/454/);
    expect(added).toMatch(/\$4\.76 million/);

    const leftOut = await section(panel, 'left-out').innerText();
    expect(leftOut).toMatch(/Left out by others/);
    expect(leftOut).toMatch(/federal judge[^]*due process/i);

    const seed000 = ext.newsSite.articles.find((a) => a.id === SEED_000)!;
    const copies = section(panel, 'near-copies');
    expect(await copies.locator('li').count()).toBeGreaterThanOrEqual(1);
    const copyText = await copies.innerText();
    // 000 names no outlet: it is named by the first words of its title (the whole title on hover).
    expect(copyText).toContain(seed000.title.split(/\s+/).slice(0, 12).join(' '));
    expect(await copies.locator(`[title="${seed000.title.replace(/"/g, '\\"')}"]`).count()).toBeGreaterThanOrEqual(1);
    expect(copyText).toMatch(/reuses \d+% of this article's text/);

    const head = await panel.locator('header').innerText();
    expect(head).toMatch(/\d+ related articles? from \d+ outlets?/);
  });

  it('scrolls the page to a fact of this article when it is clicked', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const judge = section(panel, 'left-out').locator('button.px-here', { hasText: /federal judge/i }).first();
    await judge.click();
    // The sentence is flashed in the page and brought into view.
    const flash = page.locator('parallax-mark.parallax-flash');
    await flash.first().waitFor({ state: 'attached', timeout: 10_000 });
    expect((await flash.allTextContents()).join('')).toMatch(/federal judge/i);
    await page.bringToFront();
    await expect
      .poll(() => page.evaluate(() => window.scrollY), { timeout: 10_000 })
      .toBeGreaterThan(100);
    // The page scrolls smoothly: wait for the sentence to arrive in view, not for the first frame.
    const inView = () =>
      flash.first().evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.bottom > 0 && r.top < window.innerHeight;
      });
    await expect.poll(inView, { timeout: 10_000 }).toBe(true);
    await panel.bringToFront();
  });

  it('highlights unique and shared sentences in the page, and removes them', async () => {
    // How many of each kind the sidebar promises (the engine decides which sentences are unique).
    const legend = await panel.locator('#px-legend').innerText();
    const promised = (label: RegExp) => Number(legend.match(label)?.[1] ?? NaN);
    const unique = promised(/Only in this article[^(]*\((\d+)\)/);
    const shared = promised(/Also reported elsewhere \((\d+)\)/);
    expect(unique + shared).toBeGreaterThan(0);
    // The legend counts the sections' cards (ui32): "elsewhere" is Shared's count, "only" the part of
    // Left out's that the section's own line names.
    const nav = await panel.getByRole('navigation', { name: 'Sections of the report' }).innerText();
    expect(Number(nav.match(/Shared\s+(\d+)/)?.[1])).toBe(shared);
    const leftOut = Number(nav.match(/Left out by others\s+(\d+)/)?.[1]);
    const split = await panel.locator('[data-section="left-out"] .px-section-split').innerText();
    expect(split).toMatch(
      unique === leftOut ? /only in this article/ : unique === 0 ? /told by some of the other outlets/ : new RegExp(`Of these ${leftOut}, ${unique} (is|are) only in this article`),
    );

    const toggle = panel.getByRole('switch', { name: 'Highlight in page' });
    await toggle.check();
    await expect.poll(() => page.locator('parallax-mark.parallax-shared, parallax-mark.parallax-unique').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    if (shared > 0) expect(await page.locator('parallax-mark.parallax-shared').count()).toBeGreaterThan(0);
    if (unique > 0) expect(await page.locator('parallax-mark.parallax-unique').count()).toBeGreaterThan(0);
    else expect(await page.locator('parallax-mark.parallax-unique').count()).toBe(0);
    await panel.getByText(/Marked \d+ sentences? in the page\./).waitFor();

    await toggle.uncheck();
    await expect
      .poll(() => page.locator('parallax-mark.parallax-unique, parallax-mark.parallax-shared').count(), { timeout: 10_000 })
      .toBe(0);
  });

  it('sent no request beyond 127.0.0.1 while comparing', () => {
    expect(ext.external).toEqual([]);
  });

  it('has no serious or critical accessibility violations, in light and dark', async () => {
    // Open every collapsed part so they are checked too.
    await panel.locator('details').evaluateAll((els) => els.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await seriousViolations(panel)).toEqual([]);
    await panel.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(panel)).toEqual([]);
    await panel.emulateMedia({ colorScheme: 'light' });
    await panel.locator('details').evaluateAll((els) => els.forEach((d) => ((d as HTMLDetailsElement).open = false)));
  });

  it('saves screenshots in light and dark', async () => {
    await mkdir(SHOTS, { recursive: true });
    // As a reader first sees it: the top 5 of each section.
    const fewer = panel.getByRole('button', { name: /^Show the top 5$/ });
    while ((await fewer.count()) > 0) await fewer.first().click();
    await panel.evaluate(() => window.scrollTo(0, 0));
    await panel.emulateMedia({ colorScheme: 'light' });
    await panel.screenshot({ path: path.join(SHOTS, 'sidepanel-light.png') });
    await panel.emulateMedia({ colorScheme: 'dark' });
    await panel.screenshot({ path: path.join(SHOTS, 'sidepanel-dark.png') });
    await panel.emulateMedia({ colorScheme: 'light' });
  });
});

describe('sidebar on a page that is not an article', () => {
  it('says so', async () => {
    const { panel } = await openPanelFor(ext.newsSite.home);
    await panel.getByText('This page does not look like a news article.').waitFor({ timeout: 30_000 });
    // The comparison is kept, hidden, under the trace (so "Back" returns to the same place): none shows.
    expect(await panel.locator('[data-section]:visible').count()).toBe(0);
    expect(await seriousViolations(panel)).toEqual([]);
  });

  it('reads the page all the same when the reader says "Compare anyway"', async () => {
    const { panel } = await openPanelFor(ext.newsSite.home);
    await panel.getByText('This page does not look like a news article.').waitFor({ timeout: 30_000 });
    // Pressed from the keyboard, as a reader walking the panel with Tab does.
    await panel.getByRole('button', { name: 'Compare anyway' }).focus();
    await panel.keyboard.press('Enter');
    // The front page's text is read and compared: the panel leaves the refusal and names the page.
    await panel.locator('h1').waitFor({ timeout: 60_000 });
    expect(await panel.getByText('This page does not look like a news article.').count()).toBe(0);
    // The focus is on the page's title, not back at the top of the panel: the next Tab goes on from there.
    await expect.poll(() => panel.evaluate(() => document.activeElement?.tagName), { timeout: 60_000 }).toBe('H1');
  });
});

describe('sidebar following the page', () => {
  it('compares again when a single-page site navigates in place', async () => {
    const { page, panel } = await openPanelFor(ext.newsSite.spaUrl(SEED_003));
    await section(panel, 'added').waitFor({ timeout: 60_000 });
    const title003 = ext.newsSite.articles.find((a) => a.id === SEED_003)!.title;
    expect(await panel.locator('h1').innerText()).toBe(title003);
    const seed000 = ext.newsSite.articles.find((a) => a.id === SEED_000)!;
    await page.locator(`a[data-spa-link][href$="${SEED_000}"]`).first().click();
    await expect.poll(() => page.url(), { timeout: 10_000 }).toContain(`/spa/${SEED_000}`);
    await expect.poll(() => panel.locator('h1').innerText(), { timeout: 60_000 }).toBe(seed000.title);
    await section(panel, 'added').waitFor({ timeout: 60_000 });
  });

  it('says plainly when it cannot reach the page', async () => {
    const page = await ext.context.newPage();
    await page.goto('about:blank');
    await page.bringToFront();
    const tabId = (await ext.serviceWorker.evaluate(
      'chrome.tabs.query({ active: true, lastFocusedWindow: true }).then((t) => t[0] && t[0].id)',
    )) as number;
    const panel = await ext.context.newPage();
    await panel.goto(ext.extensionUrl(`sidepanel.html?tabId=${tabId}`));
    await panel.getByText('Parallax cannot read this page.').waitFor({ timeout: 30_000 });
    await panel.getByRole('button', { name: 'Try again' }).waitFor();
  });
});

describe('sidebar tracing quotes', () => {
  const QUOTE = 'The only condition is straightforward: it must be everyone.';

  const writePendingTrace = (tabId: number, at: number) =>
    ext.serviceWorker.evaluate(
      `chrome.storage.session.set({ ${JSON.stringify(PENDING_TRACE_KEY)}: ${JSON.stringify({
        text: QUOTE,
        tabId,
        url: null,
        at,
      })} })`,
    );

  it('opens the trace view for a request written before it started, and goes back', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.newsSite.url(SEED_003));
    const tabId = await ext.clickToolbarButton(page);
    await writePendingTrace(tabId, Date.now());
    const panel = await ext.context.newPage();
    await panel.setViewportSize(PANEL_VIEWPORT);
    await panel.goto(ext.extensionUrl(`sidepanel.html?tabId=${tabId}`));
    await panel.getByText(/it must be everyone/).first().waitFor({ timeout: 60_000 });
    // The comparison is kept, hidden, under the trace (so "Back" returns to the same place): none shows.
    expect(await panel.locator('[data-section]:visible').count()).toBe(0);
    expect(await seriousViolations(panel)).toEqual([]);
    await panel.getByRole('button', { name: /back/i }).first().click();
    await section(panel, 'added').waitFor({ timeout: 60_000 });
  });

  it('switches to the trace view when a request arrives while open, and from a "Trace" button', async () => {
    const { panel, tabId } = await openPanelFor(ext.newsSite.url(SEED_003));
    await section(panel, 'added').waitFor({ timeout: 60_000 });
    await writePendingTrace(tabId, Date.now());
    await expect.poll(() => panel.locator('[data-section]:visible').count(), { timeout: 30_000 }).toBe(0);
    await panel.getByText(/it must be everyone/).first().waitFor({ timeout: 60_000 });
    await panel.getByRole('button', { name: /back/i }).first().click();
    await section(panel, 'added').waitFor({ timeout: 60_000 });

    await panel.locator('[data-section="shared"] > details').evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await showAll(panel, 'shared');
    const trace = panel.getByRole('button', { name: /^Trace quote: .*it must be everyone/ }).first();
    await trace.click();
    await expect.poll(() => panel.locator('[data-section]:visible').count(), { timeout: 30_000 }).toBe(0);
    await panel.getByText(/it must be everyone/).first().waitFor({ timeout: 60_000 });
  });
});

/**
 * A real multi-outlet story: four outlets' articles on the November 2019 plague cases in China
 * (tests/data/engine/plague, bodies from the Zyte benchmark, MIT). Three are imported into the
 * corpus through the corpus manager's file picker; the New York Post's is served as a news page
 * and read in the side panel.
 */
describe('sidebar on a real story told by four outlets', () => {
  const DIR = path.join(ROOT, 'tests', 'data', 'engine', 'plague');
  let site: NewsSite;
  let panel: Page;

  beforeAll(async () => {
    const files = (await readdir(DIR)).filter((n) => n.endsWith('.md')).sort();
    const read = await Promise.all(files.map(async (name) => ({ name, content: await readFile(path.join(DIR, name), 'utf8') })));
    const post = read.find((f) => f.name.startsWith('q1_'))!;
    site = await startNewsSite({ articles: ingestFile(post).articles });
    const before = await ext.corpusCount();
    const options = await ext.openExtensionPage('options.html');
    await options.locator('#px-file-input').setInputFiles(
      read
        .filter((f) => f !== post)
        .map((f) => ({ name: f.name, mimeType: 'text/markdown', buffer: Buffer.from(f.content) })),
    );
    await ext.waitForCorpus(before + 3);
    await options.close();
    ({ panel } = await openPanelFor(site.url(ingestFile(post).articles[0]!.id)));
    await section(panel, 'added').waitFor({ timeout: 60_000 });
  });

  afterAll(async () => {
    await site?.close();
  });

  it('groups one fact across outlets, ranks each section and shows the top 5 with "Show all N"', async () => {
    const head = await panel.locator('header').innerText();
    expect(head).toMatch(/3 related articles from 3 outlets/);
    const added = section(panel, 'added');
    expect(await added.locator('ol > li').count()).toBe(5);
    const more = added.getByRole('button', { name: /^Show all \d+$/ });
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    // One fact, three outlets, one card.
    expect(await added.innerText()).toMatch(/in 3 of 3 other outlets/);
    const text = await panel.locator('main').innerText();
    for (const outlet of ['Express', 'The Sun', 'Smithsonian Magazine']) expect(text).toContain(outlet);
    expect(text).not.toContain('Unknown outlet');
    // The button opens the whole list from the keyboard.
    await more.focus();
    await panel.keyboard.press('Enter');
    expect(await added.locator('ol > li').count()).toBeGreaterThan(5);
    // Reading the open list from its top, the button that closes it is on screen although the list runs past it.
    const cards = added.locator('ol > li');
    await cards.first().evaluate((li) => li.scrollIntoView({ block: 'start' }));
    const fold = await panel.evaluate(() => window.innerHeight);
    const lastBottom = await cards.last().evaluate((li) => li.getBoundingClientRect().bottom);
    expect(lastBottom).toBeGreaterThan(fold); // the open list is longer than the panel
    const less = added.getByRole('button', { name: /^Show the top 5$/ });
    const onScreen = () => less.evaluate((b) => {
      const r = b.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(await onScreen()).toBe(true);
    await less.press('Enter');
    expect(await added.locator('ol > li').count()).toBe(5);
    // Closing leaves the reader at the button, under the top five, not far down among other sections.
    await panel.waitForTimeout(100);
    expect(await added.getByRole('button', { name: /^Show all \d+$/ }).evaluate((b) => {
      const r = b.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight + 1; // 'nearest' may leave a fraction of a pixel
    })).toBe(true);
  });

  it('has no serious or critical accessibility violations', async () => {
    expect(await seriousViolations(panel)).toEqual([]);
  });

  it('saves a screenshot of the whole panel', async () => {
    await mkdir(SHOTS, { recursive: true });
    await panel.emulateMedia({ colorScheme: 'light' });
    await panel.evaluate(() => window.scrollTo(0, 0));
    await panel.screenshot({ path: path.join(SHOTS, 'sidepanel-real.png'), fullPage: true });
  });
});

// Last: this one empties the corpus of the shared browser profile.
describe('sidebar with an empty corpus', () => {
  it('points to the corpus manager, adds the page, and says when nothing related is found', async () => {
    const { panel } = await openPanelFor(ext.newsSite.url(SEED_003));
    await section(panel, 'added').waitFor({ timeout: 60_000 });
    // Empty every table of the corpus database (same origin as the sidebar).
    await panel.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('parallax');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const names = [...db.objectStoreNames];
            const tx = db.transaction(names, 'readwrite');
            for (const name of names) tx.objectStore(name).clear();
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await panel.reload();
    await panel.getByText('Your corpus is empty.').waitFor({ timeout: 60_000 });
    expect(await panel.getByRole('button', { name: 'Open the corpus manager' }).count()).toBe(1);
    expect(await seriousViolations(panel)).toEqual([]);

    await panel.getByRole('button', { name: 'Add this page to the corpus' }).click();
    await panel.getByText('No related coverage yet.').waitFor({ timeout: 60_000 });
    expect(await ext.corpusCount()).toBe(1);
    // The comparison is kept, hidden, under the trace (so "Back" returns to the same place): none shows.
    expect(await panel.locator('[data-section]:visible').count()).toBe(0);

    // The corpus manager opens from the pointer.
    const opened = ext.context.waitForEvent('page', { timeout: 30_000 });
    await panel.getByRole('button', { name: 'Open the corpus manager' }).click();
    const options = await opened;
    await options.waitForLoadState();
    expect(options.url()).toContain('options.html');
  });
});
