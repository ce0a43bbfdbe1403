/**
 * What a reader meets walking through the panel and the corpus manager (ui31), in real Chromium with
 * the built extension: the panel's section links take the keyboard to a section far down the report,
 * and the edit form's "Pinned" checkbox is a checkbox beside its words (not a box stretched across
 * the form). Layout and focus are the browser's own, which a unit test in happy-dom cannot see.
 */
import { describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { SEED_003, useSeededExtension } from './fixtures';
import type { ExtensionHarness } from './fixtures';

let ext: ExtensionHarness;

useSeededExtension((h) => (ext = h));

describe('a reader walking through Parallax', () => {
  it('reaches "Possible conflicts" with a few keys from the top of the panel, past every added and left-out card', async () => {
    const { panel } = await ext.openSidePanelFor(ext.newsSite.url(SEED_003));
    await panel.setViewportSize({ width: 420, height: 900 });
    const conflicts = panel.locator('[data-section="conflicts"]');
    await conflicts.waitFor({ timeout: 60_000 });
    const nav = panel.getByRole('navigation', { name: 'Sections of the report' });
    const link = nav.getByRole('link', { name: /^Possible conflicts \d+$/ });
    // The link's count is the section's.
    const count = Number((await link.innerText()).match(/\d+$/)![0]);
    expect(count).toBeGreaterThan(0);
    expect(await conflicts.locator('.px-facts > li').count()).toBe(count);

    await panel.locator('h1').first().click(); // start from the top, as a reader who just opened it
    let presses = 0;
    while (presses < 20 && (await panel.evaluate(() => document.activeElement?.textContent ?? '')).match(/^Possible conflicts/) === null) {
      await panel.keyboard.press('Tab');
      presses++;
    }
    expect(presses).toBeLessThan(10);
    await panel.keyboard.press('Enter');
    await expect.poll(() => conflicts.locator('h2').evaluate((h) => h.getBoundingClientRect().top)).toBeLessThan(200);
    await panel.keyboard.press('Tab');
    expect(await panel.evaluate(() => document.activeElement?.closest('[data-section]')?.getAttribute('data-section'))).toBe('conflicts');
    // The links pass the accessibility check (contrast of the counts, names), in light and dark.
    for (const colorScheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme });
      const found = await new AxeBuilder({ page: panel }).include('nav.px-jump').analyze();
      expect(found.violations.map((v) => `${colorScheme}: ${v.id}`)).toEqual([]);
    }
  });

  it('"Shared", collapsed, opens when its link is followed', async () => {
    const { panel } = await ext.openSidePanelFor(ext.newsSite.url(SEED_003));
    const shared = panel.locator('[data-section="shared"] details').first();
    await shared.waitFor({ state: 'attached', timeout: 60_000 });
    expect(await shared.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await panel.getByRole('navigation', { name: 'Sections of the report' }).getByRole('link', { name: /^Shared \d+$/ }).click();
    expect(await shared.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await panel.locator('[data-section="shared"] .px-facts > li').first().isVisible()).toBe(true);
  });

  it('the edit form shows "Pinned" as a checkbox beside its words', async () => {
    const page = await ext.openExtensionPage('options.html');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.locator('tbody tr').first().getByRole('button', { name: /^Edit/ }).click();
    const form = page.getByRole('form', { name: /^Edit/ });
    const box = (await form.getByRole('checkbox', { name: /Pinned/ }).boundingBox())!;
    const words = (await form.getByText(/^Pinned: /).boundingBox())!;
    expect(box.width).toBeLessThan(32);
    expect(box.height).toBeLessThan(32);
    // On the words' line, just before them.
    expect(box.x + box.width).toBeLessThanOrEqual(words.x);
    expect(words.x - (box.x + box.width)).toBeLessThan(24);
    expect(Math.abs(box.y + box.height / 2 - (words.y + words.height / 2))).toBeLessThan(words.height);
  });
});
