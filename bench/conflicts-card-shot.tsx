/**
 * A screenshot of the Conflicts section as the side panel draws it, on the seeds (real coverage of
 * one story: Bukele's offer, its translations and the figures outlets gave), in real Chromium.
 *   npx tsx bench/conflicts-card-shot.tsx [OUT.png]   (default docs/screenshots/conflicts-card.png)
 * One card of each kind (the first quote wording, the first figure). The section is rendered with the side panel's own component and style sheets (theme, sidebar,
 * trace) into a page 400 px wide. Skips with a printed reason when Chromium is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { render } from 'preact';
import { chromium } from 'playwright-core';
import { ConflictsSection, type FactCallbacks } from '../components/sidebar/Sections';
import { buildView } from '../lib/sidebar/view';
import { loadGroups, readGroup } from './conflicts-data.ts';

const out = process.argv[2] ?? 'docs/screenshots/conflicts-card.png';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.log(`skipped: no Chromium at ${CHROMIUM}`);
  process.exit(0);
}
const seeds = (await loadGroups(() => undefined)).find((g) => g.name === 'seeds');
if (!seeds) {
  console.log('skipped: the seeds are absent');
  process.exit(0);
}
// The seed article whose report has the most conflicts, quote wording among them.
const readings = await readGroup(seeds);
const best = readings.filter((r) => r.report.conflicts.some((c) => c.kind === 'quote')).sort((x, y) => y.report.conflicts.length - x.report.conflicts.length)[0]!;
const view = buildView(best.report);

const win = new Window();
(globalThis as unknown as { document: unknown }).document = win.document;
const root = win.document.createElement('div');
const cb: FactCallbacks = { onShow: () => undefined, onTrace: () => undefined, quotesAt: () => [], scroll: null };
// One card of each kind: the first quote wording and the first figure.
const shown = [view.conflicts.find((c) => c.kind === 'quote'), view.conflicts.find((c) => c.kind !== 'quote')].filter((c) => c !== undefined);
render(<ConflictsSection items={shown} cb={cb} />, root as unknown as Element);
const css = ['components/theme.css', 'components/sidebar/sidebar.css', 'components/sidebar/trace.css'].map((f) => readFileSync(f, 'utf8')).join('\n');
const html = `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body><div class="px-sidebar">${root.innerHTML}</div></body></html>`;

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
const page = await browser.newPage({ viewport: { width: 400, height: 800 } });
await page.setContent(html);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
console.log(`${best.article.outlet}: ${view.conflicts.length} conflicts (${view.conflicts.map((c) => c.kind ?? '?').join(', ')}) → ${out}`);
