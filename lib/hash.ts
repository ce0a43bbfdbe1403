/**
 * Synchronous, dependency-free content hash (runs in Node, pages and service workers alike):
 * two 32-bit FNV-1a variants over the UTF-16 code units, 16 hex characters. Used to deduplicate
 * articles, not for security.
 */
export function hashText(s: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return hex(h1, h2);
}

const hex = (h1: number, h2: number) => (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');

/**
 * `hashText` of the words of `s[start, end)` lower-cased and joined by one space (a word: a run of ASCII letters and
 * digits), read in place: no slice, no intermediate string. Null when it has no word; undefined when the stretch is not
 * all ASCII (the caller then folds it as the general rule does: lib/engine/repeats.ts).
 */
export function hashAsciiWords(s: string, start: number, end: number): string | null | undefined {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  let any = false;
  let gap = false;
  for (let k = start; k < end; k++) {
    let c = s.charCodeAt(k);
    if (c >= 0x80) return undefined;
    if (c >= 65 && c <= 90) c += 32;
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
      gap = true;
      continue;
    }
    if (gap && any) {
      h1 = Math.imul(h1 ^ 32, 0x01000193);
      h2 = Math.imul(h2 ^ 32, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    gap = false;
    any = true;
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return any ? hex(h1, h2) : null;
}
