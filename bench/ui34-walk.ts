/**
 * A new reader's first week (ui34): the built extension in Chromium, driven through what a reader meets
 * before and beside the report — the options page with the seeds only (starter sources, a feed subscribed
 * on the local news site with one failing item, OPML out and in, the retention setting, the storage line,
 * "Add what I read", export, reset), the "not a news article" state and "Compare anyway", and the panel
 * with a keyboard only, at 320 px, at 200 % zoom and in dark mode. The report's panel reads real coverage:
 * the NewsWCL50 dev event dnc, imported through the options page's file input (read from the mirror at
 * run time; nothing committed), one outlet served as a news page.
 *
 *   npx wxt build && nice npx tsx bench/ui34-walk.ts [--out /tmp/ui34/shots]
 *
 * For each state: a PNG and the page's text; for keyboard walks, `<name>-tabs.txt` lists each stop of
 * Tab in order (role, accessible name, whether a focus outline is drawn, whether it is inside the view).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension, openOptions } from '../tests/e2e/fixtures.ts';
import { startNewsSite } from '../scripts/news-site.ts';
import { newsWclMissing } from '../tests/data/engine/newswcl.ts';
import { newsWclWalkFiles, walkRecorder } from './walk-kit.ts';
import { optionValue } from './args.ts';
import type { Article } from '../lib/types.ts';

const args = process.argv.slice(2);
const OUT = optionValue('--out', args) ?? '/tmp/ui34/shots';
mkdirSync(OUT, { recursive: true });
if (newsWclMissing()) {
  console.log('skipped: the NewsWCL50 mirror is absent');
  process.exit(0);
}

const { imports, served } = newsWclWalkFiles('dnc');
const { shot, overflow } = walkRecorder(OUT);

/** Presses Tab `max` times from the top of the page and lists each stop. */
async function tabWalk(p: Page, name: string, max = 80): Promise<void> {
  await p.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const lines: string[] = [];
  let first: string | null = null;
  for (let i = 0; i < max; i++) {
    await p.keyboard.press('Tab');
    const stop = await p.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const cs = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      // Text as a screen reader names it: parts marked aria-hidden (glyphs like a sort mark "↕") are not read.
      const shown = el.cloneNode(true) as HTMLElement;
      for (const hidden of shown.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
      const label =
        el.getAttribute('aria-label') ||
        (el.id && document.querySelector(`label[for="${el.id}"]`)?.textContent) ||
        el.closest('label')?.textContent ||
        shown.textContent ||
        (el as HTMLInputElement).placeholder ||
        '';
      const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
      const inView = r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
      return {
        key: `${el.tagName}#${el.id}|${label}|${Math.round(r.top + scrollY)}`,
        line: `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[${el.getAttribute('role')}]` : ''}${(el as HTMLInputElement).type ? `(${(el as HTMLInputElement).type})` : ''} "${label.replace(/\s+/g, ' ').trim().slice(0, 90)}" outline=${outline ? `${cs.outlineWidth} ${cs.outlineColor}` : 'NONE'} ${inView ? '' : 'OFF-VIEW'} x=${Math.round(r.left)} w=${Math.round(r.width)}`,
      };
    });
    if (!stop) {
      lines.push('(body)');
      continue;
    }
    if (stop.key === first) break;
    first ??= stop.key;
    lines.push(stop.line);
    if (i < 12 || i % 10 === 0) await p.screenshot({ path: path.join(OUT, `${name}-tab${String(i).padStart(2, '0')}.png`) });
  }
  writeFileSync(path.join(OUT, `${name}-tabs.txt`), lines.join('\n') + '\n');
  console.log(`${name}-tabs.txt (${lines.length} stops)`);
}


const ext = await launchExtension({ grantedOrigins: ['http://127.0.0.1/*'] });
const site = await startNewsSite({ articles: served });
try {
  await ext.waitForCorpus(5);
  // 1. The options page as a new reader meets it: the seeds only.
  const opts = await openOptions(ext);
  await opts.waitForTimeout(2500);
  await shot(opts, 'o-0-new');
  await opts.emulateMedia({ colorScheme: 'dark' });
  await shot(opts, 'o-0-new-dark');
  await opts.emulateMedia({ colorScheme: 'light' });
  await tabWalk(opts, 'o-keys', 120);
  await opts.getByText(/^Starter sources/).click();
  await shot(opts, 'o-1-starter');
  await opts.getByText(/^Starter sources/).click();

  // Feeds: a subscription on the local site (one item's page fails), then its per-item status.
  await opts.getByLabel('RSS or Atom feed address').fill(ext.newsSite.feed.url);
  await opts.getByRole('button', { name: 'Subscribe', exact: true }).click();
  await opts.getByRole('list', { name: 'Subscribed feeds' }).waitFor({ timeout: 120_000 });
  await opts.waitForTimeout(3000);
  await opts.locator('.px-feed-items').evaluateAll((els) => els.forEach((e) => e.setAttribute('open', '')));
  await opts.getByRole('heading', { name: 'Feeds' }).scrollIntoViewIfNeeded();
  await shot(opts, 'o-2-feed');
  // A bad address: what the reader is told.
  await opts.getByLabel('RSS or Atom feed address').fill(`${ext.newsSite.origin}/nothing-here.xml`);
  await opts.getByRole('button', { name: 'Subscribe', exact: true }).click();
  await opts.waitForTimeout(4000);
  await shot(opts, 'o-3-feed-bad', false);
  // OPML out, then in (the exported file, plus a second address).
  const [dl] = await Promise.all([opts.waitForEvent('download'), opts.getByRole('button', { name: /Export subscriptions/ }).click()]);
  const opml = await dl.path().then((p) => import('node:fs').then((fs) => fs.readFileSync(p!, 'utf8')));
  writeFileSync(path.join(OUT, 'o-exported.opml'), opml);
  const opmlIn = opml.replace('</body>', `<outline type="rss" text="Home" xmlUrl="${ext.newsSite.origin}/other.xml"/><outline text="junk" xmlUrl="not a url"/></body>`);
  await opts.locator('#px-opml-input').setInputFiles([{ name: 'mine.opml', mimeType: 'text/x-opml', buffer: Buffer.from(opmlIn) }]);
  await opts.waitForTimeout(1000);
  await opts.locator('.px-opml-choice').scrollIntoViewIfNeeded().catch(() => undefined);
  await shot(opts, 'o-4-opml', false);
  await opts.getByRole('button', { name: 'Cancel' }).first().click().catch(() => undefined);
  // Retention: a bad value, then a good one.
  await opts.locator('#px-retention-days-on').check();
  await opts.locator('#px-retention-days').fill('0');
  await opts.getByRole('button', { name: 'Save' }).first().click();
  await opts.waitForTimeout(800);
  await opts.getByRole('heading', { name: 'Keep the corpus tidy' }).scrollIntoViewIfNeeded();
  await shot(opts, 'o-5-retention-bad', false);
  await opts.locator('#px-retention-days').fill('30');
  await opts.getByRole('button', { name: 'Save' }).first().click();
  await opts.waitForTimeout(800);
  await opts.getByRole('button', { name: 'Tidy now' }).click();
  await opts.waitForTimeout(1500);
  await shot(opts, 'o-6-retention-ok', false);
  // Add what I read, export, reset (confirm box).
  await opts.locator('#px-add-what-i-read').check();
  await opts.getByRole('button', { name: 'Reset to seeds…' }).click();
  await opts.getByRole('heading', { name: 'Corpus file' }).scrollIntoViewIfNeeded();
  await shot(opts, 'o-7-reset-confirm', false);
  await opts.getByRole('button', { name: 'Cancel' }).last().click();
  await opts.locator('#px-add-what-i-read').uncheck();
  await shot(opts, 'o-8-full');
  await opts.emulateMedia({ colorScheme: 'dark' });
  await shot(opts, 'o-8-full-dark');
  await opts.emulateMedia({ colorScheme: 'light' });
  for (const width of [320, 640]) {
    await opts.setViewportSize({ width, height: 900 });
    await opts.waitForTimeout(500);
    await shot(opts, `o-9-w${width}`);
    await overflow(opts, `o-9-w${width}`);
  }

  // 2. The "not a news article" state: the local site's home page.
  const home = await ext.context.newPage();
  await home.goto(ext.newsSite.home, { waitUntil: 'load' });
  const homeTab = await ext.clickToolbarButton(home);
  const np = await ext.context.newPage();
  await np.setViewportSize({ width: 420, height: 800 });
  await np.goto(ext.extensionUrl(`sidepanel.html?tabId=${homeTab}`));
  await np.locator('[data-state="not-article"]').waitFor({ timeout: 60_000 }).catch(() => undefined);
  await shot(np, 'n-0-not-article');
  await np.emulateMedia({ colorScheme: 'dark' });
  await shot(np, 'n-0-not-article-dark');
  await np.emulateMedia({ colorScheme: 'light' });
  await tabWalk(np, 'n-keys', 20);
  await np.getByRole('button', { name: 'Compare anyway' }).click().catch(() => undefined);
  await np.waitForTimeout(8000);
  await shot(np, 'n-1-anyway');
  await np.close();

  // 3. Real coverage: import dnc through the file input; read Fox's page in the panel.
  await opts.setViewportSize({ width: 1280, height: 900 });
  await opts.locator('#px-file-input').setInputFiles(imports);
  await opts.getByText(new RegExp(`Imported \\d+ of ${imports.length} files`)).waitFor({ timeout: 600_000 }).catch(() => undefined);
  console.log('corpus', await ext.corpusCount());
  const a = served[0]!;
  const page = await ext.context.newPage();
  await page.goto(site.url(a.id), { waitUntil: 'load' });
  const tabId = await ext.clickToolbarButton(page);
  for (const [name, width, scale, scheme] of [
    ['p-420', 420, 1, 'light'],
    ['p-420-dark', 420, 1, 'dark'],
    ['p-320', 320, 1, 'light'],
    ['p-320-dark', 320, 1, 'dark'],
    // 200 % zoom of a 420 px panel: 210 CSS px drawn at twice the scale.
    ['p-zoom200', 210, 2, 'light'],
  ] as const) {
    const ctxPage = scale === 1 ? await ext.context.newPage() : await ext.context.newPage();
    await ctxPage.setViewportSize({ width, height: 900 });
    if (scale !== 1) {
      const cdp = await ext.context.newCDPSession(ctxPage);
      await cdp.send('Emulation.setDeviceMetricsOverride', { width, height: 450, deviceScaleFactor: scale, mobile: false });
    }
    await ctxPage.emulateMedia({ colorScheme: scheme });
    await ctxPage.goto(ext.extensionUrl(`sidepanel.html?tabId=${tabId}`));
    await ctxPage.locator('[data-section]').first().waitFor({ timeout: 300_000 }).catch(() => undefined);
    await ctxPage.waitForTimeout(1500);
    await shot(ctxPage, name, false);
    await shot(ctxPage, `${name}-full`);
    await overflow(ctxPage, name);
    if (name === 'p-420' || name === 'p-420-dark') await tabWalk(ctxPage, `${name}-keys`, 60);
    if (name === 'p-420-dark') {
      for (const b of await ctxPage.getByRole('button', { name: /^Show all \d+$/ }).all()) await b.click().catch(() => undefined);
      await ctxPage.$$eval('details', (els) => els.forEach((e) => e.setAttribute('open', '')));
      await shot(ctxPage, `${name}-open`);
    }
    await ctxPage.close();
  }
} finally {
  await site.close();
  await ext.close();
}
