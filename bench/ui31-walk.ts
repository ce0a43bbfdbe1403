/**
 * A new reader's walk through the built extension in Chromium, on real multi-outlet coverage
 * (ui31): the seeds, plus the four NewsWCL50 development events (dnc, ukvisit, pompeo, caravan; five
 * outlets each, read at run time from the mirror, nothing committed) imported through the options
 * page's own file input, one article of each event left out of the import and served as a news page
 * instead. Screenshots (full page) of the options page and of the side panel at a side panel's width
 * go to --out (default /tmp/ui31/shots); the panel's text is printed to the same folder.
 *
 *   npm run build && nice npx tsx bench/ui31-walk.ts [--out DIR] [--dark] [--width 420] [--interact | --interact-only]
 *
 * Never the held-out NewsWCL50 events (comey, tariffs, nktests, macron, mueller, netanyahu).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension, openOptions } from '../tests/e2e/fixtures.ts';
import { startNewsSite } from '../scripts/news-site.ts';
import { ingestFile } from '../lib/ingest/index.ts';
import { NEWSWCL_SETS, newsWclMarkdown, newsWclMissing } from '../tests/data/engine/newswcl.ts';
import { OUTLETS } from './data/newswcl.ts';
import { optionValue } from './args.ts';
import type { Article } from '../lib/types.ts';

const args = process.argv.slice(2);
const OUT = optionValue('--out', args) ?? '/tmp/ui31/shots';
const WIDTH = Number(optionValue('--width', args) ?? 420);
const dark = args.includes('--dark');
const interact = args.includes('--interact') || args.includes('--interact-only');
const only = args.includes('--interact-only');
mkdirSync(OUT, { recursive: true });

const missing = newsWclMissing();
if (missing) {
  console.log(`skipped: ${missing}`);
  process.exit(0);
}

const DEV = ['dnc', 'ukvisit', 'pompeo', 'caravan'];
/** The outlet read in each event (served as a page, not imported). */
const READ: Record<string, string> = { dnc: 'R', ukvisit: 'L', pompeo: 'RR', caravan: 'M' };

const imports: Array<{ name: string; mimeType: string; buffer: Buffer }> = [];
const served: Article[] = [];
for (const name of DEV) {
  const ev = NEWSWCL_SETS[name]!.event;
  for (const [side, outlet] of Object.entries(OUTLETS)) {
    const md = newsWclMarkdown(ev, side, outlet);
    if (md === null) continue;
    const id = `wcl-${name}-${side}`;
    if (READ[name] === side) {
      const a = ingestFile({ name: `${id}.md`, content: md }).articles[0]!;
      served.push({ ...a, id });
    } else imports.push({ name: `${id}.md`, mimeType: 'text/markdown', buffer: Buffer.from(md) });
  }
}

const shot = async (p: Page, name: string) => {
  await p.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: true });
  writeFileSync(path.join(OUT, `${name}.txt`), await p.evaluate(() => document.body.innerText));
  console.log(`${name}.png`);
};

