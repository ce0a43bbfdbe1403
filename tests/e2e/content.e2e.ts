/**
 * The content script on real article pages (the Zyte benchmark's saved HTML, served on 127.0.0.1):
 * every block it extracts must be found again in the live page and marked, and clearing the marks
 * must give the page its text back. This is where anchoring meets real markup: inline links, nested
 * spans, entities, odd whitespace, text that Readability or ingestion cleaned.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { launchExtension, ROOT } from './fixtures';
import type { ExtensionHarness } from './fixtures';
import type { ExtractedPage } from '../../lib/types';

/** The benchmark's pages: ../shared/data beside the checkout, or ZYTE_HTML_DIR. Skipped when absent. */
const DATA = process.env.ZYTE_HTML_DIR ?? path.resolve(ROOT, '..', 'shared', 'data', 'zyte-article-extraction', 'html');
const PAGES = 20;

let ext: ExtensionHarness;
let server: Server;
let origin = '';
let ids: string[] = [];

beforeAll(async () => {
  ids = existsSync(DATA)
    ? readdirSync(DATA)
        .filter((n) => n.endsWith('.html.gz'))
        .sort()
        .slice(0, PAGES)
        .map((n) => n.replace(/\.html\.gz$/, ''))
    : [];
  server = createServer((req, res) => {
    const id = /^\/real\/([0-9a-f]+)$/.exec(req.url ?? '')?.[1];
    if (!id || !ids.includes(id)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(gunzipSync(readFileSync(path.join(DATA, `${id}.html.gz`))));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
  await new Promise((r) => server?.close(r));
});

describe.runIf(existsSync(DATA))('anchoring on real article pages', () => {
  it(`finds and marks nearly every extracted block on ${PAGES} real pages, also when slightly changed, and clears cleanly`, async () => {
    const page = await ext.context.newPage();
    let blocks = 0;
    let anchored = 0;
    let changedBlocks = 0;
    let changedAnchored = 0;
    const misses: string[] = [];
    for (const id of ids) {
      const url = `${origin}/real/${id}`;
      await page.goto(url, { waitUntil: 'load' });
      const tabId = await ext.tabIdOf(url);
      // Some saved pages still rewrite themselves for a moment after load; wait until they stop.
      let before = await page.evaluate(() => document.body.innerText);
      for (let k = 0; k < 20; k++) {
        await page.waitForTimeout(250);
        const now = await page.evaluate(() => document.body.innerText);
        if (now === before) break;
        before = now;
      }
      const reply = await ext.sendToTab(tabId, { type: 'parallax:extract' });
      expect(reply.ok, `extract ${id}: ${reply.ok ? '' : reply.error}`).toBe(true);
      if (!reply.ok || 'notArticle' in reply.value) continue;
      const extracted = reply.value as ExtractedPage;
      const items = extracted.blocks.map((b, i) => ({ i, text: b.text, kind: 'unique' as const }));
      const marked = await ext.sendToTab(tabId, { type: 'parallax:highlight', items });
      expect(marked.ok).toBe(true);
      if (!marked.ok) continue;
      blocks += items.length;
      anchored += marked.value;
      if (marked.value < items.length) misses.push(`${id}: ${marked.value}/${items.length}`);
      await ext.sendToTab(tabId, { type: 'parallax:clear-highlights' });

      // The same blocks as a cleaned copy might have them: a word dropped, quotes straightened.
      const changed = items
        .filter((it) => it.text.split(' ').length >= 10)
        .map((it) => {
          const words = it.text.split(' ');
          words.splice(Math.floor(words.length / 2), 1);
          return { ...it, text: words.join(' ').replace(/[“”]/g, '"').replace(/[‘’]/g, "'") };
        });
      const fuzzy = await ext.sendToTab(tabId, { type: 'parallax:highlight', items: changed });
      if (fuzzy.ok) {
        changedBlocks += changed.length;
        changedAnchored += fuzzy.value;
      }
      await ext.sendToTab(tabId, { type: 'parallax:clear-highlights' });
      expect(await page.evaluate(() => document.querySelectorAll('parallax-mark').length)).toBe(0);
      expect(await page.evaluate(() => document.body.innerText), `text restored on ${id}`).toBe(before);
    }
    console.log(
      `anchoring: ${anchored}/${blocks} extracted blocks found in ${ids.length} real pages` +
        ` (short: ${misses.join(', ') || 'none'}); with a word dropped: ${changedAnchored}/${changedBlocks}`,
    );
    expect(blocks).toBeGreaterThan(200);
    expect(anchored / blocks).toBeGreaterThanOrEqual(0.97);
    expect(changedAnchored / changedBlocks).toBeGreaterThanOrEqual(0.9);
  });
});
