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
import { compareOffscreen, isFirefox, OFFSCREEN_COMPARE, serveOffscreenCompare, warmOffscreen } from '../../lib/extension/platform';
import { compareArticle, MemoryIndex } from '../../lib/engine';
import { ingestFile } from '../../lib/ingest';
import type { Article, Report } from '../../lib/types';

type Anything = Record<string, any>;
type Listener = (m: unknown, s: unknown, reply: (r: unknown) => void) => unknown;

const article = (id: string, title: string, text: string): Article => ingestFile({ name: `${id}.txt`, content: `${title}\n\n${text}` }).articles[0]!;
const HERE = article(
  'ff-a',
  'Tram depot in Varnholm flooded',
  'Heavy rain flooded the tram depot of Varnholm on Sunday night, leaving 14 of the city’s 22 trams standing in water. Services on lines 2 and 5 were cancelled on Monday, the operator Varnbahn said.',
);
const OTHER = article(
  'ff-b',
  'Varnholm trams halted after depot floods',
  'Fourteen of Varnholm’s 22 trams were caught in water when the depot flooded after Sunday’s storm. Varnbahn cancelled lines 2 and 5 on Monday and said buses would replace them.',
);

beforeEach(() => {
  fakeBrowser.reset();
  vi.stubEnv('FIREFOX', 'true');
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  delete (fakeBrowser as unknown as Anything).offscreen;
});

/**
 * The background page: its listener is what `serveOffscreenCompare(compare)` registers (none when
 * `compare` is null), reached by runtime.sendMessage through JSON from the sidebar. Firefox rejects a
 * message nobody answers with "Could not establish connection. Receiving end does not exist."
 */
function background(compare: ((a: Article | null) => Promise<Report | null>) | null) {
  let listener: Listener | null = null;
  vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((l: any) => {
    listener = l;
  });
  if (compare) serveOffscreenCompare(compare);
  const wire = (x: unknown) => JSON.parse(JSON.stringify(x));
  const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(
    (async (m: unknown) =>
      new Promise((resolve, reject) => {
        const r = listener?.(wire(m), { url: fakeBrowser.runtime.getURL('/sidepanel.html?tabId=3') }, (x) => resolve(wire(x)));
        if (r !== true) reject(new Error('Could not establish connection. Receiving end does not exist.'));
      })) as never,
  );
  return send;
}

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
    expect(remote.related.map((r) => r.id)).toEqual(['ff-b']);
    expect(JSON.stringify(remote)).toBe(JSON.stringify(local));
    expect(send).toHaveBeenCalledWith({ type: OFFSCREEN_COMPARE, article: HERE });
    expect(asked).toEqual(['ff-a']);
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
