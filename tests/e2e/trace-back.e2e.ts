/**
 * Trace quote and back, with the keyboard, in real Chromium with the built extension (ui33): the trace
 * takes the focus when it opens (a screen reader announces it; the next Tab is "Back to comparison"),
 * and "Back" returns the reader to the card they left — same scroll position, focus on the same Trace
 * button — not to the top of a long report. Scrolling and focus are the browser's own.
 */
import { describe, expect, it } from 'vitest';
import { SEED_003, useSeededExtension } from './fixtures';
import type { ExtensionHarness } from './fixtures';

let ext: ExtensionHarness;

useSeededExtension((h) => (ext = h));

describe('Trace quote and back', () => {
  it('returns to the card it was opened from, with the focus on its Trace button', async () => {
    const { panel } = await ext.openSidePanelFor(ext.newsSite.url(SEED_003));
    await panel.setViewportSize({ width: 420, height: 800 });
    await panel.locator('[data-section]').first().waitFor({ timeout: 60_000 });
    const trace = panel.getByRole('button', { name: /^Trace/ }).last();
    await trace.waitFor({ timeout: 60_000 });
    const label = await trace.getAttribute('aria-label');
    await trace.focus();
    const y = await panel.evaluate(() => window.scrollY);
    expect(y).toBeGreaterThan(300); // a card far enough down that a return to the top would lose it

    await panel.keyboard.press('Enter');
    await panel.getByRole('heading', { name: 'Quote trace' }).waitFor();
    // The panel moves the focus after the trace view is drawn (an effect after paint): wait for it.
    await expect.poll(() => panel.evaluate(() => document.activeElement?.getAttribute('aria-labelledby'))).toBe('px-tr-heading');
    await panel.keyboard.press('Tab');
    expect(await panel.evaluate(() => document.activeElement?.textContent?.trim())).toMatch(/Back to comparison$/);

    await panel.keyboard.press('Enter');
    await panel.locator('[data-section]').first().waitFor();
    await expect.poll(() => panel.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(label);
    expect(Math.abs((await panel.evaluate(() => window.scrollY)) - y)).toBeLessThan(5);
    expect(await trace.isVisible()).toBe(true);
  });
});
