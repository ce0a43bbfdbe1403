import { describe, expect, it } from 'vitest';
import {
  addFeed,
  FEED_ALARM,
  feedItemInput,
  getFeedInterval,
  listFeeds,
  parseFeed,
  refreshFeeds,
  setFeedInterval,
  syncFeedAlarm,
} from '../../lib/feeds';
import { ingestFile, ingestPrepared } from '../../lib/ingest';
import { openTestCorpus } from './store-helpers';

const LONG = 'Dockworkers at the northern terminal accepted the new offer after a vote on Thursday evening.';
const rss = (items: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Daily Port</title><link>https://dailyport.example/</link>${items}</channel></rss>`;
const item1 = `<item><title>Harbour strike ends</title><link>https://dailyport.example/news/strike-ends?utm_source=rss</link>
<pubDate>Fri, 01 Mar 2024 10:00:00 GMT</pubDate><dc:creator>Jo Banks</dc:creator>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>The harbour strike ended on Friday.</p><p>${LONG}</p><p>Ships are unloading again, the port authority said.</p>]]></content:encoded></item>`;
const item2 = `<item><title>Ferry timetable changes</title><link>https://dailyport.example/news/ferry</link>
<pubDate>Sat, 02 Mar 2024 08:00:00 GMT</pubDate>
<description>&lt;p&gt;The island ferry will run every two hours from Monday, the operator announced.&lt;/p&gt;&lt;p&gt;Passengers should book ahead during the summer season.&lt;/p&gt;</description></item>`;
const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Times</title>
<link href="https://atom.example/"/><entry><title>Entry one</title><link rel="alternate" href="https://atom.example/1"/>
<id>urn:uuid:1</id><updated>2024-02-01T00:00:00Z</updated><published>2024-01-31T09:30:00Z</published>
<author><name>Ann Lee</name></author><content type="html">&lt;p&gt;Body of the first entry, long enough to be an article.&lt;/p&gt;</content></entry></feed>`;

describe('parseFeed', () => {
  it('reads RSS with full content, date and author', () => {
    const f = parseFeed(rss(item1 + item2));
    expect(f.title).toBe('Daily Port');
    expect(f.items).toHaveLength(2);
    expect(f.items[0]).toMatchObject({
      title: 'Harbour strike ends',
      url: 'https://dailyport.example/news/strike-ends?utm_source=rss',
      date: 'Fri, 01 Mar 2024 10:00:00 GMT',
      author: 'Jo Banks',
    });
    expect(f.items[0]!.html).toContain('The harbour strike ended');
    // Without content:encoded the description is the content.
    expect(f.items[1]!.html).toContain('island ferry');
  });

  it('reads Atom', () => {
    const f = parseFeed(atom);
    expect(f.title).toBe('Atom Times');
    expect(f.items[0]).toMatchObject({ title: 'Entry one', url: 'https://atom.example/1', author: 'Ann Lee', date: '2024-01-31T09:30:00Z' });
  });

  it('refuses what is not a feed with a plain message', () => {
    expect(() => parseFeed('<html><body>hello</body></html>')).toThrow(/not an RSS, Atom or JSON feed/);
  });

  it('keeps quotes and colons of a title in the stored article', () => {
    const input = feedItemInput(
      { title: 'Mayor: "We will rebuild"', url: 'https://x.example/a', date: null, author: null, html: '<p>Text of the item, long enough to be read.</p>', guid: null },
      { title: 'X' },
    );
    expect(input.name).toMatch(/^url_[0-9a-f]+\.md$/);
    const [a] = ingestPrepared(input).articles;
    expect(a?.title).toBe('Mayor: "We will rebuild"');
    expect(a?.url).toBe('https://x.example/a');
  });

  it('reads an item as the same article as a Markdown file with that front matter', () => {
    const item = {
      title: 'Strike: "it is over" — dockers vote',
      url: 'https://dailyport.example/news/strike-ends?utm_source=rss',
      date: '2024-03-01T08:00:00Z',
      author: 'Ann Lee',
      html: `<p>${LONG}</p>\n<p>“We are going back,” said the union's chair.</p>`,
      guid: null,
    };
    const input = feedItemInput(item, { title: 'Daily Port - Latest' });
    const yaml = Object.entries(input.frontMatter).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
    const file = { name: input.name, content: ['---', ...yaml, '---', '', item.html, ''].join('\n'), url: item.url };
    expect(ingestPrepared(input)).toEqual(ingestFile(file));
    expect(ingestPrepared(input).articles[0]).toMatchObject({ outlet: 'Daily Port', date: '2024-03-01T08:00:00Z' });
  });
});

