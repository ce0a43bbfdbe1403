// @vitest-environment happy-dom
/**
 * Where a feed item's page is read (lib/extension/platform.ts pageExtractor):
 * - Firefox's background page (and any extension page) has a DOM: the page is read right there with
 *   the global DOMParser — here happy-dom's, through the real extraction;
 * - Chrome's MV3 service worker has none: the HTML goes to the offscreen document (reason
 *   DOM_PARSER), created once, and the answer comes back by message.
 */
import { get } from 'node:http';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { closeOffscreen, hasOriginAccess, OFFSCREEN_EXTRACT, originPattern, pageExtractor, serveOffscreenExtract } from '../../lib/extension/platform';
import { extractHtml } from '../../lib/feeds/page-extract';
import { startNewsSite, type NewsSite } from '../../scripts/news-site';

type Anything = Record<string, any>;
const fake = fakeBrowser as unknown as Anything;

let site: NewsSite;
/** An item whose page the news site serves (not the one that answers 500). */
const readable = () => site.feed.articles.find((a) => a.id !== site.feed.failing)!;
let html = '';
beforeAll(async () => {
  site = await startNewsSite();
  // node:http, not fetch: happy-dom's fetch applies a page's same-origin rules.
  html = await new Promise<string>((resolve, reject) =>
    get(site.feed.storyUrl(readable().id), (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve(body));
    }).on('error', reject),
  );
});
afterAll(() => site.close());
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  delete fake.offscreen;
});

describe('with a DOM (Firefox background page, extension pages)', () => {
  it('reads the page here with DOMParser and the content script extraction', async () => {
    expect(typeof DOMParser).toBe('function');
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const read = pageExtractor(extractHtml);
    const got = await read(html, site.feed.storyUrl(readable().id));
    expect(send).not.toHaveBeenCalled();
    expect('notArticle' in got).toBe(false);
    if ('notArticle' in got) return;
    const a = readable();
    expect(got.siteName).toBe(a.outlet);
    expect(got.title).toBe(a.title);
    expect(got.blocks.map((b) => b.text).join(' ')).toContain(a.text.split('\n\n').at(-1)!.slice(0, 40));
  });
});

describe('without a DOM (Chrome service worker)', () => {
  it('creates the offscreen document once (reason DOM_PARSER) and gets the article from it', async () => {
    vi.stubGlobal('DOMParser', undefined);
    let open = false;
    const offscreen = {
      hasDocument: vi.fn(async () => open),
      createDocument: vi.fn(async () => {
        open = true;
      }),
      closeDocument: vi.fn(async () => {
        open = false;
      }),
    };
    fake.offscreen = offscreen;
    // The offscreen document's side, answering as serveOffscreenExtract does.
    let served: ((m: unknown, s: unknown, reply: (r: unknown) => void) => void) | null = null;
    vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((l: any) => {
      served = l;
    });
    serveOffscreenExtract(() => ({ notArticle: true, reason: 'stub page' }));
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(
      (async (m: unknown) => new Promise((resolve) => served!(m, {}, resolve))) as never,
    );
    const read = pageExtractor(() => {
      throw new Error('must not run in the worker');
    });
    const [a, b] = await Promise.all([read('<p>x</p>', 'https://a.example/1'), read('<p>y</p>', 'https://a.example/2')]);
    expect(a).toEqual({ notArticle: true, reason: 'stub page' });
    expect(b).toEqual({ notArticle: true, reason: 'stub page' });
    expect(offscreen.createDocument).toHaveBeenCalledTimes(1);
    expect(offscreen.createDocument.mock.calls[0]).toEqual([expect.objectContaining({ url: 'offscreen.html', reasons: ['DOM_PARSER'] })]);
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: OFFSCREEN_EXTRACT, html: '<p>x</p>', url: 'https://a.example/1' });
    await closeOffscreen();
    expect(offscreen.closeDocument).toHaveBeenCalledTimes(1);
  });

  it('an error in the offscreen document reaches the caller', async () => {
    vi.stubGlobal('DOMParser', undefined);
    fake.offscreen = { hasDocument: async () => true, createDocument: vi.fn() };
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ error: 'Readability failed: boom' } as never);
    await expect(pageExtractor(extractHtml)('<p>x</p>', 'https://a.example/1')).rejects.toThrow(/boom/);
  });
});

describe('host access for item pages', () => {
  it('asks and checks by host, whatever the port or path', async () => {
    expect(originPattern('https://www.example.com:8443/news/1?x=1')).toBe('https://www.example.com/*');
    expect(originPattern('javascript:alert(1)')).toBeNull();
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
    expect(await hasOriginAccess('http://127.0.0.1:4321/wire/story/x')).toBe(true);
    expect(contains).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
  });
});
