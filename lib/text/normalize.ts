/**
 * Text normalisation shared by every input format: entities, mojibake, Unicode NFC, whitespace.
 * Curly quotes, dashes and ellipses are kept as they are: quote matching depends on them.
 */
import { decodeCharRefs } from './char-refs';
import { CP1252_HIGH } from './cp1252';


/**
 * Decodes Windows-1252 bytes (TextDecoder's 'windows-1252' is plain latin-1 in some runtimes,
 * Node among them, which turns curly quotes into C1 controls).
 */
export function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += CP1252_HIGH[b] ?? String.fromCharCode(b);
  return out;
}

/**
 * File bytes → text: the one rule for the CLI and the options page (both call this, so the same
 * file gives the same article in both). UTF-8 (with or without BOM) and UTF-16 with a BOM are read
 * as such; UTF-16 without a BOM is recognised by its NUL bytes (every other byte of Latin text);
 * bytes that are not valid UTF-8 are read as Windows-1252, the usual encoding of such files, with
 * a warning. Binary data is not recognised here: ingestion refuses it by its content.
 */
export function decodeTextBytes(bytes: Uint8Array): { text: string; warning: string | null } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), warning: null };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), warning: null };
  const bom16 = utf16WithoutBom(bytes);
  if (bom16) return { text: new TextDecoder(bom16).decode(bytes), warning: `file has no byte-order mark; read as ${bom16.toUpperCase()}` };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warning: null };
  } catch {
    return { text: decodeCp1252(bytes), warning: 'file is not valid UTF-8; read as Windows-1252' };
  }
}

/**
 * UTF-16 without a BOM: in the first 4 KB, NULs at nearly every odd (LE) or even (BE) position and
 * almost none at the other. Text in UTF-8 has no NULs at all; binary data has them everywhere.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let even = 0;
  let odd = 0;
  for (let k = 0; k < n; k += 2) {
    if (bytes[k] === 0) even++;
    if (bytes[k + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.7 && even < pairs * 0.05) return 'utf-16le';
  if (even > pairs * 0.7 && odd < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Character → the single byte it stands for when UTF-8 was read as cp1252/latin-1. */
const CHAR_TO_BYTE = new Map<string, number>();
for (let b = 0x80; b <= 0xff; b++) CHAR_TO_BYTE.set(String.fromCharCode(b), b); // latin-1 view
for (const [b, ch] of Object.entries(CP1252_HIGH)) CHAR_TO_BYTE.set(ch, Number(b)); // cp1252 view

/** Every character that can stand for a UTF-8 continuation byte (0x80–0xBF) in either view. */
const CONT_CLASS = (() => {
  let s = '';
  for (const [ch, b] of CHAR_TO_BYTE) if (b >= 0x80 && b <= 0xbf) s += ch;
  return '[' + s.replace(/[\]\\^-]/g, '\\$&') + ']';
})();

/**
 * A lead byte followed by the number of continuation bytes it announces. Lead bytes C2–F4 are the
 * latin-1 letters Â–ô; the repair is applied only when the bytes decode as valid UTF-8.
 */
const MOJIBAKE_RE = new RegExp(
  `[\\u00C2-\\u00DF]${CONT_CLASS}|[\\u00E0-\\u00EF]${CONT_CLASS}{2}|[\\u00F0-\\u00F4]${CONT_CLASS}{3}`,
  'g',
);

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function redecode(seq: string): string | null {
  const bytes = new Uint8Array(seq.length);
  for (let k = 0; k < seq.length; k++) {
    const b = CHAR_TO_BYTE.get(seq[k]!);
    if (b === undefined) return null;
    bytes[k] = b;
  }
  let out: string;
  try {
    out = strictUtf8.decode(bytes);
  } catch {
    return null;
  }
  // Two-byte sequences outside Latin-1 (leads Ä..ß) can be real text followed by punctuation
  // ("CAFÉ”" is C9 94 = "ɔ"): accept those only when the result is a letter and the second
  // character is not a quote, dash or other cp1252 punctuation.
  // A C1 control character is never what the writer meant ("Â”" is a real Â before a quote).
  if (/[\u0080-\u009f]/.test(out)) return null;
  if (seq.length === 2 && bytes[0]! > 0xc3) {
    if (!/^\p{L}$/u.test(out) || seq.charCodeAt(1) > 0xff) return null;
  }
  return out;
}

export interface Repair {
  text: string;
  /** How many sequences were repaired. */
  count: number;
}

/**
 * Repairs UTF-8 text that was decoded as Windows-1252 or latin-1 ("donâ€™t" → "don’t",
 * "cafÃ©" → "café"), only where the bytes re-decode as valid UTF-8. Also removes the stray "Â"
 * left when a UTF-8 no-break space (C2 A0) was read as latin-1 and the A0 later became a plain
 * space or was trimmed ("said.Â" → "said.").
 */
export function repairMojibake(input: string): Repair {
  let count = 0;
  let text = input.replace(MOJIBAKE_RE, (seq) => {
    const fixed = redecode(seq);
    if (fixed === null) return seq;
    count++;
    return fixed;
  });
  // "Â" that is not part of a word: a lone no-break-space lead byte.
  text = text.replace(/Â(?=\s|$)/gu, () => {
    count++;
    return ' ';
  });
  // "â€" left over from a right double quote (E2 80 9D) whose 9D byte was dropped.
  text = text.replace(/â€(?![\p{L}])/gu, () => {
    count++;
    return '\u201D';
  });
  return { text, count };
}


/**
 * Folds whitespace inside one paragraph: every run of spaces, tabs, no-break spaces, newlines and
 * zero-width characters becomes one space; trims both ends.
 */
export function foldWhitespace(s: string): string {
  return s
    .replace(/[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g, ' ')
    .trim();
}

export interface Normalized {
  text: string;
  mojibake: number;
}

export interface NormalizeOptions {
  /** false: the text has no character references to decode (a DOM's text). */
  entities?: boolean;
  /**
   * The decoder of character references: by default the small one for text a browser has parsed
   * (`decodeCharRefs`); file and feed imports pass the full HTML table (`lib/text/entities.ts`).
   */
  decode?: (s: string) => string;
}

/**
 * One paragraph (or line) of text as every module downstream expects it: entities decoded,
 * mojibake repaired, NFC, whitespace folded. Curly quotes and dashes are kept.
 */
export function normalizeInline(s: string, opts: NormalizeOptions = {}): Normalized {
  let t = opts.entities === false ? s : (opts.decode ?? decodeCharRefs)(s);
  const r = repairMojibake(t);
  t = r.text.normalize('NFC');
  t = t.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, ' ');
  return { text: foldWhitespace(t), mojibake: r.count };
}

/**
 * Splits raw text into normalised paragraphs. `lineMode` 'line' treats every line as a paragraph
 * (news copied from a page: one paragraph per line); 'blank' joins lines and splits on blank lines
 * (Markdown).
 */
export function normalizeParagraphs(
  raw: string,
  lineMode: 'line' | 'blank',
  opts: NormalizeOptions = {},
): { paragraphs: string[]; mojibake: number } {
  const text = raw.replace(/\r\n?/g, '\n');
  const chunks = lineMode === 'line' ? text.split('\n') : text.split(/\n[ \t\u00A0]*\n/);
  let mojibake = 0;
  const paragraphs: string[] = [];
  for (const c of chunks) {
    const n = normalizeInline(c, opts);
    mojibake += n.mojibake;
    if (n.text) paragraphs.push(n.text);
  }
  return { paragraphs, mojibake };
}
