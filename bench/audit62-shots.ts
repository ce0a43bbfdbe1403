/**
 * The report read as a reader reads it (audit62): real multi-outlet coverage, the BUILT extension in Chromium.
 *
 *   npm run build && npx tsx bench/audit62-shots.ts [--out /tmp/audit62] [--only meth,hunter]
 *
 * Three development events (never a held set): a national-politics story (BASIL dev set basil-hunter: HuffPost, The
 * New York Times, Fox News), a world story (NewsWCL50 dev set pompeo: Pompeo's Easter meeting with Kim Jong-un) and a
 * local / state story (the meth set: The Hill, USA Today, NJ.com on South Dakota's anti-meth campaign; Zyte benchmark
 * bodies, MIT). Rule for the page, text-blind: each set's SECOND article in its file order is served as the news page
 * on 127.0.0.1 (The New York Times for the two three-outlet sets, USA Today for meth); every other article of every
 * event is imported as a reader would, through the options page's file picker (one Markdown file each: title,
 * outlet, date and address in front matter), so the events are distractors for each other beside the five seeds.
 *
 * For each event: the side panel at 420 px (first screen, then the whole panel; then again with Shared and the marked
 * cards' "How … tells the rest" lines opened: <event>-panel-open.png), the panel's text per section
 * (<out>/<event>-report.txt, the counts, cards, "Said by" lines and labels as the reader reads them) and a "Trace
 * quote" on the page's first direct quote of at least 6 words (the context menu's request, as tests/e2e/sidebar.e2e.ts
 * writes it; screenshot and text). Also the options page after the import. Everything goes to --out (default
 * /tmp/audit62): the BASIL and NewsWCL50 texts are not redistributable, so only the meth shots may be committed.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { launchExtension, reportText } from '../tests/e2e/fixtures';
import { startNewsSite } from '../scripts/news-site';
import { loadBasilSet } from '../tests/data/engine/basil-sets';
import { loadNewsWclSet } from '../tests/data/engine/newswcl';
import { methArticles } from '../tests/data/engine/fixtures';
import { PENDING_TRACE_KEY } from '../lib/extension/protocol';
import type { Article } from '../lib/types';
import { titleDerived } from '../lib/ingest/warnings';
import { optionValue } from './args.ts';

const args = process.argv.slice(2);
const ONLY = optionValue('--only', args)?.split(',');
/** A side panel at the width the brief reads it. */
const PANEL = { width: 420, height: 900 };

export interface Event {
  name: string;
  articles: Article[];
}

function events(): Event[] {
  const all: Array<[string, () => Article[] | null]> = [
    ['hunter', () => loadBasilSet('basil-hunter')],
    ['pompeo', () => loadNewsWclSet('pompeo')],
    ['meth', methArticles],
  ];
  const out: Event[] = [];
  for (const [name, load] of all) {
    const articles = load();
    if (!articles) console.log(`skipped ${name}: its texts are not on this machine`);
    else out.push({ name, articles });
  }
  return out;
}

/**
 * The Markdown file a reader would import for an article (what the corpus manager reads back into the same article).
 * A title the loader derived from the first sentence (Multi-News, GVC texts) is left out, so the import derives it
 * again and marks it: written as front matter it would read as a headline and drop the lead (audit71 §4).
 */
function markdown(a: Article): string {
  const front = titleDerived(a) ? [] : [`title: ${JSON.stringify(a.title)}`];
  if (a.outlet) front.push(`outlet: ${JSON.stringify(a.outlet)}`);
  if (a.date) front.push(`date: ${JSON.stringify(a.date)}`);
  if (a.url) front.push(`url: ${JSON.stringify(a.url)}`);
  return (front.length ? ['---', ...front, '---', a.text].join('\n') : a.text) + '\n';
}

/**
 * A page whose title the loader derived from its first sentence (Multi-News texts) served with no headline of it: the
 * news site's `<h1>`, `<title>` and `og:title` are that sentence, which the report would read as the page's headline
 * and drop its lead with (audit71 §4). Without them the extension derives and marks the title itself, as the import does
 * (`markdown`), and reads the page as the corpus article (audit74 §2).
 */
export function headlineless(html: string): string {
  return html.replace(/<h1>[^<]*<\/h1>/, '').replace(/<title>[^<]*<\/title>/, '').replace(/<meta property="og:title"[^>]*>/, '');
}

