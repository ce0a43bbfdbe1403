/**
 * A small decoder of HTML character references for text that a browser has already parsed (the
 * content script's page text, titles and bylines), where a reference left in the text is a
 * double-encoded one ("&amp;rsquo;" shown as "&rsquo;"). It reads numeric references (with the HTML
 * rule that 128–159 are Windows-1252) and the named ones text uses: the Latin-1 set and the
 * typographic marks. File and feed imports, where any of HTML's 2,231 names can appear, use the full
 * table (`lib/text/entities.ts`, the `entities` package); the content script does not carry it.
 */
import { CP1252_HIGH } from './cp1252';

/** Latin-1's names, in code point order from U+00A0. */
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml'.split(' ');

const NAMED = new Map<string, string>([
  ['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"],
  ['ndash', '\u2013'], ['mdash', '\u2014'], ['lsquo', '\u2018'], ['rsquo', '\u2019'], ['sbquo', '\u201A'],
  ['ldquo', '\u201C'], ['rdquo', '\u201D'], ['bdquo', '\u201E'], ['hellip', '\u2026'], ['bull', '\u2022'],
  ['trade', '\u2122'], ['euro', '\u20AC'], ['dagger', '\u2020'], ['Dagger', '\u2021'], ['permil', '\u2030'],
  ['lsaquo', '\u2039'], ['rsaquo', '\u203A'], ['prime', '\u2032'], ['Prime', '\u2033'], ['thinsp', '\u2009'],
  ['ensp', '\u2002'], ['emsp', '\u2003'], ['zwnj', '\u200C'], ['zwj', '\u200D'], ['lrm', '\u200E'], ['rlm', '\u200F'],
  ['OElig', '\u0152'], ['oelig', '\u0153'], ['Scaron', '\u0160'], ['scaron', '\u0161'], ['Yuml', '\u0178'],
  ['fnof', '\u0192'], ['circ', '\u02C6'], ['tilde', '\u02DC'], ['minus', '\u2212'], ['larr', '\u2190'], ['rarr', '\u2192'],
  ...LATIN1.map((name, k): [string, string] => [name, String.fromCharCode(0xa0 + k)]),
]);

function fromCodePoint(n: number): string {
  if (n >= 0x80 && n <= 0x9f && CP1252_HIGH[n]) return CP1252_HIGH[n]!;
  if (n === 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(n);
}

/** Decodes numeric references and the names above; any other name is left as it is written. */
export function decodeCharRefs(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,7}));/g, (whole, dec, hex, name) => {
    if (dec !== undefined) return fromCodePoint(Number(dec));
    if (hex !== undefined) return fromCodePoint(parseInt(hex, 16));
    return NAMED.get(name) ?? whole;
  });
}