const ext = await launchExtension({ colorScheme: dark ? 'dark' : 'light' });
const site = await startNewsSite({ articles: served });
try {
  await ext.waitForCorpus(5);
  // Options page as a new user finds it, then the import.
  const opts = await openOptions(ext);
  await shot(opts, 'options-0-fresh');
  await opts.locator('#px-file-input').setInputFiles(imports);
  await opts.getByRole('list', { name: 'Import results' }).waitFor({ timeout: 120_000 });
  await opts.waitForTimeout(3000);
  await shot(opts, 'options-1-imported');
  await opts.setViewportSize({ width: WIDTH, height: 900 });
  await shot(opts, 'options-2-narrow');
  console.log('corpus', await ext.corpusCount());

  // The panel on each served article.
  for (const a of only ? [] : served) {
    const page = await ext.context.newPage();
    await page.goto(site.url(a.id), { waitUntil: 'load' });
    const tabId = await ext.clickToolbarButton(page);
    const panel = await ext.context.newPage();
    await panel.setViewportSize({ width: WIDTH, height: 1000 });
    const t0 = Date.now();
    await panel.goto(ext.extensionUrl(`sidepanel.html?tabId=${tabId}`));
    await panel.locator('[data-section]').first().waitFor({ timeout: 120_000 }).catch(() => undefined);
    await panel.waitForTimeout(1500);
    console.log(a.id, 'first section after', Date.now() - t0, 'ms');
    await shot(panel, `panel-${a.id}${dark ? '-dark' : ''}`);
    // Keyboard: Tab presses from the top until focus first lands in each section (a reader without a mouse).
    await panel.locator('h1').first().click();
    const reached: Record<string, number> = {};
    for (let k = 1; k <= 300; k++) {
      await panel.keyboard.press('Tab');
      const sec = await panel.evaluate(() => document.activeElement?.closest('[data-section]')?.getAttribute('data-section') ?? null);
      if (sec && !(sec in reached)) reached[sec] = k;
      if (sec === 'shared') break;
    }
    console.log(a.id, 'tabs to reach', JSON.stringify(reached));
    // With the section links (when the panel has them): Tabs to the link, Enter, one Tab into the section.
    const jump = panel.getByRole('navigation', { name: 'Sections of the report' });
    if ((await jump.count()) > 0) {
      const viaLinks: Record<string, number | null> = {};
      for (const name of ['left-out', 'conflicts', 'shared']) {
        // Back to the top, as a fresh reader: a click on the page's title resets where Tab starts.
        await panel.evaluate(() => window.scrollTo(0, 0));
        await panel.locator('h1').first().click();
        let keys = 0;
        let landed: string | null = null;
        for (let k = 1; k <= 40; k++) {
          await panel.keyboard.press('Tab');
          keys++;
          const href = await panel.evaluate(() => document.activeElement?.getAttribute('href') ?? null);
          if (href === `#px-h-${name}`) {
            await panel.keyboard.press('Enter');
            await panel.keyboard.press('Tab');
            keys += 2;
            landed = await panel.evaluate(() => document.activeElement?.closest('[data-section]')?.getAttribute('data-section') ?? null);
            break;
          }
        }
        viaLinks[name] = landed === name ? keys : null;
      }
      console.log(a.id, 'keys via section links', JSON.stringify(viaLinks));
    }
    // Every "Show all" and every <details> opened: what a reader sees after reading everything.
    for (const b of await panel.getByRole('button', { name: /^Show all \d+$/ }).all()) await b.click().catch(() => undefined);
    await panel.$$eval('details', (els) => els.forEach((e) => e.setAttribute('open', '')));
    await shot(panel, `panel-${a.id}-open${dark ? '-dark' : ''}`);
    await panel.close();
    await page.close();
  }
  // The corpus manager as a reader uses it: search, edit, delete, undo, export, reset (on a copy of
  // the corpus: reset replaces it, so this runs last, after the panels).
  const manage = async () => {
    await opts.bringToFront();
    await opts.setViewportSize({ width: 1280, height: 900 });
    await opts.getByLabel('Search').fill('pompeo');
    await opts.waitForTimeout(500);
    await shot(opts, 'm-0-search');
    const row = opts.locator('tbody tr').first();
    await row.getByRole('button', { name: /^Edit/ }).click();
    await shot(opts, 'm-1-edit');
    const form = opts.getByRole('form', { name: /^Edit/ });
    await form.getByLabel('Date').fill('yesterday');
    await form.getByRole('button', { name: 'Save' }).click();
    await opts.waitForTimeout(500);
    await shot(opts, 'm-2-bad-date');
    await form.getByRole('button', { name: /Cancel/ }).click().catch(() => undefined);
    await opts.locator('tbody tr').first().getByRole('button', { name: /^Delete/ }).click();
    await opts.waitForTimeout(500);
    await opts.screenshot({ path: path.join(OUT, 'm-3-deleted.png') });
    console.log('m-3-deleted.png (viewport)');
    await opts.getByRole('button', { name: 'Undo' }).click();
    await opts.waitForTimeout(500);
    await opts.getByLabel('Search').fill('');
    const [download] = await Promise.all([opts.waitForEvent('download'), opts.getByRole('button', { name: 'Export corpus' }).click()]);
    console.log('export', download.suggestedFilename());
    await opts.getByRole('button', { name: 'Reset to seeds…' }).click();
    await shot(opts, 'm-4-reset-confirm');
    await opts.getByRole('button', { name: 'Replace with seeds' }).click();
    await opts.waitForTimeout(2000);
    await shot(opts, 'm-5-reset');
    console.log('corpus after reset', await ext.corpusCount());
  };
  // Interactions on the shortest article: keyboard, highlight, show in page, trace from a card.
  if (interact) {
    const a = served.find((x) => x.id === 'wcl-pompeo-RR')!;
    const page = await ext.context.newPage();
    await page.goto(site.url(a.id), { waitUntil: 'load' });
    const tabId = await ext.clickToolbarButton(page);
    const panel = await ext.context.newPage();
    await panel.setViewportSize({ width: WIDTH, height: 1000 });
    await panel.goto(ext.extensionUrl(`sidepanel.html?tabId=${tabId}`));
    await panel.locator('[data-section]').first().waitFor({ timeout: 120_000 });
    const focus: string[] = [];
    for (let k = 0; k < 14; k++) {
      await panel.keyboard.press('Tab');
      focus.push(await panel.evaluate(() => {
        const e = document.activeElement as HTMLElement | null;
        return e ? `${e.tagName.toLowerCase()}${e.getAttribute('role') ? `[${e.getAttribute('role')}]` : ''} ${JSON.stringify((e.getAttribute('aria-label') ?? e.innerText ?? '').slice(0, 70))}` : 'none';
      }));
      if (k === 6) await shot(panel, 'i-focus-7');
    }
    writeFileSync(path.join(OUT, 'i-focus.txt'), focus.join('\n'));
    await panel.getByRole('switch', { name: 'Highlight in page' }).check();
    await panel.waitForTimeout(1500);
    await shot(panel, 'i-highlight-panel');
    await page.bringToFront();
    await page.screenshot({ path: path.join(OUT, 'i-highlight-page.png'), fullPage: true });
    // The first left-out card's show-in-page button.
    await panel.bringToFront();
    await panel.locator('[data-section="left-out"] .px-facts > li').nth(1).locator('button').first().click();
    await panel.waitForTimeout(1500);
    await shot(panel, 'i-shown-panel');
    await page.screenshot({ path: path.join(OUT, 'i-shown-page.png') });
    // Trace the first quote of the first added card that has one.
    const trace = panel.locator('[data-section="added"]').getByRole('button', { name: /Trace/ }).first();
    console.log('trace button:', await trace.getAttribute('aria-label'), await trace.innerText());
    await trace.click();
    await panel.locator('.px-trace-view').waitFor({ timeout: 60_000 }).catch(() => undefined);
    await panel.waitForTimeout(2000);
    await shot(panel, 'i-trace');
    await panel.close();
    await page.close();
  }
  // Seeds: 003 (near-copy of 000) as the seeded news site serves it.
  {
    const page = await ext.context.newPage();
    await page.goto(ext.newsSite.url('003_38879e5049cf1087'), { waitUntil: 'load' });
    const tabId = await ext.clickToolbarButton(page);
    const panel = await ext.context.newPage();
    await panel.setViewportSize({ width: WIDTH, height: 1000 });
    await panel.goto(ext.extensionUrl(`sidepanel.html?tabId=${tabId}`));
    await panel.locator('[data-section]').first().waitFor({ timeout: 120_000 }).catch(() => undefined);
    await panel.waitForTimeout(1500);
    await shot(panel, `panel-seed003${dark ? '-dark' : ''}`);
  }
  if (interact) await manage();
} finally {
  await site.close();
  await ext.close();
}
