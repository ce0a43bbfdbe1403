/**
 * Outlets and dates a reader can see: from the page's own metadata (og:site_name, JSON-LD publisher
 * incl. @graph references), a feed's title, the host; dates from JSON-LD, meta tags, <time> and
 * visible "published" elements. Hand-made pages in tests/data/pages; real zyte pages when ../shared exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../lib/extract';
import { normalizeDate } from '../../lib/ingest/meta';
import { feedOutlet, outletForUrl, outletFromTitle, outletInput, pageOutlet, readableSiteName } from '../../lib/outlets';
import { feedItemInput } from '../../lib/feeds';
import { ingestFile } from '../../lib/ingest';

const page = (name: string) => parseHTML(readFileSync(new URL(`../data/pages/${name}`, import.meta.url), 'utf8')).document as unknown as Document;

describe('outlet and date from a page', () => {
  it('reads publisher and date from a JSON-LD @graph, following the publisher reference and passing over a 0001 date', () => {
    const m = readMetadata(page('graph-publisher.html'), 'https://example-news.co.uk/ferry');
    expect(m.siteName).toBe('Example News Ltd');
    expect(normalizeDate(m.publishedTime)).toBe('2025-03-04T08:15:00+00:00');
    expect(m.byline).toBe('Ana Ruiz');
  });

  it('does not show a bare lower-case site name ("usatoday"): the host table names it', () => {
    const url = 'https://www.usatoday.com/story/news/x';
    const m = readMetadata(page('lowercase-sitename.html'), url);
    expect(m.siteName).toBeNull();
    expect(pageOutlet({ siteName: m.siteName, title: m.title, url })).toBe('USA Today');
    // itemprop holding several tokens ("datePublished dateCreated") still gives the date
    expect(normalizeDate(m.publishedTime)).toBe('2019-11-19T11:00:09.000Z');
  });

  it('finds a date shown in the page and an outlet spelled in the title, not a social handle', () => {
    const url = 'https://www.catchitkansas.com/content/news/x';
    const m = readMetadata(page('visible-date.html'), url);
    expect(normalizeDate(m.publishedTime)).toBe('2018-02-16');
    expect(m.siteName).toBeNull();
    expect(pageOutlet({ siteName: m.siteName, title: m.title, url })).toBe('Catch It Kansas');
  });

  it('reads "GMT"/"UTC" timestamps', () => {
    expect(normalizeDate('2019-11-18 17:19:53 GMT')).toBe('2019-11-18T17:19:53Z');
    expect(normalizeDate('0001-01-01T00:00:00Z')).toBeNull();
  });
});

describe('outlet names', () => {
  it('gives every ordinary host a readable name, never a wrong-cased guess', () => {
    expect(outletForUrl('https://www.example-news.co.uk/a')).toBe('Example News');
    expect(outletForUrl('https://www.elsalvadorinenglish.com/a')).toBe('elsalvadorinenglish.com');
    expect(outletForUrl('https://news.kpbs.org/a')).toBe('KPBS');
    // A one-word label that only names a kind of publication is no outlet name: the domain is.
    expect(outletForUrl('https://www.news.com.au/world/a')).toBe('news.com.au');
    expect(outletForUrl('https://times.example/a')).toBe('times.example');
    expect(outletForUrl('https://www.semafor.example/a')).toBe('Semafor');
    expect(outletForUrl('http://127.0.0.1/a')).toBeNull();
  });

  it('keeps a readable site name and drops handles and URLs', () => {
    expect(readableSiteName('Quanta Magazine')).toBe('Quanta Magazine');
    expect(readableSiteName('@politifact')).toBeNull();
    expect(readableSiteName('https://x.com')).toBeNull();
    expect(readableSiteName('detroitnews')).toBeNull();
  });

  it('names an outlet given by its host as pages added by URL name it, so the options filter and counts see one outlet', () => {
    const file = (outlet: string) =>
      ingestFile({ name: 'a.md', content: `---\ntitle: Ferry fares rise\noutlet: ${outlet}\n---\n\nThe island ferry will cost more from Monday, the operator said.\n` }).articles[0]!.outlet;
    expect(file('foxnews.com')).toBe(outletForUrl('https://www.foxnews.com/world/a'));
    expect(file('news.bbc.co.uk')).toBe(file('bbc.co.uk'));
    expect(file('www.nytimes.com')).toBe('The New York Times');
    // A host the table does not know keeps the name it was given (no guess from the domain); a plain name is untouched.
    expect(file('harbour-gazette.example')).toBe('harbour-gazette.example');
    expect(file('Harbour Gazette')).toBe('Harbour Gazette');
    expect(readableSiteName('foxnews.com')).toBe('Fox News');
    expect(outletInput(' bbc.co.uk ')).toBe('BBC');
  });

  it('takes the outlet part of a title only when it spells the host', () => {
    expect(outletFromTitle('Fares rise | El Salvador In English', 'https://elsalvadorinenglish.com/x')).toBe('El Salvador In English');
    expect(outletFromTitle('Fares rise | Something Else', 'https://elsalvadorinenglish.com/x')).toBeNull();
  });

  it('names the outlet from a feed title when the host is unknown, the table when known', () => {
    expect(feedOutlet('NYT > World News')).toBe('NYT');
    expect(feedOutlet('Harbour Gazette - Latest')).toBe('Harbour Gazette');
    expect(feedOutlet('Latest news')).toBeNull();
    expect(pageOutlet({ feedTitle: 'Harbour Gazette - Latest', url: 'https://hg-online.example/a' })).toBe('Harbour Gazette');
    expect(pageOutlet({ feedTitle: 'FOX News: World', url: 'https://www.foxnews.com/world/a' })).toBe('Fox News');
    const item = { title: 'Fares rise', url: 'https://hg-online.example/a', date: null, author: null, html: '<p>x</p>', guid: null };
    expect(feedItemInput(item, { title: 'Harbour Gazette - Latest' }).frontMatter.outlet).toBe('Harbour Gazette');
    expect(feedItemInput({ ...item, url: 'https://www.bbc.com/news/a' }, { title: 'BBC News - World' }).frontMatter.outlet).toBeUndefined();
  });
});

/** The zyte pages beside the checkout (../shared), as CI lays them out. */
const zyteRoot = new URL('../../../shared/data/zyte-article-extraction/', import.meta.url).pathname;
const haveZyte = existsSync(zyteRoot + 'ground-truth.json');
if (!haveZyte) console.log(`meta.test: skipping real zyte pages (${zyteRoot} not found)`);

