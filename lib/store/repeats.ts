/**
 * The corpus's repeat counts (lib/engine/repeats.ts; docs/notes/furn31.md §4), one record per site (schema v10's
 * `repeats` table): how many of the site's live articles carry each unit text. Exact counts of every unit would be
 * ~35 entries per article, nearly all 1 (millions at 100,000 articles), so each site keeps **lossy counts**
 * (Manku & Motwani): every REPEAT_WINDOW articles of the site, the entries that could not have been carried by one
 * article in each window since they were first counted are dropped. A kept count never exceeds the true number of
 * carriers (a lower bound: the store hides less than an exact count would, never more); a text carried by more than one
 * article in REPEAT_WINDOW of the site's is kept (a site's boilerplate is under nearly all of them); until a site has
 * REPEAT_WINDOW articles its counts are exact.
 */

/** Articles of a site between two prunings. */
export const REPEAT_WINDOW = 64;

export interface RepeatsRecord {
  /** The site part of the repeat keys (lib/engine/repeats.ts `repeatSite`). */
  site: string;
  /** Articles of the site counted so far (adds only): the window is `ceil(n / REPEAT_WINDOW)`. */
  n: number;
  /**
   * The entries packed (a typed array is cloned by IndexedDB as one block; thousands of small objects per write cost
   * most of an import's time): entry k is the text `t[k]` (textNumber), counted `v[k] % SPAN` times since it was made
   * in window `floor(v[k] / SPAN) + 1`.
   */
  t: Float64Array;
  v: Float64Array;
}

/** Counts and windows below 2^26 each, packed in one number (exact in a double). */
const SPAN = 2 ** 26;

/** A text hash (16 hex digits) as a number: its first 53 bits. */
export function textNumber(t: string): number {
  // Read digit by digit (no slices, no parseInt: an import reads ~35 a article); anything but 16 hex digits first
  // is read as before.
  let hi = 0;
  let lo = 0;
  for (let k = 0; k < 16; k++) {
    const d = hexDigit(t.charCodeAt(k));
    if (d < 0) return parseInt(t.slice(0, 8), 16) * 2 ** 21 + (parseInt(t.slice(8, 16), 16) >>> 11);
    if (k < 8) hi = hi * 16 + d;
    else lo = lo * 16 + d;
  }
  return hi * 2 ** 21 + (lo >>> 11);
}

/** A hexadecimal digit's value (either case), -1 for anything else (NaN, past the end, included). */
function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** A record's entries: textNumber → packed count and window (count: `% SPAN`). */
function entries(rec: RepeatsRecord | undefined): Map<number, number> {
  const out = new Map<number, number>();
  if (rec) for (let k = 0; k < rec.t.length; k++) out.set(rec.t[k]!, rec.v[k]!);
  return out;
}

/** How many articles of the record's site carry each text (hash, 16 hex digits): its kept count, 0 when none is kept. */
export function repeatCountsOf(rec: RepeatsRecord | undefined, texts: string[]): number[] {
  const c = entries(rec);
  return texts.map((t) => (c.get(textNumber(t)) ?? 0) % SPAN);
}

/** The text hashes of an article's repeat keys, by site (lib/engine/repeats.ts `repeatSite`). */
export function bySite(keys: Iterable<string>, into = new Map<string, string[]>()): Map<string, string[]> {
  for (const k of keys) {
    const site = k.slice(2, 18);
    const l = into.get(site);
    if (l) l.push(k.slice(19));
    else into.set(site, [k.slice(19)]);
  }
  return into;
}

/**
 * A site's record after removing articles (each given as its text hashes, distinct) and adding others. Removal takes
 * one from an entry that is there (never below nothing); addition counts each text and prunes at each window's end.
 */
export function countRepeats(rec: RepeatsRecord | undefined, site: string, removed: string[][], added: string[][]): RepeatsRecord {
  const c = entries(rec);
  let n = rec?.n ?? 0;
  for (const texts of removed)
    for (const x of texts) {
      const t = textNumber(x);
      const e = c.get(t);
      if (e === undefined) continue;
      if (e % SPAN > 1) c.set(t, e - 1);
      else c.delete(t);
    }
  for (const texts of added) {
    n++;
    const window = Math.ceil(n / REPEAT_WINDOW);
    for (const x of texts) {
      const t = textNumber(x);
      const e = c.get(t);
      c.set(t, e === undefined ? (window - 1) * SPAN + 1 : e + 1);
    }
    if (n % REPEAT_WINDOW === 0) for (const [t, e] of c) if ((e % SPAN) + Math.floor(e / SPAN) <= window) c.delete(t);
  }
  const out: RepeatsRecord = { site, n, t: new Float64Array(c.size), v: new Float64Array(c.size) };
  let k = 0;
  for (const [t, e] of c) (out.t[k] = t), (out.v[k++] = e);
  return out;
}
