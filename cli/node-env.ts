/** The IngestEnv for Node: whole HTML pages are parsed with linkedom (no browser DOM here). */
import { DOMParser } from 'linkedom';
import type { IngestEnv } from '../lib/ingest/index.ts';
import { pageEnv } from '../lib/ingest/page.ts';

export function nodeParseHtml(html: string): Document {
  // linkedom's DOMParser returns its own Document type; it implements what Readability uses.
  return new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

export const nodeEnv: IngestEnv = pageEnv(nodeParseHtml);
