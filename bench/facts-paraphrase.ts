/**
 * The DEV sets' paraphrase misses (bench/facts-causes.ts cause "paraphrase": u is added from R though
 * one unit of X, its gold counterpart, tells all its facts), grouped by WHY the two are not paired.
 * Each miss gets every reason that applies (read from the two texts, not from labels), and its first
 * reason in the order below (so the groups add up):
 *
 *   no-cell          the counterpart has no similarity with u (not a fact unit of the report)
 *   actors           the actor check (`differentActors`) vetoes the pair
 *   longer           one side has at least twice the content words of the other
 *   speech           one side is mostly a quotation (≥ half its letters quoted), the other is not
 *   number           both state a figure, and a figure of one is not the other's (written differently)
 *   name             one side names an actor (capitalised) the other refers to by role or pronoun only
 *   derivation       a content word of one shares its first 4+ letters with a word of the other, under another stem
 *   words            none of these: the same event in other words
 *
 * Also printed: the counterpart's rank in u's row and whether it is u's best (rank 1).
 *   npx tsx bench/facts-paraphrase.ts [--sets=dnc,pompeo] [--list]
 * Held-out sets are refused (facts-causes.ts DEV_SETS only).
 */
import { differentActors, unitSimilarity, type Weighted } from '../lib/engine/align.ts';
import { quantities, quotedSpans, sameFigure } from '../lib/nlp/index.ts';
import { addedErrors, weighedByUnit } from './reading-inputs.ts';
import { DEV_SETS, readingsOf } from './facts-causes.ts';

const arg = (k: string) => process.argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
const list = process.argv.includes('--list');
const REASONS = ['no-cell', 'actors', 'longer', 'speech', 'number', 'name', 'derivation', 'words'] as const;
type Reason = (typeof REASONS)[number];

const letters = (s: string) => (s.match(/\p{L}/gu) ?? []).length;
const quotedShare = (s: string) => {
  const all = letters(s);
  return all ? quotedSpans(s).reduce((n, q) => n + letters(q.text), 0) / all : 0;
};
const PRONOUN_OR_ROLE = /\b(he|she|they|his|her|their|the (president|governor|secretary|minister|mayor|senator|official|officials|administration|agency|company|director|chairman|chief))\b/i;

function reasons(u: Weighted, g: Weighted | undefined, s: number, vetoed: boolean): Reason[] {
  if (!g || s === 0) return ['no-cell'];
  const out: Reason[] = [];
  if (vetoed) out.push('actors');
  const cu = u.f.lex.length;
  const cg = g.f.lex.length;
  if (Math.max(cu, cg) >= 2 * Math.max(1, Math.min(cu, cg))) out.push('longer');
  if ((quotedShare(u.f.unit.text) >= 0.5) !== (quotedShare(g.f.unit.text) >= 0.5)) out.push('speech');
  const fu = quantities(u.f.unit.text).filter((q) => !['year', 'month', 'day', 'weekday'].includes(q.kind));
  const fg = quantities(g.f.unit.text).filter((q) => !['year', 'month', 'day', 'weekday'].includes(q.kind));
  if (fu.length && fg.length && (fu.some((x) => !fg.some((y) => sameFigure(x, y))) || fg.some((y) => !fu.some((x) => sameFigure(x, y))))) out.push('number');
  const nameOnly = (a: Weighted, b: Weighted) => a.f.names.size > 0 && [...a.f.names].every((n) => !b.f.names.has(n) && !b.f.seq.includes(n)) && PRONOUN_OR_ROLE.test(b.f.unit.text);
  if (nameOnly(u, g) || nameOnly(g, u)) out.push('name');
  const lg = new Set(g.f.lex);
  const derived = u.f.lexWords.some((w, k) => w.length >= 5 && !lg.has(u.f.lex[k]!) && g.f.lexWords.some((v, j) => v.length >= 5 && v.slice(0, 4) === w.slice(0, 4) && g.f.lex[j] !== u.f.lex[k]));
  if (derived) out.push('derivation');
  if (out.length === 0) out.push('words');
  return out;
}

const sets = arg('sets')?.split(',') ?? DEV_SETS;
for (const s of sets) if (!DEV_SETS.includes(s)) throw new Error(`${s}: not a dev set (held-out errors are never read)`);
const first = Object.fromEntries(REASONS.map((r) => [r, 0])) as Record<Reason, number>;
const any = Object.fromEntries(REASONS.map((r) => [r, 0])) as Record<Reason, number>;
let total = 0;
let rank1 = 0;
for await (const { name, r, x, rep, rel, fx, fr, idf } of readingsOf(sets)) {
  {
    const { w: wx, a: ax } = weighedByUnit(fx, idf);
    const weighedRel = fr.map((f) => weighedByUnit(f, idf));
    for (const { R, k, u, pred, uu } of addedErrors(x, rep, rel, r)) {
      if (!pred || r.isNonfact(R.id, u.i) || uu.matches.length || uu.reworded?.length) continue;
      const fu = r.factsOf(R.id, u.i);
      const holders = x.units.filter((v) => [...fu].every((f) => r.factsOf(x.id, v.i).has(f)));
      if (holders.length === 0) continue; // union
      const w = weighedRel[k]!.w.get(u.i);
      if (!w) continue;
      total++;
      const row = [...wx.values()].map((v) => ({ i: v.f.unit.i, s: unitSimilarity(v, w) })).sort((p, q) => q.s - p.s);
      const best = holders.map((h) => ({ h, rank: row.findIndex((e) => e.i === h.i) + 1, s: row.find((e) => e.i === h.i)?.s ?? 0 })).sort((p, q) => (p.rank || 1e9) - (q.rank || 1e9))[0]!;
      const g = wx.get(best.h.i);
      const vetoed = g ? differentActors(w, weighedRel[k]!.a.get(u.i)!, g, ax.get(best.h.i)!) : false;
      const why = reasons(w, g, best.s, vetoed);
      first[why[0]!]++;
      for (const y of why) any[y]++;
      if (best.rank === 1) rank1++;
      if (list) console.log(`[${name} ${x.id.slice(0, 3)}<-${R.id.slice(0, 3)}#${u.i}] ${why.join(',')} rank ${best.rank} s=${best.s.toFixed(3)}\n   u: ${u.text.replace(/\s+/g, ' ').slice(0, 160)}\n   g: ${best.h.text.replace(/\s+/g, ' ').slice(0, 160)}`);
    }
  }
}
console.log(`\nparaphrase misses: ${total} (counterpart is u's best in its row: ${rank1})`);
console.log(`| reason | first reason | any reason |\n|---|---|---|`);
for (const y of REASONS) console.log(`| ${y} | ${first[y]} | ${any[y]} |`);
