/**
 * Parsing RSS, Atom, RDF and JSON feeds with feedsmith (and its XML parser), apart from the rest of
 * lib/feeds: loaded by the pages that parse feeds (the options page; the offscreen document's and
 * Firefox's background page's feed refresh, lib/extension/corpus-jobs.ts). Chrome's service worker
 * does not carry it.
 */
import { parseFeed as feedsmithParse } from 'feedsmith';
import { formatSize, MAX_FEED_BYTES } from '../ingest/limits';
import { FeedError, type FeedItem, type ParsedFeed } from './model';

type Loose = Record<string, unknown> | undefined;

/** Atom and JSON feeds give some fields as `{ value }`, RSS as plain strings. */
function text(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (v && typeof v === 'object' && typeof (v as { value?: unknown }).value === 'string') {
    return ((v as { value: string }).value.trim() || null) as string | null;
  }
  return null;
}

function firstLink(links: unknown): string | null {
  if (!Array.isArray(links)) return text(links);
  const alt = links.find((l: Loose) => l && (l.rel === undefined || l.rel === 'alternate')) as Loose;
  const any = (alt ?? links[0]) as Loose;
  return typeof any?.href === 'string' ? any.href : null;
}

function itemOf(raw: Loose): FeedItem {
  const r = raw ?? {};
  const content = r.content as Loose;
  const html =
    text(content?.encoded) ?? // RSS content:encoded
    text(r.content) ?? // Atom content
    (typeof r.content_html === 'string' ? r.content_html : null) ?? // JSON Feed
    (typeof r.content_text === 'string' ? r.content_text : null) ??
    text(r.description) ?? // RSS description
    text(r.summary) ?? // Atom / JSON summary
    '';
  const authors = (r.authors ?? (r.dc as Loose)?.creators) as unknown;
  const firstAuthor = Array.isArray(authors) ? authors[0] : r.author;
  const author = text(firstAuthor) ?? text((firstAuthor as Loose)?.name) ?? null;
  const guid = text(r.guid) ?? text(r.id);
  let url = (typeof r.link === 'string' ? r.link : null) ?? firstLink(r.links) ?? (typeof r.url === 'string' ? r.url : null);
  if (!url && guid && /^https?:\/\//.test(guid)) url = guid;
  const date =
    text(r.pubDate) ??
    text(r.published) ??
    text(r.date_published) ??
    text(r.updated) ??
    text((r.dc as Loose)?.date) ??
    text(((r.dc as Loose)?.dates as unknown[] | undefined)?.[0]);
  return { title: text(r.title) ?? '', url: url?.trim() || null, date, author, html, guid };
}

/** Parses an RSS, Atom, RDF or JSON feed. Throws FeedError with a plain message otherwise. */
export function parseFeed(xml: string): ParsedFeed {
  if (xml.length > MAX_FEED_BYTES) throw new FeedError(`The feed is more than ${formatSize(MAX_FEED_BYTES)}; the limit is ${formatSize(MAX_FEED_BYTES)} per feed.`);
  let parsed: { format: string; feed: Record<string, unknown> };
  try {
    parsed = feedsmithParse(xml) as unknown as { format: string; feed: Record<string, unknown> };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new FeedError(`This is not an RSS, Atom or JSON feed (${why}).`);
  }
  const f = parsed.feed;
  const rawItems = (f.items ?? f.entries ?? []) as Loose[];
  return {
    format: parsed.format,
    title: text(f.title),
    link: (typeof f.link === 'string' ? f.link : null) ?? firstLink(f.links) ?? text(f.home_page_url),
    items: rawItems.map(itemOf),
  };
}
