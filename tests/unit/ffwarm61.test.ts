/**
 * ffwarm61: in Firefox the sidebar's compare goes to the persistent background page (lib/extension/
 * platform.ts compareOffscreen / warmOffscreen, answered by serveOffscreenCompare in entrypoints/
 * background.ts) instead of an offscreen document, which Firefox does not have: nothing is opened, the
 * report comes back across the message as a compare in the sidebar gives it, and every way the
 * background can fail to answer (no listener, a hang, an error) rejects, which is what makes the
 * sidebar compare in its own page (entrypoints/sidepanel/App.tsx `compareOffscreen(…).catch(local)`,
 * tested with a mocked platform in tests/unit/sidebar-app.test.tsx). Fake browser, messages through
 * JSON; invented articles.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { compareOffscreen, isFirefox, OFFSCREEN_COMPARE, warmOffscreen } from '../../lib/extension/platform';
import { compareArticle, MemoryIndex } from '../../lib/engine';
import { HERE, OTHER, wireCompareContext } from './compare-context';
import type { Article, Report } from '../../lib/types';

type Anything = Record<string, any>;

beforeEach(() => {
  fakeBrowser.reset();
  vi.stubEnv('FIREFOX', 'true');
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  delete (fakeBrowser as unknown as Anything).offscreen;
});

/** The background page, reached from the sidebar; Firefox rejects a message nobody answers. */
const background = (compare: ((a: Article | null) => Promise<Report | null>) | null) =>
  wireCompareContext(compare, { senderUrl: fakeBrowser.runtime.getURL('/sidepanel.html?tabId=3') }).send;

describe('Firefox: the sidebar compares in the background page', () => {
  it('sends the article to the background, opens nothing, and gets the report a compare in the sidebar gives', async () => {
    expect(isFirefox()).toBe(true);
    // Firefox has no offscreen API: nothing may ask for a document.
    const off = ((fakeBrowser as unknown as Anything).offscreen = { hasDocument: vi.fn(async () => false), createDocument: vi.fn() });
    const corpus = new MemoryIndex([HERE, OTHER]);
    const asked: Array<string | null> = [];
    const send = background(async (a) => (asked.push(a?.id ?? null), a ? compareArticle(a, corpus) : null));
    const remote = await compareOffscreen(HERE);
    const local = await compareArticle(structuredClone(HERE), new MemoryIndex([structuredClone(HERE), structuredClone(OTHER)]));
    expect(remote.related.map((r) => r.id)).toEqual(['warm-b']);
    expect(JSON.stringify(remote)).toBe(JSON.stringify(local));
    expect(send).toHaveBeenCalledWith({ type: OFFSCREEN_COMPARE, article: HERE });
    expect(asked).toEqual(['warm-a']);
    expect(off.hasDocument).not.toHaveBeenCalled();
    expect(off.createDocument).not.toHaveBeenCalled();
  });

  it('warms the background as the sidebar opens (engine loaded, no article, no run on the seeds)', async () => {
    const asked: Array<Article | null> = [];
    const send = background(async (a) => (asked.push(a), null));
    warmOffscreen();
    await vi.waitFor(() => expect(asked).toEqual([null]));
    expect(send).toHaveBeenCalledWith({ type: OFFSCREEN_COMPARE });
  });

  it.each([
    ['no background listener (the sidebar then compares itself)', null, 5_000, /Receiving end does not exist/],
    ['a background that never answers', () => new Promise<never>(() => undefined), 50, /did not answer in time/],
    ['a background whose compare fails', async () => Promise.reject(new Error('the database is closed')), 5_000, /database is closed/],
  ] as const)('rejects on %s, so the sidebar compares in its own page', async (_what, compare, timeoutMs, why) => {
    background(compare);
    await expect(compareOffscreen(HERE, timeoutMs)).rejects.toThrow(why);
  });
});
