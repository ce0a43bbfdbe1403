/**
 * A screenshot of a left-out card whose sentence some outlets tell but for a part (card15), as the
 * side panel draws it, in real Chromium: the plague story (tests/data/engine/plague, real coverage by
 * four outlets), each article read in turn against the others; the first card whose outlets split
 * into "lack only the marked part" and "lack the whole sentence", with the card ranked above it.
 *   npx tsx bench/leftout-card-shot.tsx [OUT.png]   (default docs/screenshots/leftout-card.png)
 * Rendered with the side panel's own component and style sheets into a page 400 px wide. Skips with
 * a printed reason when Chromium is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { render } from 'preact';
import { chromium } from 'playwright-core';
import { LeftOutSection, type FactCallbacks } from '../components/sidebar/Sections';
import { compareArticle, MemoryIndex } from '../lib/engine/index';
import { buildView, leftOutHint } from '../lib/sidebar/view';
import { loadSet } from '../tests/data/engine/fixtures';

const out = process.argv[2] ?? 'docs/screenshots/leftout-card.png';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.log(`skipped: no Chromium at ${CHROMIUM}`);
  process.exit(0);
}
const articles = await loadSet('plague');
let found: { view: ReturnType<typeof buildView>; n: number } | null = null;
for (const a of articles) {
  const view = buildView(await compareArticle(a, new MemoryIndex(articles.filter((b) => b !== a))));
  const n = view.leftOut.findIndex((c) => (c.wholeFrom?.length ?? 0) > 0);
  if (n >= 0 && (!found || n < found.n)) found = { view, n };
}
if (!found) {
  console.log('no left-out card with outlets lacking only a part and others lacking it all');
  process.exit(0);
}
const { view, n } = found;
const shown = view.leftOut.slice(Math.max(0, n - 1), n + 1);

const win = new Window();
(globalThis as unknown as { document: unknown }).document = win.document;
const root = win.document.createElement('div');
const cb: FactCallbacks = { onShow: () => undefined, onTrace: () => undefined, quotesAt: () => [], scroll: null };
render(<LeftOutSection items={shown} cb={cb} />, root as unknown as Element);
const css = ['components/theme.css', 'components/sidebar/sidebar.css', 'components/sidebar/trace.css'].map((f) => readFileSync(f, 'utf8')).join('\n');
const html = `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body><div class="px-sidebar">${root.innerHTML}</div></body></html>`;

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
const page = await browser.newPage({ viewport: { width: 400, height: 200 } });
await page.setContent(html);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
console.log(`${view.outlet}: left-out card ${n + 1} of ${view.leftOut.length}: ${view.leftOut[n]!.text}\n  ${leftOutHint(view.leftOut[n]!)} → ${out}`);
