/**
 * Narrow panels and large text (ui34), in real Chromium on seed 003: a side panel dragged to 320 px, and a
 * 420 px panel at 200 % zoom (210 CSS px), must not cut text off or make the reader scroll sideways — every
 * badge, link and button fits the width. The corpus manager at 320 px (a phone-width window or 400 %
 * zoom) likewise: its cards fit; only the article table scrolls, inside its own box.
 */
import { describe, expect, it } from 'vitest';
import { SEED_003, sideways, useSeededExtension } from './fixtures';
import type { ExtensionHarness } from './fixtures';

let ext: ExtensionHarness;
useSeededExtension((h) => (ext = h));

describe('a narrow panel', () => {
  it('at 320 px and at 200 % zoom, the report of seed 003 fits its width: nothing to scroll sideways', async () => {
    const { panel, page } = await ext.openSidePanelFor(ext.newsSite.url(SEED_003));
    for (const size of [
      { width: 320, height: 900, scale: 1 },
      // A 420 px side panel at 200 % zoom lays out 210 CSS pixels, drawn twice as large.
      { width: 210, height: 450, scale: 2 },
    ]) {
      const cdp = await ext.context.newCDPSession(panel);
      await cdp.send('Emulation.setDeviceMetricsOverride', { width: size.width, height: size.height, deviceScaleFactor: size.scale, mobile: false });
      await panel.reload();
      await panel.locator('[data-section="left-out"]').waitFor({ timeout: 120_000 });
      // The long badges of seed 003's cards ("marked part left out by 1 of 4 other outlets") are on the page.
      await expect.poll(() => panel.locator('.px-badge').count()).toBeGreaterThan(3);
      const s = await sideways(panel);
      expect(s.client).toBe(size.width);
      expect(s.out).toEqual([]);
      expect(s.scroll).toBe(s.client);
      await cdp.detach();
    }
    await panel.close();
    await page.close();
  });

  it('the corpus manager at 320 px: its cards fit; only the table scrolls, in its own box', async () => {
    const options = await ext.openExtensionPage('options.html');
    await options.setViewportSize({ width: 320, height: 900 });
    await options.getByRole('heading', { name: 'Feeds' }).waitFor();
    await options.locator('tbody tr').first().waitFor();
    const s = await sideways(options);
    expect(s.out).toEqual([]);
    expect(s.scroll).toBe(s.client);
    await options.close();
  });
});
