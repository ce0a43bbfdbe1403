// @vitest-environment happy-dom
/**
 * Starter sources, OPML, and each feed's status in the options page (issue 11 items 1 and 3):
 * the starter list is varied and nothing is fetched before the reader subscribes; an OPML file's
 * feeds are read (folders flattened, duplicates and bad addresses skipped) and the export reads
 * back the same; the feed list shows the last refresh, items added, summaries and failures, and
 * offers to allow the sites whose items stayed summaries.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FeedsPanel, feedStatusLine, subscribeError } from '../../components/options/FeedsPanel';
import { SourcesPanel } from '../../components/options/SourcesPanel';
import { normaliseFeedUrl, type FeedStatus } from '../../lib/feeds';
import { readOpml, writeOpml } from '../../lib/feeds/opml';
import { STARTER_SOURCES, starterOrigins } from '../../lib/feeds/starter';
import { mountPoint } from './dom-helpers';

const root = mountPoint();
afterEach(() => vi.restoreAllMocks());

describe('starter sources', () => {
  it('span languages, countries, kinds and leanings, with clean unique https addresses', () => {
    const langs = new Set(STARTER_SOURCES.map((s) => s.language));
    const countries = new Set(STARTER_SOURCES.map((s) => s.country));
    const kinds = new Set(STARTER_SOURCES.map((s) => s.kind));
    const leanings = new Set(STARTER_SOURCES.map((s) => s.leaning).filter(Boolean));
    expect(langs.size).toBeGreaterThanOrEqual(5);
    expect(countries.size).toBeGreaterThanOrEqual(8);
    for (const k of ['wire service', 'public broadcaster', 'newspaper'] as const) expect(kinds.has(k)).toBe(true);
    for (const l of ['left', 'centre', 'right'] as const) expect([...leanings].some((x) => x?.endsWith(l) || x === l)).toBe(true);
    for (const s of STARTER_SOURCES) {
      expect(s.feed.startsWith('https://'), s.name).toBe(true);
      // Stored subscriptions are normalised; the list uses the same spelling, so "Subscribed" shows.
      expect(normaliseFeedUrl(s.feed)).toBe(s.feed);
    }
    expect(new Set(STARTER_SOURCES.map((s) => s.feed)).size).toBe(STARTER_SOURCES.length);
  });

  it('a subscription asks for the feed site and its items sites', () => {
    const bbc = STARTER_SOURCES.find((s) => s.name === 'BBC News')!;
    expect(starterOrigins(bbc)).toEqual(['https://feeds.bbci.co.uk/news/rss.xml', 'https://www.bbc.co.uk/', 'https://www.bbc.com/']);
  });

  it('nothing is fetched before the reader subscribes; Subscribe hands over that one source', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const onSubscribe = vi.fn();
    const props = { sources: STARTER_SOURCES, subscribed: new Set([STARTER_SOURCES[0]!.feed]), onSubscribe, onOpmlFile: vi.fn(), onOpmlSubscribe: vi.fn(), onOpmlCancel: vi.fn(), onOpmlExport: vi.fn(), opml: null, busy: false };
    await act(() => render(<SourcesPanel {...props} />, root()));
    expect(fetchSpy).not.toHaveBeenCalled();
    const first = root().querySelector<HTMLButtonElement>(`button[aria-label="Subscribed to ${STARTER_SOURCES[0]!.name}"]`)!;
    expect(first.disabled).toBe(true);
    const npr = root().querySelector<HTMLButtonElement>('button[aria-label="Subscribe to NPR"]')!;
    await act(() => npr.click());
    expect(onSubscribe).toHaveBeenCalledWith(STARTER_SOURCES.find((s) => s.name === 'NPR'));
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});

describe('OPML', () => {
  const file = `<?xml version="1.0"?><opml version="2.0"><head><title>My news</title></head><body>
  <outline text="World"><outline type="rss" text="BBC" title="BBC News" xmlUrl="https://feeds.bbci.co.uk/news/rss.xml" htmlUrl="https://www.bbc.co.uk/news"/>
    <outline type="rss" text="BBC again" xmlUrl="https://feeds.bbci.co.uk/news/rss.xml#dup"/></outline>
  <outline type="rss" text="Bad" xmlUrl="javascript:alert(1)"/>
  <outline type="rss" text="NPR" xmlUrl="https://feeds.npr.org/1001/rss.xml"/></body></opml>`;

  it('reads the feeds of nested folders; duplicates and non-web addresses are skipped and counted', () => {
    const r = readOpml(file);
    expect(r.title).toBe('My news');
    expect(r.feeds).toEqual([
      { url: 'https://feeds.bbci.co.uk/news/rss.xml', title: 'BBC News', site: 'https://www.bbc.co.uk/news' },
      { url: 'https://feeds.npr.org/1001/rss.xml', title: 'NPR', site: null },
    ]);
    expect(r.skipped).toBe(2);
  });

  it('refuses what is not OPML with a plain message', () => {
    expect(() => readOpml('<rss><channel/></rss>')).toThrow(/not an OPML file/);
  });

  it('a feed already subscribed to is shown as such, unchecked, and not subscribed to again', async () => {
    const opml = { name: 'mine.opml', ...readOpml(file) };
    const onOpmlSubscribe = vi.fn();
    const props = { sources: [], onSubscribe: vi.fn(), onOpmlFile: vi.fn(), onOpmlSubscribe, onOpmlCancel: vi.fn(), onOpmlExport: vi.fn(), opml, busy: false };
    await act(() => render(<SourcesPanel {...props} subscribed={new Set(['https://feeds.bbci.co.uk/news/rss.xml'])} />, root()));
    const items = [...root().querySelectorAll('ul[aria-label="Feeds in the OPML file"] li')];
    const bbc = items.find((li) => li.textContent!.includes('BBC News'))!;
    expect(bbc.textContent).toContain('already subscribed');
    const box = bbc.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(box.checked).toBe(false);
    expect(box.disabled).toBe(true);
    expect(items.find((li) => li.textContent!.includes('NPR'))!.textContent).not.toContain('already subscribed');
    const go = [...root().querySelectorAll('button')].find((b) => b.textContent!.startsWith('Subscribe to'))!;
    expect(go.textContent).toBe('Subscribe to 1 feed');
    await act(() => go.click());
    expect(onOpmlSubscribe).toHaveBeenCalledWith(['https://feeds.npr.org/1001/rss.xml']);

    // Every feed of the file subscribed already (a list exported here and read back): nothing to subscribe to.
    await act(() => render(<SourcesPanel {...props} subscribed={new Set(opml.feeds.map((f) => f.url))} />, root()));
    expect(root().textContent).toContain('You are subscribed to all 2 of these feeds already.');
    const none = [...root().querySelectorAll('button')].find((b) => b.textContent!.startsWith('Subscribe to'))!;
    expect(none.disabled).toBe(true);
  });

  it('export reads back as the same subscriptions', () => {
    const subs = [
      { url: 'https://feeds.npr.org/1001/rss.xml', title: 'NPR <News> & "more"' },
      { url: 'https://example.org/feed', title: null },
    ];
    const back = readOpml(writeOpml(subs));
    expect(back.feeds.map((f) => ({ url: f.url, title: f.title }))).toEqual([subs[0], { url: 'https://example.org/feed', title: 'https://example.org/feed' }]);
  });
});

describe('feed status in the options page', () => {
  const now = Date.UTC(2026, 0, 2, 12);
  const feed: FeedStatus = {
    url: 'https://wire.example/feed.xml',
    title: 'Port Digest',
    addedAt: now - 86_400_000,
    lastFetchedAt: now - 5 * 60_000,
    lastError: null,
    lastAdded: 3,
    lastFromPages: 2,
    lastSummaries: 1,
    lastFailures: 1,
    needsAccess: ['https://news.other.example'],
    lastItems: [
      { title: 'Ship aground', url: 'https://wire.example/1', status: 'added', text: 'page' },
      { title: 'Oil leak', url: 'https://wire.example/2', status: 'added', text: 'summary', note: 'the page could not be fetched (HTTP 500)' },
      { title: 'Empty item', url: null, status: 'error', reason: 'the feed gives no text for this item' },
    ],
  };

  it('one line: when, added, read from pages, summaries, failures', () => {
    expect(feedStatusLine(feed, now)).toBe('Refreshed 5 min ago · 3 new or updated · 2 full texts read from the pages · 1 summary only · 1 failed');
    expect(feedStatusLine({ ...feed, lastError: 'HTTP 404' }, now)).toBe('Last refresh failed: HTTP 404');
  });

  it('lists each item with its status, and offers to allow the sites whose items stayed summaries', async () => {
    const onAllowHosts = vi.fn();
    await act(() =>
      render(
        <FeedsPanel feeds={[feed]} interval={null} intervals={[60]} onAdd={vi.fn()} onRemove={vi.fn()} onAllowHosts={onAllowHosts} onRefresh={vi.fn()} onInterval={vi.fn()} busy={false} message={null} />,
        root(),
      ),
    );
    const items = root().querySelector('ul[aria-label="Items of Port Digest"]')!.textContent!;
    expect(items).toContain('Ship aground — added · full text from its page');
    expect(items).toContain('Oil leak — added · summary only (the page could not be fetched (HTTP 500))');
    expect(items).toContain('Empty item — failed: the feed gives no text for this item');
    const allow = [...root().querySelectorAll('button')].find((b) => b.textContent === 'Allow full text from news.other.example')!;
    await act(() => allow.click());
    expect(onAllowHosts).toHaveBeenCalledWith('https://wire.example/feed.xml', ['https://news.other.example']);
  });
});

describe('what the feeds card says to a screen reader', () => {
  const panel = (message: { text: string; error: boolean } | null) => (
    <FeedsPanel feeds={[]} interval={null} intervals={[60]} onAdd={vi.fn()} onRemove={vi.fn()} onRefresh={vi.fn()} onInterval={vi.fn()} busy={false} message={message} />
  );

  it('the address box is described by what subscribing asks for; outcomes land in a region that was already there', async () => {
    await act(() => render(panel(null), root()));
    const input = root().querySelector<HTMLInputElement>('#px-feed-input')!;
    const why = root().querySelector(`#${input.getAttribute('aria-describedby')}`)!;
    expect(why.textContent).toMatch(/^Subscribing asks your browser to let Parallax read that one site/);
    // The polite region is on the page before any outcome, empty.
    const region = root().querySelector('[role="status"]')!;
    expect(region.textContent).toBe('');
    await act(() => render(panel({ text: 'Subscribed. Port Digest: 3 added.', error: false }), root()));
    expect(root().querySelector('[role="status"]')).toBe(region);
    expect(region.textContent).toBe('Subscribed. Port Digest: 3 added.');
    expect(root().querySelector('[role="alert"]')).toBeNull();
    // A failure is an alert, and the polite region says nothing stale.
    await act(() => render(panel({ text: 'Could not subscribe: HTTP 404 Not Found: there is no feed at that address.', error: true }), root()));
    expect(root().querySelector('[role="alert"]')!.textContent).toMatch(/^Could not subscribe: HTTP 404/);
    expect(region.textContent).toBe('');
  });
});

describe('a subscription that fails says what to do', () => {
  it('a missing address, a web page, an unreachable or busy site: each says the next step', () => {
    expect(subscribeError('HTTP 404 Not Found')).toBe(
      'HTTP 404 Not Found: there is no feed at that address. Check it: a feed’s address often ends in /feed, /rss or .xml, and the site usually links to it as “RSS”.',
    );
    expect(subscribeError('This is not an RSS, Atom or JSON feed (the file is an HTML page).')).toMatch(
      /^This is not an RSS, Atom or JSON feed \(the file is an HTML page\): that address is a web page, not a feed\. .*“Add a web page by its address”\.$/,
    );
    expect(subscribeError('Failed to fetch')).toBe('Failed to fetch: the site could not be reached. Check the address and your connection.');
    expect(subscribeError('HTTP 503 Service Unavailable')).toMatch(/: the site could not answer just now\. Try again later\.$/);
    expect(subscribeError('HTTP 403 Forbidden')).toMatch(/does not let Parallax read that address/);
    // Anything else is said as it is, once, with one full stop.
    expect(subscribeError('The feed is more than 5 MB; the limit is 5 MB per feed.')).toBe('The feed is more than 5 MB; the limit is 5 MB per feed.');
  });
});
