/**
 * HTML character references decoded with HTML's whole table of names (the `entities` package): for
 * text that arrives as raw markup or with references left in it (file, feed and front-matter imports).
 * Pages read by the content script use the small decoder of `lib/text/char-refs.ts` instead.
 */
import { decodeHTML } from 'entities';

/** Decodes HTML character references ("&amp;", "&#8217;", "&rsquo;", "&Nscr;") in plain text. */
export function decodeEntities(s: string): string {
  return s.includes('&') ? decodeHTML(s) : s;
}
