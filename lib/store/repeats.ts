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
   * most of an import's time): entry k is the text hash `h[2k], h[2k+1]` (its 16 hex digits as two 32-bit halves),
   * counted `v[2k]` times since it was made in window `v[2k+1] + 1`.
   */
  h: Uint32Array;
  v: Int32Array;
}

/** A record's entries: text hash (16 hex digits) → [count, err]. */
export function repeatEntries(rec: RepeatsRecord | undefined): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  if (!rec) return out;
  for (let k = 0; k < rec.v.length >> 1; k++)
    out.set(rec.h[2 * k]!.toString(16).padStart(8, '0') + rec.h[2 * k + 1]!.toString(16).padStart(8, '0'), [rec.v[2 * k]!, rec.v[2 * k + 1]!]);
  return out;
}

function pack(site: string, n: number, c: Map<string, [number, number]>): RepeatsRecord {
  const h = new Uint32Array(2 * c.size);
  const v = new Int32Array(2 * c.size);
  let k = 0;
  for (const [t, e] of c) {
    h[2 * k] = parseInt(t.slice(0, 8), 16);
    h[2 * k + 1] = parseInt(t.slice(8, 16), 16);
    v[2 * k] = e[0];
    v[2 * k + 1] = e[1];
    k++;
  }
  return { site, n, h, v };
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
  const c = repeatEntries(rec);
  let n = rec?.n ?? 0;
  for (const texts of removed)
    for (const t of texts) {
      const e = c.get(t);
      if (!e) continue;
      if (e[0] > 1) e[0]--;
      else c.delete(t);
    }
  for (const texts of added) {
    n++;
    const window = Math.ceil(n / REPEAT_WINDOW);
    for (const t of texts) {
      const e = c.get(t);
      if (e) e[0]++;
      else c.set(t, [1, window - 1]);
    }
    if (n % REPEAT_WINDOW === 0) for (const [t, e] of c) if (e[0] + e[1] <= window) c.delete(t);
  }
  return pack(site, n, c);
}
