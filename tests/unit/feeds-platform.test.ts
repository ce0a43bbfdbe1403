// @vitest-environment happy-dom
/**
 * Where a feed item's page is read: in a page with a DOM (the options page, Firefox's background page,
 * Chrome's offscreen document, where the service worker's feed refresh runs: tests/unit/corpus-jobs.test.ts),
 * with the global DOMParser — here happy-dom's, through the real extraction — and the content script's
 * copy of the reader (lib/extension/page-reader.ts).
 */
import { get } from 'node:http';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hasOriginAccess, originPattern, pageExtractor } from '../../lib/extension/platform';
import { extractHtml } from '../../lib/feeds/page-extract';
import { domPageEnv } from '../../lib/ingest/page';
import { lendPageReaders } from '../../lib/extension/page-reader';
import { startNewsSite, type NewsSite } from '../../scripts/news-site';


let site: NewsSite;
/** An item whose page the news site serves (not the one that answers 500). */
const readable = () => site.feed.articles.find((a) => a.id !== site.feed.failing)!;
let html = '';
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
});
afterAll(() => site.close());
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
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

  it("reads a feed item's page (the offscreen document's refresh) as the content script's extraction does, the script loaded once", async () => {
    vi.resetModules();
    const { pageReaders } = await import('../../lib/extension/page-reader');
    const loads = loadsContentScript(() => false);
    const url = site.feed.storyUrl(readable().id);
    const read = async (h: string, u: string) => (await pageReaders()).extractHtml(h, u); // as lib/extension/corpus-jobs.ts reads
    const [a, b] = await Promise.all([read(html, url), read(html, url)]);
    expect(a).toEqual(extractHtml(html, url));
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

describe('host access for item pages', () => {
  it('asks and checks by host, whatever the port or path', async () => {
    expect(originPattern('https://www.example.com:8443/news/1?x=1')).toBe('https://www.example.com/*');
    expect(originPattern('javascript:alert(1)')).toBeNull();
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
    expect(await hasOriginAccess('http://127.0.0.1:4321/wire/story/x')).toBe(true);
    expect(contains).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
  });
});
