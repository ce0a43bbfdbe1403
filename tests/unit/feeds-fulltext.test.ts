/**
 * Full text for summary-only feed items (lib/feeds/fulltext.ts, lib/feeds/index.ts importFeed):
 * the rule that decides "summary", the bounded page fetcher (host grant, per-refresh cap, per-host
 * delay, retries with backoff, timeouts) on a fake clock, and a whole refresh of the e2e news site's
 * summary-only feed with its pages read by the content script's extraction on a linkedom DOM.
 */
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFeed, fetchText, FullTextFetcher, HttpError, isSummary, listFeeds, refreshFeeds, SUMMARY_MAX_WORDS, type FullTextEnv } from '../../lib/feeds';
import { extractHtml } from '../../lib/feeds/page-extract';
import { startNewsSite, type NewsSite } from '../../scripts/news-site';
import { openTestCorpus } from './store-helpers';

const linkedom = (html: string) => parseHTML(html).document as unknown as Document;

describe('isSummary', () => {
  it('a teaser is a summary, an article is not (HTML or plain text)', () => {
    expect(isSummary('<p>The island ferry will run every two hours from Monday, the operator announced.</p>')).toBe(true);
    expect(isSummary('')).toBe(true);
    const words = (n: number) => Array.from({ length: n }, (_, k) => `word${k}`).join(' ');
    expect(isSummary(`<p>${words(SUMMARY_MAX_WORDS - 1)}</p>`)).toBe(true);
    expect(isSummary(`<p>${words(SUMMARY_MAX_WORDS)}</p><p>${words(200)}</p>`)).toBe(false);
    expect(isSummary(words(400))).toBe(false);
  });
});

/** A fake network and clock: each call is logged with the fake time it happened at. */
function fakeEnv(answers: Record<string, Array<string | Error>>, opts: { allowed?: (url: string) => boolean } = {}) {
  let now = 0;
  const log: Array<{ url: string; at: number }> = [];
  const sleeps: number[] = [];
  const env: FullTextEnv = {
    async fetchPage(url) {
      log.push({ url, at: now });
      const queue = answers[url] ?? [new HttpError(404, 'Not Found')];
      const next = queue.length > 1 ? queue.shift()! : queue[0]!;
      if (next instanceof Error) throw next;
      return next;
    },
    async extract(html, url) {
      return html.startsWith('<!doctype') ? extractHtml(html, url, linkedom) : { notArticle: true as const, reason: 'not a page' };
    },
    async allowed(url) {
      return opts.allowed ? opts.allowed(url) : true;
    },
    async sleep(ms) {
      sleeps.push(ms);
      now += ms;
    },
    now: () => now,
  };
  return { env, log, sleeps, tick: (ms: number) => (now += ms) };
}

describe('FullTextFetcher', () => {
  let site: NewsSite;
  let page: string;
  beforeAll(async () => {
    site = await startNewsSite();
    const id = site.feed.articles[0]!.id;
    page = await (await fetch(site.feed.storyUrl(id))).text();
  });
  afterAll(() => site.close());

  it('reads the article of a page, with its outlet and date', async () => {
    const { env } = fakeEnv({ 'https://a.example/1': [page] });
    const got = await new FullTextFetcher(env).fetch('https://a.example/1');
    expect(got.ok).toBe(true);
    if (!got.ok) return;
    const a = site.feed.articles[0]!;
    expect(got.page.siteName).toBe(a.outlet);
    expect(got.page.publishedTime?.slice(0, 10)).toBe(a.date?.slice(0, 10));
    expect(got.page.blocks.length).toBeGreaterThan(4);
  });

  it('never fetches a host the reader did not grant', async () => {
    const { env, log } = fakeEnv({ 'https://b.example/1': [page] }, { allowed: (u) => !u.includes('b.example') });
    const got = await new FullTextFetcher(env).fetch('https://b.example/1');
    expect(got).toMatchObject({ ok: false, noAccess: true, attempts: 0 });
    expect(log).toEqual([]);
  });

  it('waits the per-host delay between two requests to one host, not between hosts', async () => {
    const { env, log } = fakeEnv({ 'https://a.example/1': [page], 'https://a.example/2': [page], 'https://c.example/1': [page] });
    const f = new FullTextFetcher(env, { hostDelayMs: 2000 });
    await f.fetch('https://a.example/1');
    await f.fetch('https://c.example/1');
    await f.fetch('https://a.example/2');
    expect(log.map((l) => l.at)).toEqual([0, 0, 2000]);
  });

  it('retries a server error and a network failure with doubling waits, then succeeds', async () => {
    const { env, log, sleeps } = fakeEnv({ 'https://a.example/1': [new HttpError(503, 'Busy'), new TypeError('network down'), page] });
    const got = await new FullTextFetcher(env, { retries: 2, backoffMs: 1000, hostDelayMs: 0 }).fetch('https://a.example/1');
    expect(got).toMatchObject({ ok: true, attempts: 3 });
    expect(log).toHaveLength(3);
    expect(sleeps).toEqual([1000, 2000]);
  });

  it('gives up after the retries, and does not retry a 404 or a page that is not an article', async () => {
    const a = fakeEnv({ 'https://a.example/1': [new HttpError(500, 'Internal Server Error')] });
    const failed = await new FullTextFetcher(a.env, { retries: 2, hostDelayMs: 0 }).fetch('https://a.example/1');
    expect(failed).toMatchObject({ ok: false, attempts: 3 });
    if (!failed.ok) expect(failed.reason).toMatch(/HTTP 500.*after 3 attempts/);
    const b = fakeEnv({ 'https://a.example/404': [new HttpError(404, 'Not Found')], 'https://a.example/x': ['plain text'] });
    const f = new FullTextFetcher(b.env);
    expect(await f.fetch('https://a.example/404')).toMatchObject({ ok: false, attempts: 1 });
    expect(await f.fetch('https://a.example/x')).toMatchObject({ ok: false, attempts: 1 });
    expect(b.sleeps.filter((s) => s !== 2000)).toEqual([]); // only the politeness delay, no backoff
  });

  it('says "no answer within N s" for a timeout', async () => {
    const timeout = Object.assign(new Error('signal timed out'), { name: 'TimeoutError' });
    const { env } = fakeEnv({ 'https://a.example/1': [timeout] });
    const got = await new FullTextFetcher(env, { retries: 0, timeoutMs: 15_000 }).fetch('https://a.example/1');
    expect(got.ok).toBe(false);
    if (!got.ok) expect(got.reason).toMatch(/no answer within 15 s/);
  });

  it('fetches at most maxPages pages per refresh', async () => {
    const { env, log } = fakeEnv({});
    const f = new FullTextFetcher(env, { maxPages: 2, hostDelayMs: 0 });
    const got = [];
    for (const n of [1, 2, 3]) got.push(await f.fetch(`https://a.example/${n}`));
    expect(log).toHaveLength(2);
    expect(got[2]).toMatchObject({ ok: false, attempts: 0 });
    if (!got[2]!.ok) expect(got[2]!.reason).toMatch(/at most 2 pages/);
  });
});

