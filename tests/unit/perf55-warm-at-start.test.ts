/**
 * perf55: the offscreen document's engine run once at browser start, for readers who use the side
 * panel (lib/extension/platform.ts notePanelUsed / warmAtStart / warmOffscreen(true)), and never from
 * the panel's own warm-up request (which only opens the document and loads the engine: a run there
 * would take the main thread the panel draws on). Fake browser; messages through JSON.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { notePanelUsed, OFFSCREEN_COMPARE, PANEL_USED_KEY, serveOffscreenCompare, warmAtStart, warmOffscreen } from '../../lib/extension/platform';

type Anything = Record<string, any>;
const fake = fakeBrowser as unknown as Anything;
const DAY = 86_400_000;
const NOW = Date.UTC(2031, 2, 14, 8);

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  vi.restoreAllMocks();
  delete fake.offscreen;
});

/** An offscreen document (opened on demand) whose listener is serveOffscreenCompare; returns what it was asked. */
function document() {
  let open = false;
  fake.offscreen = { hasDocument: async () => open, createDocument: vi.fn(async () => void (open = true)) };
  let listener: ((m: unknown, s: unknown, reply: (r: unknown) => void) => unknown) | null = null;
  vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((l: any) => {
    listener = l;
  });
  const asked: Array<{ article: unknown; runEngine: boolean | undefined }> = [];
  serveOffscreenCompare(async (article, runEngine) => (asked.push({ article, runEngine }), null));
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(
    (async (m: unknown) =>
      new Promise((resolve) => {
        const r = listener!(JSON.parse(JSON.stringify(m)), { url: fakeBrowser.runtime.getURL('/background.js') }, (x) => resolve(JSON.parse(JSON.stringify(x))));
        if (r !== true) resolve(undefined);
      })) as never,
  );
  return asked;
}

const settled = () => new Promise((r) => setTimeout(r, 20));

describe('the compare warmed up at browser start', () => {
  it('runs the engine once at browser start for a reader who opened the panel lately', async () => {
    const asked = document();
    notePanelUsed(NOW - 3 * DAY);
    await settled();
    expect((await fakeBrowser.storage.local.get(PANEL_USED_KEY))[PANEL_USED_KEY]).toBe(NOW - 3 * DAY);
    expect(await warmAtStart(NOW)).toBe(true);
    await settled();
    expect(fake.offscreen.createDocument).toHaveBeenCalledTimes(1);
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: OFFSCREEN_COMPARE, warmUp: true });
    expect(asked).toEqual([{ article: null, runEngine: true }]);
  });

  it('does nothing at browser start for a reader who never opened the panel, or not for 30 days', async () => {
    const asked = document();
    expect(await warmAtStart(NOW)).toBe(false);
    notePanelUsed(NOW - 31 * DAY);
    await settled();
    expect(await warmAtStart(NOW)).toBe(false);
    await settled();
    expect(fake.offscreen.createDocument).not.toHaveBeenCalled();
    expect(asked).toEqual([]);
  });

  it("the panel's own warm-up only opens the document and loads the engine", async () => {
    const asked = document();
    warmOffscreen();
    await settled();
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: OFFSCREEN_COMPARE });
    expect(asked).toEqual([{ article: null, runEngine: false }]);
  });
});
