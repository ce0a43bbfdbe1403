/**
 * marks32: the measures of "one unit of the other article told inside this one" compared on the dev benches
 * (bench/marks32-contain.ts on the facts dev sets, bench/marks32-cards.ts on the judged card sheets).
 * Each is the best over the other side's fact units v (a left-out card takes the smallest over its outlets):
 *   whole  — `containedIn(v, u)` below: IDF²-weighted share of v's stems u uses, names and non-names
 *   clause — the same for each clause of v (`predications`, ≥ 2 content stems, no attribution): a part of v inside u
 *   flat   — `whole` without the IDF weights (every content stem counts 1), v with ≥ 3 content stems
 *   told   — the share of u's own IDF² weight whose stems v uses (how much of u is told there)
 *   actor  — `whole`, only over the v whose main actor (lib/nlp/actors `mainActors`, via `weighedByUnit`) u shares
 *   article — the share of u's own IDF² weight whose stems ANY fact unit there uses (told across the article, not by one unit)
 */
import { sentenceUnit, weigh, type Weighted } from '../lib/engine/align.ts';
import { unitFeatures, type Idf } from '../lib/engine/features.ts';
import { isAttribution } from '../lib/engine/report.ts';
import { isFunctionWord, stem, tokens } from '../lib/nlp/index.ts';
import type { NovelSpan } from '../lib/types.ts';
import { predications } from '../lib/nlp/clauses.ts';
import { shareActor } from '../lib/nlp/actors.ts';

/**
 * How much of unit `v` lies inside unit `u` (marks32; measured here, not shipped): the IDF²-weighted share of v's content stems
 * that u uses, over all of them and over those that are not names — the smaller of the two, so that
 * shared names alone never make one sentence tell another (a v of names only gives 0). Directional:
 * a short v can lie wholly inside a long u whose other words (the detail v lacks) keep their
 * similarity under the alignment's floor.
 */
export function containedIn(v: Weighted, u: Weighted): number {
  const has = new Set(u.f.lex);
  let num = 0;
  let den = 0;
  let numP = 0;
  let denP = 0;
  v.f.lex.forEach((st, k) => {
    const x = v.lexIdf[k]! ** 2;
    const hit = has.has(st);
    den += x;
    if (hit) num += x;
    if (v.f.names.has(st)) return;
    denP += x;
    if (hit) numP += x;
  });
  return den > 0 && denP > 0 ? Math.min(num / den, numP / denP) : 0;
}

/**
 * The words of `text` that `told` (a unit's text) does not use, as spans: runs of content words whose
 * stem `told` lacks, function words inside a run kept with it. Empty when every content word is told.
 */
export function untoldSpans(text: string, told: string): NovelSpan[] {
  const there = new Set(tokens(told).map((t) => stem(t.w)));
  const out: NovelSpan[] = [];
  let open: NovelSpan | null = null;
  for (const t of tokens(text)) {
    if (isFunctionWord(t.w)) continue;
    if (there.has(stem(t.w))) open = null;
    else if (open) open.end = t.end;
    else out.push((open = { start: t.start, end: t.end }));
  }
  return out;
}

export const MEASURES = ['whole', 'clause', 'flat', 'told', 'actor', 'article'] as const;
export type Measure = (typeof MEASURES)[number];

function flat(v: Weighted, u: Weighted): number {
  const has = new Set(u.f.lex);
  const all = v.f.lex;
  const own = all.filter((s) => !v.f.names.has(s));
  if (all.length < 3 || own.length === 0) return 0;
  return Math.min(all.filter((s) => has.has(s)).length / all.length, own.filter((s) => has.has(s)).length / own.length);
}

/** The share of u's IDF² weight whose stems `has` holds (0 when u has no weighted stem). */
export function weightShare(u: Weighted, has: ReadonlySet<string>): number {
  let num = 0;
  let den = 0;
  u.f.lex.forEach((s, k) => {
    const x = u.lexIdf[k]! ** 2;
    den += x;
    if (has.has(s)) num += x;
  });
  return den > 0 ? num / den : 0;
}

function toldShare(v: Weighted, u: Weighted): number {
  return weightShare(u, new Set(v.f.lex));
}

const clauseCache = new WeakMap<Weighted, Weighted[]>();
function clausesOfUnit(v: Weighted, idf: { words: Idf; grams: Idf }): Weighted[] {
  let out = clauseCache.get(v);
  if (!out) {
    out = predications(v.f.unit.text)
      .filter((c) => !isAttribution(c.text))
      .map((c) => unitFeatures(sentenceUnit(c.text)))
      .filter((f) => f.lex.length >= 2)
      .map((f) => weigh(f, idf.words, idf.grams));
    clauseCache.set(v, out);
  }
  return out;
}

/** Every measure of u against the other side's fact units O: the best value and the unit giving it. */
export function measures(u: Weighted, O: Iterable<Weighted>, idf: { words: Idf; grams: Idf }, actor: (w: Weighted) => Set<string> | null = () => null): Record<Measure, { b: number; at: Weighted | null }> {
  const out = Object.fromEntries(MEASURES.map((m) => [m, { b: 0, at: null as Weighted | null }])) as Record<Measure, { b: number; at: Weighted | null }>;
  const take = (m: Measure, x: number, v: Weighted) => {
    if (x > out[m].b) out[m] = { b: x, at: v };
  };
  const all = new Set<string>();
  for (const v of O) {
    for (const st of v.f.lex) all.add(st);
    const c = containedIn(v, u);
    take('whole', c, v);
    const au = actor(u);
    const av = actor(v);
    if (au && av && shareActor(au, av)) take('actor', c, v);
    for (const c of clausesOfUnit(v, idf)) take('clause', containedIn(c, u), v);
    take('flat', flat(v, u), v);
    take('told', toldShare(v, u), v);
  }
  out.article = { b: weightShare(u, all), at: null };
  return out;
}

/** Rank AUC: the chance a positive scores above a negative (ties half). */
export function auc(pos: number[], neg: number[]): number {
  let s = 0;
  for (const a of pos) for (const b of neg) s += a > b ? 1 : a === b ? 0.5 : 0;
  return pos.length && neg.length ? s / (pos.length * neg.length) : NaN;
}