describe('a refresh of a summary-only feed', () => {
  let site: NewsSite;
  beforeAll(async () => {
    site = await startNewsSite();
  });
  afterAll(() => site.close());

  /** The real network (the local site), the content script's extraction on linkedom, no waiting. */
  const reader = () =>
    new FullTextFetcher(
      {
        fetchPage: (url, timeoutMs) => fetchPageLocal(url, timeoutMs),
        extract: async (html, url) => extractHtml(html, url, linkedom),
        allowed: async (url) => url.startsWith(site.origin),
        sleep: async () => undefined,
      },
      { hostDelayMs: 0, backoffMs: 0 },
    );
  const fetchPageLocal = async (url: string, _timeout: number) => {
    const res = await fetch(url);
    if (!res.ok) throw new HttpError(res.status, res.statusText);
    return res.text();
  };

  it('stores full text with outlet and date, keeps a failing page as a marked summary, and a later refresh adds only the new item', async () => {
    const corpus = await openTestCorpus();
    const first = await addFeed(corpus, site.feed.url, fetchText, reader());
    expect(first.error).toBeNull();
    const listed = site.feed.articles.slice(0, site.feed.published);
    expect(first.items).toHaveLength(listed.length);
    for (const a of listed) {
      const item = first.items.find((i) => i.url === site.feed.storyUrl(a.id))!;
      expect(item.status).toBe('added');
      const stored = (await corpus.findSame({ id: '', url: item.url, hash: '' }))!;
      const got = (await corpus.get(stored))!;
      // The page names its outlet; a summary kept from the feed is named after the feed.
      expect(got.outlet).toBe(a.id === site.feed.failing ? 'Port Digest' : a.outlet);
      expect(got.date?.slice(0, 10)).toBe(a.date?.slice(0, 10));
      if (a.id === site.feed.failing) {
        expect(item).toMatchObject({ text: 'summary' });
        expect(item.note).toMatch(/HTTP 500/);
        expect(got.summaryOnly).toBe(true);
        expect(got.text).toBe(a.text.split('\n\n')[0]);
      } else {
        expect(item).toMatchObject({ text: 'page' });
        expect(got.summaryOnly).toBeUndefined();
        // The whole article, not the teaser.
        expect(got.units.length).toBeGreaterThanOrEqual(a.units.length - 1);
        expect(got.text).toContain(a.text.split('\n\n').at(-1)!.slice(0, 40));
      }
    }
    const feeds = await listFeeds(corpus);
    expect(feeds[0]).toMatchObject({ title: 'Port Digest', lastAdded: listed.length, lastSummaries: 1, lastFromPages: listed.length - 1, lastFailures: 0 });
    expect(feeds[0]!.lastItems).toHaveLength(listed.length);

    // A day later: one more item. Pages already read are not fetched again; the failing one is tried again.
    const next = site.feed.publishNext();
    const before = new Map(site.feed.hits);
    const [second] = await refreshFeeds(corpus, fetchText, reader());
    const fetched = [...site.feed.hits].filter(([id, n]) => n > (before.get(id) ?? 0)).map(([id]) => id).sort();
    expect(fetched).toEqual([next.id, site.feed.failing].sort());
    expect(second!.items.filter((i) => i.status === 'added').map((i) => i.url)).toEqual([site.feed.storyUrl(next.id)]);
    expect(second!.items.filter((i) => i.status !== 'added').every((i) => i.status === 'unchanged')).toBe(true);
    expect(await corpus.count()).toBe(listed.length + 1);
    corpus.close();
  });

  it('without the host granted, items stay marked summaries and the feed says which host to allow', async () => {
    const corpus = await openTestCorpus();
    const denied = new FullTextFetcher({ fetchPage: fetchPageLocal, extract: async (h, u) => extractHtml(h, u, linkedom), allowed: async () => false });
    const r = await addFeed(corpus, site.feed.url, fetchText, denied);
    expect(r.items.every((i) => i.text === 'summary' && i.needsAccess === site.origin)).toBe(true);
    const [feed] = await listFeeds(corpus);
    expect(feed!.needsAccess).toEqual([site.origin]);
    const all = await corpus.getMany((await corpus.list()).map((s) => s.id));
    expect(all.every((a) => a.summaryOnly === true)).toBe(true);
    corpus.close();
  });
});