describe.skipIf(!haveZyte)('real zyte pages', () => {
  const truth = haveZyte ? (JSON.parse(readFileSync(zyteRoot + 'ground-truth.json', 'utf8')) as Record<string, { url: string }>) : {};
  const byHost = (needle: string) => {
    const [id, v] = Object.entries(truth).find(([, t]) => t.url.includes(needle))!;
    const doc = parseHTML(gunzipSync(readFileSync(`${zyteRoot}html/${id}.html.gz`)).toString('utf8')).document as unknown as Document;
    const m = readMetadata(doc, v.url);
    return { outlet: pageOutlet({ siteName: m.siteName, title: m.title, url: v.url }), date: normalizeDate(m.publishedTime)?.slice(0, 10) };
  };
  it('names USA Today and The Detroit News (their og:site_name is a bare label) and dates them', () => {
    expect(byHost('usatoday.com/story/news/nation')).toEqual({ outlet: 'USA TODAY', date: '2019-11-19' });
    expect(byHost('detroitnews.com/story/news/nation')).toEqual({ outlet: 'The Detroit News', date: '2019-11-19' });
  });
  it('dates the New York Times page from its itemprop meta and the Smithsonian page from JSON-LD', () => {
    expect(byHost('nytimes.com/2019/11/19/opinion').date).toBe('2019-11-19');
    expect(byHost('smithsonianmag.com').date).toBe('2019-11-18');
  });
});
