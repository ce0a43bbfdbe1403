/**
 * tail65: the pair decision's lexical measures are counted on interned stem ids (align.ts `internSeq`, `gramsOfSeq`),
 * and a unit list's main actors are kept per list of the same unit features (`actorsOf`). Speed only: the measures
 * must be the plain string counts on real sentences (tests/data's sets), also when the stem table starts again
 * between and inside pairs; the actors must follow the group-subject switch.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { actorsOf, GROUP_SUBJECT, pairFeatures, PAIR_FEATURES, STEM_INTERN, weighPairs } from '../../lib/engine/align';
import { isFunctionWord } from '../../lib/nlp';
import { loadSet } from '../data/engine/fixtures';

/** The multiset of a sequence's n-grams, as strings. */
function ngrams(seq: readonly string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= seq.length; i++) {
    const g = seq.slice(i, i + n).join('\u0000');
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}
function overlap(a: Map<string, number>, b: Map<string, number>): number {
  let s = 0;
  for (const [g, c] of a) s += Math.min(c, b.get(g) ?? 0);
  return s;
}
/** LCS length, by memoised recursion (an oracle written apart from align.ts's rows). */
function lcsLength(a: readonly string[], b: readonly string[]): number {
  const memo = new Map<number, number>();
  const go = (i: number, j: number): number => {
    if (i === a.length || j === b.length) return 0;
    const key = i * (b.length + 1) + j;
    let v = memo.get(key);
    if (v === undefined) memo.set(key, (v = a[i] === b[j] ? 1 + go(i + 1, j + 1) : Math.max(go(i + 1, j), go(i, j + 1))));
    return v;
  };
  return go(0, 0);
}
const minMax = (sh: number, na: number, nb: number) => (na && nb ? [Math.min(sh / na, sh / nb), Math.max(sh / na, sh / nb)] : [0, 0]);
/** uniMin … contentMax and lcs of PAIR_FEATURES, from the two stem sequences as strings. */
function expected(sa: readonly string[], sb: readonly string[]): number[] {
  const out: number[] = [];
  for (let n = 1; n <= 3; n++) {
    const ga = ngrams(sa, n);
    const gb = ngrams(sb, n);
    out.push(...minMax(overlap(ga, gb), Math.max(0, sa.length - n + 1), Math.max(0, sb.length - n + 1)));
  }
  const ca = sa.filter((w) => !isFunctionWord(w));
  const cb = sb.filter((w) => !isFunctionWord(w));
  out.push(...minMax(overlap(ngrams(ca, 1), ngrams(cb, 1)), ca.length, cb.length));
  out.push(sa.length && sb.length ? lcsLength(sa, sb) / Math.max(sa.length, sb.length) : 0);
  return out;
}
const FIRST = PAIR_FEATURES.indexOf('uniMin');
const LAST = PAIR_FEATURES.indexOf('lcs');

/** Sentence pairs across the first two articles of a set (up to 12 × 12 units, each under 60 words). */
async function sentencePairs(set: 'harbor' | 'page' | 'doobie'): Promise<Array<[string, string]>> {
  const [a, b] = await loadSet(set);
  const texts = (x: typeof a) => x!.units.map((u) => u.text).filter((t) => t.split(/\s+/).length < 60).slice(0, 12);
  return texts(a).flatMap((x) => texts(b).map((y): [string, string] => [x, y]));
}

afterEach(() => {
  STEM_INTERN.limit = 2 ** 17;
  GROUP_SUBJECT.on = true;
});

describe("the pair decision's n-gram, content-word and LCS measures are the string counts", () => {
  it.each([
    ['harbor', 2 ** 17],
    ['page', 2 ** 17],
    ['doobie', 2 ** 17],
    // A table of 80 stems starts again every few sentences: pairs whose two sides were interned in different
    // generations, and tables that start again between one side and the other.
    ['harbor', 80],
    ['doobie', 80],
  ] as const)('%s, stem table of %i', async (set, limit) => {
    STEM_INTERN.limit = limit;
    const pairs = await sentencePairs(set);
    expect(pairs.length).toBeGreaterThan(20);
    let nonzero = 0;
    for (const [a, b] of weighPairs(pairs)) {
      const got = pairFeatures(a, b).slice(FIRST, LAST + 1);
      expect(got).toEqual(expected(a.f.seq, b.f.seq));
      if (got[2]! > 0) nonzero++;
    }
    expect(nonzero).toBeGreaterThan(0); // some pairs share bigrams: the counts are exercised
  });
});

describe("a unit list's main actors, kept per list of the same features", () => {
  it('follow the group-subject switch for a new list of the same units', () => {
    const [[w, other]] = weighPairs([['President Trump and members of his Cabinet met with the governors on Tuesday.', 'Trump met the governors.']]) as [[never, never]];
    expect(actorsOf([w, other])[0]).toBeNull();
    GROUP_SUBJECT.on = false;
    expect([...(actorsOf([w, other])[0] ?? [])]).toContain('trump');
  });
});
