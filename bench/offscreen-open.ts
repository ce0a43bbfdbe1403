/**
 * What a Chrome corpus job pays for the offscreen document, in real Chromium with the BUILT
 * extension:
 *
 *   npm run build && npx tsx bench/offscreen-open.ts [--runs 10] [--dir .output/chrome-mv3]
 *
 * Each run, from the service worker: create the offscreen document (reason DOM_PARSER) and time it
 * until the document answers its first request: the corpus job the worker sends at every browser
 * start (`parallax:corpus-job` prepare, sw70: the job's code loaded, the corpus opened, the feed
 * interval read); then close the document. Builds before sw70 answered other first requests (a page
 * to read, a feed to parse: docs/notes/pkg16.md). Also parseFeed on an RSS feed of 100 items of ~2 kB
 * in this Node process (what a refresh parses, now in the document). Prints medians (and min / max);
 * not a test.
 */
import { chromium, type BrowserContext } from 'playwright-core';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumArgs, CHROMIUM, EXTENSION_DIR } from '../tests/e2e/fixtures';
import { optionValue } from './args.ts';
import { msSummary as stats } from './baseline.ts';
import { parseFeed } from '../lib/feeds/parse';

const args = process.argv.slice(2);
const opt = (name: string) => optionValue(name, args);
const RUNS = Number(opt('--runs') ?? 10);
const DIR = opt('--dir') ?? EXTENSION_DIR;

/** An RSS 2.0 feed of `n` items, each a few paragraphs of HTML (~2 kB). */
function rss(n: number): string {
  const para = 'The port authority said on Tuesday that the new terminal would open in the spring, two years late. ';
  const items = Array.from({ length: n }, (_, k) => {
    const html = `<p>${para.repeat(6)}</p><p>${para.repeat(6)}</p><p>${para.repeat(6)}</p>`;
    return `<item><title>Story ${k}</title><link>https://news.example/story/${k}</link><guid>https://news.example/story/${k}</guid><pubDate>Tue, 23 Dec 2025 10:${String(k % 60).padStart(2, '0')}:00 GMT</pubDate><description><![CDATA[${html}]]></description></item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bench Wire</title><link>https://news.example/</link>${items.join('')}</channel></rss>`;
}

async function main() {
  const copy = await mkdtemp(path.join(tmpdir(), 'parallax-off-'));
  await cp(DIR, copy, { recursive: true });
  const profile = await mkdtemp(path.join(tmpdir(), 'parallax-off-profile-'));
  let context: BrowserContext | null = null;
  try {
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: chromiumArgs(copy) });
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    await new Promise((r) => setTimeout(r, 3000)); // install work (seeds) first
    const xml = rss(100);
    const open: number[] = [];
    for (let k = 0; k < RUNS; k++) {
      const r = await sw.evaluate(async () => {
        // (No named functions in here: tsx would wrap them in a helper the worker does not have.)
        const c = (globalThis as any).chrome;
        const t0 = performance.now();
        await c.offscreen.createDocument({ url: 'offscreen.html', reasons: ['DOM_PARSER'], justification: 'bench' });
        for (;;) {
          try {
            const got = await c.runtime.sendMessage({ type: 'parallax:corpus-job', job: { kind: 'prepare' } });
            if (!got || !('value' in got)) throw new Error(`the job failed: ${JSON.stringify(got)}`);
            break;
          } catch (e) {
            if (!/Receiving end does not exist|Could not establish connection/i.test(String(e))) throw e;
            await new Promise((r) => setTimeout(r, 2));
          }
        }
        const opened = performance.now() - t0;
        await c.offscreen.closeDocument();
        return { opened };
      });
      open.push(r.opened);
    }
    // A refresh's feed parse, in this process (Node's V8).
    const here: number[] = [];
    for (let k = 0; k < RUNS; k++) {
      const t = performance.now();
      parseFeed(xml);
      here.push(performance.now() - t);
    }
    console.log(`${RUNS} runs, ${path.relative(process.cwd(), DIR) || DIR}`);
    console.log(`offscreen document created → first corpus job (prepare) answered: ${stats(open)}`);
    console.log(`a feed of 100 items (${(xml.length / 1024).toFixed(0)} kB) parsed by parseFeed in Node: ${stats(here)}`);
  } finally {
    await context?.close();
    await rm(copy, { recursive: true, force: true });
    await rm(profile, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
