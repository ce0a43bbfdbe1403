/**
 * align66: the reworded facts the report leaves unpaired (bench/facts61-why.ts `paraphraseMisses`), split by what the two
 * sentences share. For each miss (u of R added though a unit of X holds all its facts) the holder h most similar to u is
 * taken and the pair (u, h) is put in the first kind that applies:
 *   phrase   a content-stem bigram (two content words in a row, function words skipped) in u and h and in no other fact unit
 *            of R or of X (a phrase rare in the two articles)
 *   word     a content stem (a name's stem too) in u and h and in no other fact unit of R or of X
 *   figure   a figure both state (lib/nlp sameFigure)
 *   contain  every content stem of the shorter side is in the longer side
 *   common   they share content stems, each used elsewhere in R or X too
 *   nothing  no content stem in common
 * and, beside it, whether one side has twice the other's content words or more ("longer").
 *   TMPDIR=/tmp/x npx tsx bench/align66-kinds.ts [--sets a,b] [--list]   (default: the 17 dev sets; held sets refused)
 */
import { unitSimilarity, type Weighted } from '../lib/engine/align.ts';
import { weighAll } from '../lib/engine/story.ts';
import { sameFigure } from '../lib/nlp/index.ts';
import { BASIL_DEV_SETS, DEV_SETS, readingsOf } from './facts-causes.ts';
import { paraphraseMisses } from './facts61-why.ts';
import { optionValue } from './args.ts';

export const KINDS = ['phrase', 'word', 'figure', 'contain', 'common', 'nothing'] as const;
export type Kind = (typeof KINDS)[number];

/** Content-stem bigrams of a unit (adjacent in `lex`). */
export function bigrams(w: Weighted): Set<string> {
  const out = new Set<string>();
  for (let k = 0; k + 1 < w.f.lex.length; k++) out.add(`${w.f.lex[k]!} ${w.f.lex[k + 1]!}`);
  return out;
}

/** How many of `units` hold each key of `keysOf` (each unit counted once per key). */
export function unitCounts(units: readonly Weighted[], keysOf: (w: Weighted) => Iterable<string>): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of units) for (const x of new Set(keysOf(w))) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

/** The kind of a pair (u of R, h of X): what the two share (see the file's comment). */
export function kindOf(u: Weighted, h: Weighted, R: readonly Weighted[], X: readonly Weighted[]): Kind {
  const once = (keysOf: (w: Weighted) => Iterable<string>) => {
    const cr = unitCounts(R, keysOf);
    const cx = unitCounts(X, keysOf);
    const there = new Set(keysOf(h));
    return [...new Set(keysOf(u))].some((k) => there.has(k) && cr.get(k) === 1 && cx.get(k) === 1);
  };
  if (once(bigrams)) return 'phrase';
  if (once((w) => w.f.lex)) return 'word';
  if (u.f.figures.some((q) => h.f.figures.some((p) => sameFigure(q, p)))) return 'figure';
  const [short, long] = u.f.lex.length <= h.f.lex.length ? [u, h] : [h, u];
  const inLong = new Set(long.f.lex);
  if (short.f.lex.length > 0 && short.f.lex.every((s) => inLong.has(s))) return 'contain';
  return u.f.lex.some((s) => h.f.lex.includes(s)) ? 'common' : 'nothing';
}

if (process.argv[1]?.endsWith('align66-kinds.ts')) {
  const sets = optionValue('sets')?.split(',') ?? [...DEV_SETS, ...BASIL_DEV_SETS];
  for (const s of sets) if (!DEV_SETS.includes(s) && !BASIL_DEV_SETS.includes(s)) throw new Error(`${s}: not a dev set`);
  const list = process.argv.includes('--list');
  const count = new Map<string, number>();
  const bump = (k: string) => count.set(k, (count.get(k) ?? 0) + 1);
  const sh = (t: string) => t.replace(/\s+/g, ' ').slice(0, 110);
  for await (const { name, r, x, rep, rel, fx, fr, idf } of readingsOf(sets)) {
    const wx = weighAll(fx, idf);
    const wrs = fr.map((f) => weighAll(f, idf));
    for (const { R, k, u, holders } of paraphraseMisses(x, rep, rel, r)) {
      const wu = wrs[k]!.find((w) => w.f.unit.i === u.i);
      const hs = holders.map((v) => wx.find((w) => w.f.unit.i === v.i)).filter((w): w is Weighted => w !== undefined);
      if (!wu || hs.length === 0) {
        bump('no-fact-unit');
        continue;
      }
      const h = hs.sort((p, q) => unitSimilarity(q, wu) - unitSimilarity(p, wu))[0]!;
      const kind = kindOf(wu, h, wrs[k]!, wx);
      const longer = Math.max(wu.f.lex.length, h.f.lex.length) >= 2 * Math.min(wu.f.lex.length, h.f.lex.length);
      bump(kind);
      if (longer) bump(`${kind} (longer)`);
      bump(`${name.startsWith('basil') ? 'basil' : 'nine'} ${kind}`);
      if (list) console.log(`[${name} ${x.id.slice(0, 3)}<-${R.id.slice(0, 3)}#${u.i}] ${kind}${longer ? ' longer' : ''}\n   u "${sh(u.text)}"\n   h "${sh(h.f.unit.text)}"`);
    }
  }
  console.log('\n| kind | count |\n|---|---|');
  for (const [k, v] of [...count].sort()) console.log(`| ${k} | ${v} |`);
}
