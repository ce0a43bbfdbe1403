/**
 * perf54: the side panel's compare runs in Chrome's offscreen document, which stays open with the
 * engine loaded between panel openings; the panel compares in its own page when that document is
 * not there or closes mid-compare; a change of the corpus in the options page is seen by the next
 * panel (nothing read from the corpus is kept in the document between compares).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { reportText, SEED_003, seedPanelWithReport, useSeededExtension } from './fixtures';
import type { ExtensionHarness } from './fixtures';

const SEED_000 = '000_14712938aead5b0e';
let ext: ExtensionHarness;
useSeededExtension((h) => (ext = h));

/** The offscreen documents open now (their ids), as the service worker sees them. */
const offscreenDocs = (): Promise<string[]> =>
  ext.serviceWorker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { runtime: { getContexts(f: object): Promise<Array<{ documentId?: string }>> } } }).chrome;
    return (await c.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).map((x) => x.documentId ?? '');
  });

/**
 * Did the engine compare in this page? Its reads through the panel's corpus view are timed there
 * (lib/sidebar/controller.ts `parallax:db:*`); the panel itself reads only the count and "in the corpus".
 */
const comparedHere = (panel: Page): Promise<boolean> =>
  panel.evaluate(() => performance.getEntriesByName('parallax:db:getMany').length + performance.getEntriesByName('parallax:db:keyIds').length > 0);

const panelOn = (query: Record<string, string> = {}) => seedPanelWithReport(ext, query);

describe('the warm compare context (Chrome offscreen document)', () => {
  let warmText = '';

  it('compares in the offscreen document, not in the panel, and shows the same report as a compare in the panel', async () => {
    const warm = await panelOn();
    expect(await offscreenDocs()).toHaveLength(1);
    expect(await comparedHere(warm.panel)).toBe(false);
    warmText = await reportText(warm.panel);
    expect(warmText).toMatch(/Others added/);

    const here = await panelOn({ compare: 'here' });
    expect(await comparedHere(here.panel)).toBe(true);
    expect(await reportText(here.panel)).toBe(warmText);
    for (const p of [warm.page, warm.panel, here.page, here.panel]) await p.close();
  });

  it('still shows the report when the offscreen document closes during the compare (the panel compares itself)', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.newsSite.url(SEED_003), { waitUntil: 'load' });
    const tabId = await ext.clickToolbarButton(page);
    const panel = await ext.context.newPage();
    // The browser closes the document right as the panel's page goes to it.
    await panel.addInitScript(() => {
      const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> }; offscreen: { closeDocument(): Promise<void> } } }).chrome;
      const send = c.runtime.sendMessage.bind(c.runtime);
      c.runtime.sendMessage = (m: unknown) => {
        const p = send(m);
        const r = m as { type?: string; article?: unknown };
        if (r?.type === 'parallax:offscreen-compare' && r.article) {
          (globalThis as unknown as { closedOffscreen: number }).closedOffscreen = ((globalThis as unknown as { closedOffscreen?: number }).closedOffscreen ?? 0) + 1;
          void c.offscreen.closeDocument().catch(() => undefined);
        }
        return p;
      };
    });
    await panel.goto(ext.extensionUrl(`sidepanel.html?tabId=${tabId}`));
    await panel.locator('[data-section="added"]').waitFor({ timeout: 60_000 });
    expect(await panel.evaluate(() => (globalThis as unknown as { closedOffscreen?: number }).closedOffscreen ?? 0)).toBeGreaterThan(0);
    expect(await comparedHere(panel)).toBe(true);
    expect(await reportText(panel)).toBe(warmText);
    await page.close();
    await panel.close();
  });

  it('does not list an article deleted in the options page when the panel opens again (same offscreen document)', async () => {
    const first = await panelOn();
    const docs = await offscreenDocs();
    expect(docs).toHaveLength(1);
    const seed000 = ext.newsSite.articles.find((a) => a.id === SEED_000)!;
    const named = seed000.title.split(/\s+/).slice(0, 8).join(' ');
    expect(await first.panel.locator('[data-section="near-copies"]').innerText()).toContain(named);
    await first.page.close();
    await first.panel.close();

    const options = await ext.openExtensionPage('options.html');
    const row = options.locator(`tbody tr[data-id="${SEED_000}"]`);
    await row.getByRole('button', { name: /^Delete/ }).click();
    await expect.poll(() => options.locator(`tbody tr[data-id="${SEED_000}"]`).count()).toBe(0);

    const again = await panelOn();
    expect(await offscreenDocs()).toEqual(docs);
    expect(await comparedHere(again.panel)).toBe(false);
    expect(await reportText(again.panel)).not.toContain(named);
    await again.page.close();
    await again.panel.close();
    await options.close();
  });
});
