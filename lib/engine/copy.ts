/**
 * Near-copy detection, the way Churnalism showed "cut" and "paste" shares: the share of one
 * article's words that lie inside a word n-gram (shingle) also found in the other article.
 *
 * A run of SHINGLE = 5 identical words (folded: case, accents and quote styles ignored) is rare
 * between independent writers except in shared quotations; articles quoting the same statement
 * share those spans, which is why near-copy needs more than half of one side's words:
 * `relation = near-copy` when max(ofThis, ofThat) ≥ NEAR_COPY_SHARE.
 */
import type { Article } from '../types';
import { tokens } from '../nlp';

export const SHINGLE = 5;
export const NEAR_COPY_SHARE = 0.5;

function words(article: Pick<Article, 'units'>): string[] {
  return article.units.flatMap((u) => tokens(u.text).map((t) => t.w));
}

function shingles(ws: string[]): Set<string> {
  const out = new Set<string>();
  for (let k = 0; k + SHINGLE <= ws.length; k++) out.add(ws.slice(k, k + SHINGLE).join(' '));
  return out;
}

/** Share of `ws` covered by shingles present in `other`. */
function coveredShare(ws: string[], other: Set<string>): number {
  if (ws.length === 0) return 0;
  const covered = new Uint8Array(ws.length);
  for (let k = 0; k + SHINGLE <= ws.length; k++) {
    if (other.has(ws.slice(k, k + SHINGLE).join(' '))) covered.fill(1, k, k + SHINGLE);
  }
  let n = 0;
  for (const c of covered) n += c;
  return n / ws.length;
}

export interface CopyShares {
  /** Share of this article's words found in that one. */
  ofThis: number;
  /** Share of that article's words found in this one. */
  ofThat: number;
}

export function copiedShares(here: Pick<Article, 'units'>, there: Pick<Article, 'units'>): CopyShares {
  const a = words(here);
  const b = words(there);
  return { ofThis: round(coveredShare(a, shingles(b))), ofThat: round(coveredShare(b, shingles(a))) };
}

export function isNearCopy(c: CopyShares): boolean {
  return Math.max(c.ofThis, c.ofThat) >= NEAR_COPY_SHARE;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