describe('feed subscriptions', () => {
  it('imports items, and a refresh finds the same articles instead of duplicating them', async () => {
    const c = await openTestCorpus();
    let body = rss(item1);
    const fetch = async (url: string) => {
      expect(url).toBe('https://dailyport.example/feed.xml');
      return body;
    };
    const first = await addFeed(c, 'https://dailyport.example/feed.xml#x', fetch);
    expect(first.error).toBeNull();
    expect(first.items.map((i) => i.status)).toEqual(['added']);
    const [summary] = await c.list();
    expect(summary).toMatchObject({ title: 'Harbour strike ends', date: '2024-03-01' });
    expect(summary!.url).toContain('dailyport.example/news/strike-ends');
    const art = await c.get(summary!.id);
    expect(art!.text).toContain('Dockworkers at the northern terminal');
    expect(art!.text).not.toContain('<p>');
    // Marked as a feed's, so retention may move it to the trash later (the reader's imports never).
    expect(art!.fromFeed).toBe(true);

    body = rss(item1 + item2);
    const [again] = await refreshFeeds(c, fetch);
    expect(again!.items.map((i) => i.status).sort()).toEqual(['added', 'unchanged']);
    expect(await c.count()).toBe(2);
    const [feed] = await listFeeds(c);
    expect(feed).toMatchObject({ url: 'https://dailyport.example/feed.xml', title: 'Daily Port', lastError: null, lastAdded: 1 });
  });

  it('records a failing feed and keeps the corpus as it was', async () => {
    const c = await openTestCorpus();
    await addFeed(c, 'https://dailyport.example/feed.xml', async () => rss(item1));
    const [r] = await refreshFeeds(c, async () => {
      throw new Error('HTTP 503 Service Unavailable');
    });
    expect(r!.error).toBe('HTTP 503 Service Unavailable');
    expect((await listFeeds(c))[0]!.lastError).toBe('HTTP 503 Service Unavailable');
    expect(await c.count()).toBe(1);
  });

  it('does not subscribe to an address that is not a feed', async () => {
    const c = await openTestCorpus();
    const r = await addFeed(c, 'https://example.com/', async () => '<html><body>Home</body></html>');
    expect(r.error).toMatch(/not an RSS, Atom or JSON feed/);
    expect(await listFeeds(c)).toEqual([]);
    await expect(addFeed(c, 'ftp://example.com/feed', async () => '')).rejects.toThrow(/http/);
  });

  it('keeps the refresh alarm in step with the interval and the feed list', async () => {
    const c = await openTestCorpus();
    const alarms = new Map<string, number | undefined>();
    const api = {
      create: (name: string, info: { periodInMinutes?: number }) => void alarms.set(name, info.periodInMinutes),
      clear: (name: string) => void alarms.delete(name),
      get: async (name: string) => (alarms.has(name) ? { periodInMinutes: alarms.get(name) } : undefined),
    };
    await setFeedInterval(c, 60);
    expect(await syncFeedAlarm(c, api)).toBeNull(); // no feed yet
    expect(alarms.has(FEED_ALARM)).toBe(false);
    await addFeed(c, 'https://atom.example/feed', async () => atom);
    expect(await syncFeedAlarm(c, api)).toBe(60);
    expect(alarms.get(FEED_ALARM)).toBe(60);
    await setFeedInterval(c, null);
    expect(await getFeedInterval(c)).toBeNull();
    await syncFeedAlarm(c, api);
    expect(alarms.has(FEED_ALARM)).toBe(false);
    await expect(setFeedInterval(c, 0)).rejects.toThrow(/at least one minute/);
  });
});
