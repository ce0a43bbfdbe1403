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
  /** Text hash → [count, err]: the articles counted since the entry was made, and the window it was made in, less one. */
  c: Record<string, [number, number]>;
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
  const out: RepeatsRecord = { site, n: rec?.n ?? 0, c: { ...(rec?.c ?? {}) } };
  for (const texts of removed)
    for (const t of texts) {
      const e = out.c[t];
      if (!e) continue;
      if (e[0] > 1) out.c[t] = [e[0] - 1, e[1]];
      else delete out.c[t];
    }
  for (const texts of added) {
    out.n++;
    const window = Math.ceil(out.n / REPEAT_WINDOW);
    for (const t of texts) {
      const e = out.c[t];
      out.c[t] = e ? [e[0] + 1, e[1]] : [1, window - 1];
    }
    if (out.n % REPEAT_WINDOW === 0) for (const [t, e] of Object.entries(out.c)) if (e[0] + e[1] <= window) delete out.c[t];
  }
  return out;
}
