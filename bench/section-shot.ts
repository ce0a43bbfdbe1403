/**
 * One side-panel section drawn in real Chromium, as the panel draws it: the section's own component
 * rendered (happy-dom) with the side panel's style sheets (theme, sidebar, trace) into a page 400 px
 * wide, screenshotted full page. Used by the card-shot benches (conflicts-card-shot, leftout-card-shot).
 */
import { existsSync, readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { render, type ComponentChild } from 'preact';
import { chromium } from 'playwright-core';
import type { FactCallbacks } from '../components/sidebar/Sections';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Exits with a printed reason when Chromium is absent (the benches skip, they do not fail). */
export function needChromium(): void {
  if (!existsSync(CHROMIUM)) {
    console.log(`skipped: no Chromium at ${CHROMIUM}`);
    process.exit(0);
  }
}

/** Callbacks that do nothing: a screenshot has no page to scroll or quote to trace. */
export const inertCallbacks: FactCallbacks = { onShow: () => undefined, onTrace: () => undefined, quotesAt: () => [], scroll: null };

/**
 * Renders `section` and writes its screenshot to `out`; `height` is the first viewport (the page grows
 * to fit). `open`: a selector of <details> to open before the shot (collapsed by default in the panel).
 */
export async function shootSection(section: ComponentChild, out: string, height: number, open?: string): Promise<void> {
  const win = new Window();
  (globalThis as unknown as { document: unknown }).document = win.document;
  const root = win.document.createElement('div');
  render(section, root as unknown as Element);
  const css = ['components/theme.css', 'components/sidebar/sidebar.css', 'components/sidebar/trace.css'].map((f) => readFileSync(f, 'utf8')).join('\n');
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body><div class="px-sidebar">${root.innerHTML}</div></body></html>`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 400, height } });
    await page.setContent(html);
    if (open) await page.$$eval(open, (els) => els.forEach((e) => e.setAttribute('open', '')));
    await page.screenshot({ path: out, fullPage: true });
  } finally {
    await browser.close();
  }
}
