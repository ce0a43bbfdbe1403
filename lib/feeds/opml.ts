/**
 * OPML import and export of feed subscriptions (issue 11 item 3), with feedsmith's OPML parser and
 * generator (the library that already parses the feeds). DOM-free.
 */
import { generateOpml, parseOpml } from 'feedsmith';
import { FeedError, normaliseFeedUrl } from './core';

/** Feeds read from one OPML file at most (a reader's subscription list is tens to hundreds). */
export const MAX_OPML_FEEDS = 500;
/** Bytes of an OPML file at most. */
export const MAX_OPML_BYTES = 2 * 1024 * 1024;

export interface OpmlFeed {
  url: string;
  title: string | null;
  /** The site's home page, when the file says. */
  site: string | null;
}

interface Outline {
  text?: string;
  title?: string;
  xmlUrl?: string;
  htmlUrl?: string;
  outlines?: Outline[];
}

/**
 * The feeds an OPML file lists (nested folders flattened, in document order), each address checked
 * as a subscription address is (http/https only); duplicates and bad addresses skipped and counted.
 */
export function readOpml(xml: string): { feeds: OpmlFeed[]; skipped: number; title: string | null } {
  if (xml.length > MAX_OPML_BYTES) throw new FeedError(`The file is more than ${MAX_OPML_BYTES / 1024 / 1024} MB; an OPML file of subscriptions is far smaller.`);
  let doc: { head?: { title?: string }; body?: { outlines?: Outline[] } };
  try {
    doc = parseOpml(xml) as typeof doc;
  } catch (e) {
    throw new FeedError(`This is not an OPML file (${e instanceof Error ? e.message : String(e)}).`);
  }
  const feeds: OpmlFeed[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  const walk = (outlines: Outline[] | undefined, depth: number) => {
    for (const o of outlines ?? []) {
      if (o.xmlUrl !== undefined) {
        let url: string | null = null;
        try {
          url = normaliseFeedUrl(String(o.xmlUrl));
        } catch {
          url = null;
        }
        if (!url || seen.has(url) || feeds.length >= MAX_OPML_FEEDS) skipped++;
        else {
          seen.add(url);
          const title = (o.title ?? o.text ?? '').trim() || null;
          let site: string | null = null;
          try {
            site = o.htmlUrl ? normaliseFeedUrl(String(o.htmlUrl)) : null;
          } catch {
            site = null;
          }
          feeds.push({ url, title, site });
        }
      }
      if (depth < 16) walk(o.outlines, depth + 1);
    }
  };
  walk(doc.body?.outlines, 0);
  return { feeds, skipped, title: doc.head?.title?.trim() || null };
}

/** An OPML 2.0 document of the subscriptions. */
export function writeOpml(feeds: Array<{ url: string; title: string | null }>, now = new Date()): string {
  return generateOpml({
    head: { title: 'Parallax feed subscriptions', dateCreated: now },
    body: {
      outlines: feeds.map((f) => ({ text: f.title ?? f.url, ...(f.title ? { title: f.title } : {}), type: 'rss', xmlUrl: f.url })),
    },
  } as never) as string;
}
