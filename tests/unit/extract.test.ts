import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeParseHtml } from '../../cli/node-env';
import { extractPage } from '../../lib/extract';
import { isNotArticle } from '../../lib/extension/protocol';

const FIX = join(__dirname, '../fixtures/ingest');
const page = (name: string) => nodeParseHtml(readFileSync(join(FIX, name), 'utf8'));

describe('extractPage', () => {
  it('returns the article blocks in reading order, cleaned, with the page metadata', () => {
    const r = extractPage(page('news-page.html'), 'https://www.coastalcourier.example/news/harbour-bridge-reopens');
    if (isNotArticle(r)) throw new Error(r.reason);
    expect(r).toMatchObject({
      url: 'https://www.coastalcourier.example/news/harbour-bridge-reopens?utm_source=rss',
      title: 'Harbour bridge reopens after repairs',
      siteName: 'The Coastal Courier',
      publishedTime: '2024-03-05T09:30:00+01:00',
      lang: 'en-GB',
    });
    expect(r.blocks.map((b) => b.tag)).toEqual(['p', 'p', 'p', 'h2', 'p', 'p', 'p']);
    expect(r.blocks[0]!.text).toMatch(/^The harbour bridge reopened .* £12 million, officials said\.$/);
    expect(r.blocks.map((b) => b.text).join(' ')).not.toMatch(/FERRY|Getty|Related stories|Leave a Reply|Share on/);
  });

  it('does not touch the live document', () => {
    const doc = page('news-page.html');
    const before = doc.documentElement.outerHTML;
    extractPage(doc, 'https://www.coastalcourier.example/x');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('says when a page is not an article', () => {
    const r = extractPage(page('not-article.html'), 'https://example.com/login');
    expect(isNotArticle(r)).toBe(true);
    if (isNotArticle(r)) expect(r.reason).toMatch(/not look like an article|no article/);
  });

  it('finds the date in JSON-LD or <time> when there is no meta tag', () => {
    const body = '<p>' + 'The committee met for the third time this week to discuss the proposal in detail. '.repeat(12) + '</p>';
    const ld = nodeParseHtml(`<html><head><title>T</title><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2023-07-14T08:00:00Z","publisher":{"@type":"Organization","name":"Valley News"}}]}</script></head><body><article><h1>T</h1>${body}${body}</article></body></html>`);
    const r1 = extractPage(ld, 'https://valley.example/2023/07/committee-meets-again');
    if (isNotArticle(r1)) throw new Error(r1.reason);
    expect(r1.publishedTime).toBe('2023-07-14T08:00:00Z');
    const time = nodeParseHtml(`<html><body><article><time datetime="2022-01-09">9 Jan</time>${body}${body}</article></body></html>`);
    const r2 = extractPage(time, 'https://valley.example/2022/01/committee-meets-once-more');
    if (isNotArticle(r2)) throw new Error(r2.reason);
    expect(r2.publishedTime).toBe('2022-01-09');
  });

  it('reads a page that never opens <body> (a lenient parser leaves it in <head>)', () => {
    const body = '<p>' + 'The river rose two metres overnight and the town council closed the lower bridge to traffic. '.repeat(8) + '</p>';
    const html = `<html>\n<head>\n<meta name="description" content="d">\n${body}\n${body}\n</html>`;
    const doc = nodeParseHtml(html);
    const r = extractPage(doc, 'https://valley.example/2024/05/flood', { lenient: true, minChars: 80 });
    if (isNotArticle(r)) throw new Error(r.reason);
    expect(r.blocks.map((b) => b.text).join(' ')).toMatch(/^The river rose two metres overnight/);
  });
});
