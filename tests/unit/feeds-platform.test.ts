// @vitest-environment happy-dom
/**
 * Where a feed item's page is read (lib/extension/platform.ts pageExtractor):
 * - Firefox's background page (and any extension page) has a DOM: the page is read right there with
 *   the global DOMParser — here happy-dom's, through the real extraction;
 * - Chrome's MV3 service worker has none: the HTML goes to the offscreen document (reason
 *   DOM_PARSER), created once, and the answer comes back by message.
 * And where a feed is parsed (feedParser): Chrome's service worker carries no feed parser, so the
 * feed's text goes to the offscreen document, which parses it with the same parseFeed.
 */
import { get } from 'node:http';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  closeOffscreen,
  feedParser,
  hasOriginAccess,
  OFFSCREEN_EXTRACT,
  OFFSCREEN_PARSE_FEED,
  originPattern,
  pageExtractor,
  serveOffscreenExtract,
  serveOffscreenFeedParse,
} from '../../lib/extension/platform';
import { parseFeed } from '../../lib/feeds/parse';
import { extractHtml } from '../../lib/feeds/page-extract';
import { domPageEnv } from '../../lib/ingest/page';
import { lendPageReaders } from '../../lib/extension/page-reader';
import { startNewsSite, type NewsSite } from '../../scripts/news-site';

type Anything = Record<string, any>;
const fake = fakeBrowser as unknown as Anything;

let site: NewsSite;
/** An item whose page the news site serves (not the one that answers 500). */
const readable = () => site.feed.articles.find((a) => a.id !== site.feed.failing)!;
let html = '';
let feedXml = '';
// node:http, not fetch: happy-dom's fetch applies a page's same-origin rules.
const getText = (url: string) =>
  new Promise<string>((resolve, reject) =>
    get(url, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve(body));
    }).on('error', reject),
  );
beforeAll(async () => {
  site = await startNewsSite();
  html = await getText(site.feed.storyUrl(readable().id));
  feedXml = await getText(site.feed.url);
});
afterAll(() => site.close());
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  delete fake.offscreen;
});

/**
 * A fake offscreen document: `chrome.offscreen` that opens and closes, and the document's side
 * (`serve` registers its listener, as serveOffscreenExtract / serveOffscreenFeedParse do) answering
 * the worker's messages — through JSON when `json`, as Chrome's messages are.
 */
function fakeOffscreen(serve: () => void, json = false) {
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
  let served: ((m: unknown, s: unknown, reply: (r: unknown) => void) => void) | null = null;
  vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((l: any) => {
    served = l;
  });
  serve();
  const wire = (x: unknown) => (json ? JSON.parse(JSON.stringify(x)) : x);
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(
    (async (m: unknown) => new Promise((resolve) => served!(wire(m), {}, (r) => resolve(wire(r))))) as never,
  );
  return offscreen;
}

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
    // The offscreen document's side, answering as serveOffscreenExtract does.
    const offscreen = fakeOffscreen(() => serveOffscreenExtract(() => ({ notArticle: true, reason: 'stub page' })));
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

describe("the offscreen document's and options page's reader: the content script's copy (lib/extension/page-reader.ts)", () => {
  const scriptUrl = () => fakeBrowser.runtime.getURL('/content-script.js');
  /** The browser loading content-script.js into this extension page: the script lends its readers (or the load fails). */
  function loadsContentScript(fail: () => boolean) {
    const loads: string[] = [];
    vi.spyOn(document.head, 'append').mockImplementation((...nodes: (Node | string)[]) => {
      const script = nodes[0] as HTMLScriptElement;
      loads.push(script.src);
      setTimeout(() => {
        if (fail() || script.src !== scriptUrl()) return script.onerror?.(new Event('error'));
        lendPageReaders({ extractHtml, domPageEnv }, new URL(fakeBrowser.runtime.getURL('/')).origin);
        script.onload?.(new Event('load'));
      });
    });
    return loads;
  }

  it('in a web page the content script keeps its own work: it lends nothing', () => {
    expect(lendPageReaders({ extractHtml, domPageEnv }, 'https://news.example')).toBe(false);
  });

  it("reads a feed item's page for the service worker as the content script's extraction does, the script loaded once", async () => {
    vi.resetModules();
    const { pageReaders } = await import('../../lib/extension/page-reader');
    const loads = loadsContentScript(() => false);
    fakeOffscreen(() => serveOffscreenExtract(async (h, u) => (await pageReaders()).extractHtml(h, u)), true);
    const url = site.feed.storyUrl(readable().id);
    const worker = pageExtractor(); // as Chrome's service worker: no local reader, the offscreen document reads
    const [a, b] = await Promise.all([worker(html, url), worker(html, url)]);
    expect(a).toEqual(JSON.parse(JSON.stringify(extractHtml(html, url))));
    expect(b).toEqual(a);
    expect('notArticle' in a).toBe(false);
    expect(loads).toEqual([scriptUrl()]);
  });

  it('a saved page imported on the options page is read by the same copy; a failed load is tried again', async () => {
    vi.resetModules();
    const { pageReaders } = await import('../../lib/extension/page-reader');
    let failing = true;
    const loads = loadsContentScript(() => failing);
    await expect(pageReaders()).rejects.toThrow(/could not be loaded/);
    failing = false;
    const env = (await pageReaders()).domPageEnv();
    const url = site.feed.storyUrl(readable().id);
    expect(env.readPage!(html, url)).toEqual(domPageEnv().readPage!(html, url));
    expect(loads).toEqual([scriptUrl(), scriptUrl()]);
  });
});

describe('feeds parsed in the offscreen document (Chrome service worker)', () => {
  /** The offscreen document's side (serveOffscreenFeedParse with the real parseFeed), its answers sent as JSON as Chrome's messages are. */
  const serveFeeds = () => fakeOffscreen(() => serveOffscreenFeedParse(parseFeed), true);

  it('gives the feed parseFeed gives here: same items, titles, links, dates and text', async () => {
    const offscreen = serveFeeds();
    const parsed = await feedParser()(feedXml);
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: OFFSCREEN_PARSE_FEED, xml: feedXml });
    expect(offscreen.createDocument).toHaveBeenCalledTimes(1);
    expect(parsed).toEqual(parseFeed(feedXml));
    expect(parsed.title).toBe('Port Digest');
    expect(parsed.items.length).toBeGreaterThan(0);
  });

  it('a page that is not a feed fails with the message parseFeed gives', async () => {
    serveFeeds();
    const page = '<html><body>hello</body></html>';
    let here = '';
    try {
      parseFeed(page);
    } catch (e) {
      here = (e as Error).message;
    }
    expect(here).toMatch(/not an RSS, Atom or JSON feed/);
    await expect(feedParser()(page)).rejects.toThrow(here);
  });

  it('with a parser of its own (Firefox background page) it sends nothing', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    expect(await feedParser(parseFeed)(feedXml)).toEqual(parseFeed(feedXml));
    expect(send).not.toHaveBeenCalled();
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
