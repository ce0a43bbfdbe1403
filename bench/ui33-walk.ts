/**
 * A reader's walk on real multi-outlet coverage with a corpus of ~1k articles (ui33): the built extension
 * in Chromium, the corpus imported through the options page's own file input as a reader would (plain-text
 * files for Multi-News's **dev** stories, Markdown with front matter for the NewsWCL50 dev events, the Big9
 * gold texts and ECB+ documents), every text read at run time from the mirrors (nothing committed). Then:
 * the panel on one outlet's page of a Multi-News dev story and of NewsWCL dnc (served as news pages, not
 * imported); Trace quote from a quote the panel shows; the options page at ~1k articles (search, edit,
 * delete/undo, export, feeds section). Full-page screenshots and each page's text go to --out.
 *
 *   npx wxt build && nice npx tsx bench/ui33-walk.ts [--out /tmp/ui33/shots] [--story 8-hex-prefix]
 *
 * Multi-News: dev half only (the last hex digit of the story id even). NewsWCL50: dev events only.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension, openOptions } from '../tests/e2e/fixtures.ts';
import { startNewsSite } from '../scripts/news-site.ts';
import { ingestFile } from '../lib/ingest/index.ts';
import { NEWSWCL_SETS, newsWclMarkdown, newsWclMissing } from '../tests/data/engine/newswcl.ts';
import { OUTLETS } from './data/newswcl.ts';
import { multiNewsStories, pickSources } from './data/multinews.ts';
import { loadBig9 } from './data/big9.ts';
import { loadEcbPlus } from './data/ecbplus.ts';
import { optionValue } from './args.ts';
import type { Article } from '../lib/types.ts';

const args = process.argv.slice(2);
const OUT = optionValue('--out', args) ?? '/tmp/ui33/shots';
const WIDTH = 420;
const ECB_MAX = Number(optionValue('--ecb', args) ?? 400);
mkdirSync(OUT, { recursive: true });

const stories = multiNewsStories();
if (!stories || newsWclMissing()) {
  console.log('skipped: a mirror is absent');
  process.exit(0);
}
const isDev = (id: string) => parseInt(id.slice(-1), 16) % 2 === 0;
const dev = stories.filter((s) => isDev(s.id));
// The story read: the given one, else the first dev story with at least 4 distinct sources.
const pick = optionValue('--story', args);
const story = pick ? dev.find((s) => s.id.startsWith(pick))! : dev.find((s) => pickSources(s.sources, 99).length >= 4)!;
if (!story || !isDev(story.id)) throw new Error('no such dev story');

type File = { name: string; mimeType: string; buffer: Buffer };
const imports: File[] = [];
const served: Article[] = [];
for (const s of dev) {
  for (const { k, text } of pickSources(s.sources, 99)) {
    const name = `mn-${s.id.slice(0, 8)}-${k + 1}`;
    if (s === story && k === 0) {
      const a = ingestFile({ name: `${name}.txt`, content: `${text}\n` }).articles[0]!;
      served.push({ ...a, id: name });
    } else imports.push({ name: `${name}.txt`, mimeType: 'text/plain', buffer: Buffer.from(`${text}\n`) });
  }
}
const READ: Record<string, string> = { dnc: 'R' };
for (const name of ['dnc', 'ukvisit', 'pompeo', 'caravan']) {
  const ev = NEWSWCL_SETS[name]!.event;
  for (const [side, outlet] of Object.entries(OUTLETS)) {
    const md = newsWclMarkdown(ev, side, outlet);
    if (md === null) continue;
    const id = `wcl-${name}-${side}`;
    if (READ[name] === side) served.push({ ...ingestFile({ name: `${id}.md`, content: md }).articles[0]!, id });
    else imports.push({ name: `${id}.md`, mimeType: 'text/markdown', buffer: Buffer.from(md) });
  }
}
const md = (a: Article) =>
  ['---', `title: ${JSON.stringify(a.title)}`, ...(a.outlet ? [`outlet: ${JSON.stringify(a.outlet)}`] : []), '---', a.text].join('\n') + '\n';
for (const d of loadBig9() ?? []) imports.push({ name: `${d.id.replace(/[^\w-]+/g, '_')}.md`, mimeType: 'text/markdown', buffer: Buffer.from(md(d.article)) });
for (const d of (loadEcbPlus() ?? []).slice(0, ECB_MAX)) imports.push({ name: `${d.article.id.replace(/[^\w-]+/g, '_')}.md`, mimeType: 'text/markdown', buffer: Buffer.from(md(d.article)) });
console.log('story', story.id.slice(0, 8), 'imports', imports.length, 'served', served.map((a) => a.id).join(' '));

const shot = async (p: Page, name: string, fullPage = true) => {
  await p.screenshot({ path: path.join(OUT, `${name}.png`), fullPage });
  writeFileSync(path.join(OUT, `${name}.txt`), await p.evaluate(() => document.body.innerText));
  console.log(`${name}.png`);
};

const ext = await launchExtension({});
const site = await startNewsSite({ articles: served });
try {
  await ext.waitForCorpus(5);
  const opts = await openOptions(ext);
  const t0 = Date.now();
  await opts.locator('#px-file-input').setInputFiles(imports);
  await opts.getByRole('list', { name: 'Import results' }).waitFor({ timeout: 600_000 });
  await opts.getByText(new RegExp(`Imported \\d+ of ${imports.length} files`)).waitFor({ timeout: 900_000 }).catch(() => undefined);
  console.log('import', Date.now() - t0, 'ms; corpus', await ext.corpusCount());
  await opts.waitForTimeout(2000);
  await shot(opts, 'o-0-imported');

  for (const a of served) {
    const page = await ext.context.newPage();
    await page.goto(site.url(a.id), { waitUntil: 'load' });
    const tabId = await ext.clickToolbarButton(page);
    const panel = await ext.context.newPage();
    await panel.setViewportSize({ width: WIDTH, height: 1000 });
    await panel.goto(ext.extensionUrl(`sidepanel.html?tabId=${tabId}`));
    await panel.locator('[data-section]').first().waitFor({ timeout: 300_000 }).catch(() => undefined);
    await panel.waitForTimeout(2000);
    await shot(panel, `p-${a.id}`);
    for (const b of await panel.getByRole('button', { name: /^Show all \d+$/ }).all()) await b.click().catch(() => undefined);
    await panel.$$eval('details', (els) => els.forEach((e) => e.setAttribute('open', '')));
    await shot(panel, `p-${a.id}-open`);
    // Trace: each Trace button's label, then the first whose quote is carried by several outlets.
    const traces = await panel.getByRole('button', { name: /Trace/ }).all();
    const labels: string[] = [];
    for (const t of traces) labels.push(`${await t.getAttribute('aria-label')} | ${await t.innerText()}`);
    writeFileSync(path.join(OUT, `p-${a.id}-traces.txt`), labels.join('\n'));
    if (traces.length) {
      await traces[0]!.click();
      await panel.locator('.px-trace-view').waitFor({ timeout: 120_000 }).catch(() => undefined);
      await panel.waitForTimeout(3000);
      await shot(panel, `t-${a.id}`);
    }
    await panel.close();
    await page.close();
  }

  // The options page with the whole corpus.
  await opts.bringToFront();
  await opts.reload();
  await opts.getByRole('heading', { level: 1 }).waitFor();
  await opts.waitForTimeout(3000);
  await shot(opts, 'o-1-full');
  await shot(opts, 'o-1-view', false);
  await opts.getByLabel('Search').fill('Fox');
  await opts.waitForTimeout(1500);
  await shot(opts, 'o-2-search', false);
  const row = opts.locator('tbody tr').first();
  await row.getByRole('button', { name: /^Edit/ }).click();
  await opts.waitForTimeout(500);
  await shot(opts, 'o-3-edit', false);
  await opts.getByRole('form', { name: /^Edit/ }).getByRole('button', { name: /Cancel/ }).click().catch(() => undefined);
  await opts.locator('tbody tr').first().getByRole('button', { name: /^Delete/ }).click();
  await opts.waitForTimeout(800);
  await shot(opts, 'o-4-deleted', false);
  await opts.getByRole('button', { name: 'Undo' }).click().catch(() => undefined);
  await opts.waitForTimeout(800);
  await opts.getByLabel('Search').fill('');
  const t1 = Date.now();
  const [download] = await Promise.all([opts.waitForEvent('download', { timeout: 300_000 }), opts.getByRole('button', { name: 'Export corpus' }).click()]);
  console.log('export', download.suggestedFilename(), Date.now() - t1, 'ms');
  const feeds = opts.getByRole('heading', { name: /Sources|Feeds/ }).first();
  if (await feeds.count()) await feeds.scrollIntoViewIfNeeded();
  await shot(opts, 'o-5-feeds', false);
  await opts.setViewportSize({ width: WIDTH, height: 900 });
  await shot(opts, 'o-6-narrow');
} finally {
  await site.close();
  await ext.close();
}