/** The page's first direct quote of at least 6 words (the one a reader would select and trace). */
function firstQuote(a: Article): string | null {
  for (const q of a.quotes) {
    if (q.kind !== 'direct') continue;
    // A quote split by its attribution: the reader selects one contiguous part, the first.
    const part = q.parts?.[0];
    const text = part ? a.text.slice(part.start, part.end).replace(/^[\s"“”'‘’]+|[\s"“”'‘’,]+$/g, '') : q.text;
    if (text.split(/\s+/).length >= 6) return text;
  }
  return null;
}

async function shot(p: Page, out: string, file: string, fullPage: boolean): Promise<void> {
  await p.evaluate(() => window.scrollTo(0, 0));
  await p.screenshot({ path: path.join(out, file), fullPage });
  console.log(`  ${file}`);
}

/**
 * The shots and texts of `evs` into `out` (audit64 reads other events with it): each event's SECOND article is the page,
 * every other article of every event is imported through the options page.
 */
export async function runShots(all: Event[], out: string): Promise<void> {
  await mkdir(out, { recursive: true });
  const evs = all.filter((e) => !ONLY || ONLY.includes(e.name));
  console.log(`load ${loadavg().map((x) => x.toFixed(1)).join(' ')}; events ${evs.map((e) => e.name).join(', ')}`);
  const pages = evs.map((e) => e.articles[1]!);
  const imported = evs.flatMap((e) => e.articles.filter((a) => a !== e.articles[1]));
  const ext = await launchExtension();
  const site = await startNewsSite({ articles: pages });
  try {
    await ext.waitForCorpus(5);
    const before = await ext.corpusCount();
    const options = await ext.openExtensionPage('options.html');
    await options.setViewportSize({ width: 1280, height: 900 });
    await options.locator('#px-file-input').setInputFiles(
      imported.map((a) => ({ name: `${a.id}.md`, mimeType: 'text/markdown', buffer: Buffer.from(markdown(a)) })),
    );
    await ext.waitForCorpus(before + imported.length, 60_000);
    await options.waitForTimeout(1500);
    await shot(options, out, 'options.png', false);
    await options.close();

    for (const a of pages.filter(titleDerived)) {
      await ext.context.route(site.url(a.id), async (route) => {
        const res = await route.fetch();
        await route.fulfill({ response: res, body: headlineless(await res.text()) });
      });
    }
    for (const [k, ev] of evs.entries()) {
      const article = pages[k]!;
      console.log(`${ev.name}: page ${article.outlet} "${article.title}"`);
      const page = await ext.context.newPage();
      await page.goto(site.url(article.id), { waitUntil: 'load' });
      const tabId = await ext.clickToolbarButton(page);
      const panel = await ext.context.newPage();
      await panel.setViewportSize(PANEL);
      await panel.goto(ext.extensionUrl(`sidepanel.html?tabId=${tabId}`));
      await panel.locator('[data-section], .px-empty, [role="alert"], [data-state]').first().waitFor({ timeout: 120_000 });
      await panel.waitForTimeout(1000);
      const head = await panel.locator('header').innerText().catch(() => '');
      // Shared is collapsed by default: its cards are read too (the shots show the panel as it opens).
      await shot(panel, out, `${ev.name}-panel-first.png`, false);
      await shot(panel, out, `${ev.name}-panel-full.png`, true);
      await panel.locator('[data-section="shared"] > details').evaluate((d) => ((d as HTMLDetailsElement).open = true)).catch(() => undefined);
      // …and so are the marked cards' collapsed "How … tells the rest" lines (audit62), opened for the text and a shot.
      await panel.$$eval('details[data-rest]', (els) => els.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      await writeFile(path.join(out, `${ev.name}-report.txt`), `${head}\n\n${await reportText(panel)}\n`);
      await shot(panel, out, `${ev.name}-panel-open.png`, true);

      const quote = firstQuote(article);
      if (quote) {
        await ext.serviceWorker.evaluate(
          `chrome.storage.session.set({ ${JSON.stringify(PENDING_TRACE_KEY)}: ${JSON.stringify({ text: quote, tabId, url: null, at: Date.now() })} })`,
        );
        await panel.getByRole('button', { name: /back/i }).first().waitFor({ timeout: 60_000 });
        await panel.waitForTimeout(3000);
        await writeFile(path.join(out, `${ev.name}-trace.txt`), `${quote}\n\n${await panel.locator('body').innerText()}\n`);
        await shot(panel, out, `${ev.name}-trace.png`, true);
      } else console.log('  no direct quote of 6 words on the page: no trace');
      await panel.close();
      await page.close();
    }
    if (ext.external.length) console.log(`requests beyond 127.0.0.1: ${ext.external.join(' ')}`);
  } finally {
    await site.close();
    await ext.close();
  }
}

if (process.argv[1]?.endsWith('audit62-shots.ts')) void runShots(events(), optionValue('--out', args) ?? '/tmp/audit62');
