/**
 * A reader's walk on real multi-outlet coverage (ui35): the built extension in Chromium with a corpus that holds,
 * besides the seeds, one NewsWCL50 **dev** event told by five outlets (caravan: four imported through the options
 * page's file input, Fox News's served as a news page on 127.0.0.1) and one Multi-News **dev** story (last hex digit
 * of its id even; its sources imported as plain-text files, one served). Texts are read from the mirrors at run
 * time; nothing of them is committed. For each panel: the top, a long section, after "Show all", a card's "why" and
 * "Closest in" lines opened, and the trace of a quote (a card's "Trace quote" button), at 420 and 320 px; the
 * options page (table, feeds, retention, the import's outcome, the storage line) at 1280 and 360 px.
 *
 *   npx wxt build && nice npx tsx bench/ui35-walk.ts [--out /tmp/ui35/shots]
 *
 * Each state: a PNG, the page's text (`.txt`), and axe-core's WCAG 2.1 A/AA findings (all in `axe.txt`).
 */
import { mkdirSync } from 'node:fs';
import { launchExtension, openOptions } from '../tests/e2e/fixtures.ts';
import { startNewsSite } from '../scripts/news-site.ts';
import { ingestFile } from '../lib/ingest/index.ts';
import { newsWclMissing } from '../tests/data/engine/newswcl.ts';
import { newsWclWalkFiles, walkRecorder } from './walk-kit.ts';
import { multiNewsStories, pickSources } from './data/multinews.ts';
import { optionValue } from './args.ts';
import type { Article } from '../lib/types.ts';

const args = process.argv.slice(2);
const OUT = optionValue('--out', args) ?? '/tmp/ui35/shots';
mkdirSync(OUT, { recursive: true });
const stories = multiNewsStories();
if (newsWclMissing() || !stories) {
  console.log('skipped: the NewsWCL50 or Multi-News mirror is absent');
  process.exit(0);
}

const { imports, served } = newsWclWalkFiles('caravan');
// The first dev story (even last hex digit) with at least five distinct sources.
const mn = stories.find((s) => parseInt(s.id.slice(-1), 16) % 2 === 0 && pickSources(s.sources, 6).length >= 5)!;
const mnPicked = pickSources(mn.sources, 6);
mnPicked.forEach(({ k, text }, j) => {
  const id = `mn-${mn.id.slice(0, 8)}-${k + 1}`;
  if (j === 0) served.push({ ...ingestFile({ name: `${id}.txt`, content: `${text}\n` }).articles[0]!, id });
  else imports.push({ name: `${id}.txt`, mimeType: 'text/plain', buffer: Buffer.from(`${text}\n`) });
});
console.log(`imports ${imports.length}, served ${served.map((a) => a.id).join(', ')}`);

const { shot, overflow } = walkRecorder(OUT);

