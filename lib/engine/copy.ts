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
import { sourceKey } from '../outlets';

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

// ---------------------------------------------------------------------------------------------
// Syndicated copies: the same wire story in several outlets is one source in counts.

/** An article's shingles, each computed once, as integers (interned per batch): by position and as a set. */
interface Shingled {
  n: number;
  at: Int32Array;
  set: Set<number>;
}

function shingled(article: Pick<Article, 'units'>, intern: Map<string, number>): Shingled {
  const ws = words(article);
  const at = new Int32Array(Math.max(0, ws.length - SHINGLE + 1));
  for (let k = 0; k < at.length; k++) {
    let sh = ws[k]!;
    for (let j = 1; j < SHINGLE; j++) sh += ' ' + ws[k + j]!;
    let id = intern.get(sh);
    if (id === undefined) intern.set(sh, (id = intern.size));
    at[k] = id;
  }
  return { n: ws.length, at, set: new Set(at) };
}

/** Share of a's words inside a shingle also found in `other` (as coveredShare, without allocating). */
function coveredBy(a: Shingled, other: Shingled): number {
  if (a.n === 0) return 0;
  let covered = 0;
  let end = 0; // words before `end` are counted already
  for (let k = 0; k < a.at.length; k++) {
    if (!other.set.has(a.at[k]!)) continue;
    covered += k + SHINGLE - Math.max(k, end);
    end = k + SHINGLE;
  }
  return covered / a.n;
}

/**
 * Every pair of near-copies among some articles (indexes into `articles`, a < b), with their
 * shares (`ofThis`: share of a's words found in b). Same measure and threshold as `copiedShares` /
 * `isNearCopy`; shingles are computed once per article.
 */
export function nearCopyPairs(articles: Array<Pick<Article, 'units'>>): Array<{ a: number; b: number; shares: CopyShares }> {
  return pairsOf(shingleAll(articles));
}

function shingleAll(articles: Array<Pick<Article, 'units'>>): Shingled[] {
  const intern = new Map<string, number>();
  return articles.map((a) => shingled(a, intern));
}

function pairsOf(sh: Shingled[]): Array<{ a: number; b: number; shares: CopyShares }> {
  // Positions holding a shared shingle, per pair, through an inverted index (most shingles belong
  // to one article), so only pairs that can reach NEAR_COPY_SHARE are measured: a position covers at
  // most SHINGLE new words, so a side needs positions × SHINGLE ≥ NEAR_COPY_SHARE × its words.
  const owners = new Map<number, Array<{ k: number; times: number }>>();
  sh.forEach((x, k) => {
    const times = new Map<number, number>();
    for (const id of x.at) times.set(id, (times.get(id) ?? 0) + 1);
    for (const [id, t] of times) {
      const list = owners.get(id);
      if (list) list.push({ k, times: t });
      else owners.set(id, [{ k, times: t }]);
    }
  });
  const n = sh.length;
  const hitsA = new Map<number, number>(); // a * n + b (a < b) → positions of a whose shingle b has
  const hitsB = new Map<number, number>(); // … and positions of b whose shingle a has
  for (const list of owners.values()) {
    if (list.length < 2) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const key = list[x]!.k * n + list[y]!.k;
        hitsA.set(key, (hitsA.get(key) ?? 0) + list[x]!.times);
        hitsB.set(key, (hitsB.get(key) ?? 0) + list[y]!.times);
      }
    }
  }
  const out: Array<{ a: number; b: number; shares: CopyShares }> = [];
  for (const key of [...hitsA.keys()].sort((p, q) => p - q)) {
    const a = Math.floor(key / n);
    const b = key % n;
    if (hitsA.get(key)! * SHINGLE < NEAR_COPY_SHARE * sh[a]!.n && hitsB.get(key)! * SHINGLE < NEAR_COPY_SHARE * sh[b]!.n) continue;
    const shares = { ofThis: round(coveredBy(sh[a]!, sh[b]!)), ofThat: round(coveredBy(sh[b]!, sh[a]!)) };
    if (isNearCopy(shares)) out.push({ a, b, shares });
  }
  return out;
}

/**
 * Sources among some articles, for counts: articles of one outlet (lib/outlets.ts sourceKey) are
 * one source, and so are near-copies of each other (a wire story run by several outlets), joined
 * transitively. Returns each article's source key (the sourceKey of the group's first article, in
 * the order given) — articles with equal keys count once in "in N of M outlets".
 */
export function sourceGroupKeys(items: Array<{ id: string; outlet: string | null }>, copies: Array<{ a: number; b: number }>): string[] {
  const parent = items.map((_, k) => k);
  const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k]!)));
  const join = (x: number, y: number) => {
    const [rx, ry] = [find(x), find(y)];
    if (rx !== ry) parent[Math.max(rx, ry)] = Math.min(rx, ry);
  };
  const byOutlet = new Map<string, number>();
  items.forEach((it, k) => {
    const key = sourceKey(it);
    const first = byOutlet.get(key);
    if (first === undefined) byOutlet.set(key, k);
    else join(first, k);
  });
  for (const { a, b } of copies) join(a, b);
  return items.map((_, k) => sourceKey(items[find(k)]!));
}

/**
 * For each article, the article it is a near-copy of, else null ("near-copy of …"). In a pair of
 * near-copies the copy is the later dated one; with a date missing (or the same day), the later in
 * the order given. An article copying several is a copy of the one sharing the most words.
 */
export function copyOfEach(
  items: Array<{ id: string; date: string | null }>,
  copies: Array<{ a: number; b: number; shares: CopyShares }>,
): Array<string | null> {
  const best = items.map(() => ({ of: null as string | null, share: -1 }));
  for (const p of copies) {
    const [da, db] = [items[p.a]!.date?.slice(0, 10), items[p.b]!.date?.slice(0, 10)];
    const [orig, copy] = da && db && db < da ? [p.b, p.a] : [p.a, p.b];
    const share = Math.max(p.shares.ofThis, p.shares.ofThat);
    if (share > best[copy]!.share) best[copy] = { of: items[orig]!.id, share };
  }
  return best.map((b) => b.of);
}

/** Sources of a story: the article read first, then its related articles (see `sourceGroupKeys`, `copyOfEach`). */
export interface StorySources {
  /** The source key an article of the story counts under (sourceKey for an article not in it). */
  keyOf(a: Pick<Article, 'id' | 'outlet'>): string;
  /** copiedShares(article read, related[k]), from the same shingles. */
  withRead: CopyShares[];
  /** id → the article it is a near-copy of, for the articles that are one. */
  copyOf: Map<string, string>;
}

export function storySources(article: Pick<Article, 'id' | 'outlet' | 'date' | 'units'>, related: Array<Pick<Article, 'id' | 'outlet' | 'date' | 'units'>>): StorySources {
  const all = [article, ...related];
  const sh = shingleAll(all);
  const copies = pairsOf(sh);
  const withRead = related.map((_, k) => ({ ofThis: round(coveredBy(sh[0]!, sh[k + 1]!)), ofThat: round(coveredBy(sh[k + 1]!, sh[0]!)) }));
  const keys = sourceGroupKeys(all, copies);
  const byId = new Map(all.map((a, k) => [a.id, keys[k]!]));
  const copyOf = new Map<string, string>();
  copyOfEach(all, copies).forEach((of, k) => {
    if (of) copyOf.set(all[k]!.id, of);
  });
  return { keyOf: (a) => byId.get(a.id) ?? sourceKey(a), withRead, copyOf };
}
