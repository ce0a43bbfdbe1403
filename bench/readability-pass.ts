/**
 * The extraction benches' Readability pass over one page, as lib/extract.ts runs it (the body moved
 * out of <head>, Readability on a clone, title and byline from its result or the page's metadata):
 * bench/extract-fit.ts and bench/extract-blocks-cache.ts cache its result per page. `beforeParse`
 * sees the clone before Readability changes it. Null content when the page cannot be read.
 */
import { Readability } from '@mozilla/readability';
import { nodeParseHtml } from '../cli/node-env.ts';
import { bodyOutOfHead, readMetadata } from '../lib/extract.ts';
import { normalizeInline } from '../lib/text/normalize.ts';

export interface ReadabilityPass {
  content: string | null;
  title: string;
  byline: string | null;
}

export function readabilityPass(
  html: string,
  opts: { keepClasses?: boolean; beforeParse?: (clone: Document) => void; readability?: { linkDensityModifier?: number; nbTopCandidates?: number; charThreshold?: number } } = {},
): ReadabilityPass {
  try {
    const doc = nodeParseHtml(html);
    const clone = doc.cloneNode(true) as Document;
    bodyOutOfHead(clone);
    opts.beforeParse?.(clone);
    const parsed = new Readability(clone, { ...opts.readability, keepClasses: opts.keepClasses ?? false }).parse();
    const meta = readMetadata(doc, '');
    return {
      content: parsed?.content ?? null,
      title: normalizeInline(parsed?.title || meta.title || '').text,
      byline: parsed?.byline ? normalizeInline(parsed.byline).text : meta.byline,
    };
  } catch {
    return { content: null, title: '', byline: null };
  }
}