const ext = await launchExtension({ grantedOrigins: ['http://127.0.0.1/*'] });
const site = await startNewsSite({ articles: served });
try {
  await ext.waitForCorpus(5);
  const opts = await openOptions(ext);
  await opts.waitForTimeout(2000);
  await shot(opts, 'o-0-seeds');
  // The import, as a reader does it: files picked in "Add articles".
  await opts.locator('#px-file-input').setInputFiles(imports);
  await opts.getByText(new RegExp(`Imported \\d+ of ${imports.length} files`)).waitFor({ timeout: 600_000 }).catch(() => undefined);
  await opts.waitForTimeout(1500);
  await shot(opts, 'o-1-imported', false);
  await shot(opts, 'o-1-imported-full');
  console.log('corpus', await ext.corpusCount());
  // Feeds: the local site's feed.
  await opts.getByLabel('RSS or Atom feed address').fill(ext.newsSite.feed.url);
  await opts.getByRole('button', { name: 'Subscribe', exact: true }).click();
  await opts.getByRole('list', { name: 'Subscribed feeds' }).waitFor({ timeout: 120_000 }).catch(() => undefined);
  await opts.waitForTimeout(3000);
  await opts.getByRole('heading', { name: 'Feeds' }).scrollIntoViewIfNeeded();
  await shot(opts, 'o-2-feed', false);
  // OPML: a list naming the subscribed feed and one address with no feed behind it; the outcome, in the Sources card.
  const opmlIn = `<?xml version="1.0"?><opml version="2.0"><head><title>mine</title></head><body><outline type="rss" text="Port" xmlUrl="${ext.newsSite.feed.url}"/><outline type="rss" text="Gone" xmlUrl="${ext.newsSite.origin}/gone.xml"/></body></opml>`;
  await opts.locator('#px-opml-input').setInputFiles([{ name: 'mine.opml', mimeType: 'text/x-opml', buffer: Buffer.from(opmlIn) }]);
  await opts.getByRole('button', { name: /^Subscribe to \d+ feed/ }).click().catch(() => undefined);
  await opts.waitForTimeout(4000);
  await opts.getByRole('heading', { name: 'Sources' }).scrollIntoViewIfNeeded();
  await shot(opts, 'o-2-opml', false);
  await opts.getByRole('heading', { name: 'Corpus file' }).scrollIntoViewIfNeeded();
  await shot(opts, 'o-3-storage', false);
  await opts.getByRole('heading', { name: 'Keep the corpus tidy' }).scrollIntoViewIfNeeded();
  await shot(opts, 'o-4-retention', false);
  await shot(opts, 'o-5-full');
  await opts.setViewportSize({ width: 360, height: 900 });
  await opts.waitForTimeout(500);
  await shot(opts, 'o-6-w360');
  await overflow(opts, 'o-6-w360');
  await opts.getByRole('heading', { name: 'Keep the corpus tidy' }).scrollIntoViewIfNeeded();
  await shot(opts, 'o-6-w360-retention', false);
  await opts.getByRole('heading', { name: 'Corpus file' }).scrollIntoViewIfNeeded();
  await shot(opts, 'o-6-w360-storage', false);

  for (const a of served) {
    const tag = a.id.startsWith('wcl') ? 'wcl' : 'mn';
    const page = await ext.context.newPage();
    await page.goto(site.url(a.id), { waitUntil: 'load' });
    const tabId = await ext.clickToolbarButton(page);
    for (const width of [420, 320]) {
      const p = await ext.context.newPage();
      await p.setViewportSize({ width, height: 900 });
      const t0 = Date.now();
      await p.goto(ext.extensionUrl(`sidepanel.html?tabId=${tabId}`));
      await p.locator('[data-section]').first().waitFor({ timeout: 300_000 }).catch(() => undefined);
      console.log(`${tag} ${width}: report after ${Date.now() - t0} ms`);
      await p.waitForTimeout(1000);
      const name = `p-${tag}-${width}`;
      await shot(p, `${name}-top`, false);
      await shot(p, `${name}-full`);
      await overflow(p, name);
      if (width === 420) {
        for (const b of await p.getByRole('button', { name: /^Show all \d+$/ }).all()) await b.click().catch(() => undefined);
        await p.$$eval('details', (els) => els.forEach((e) => e.setAttribute('open', '')));
        await p.waitForTimeout(500);
        await shot(p, `${name}-open`);
        const tr = p.locator('.px-trace').first();
        if (await tr.count()) {
          await tr.scrollIntoViewIfNeeded();
          await tr.click();
          await p.locator('.px-tr-occ, .px-trace-view').first().waitFor({ timeout: 120_000 }).catch(() => undefined);
          await p.waitForTimeout(3000);
          await shot(p, `${name}-trace`, false);
          await shot(p, `${name}-trace-full`);
        } else console.log(`${name}: no Trace button`);
      }
      await p.close();
    }
  }
} finally {
  await site.close();
  await ext.close();
}
