/**
 * panel77: the side panel's compare called in the offscreen document's window when Chrome runs both in one
 * process (`chrome.extension.getViews()`), instead of a message to the browser and back: the same report as
 * the message gives, no message sent, a failure at once when the document goes away mid-compare (the panel
 * then compares itself), and the message as before when no such window is there. Invented articles.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { compareOffscreen, OFFSCREEN_COMPARE, OFFSCREEN_PATH, serveOffscreenCompare } from '../../lib/extension/platform';
import { compareArticle, MemoryIndex } from '../../lib/engine';
import { fakeBrowserEach, HERE, OTHER, wireCompareContext } from './compare-context';
import type { Article, Report } from '../../lib/types';

const fake = fakeBrowserEach();

/** A window as getViews gives it: the offscreen document's, whose script ran `serveOffscreenCompare(compare)`. */
function offscreenWindow(compare: ((a: Article | null) => Promise<Report | null>) | null, path = `/${OFFSCREEN_PATH}`) {
  const listeners = new Set<() => void>();
  const win: Record<string, unknown> = {
    closed: false,
    location: { pathname: path },
    addEventListener: (type: string, l: () => void) => type === 'pagehide' && listeners.add(l),
    removeEventListener: (type: string, l: () => void) => type === 'pagehide' && listeners.delete(l),
  };
  if (compare) {
    // The document's own global: what serveOffscreenCompare offers there is found on its window.
    const own = globalThis as unknown as Record<string, unknown>;
    const before = new Set(Object.keys(own));
    vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation(() => undefined);
    serveOffscreenCompare(compare);
    for (const k of Object.keys(own)) if (!before.has(k) || k.startsWith('__parallax')) win[k] = own[k];
  }
  return { win, hide: () => [...listeners].forEach((l) => l()), listeners };
}

function withViews(...wins: Array<Record<string, unknown>>) {
  fake.offscreen = { hasDocument: async () => true, createDocument: vi.fn() };
  (fakeBrowser as unknown as Record<string, any>).extension = { getViews: () => [globalThis, ...wins] };
}

describe('the compare called in the offscreen document in the panel process', () => {
  it('gives the report the message gives, without a message', async () => {
    const corpus = new MemoryIndex([HERE, OTHER]);
    const compare = vi.fn(async (a: Article | null) => (a ? compareArticle(a, corpus) : null));
    const { win, listeners } = offscreenWindow(compare);
    withViews(win);
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const direct = await compareOffscreen(HERE);
    expect(send).not.toHaveBeenCalled();
    expect(compare).toHaveBeenCalledTimes(1);
    // The document got its own copy of the article (JSON), not the panel's object.
    expect(compare.mock.calls[0]![0]).not.toBe(HERE);
    expect(compare.mock.calls[0]![0]).toEqual(JSON.parse(JSON.stringify(HERE)));
    expect(direct.related.map((r) => r.id)).toEqual(['warm-b']);
    expect(listeners.size).toBe(0);

    // The same compare by message (no window to call): the same report, to the byte.
    (fakeBrowser as unknown as Record<string, any>).extension = { getViews: () => [globalThis] };
    const { send: sent } = wireCompareContext(async (a) => (a ? compareArticle(a, new MemoryIndex([HERE, OTHER])) : null), { noReceiver: 'undefined' });
    const byMessage = await compareOffscreen(HERE);
    expect(sent).toHaveBeenCalledWith({ type: OFFSCREEN_COMPARE, article: HERE });
    expect(JSON.stringify(direct)).toBe(JSON.stringify(byMessage));
  });

  it('fails at once when the document goes away during the compare (the panel then compares itself)', async () => {
    const { win, hide } = offscreenWindow(() => new Promise(() => undefined)); // a closed document's work never ends
    withViews(win);
    const asked = compareOffscreen(HERE, 60_000);
    await Promise.resolve();
    hide();
    await expect(asked).rejects.toThrow(/closed during the compare/);
  });

  it('passes on the document\'s error', async () => {
    const { win } = offscreenWindow(async () => {
      throw new Error('the database is gone');
    });
    withViews(win);
    await expect(compareOffscreen(HERE)).rejects.toThrow(/database is gone/);
  });

  it('sends the message when no window of the document offers the compare (not open, its script not run yet, another page)', async () => {
    const notYet = offscreenWindow(null).win;
    const options = offscreenWindow(async () => null, '/options.html').win;
    withViews(notYet, options);
    const { send } = wireCompareContext(async (a) => (a ? compareArticle(a, new MemoryIndex([HERE, OTHER])) : null), { noReceiver: 'undefined' });
    const report = await compareOffscreen(HERE);
    expect(send).toHaveBeenCalledTimes(1);
    expect(report.related.map((r) => r.id)).toEqual(['warm-b']);
  });
});
