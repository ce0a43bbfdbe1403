/**
 * marks32: does one unit of the other article lie inside an UNALIGNED unit shown as added / left out?
 * (docs/notes/marks32.md). Unit of truth, fixed before any number was printed: a pair (unit u shown as
 * added from R, or left out by R, with no counterpart in the other article — not aligned, not told
 * differently; the other article O). By the facts labels u is
 *   - partial: u is missing from O by the labels, and O tells at least one of u's facts
 *     (a card "told there but for …" is right: marks help);
 *   - whole:   u is missing from O and O tells none of u's facts (a mark saying "the rest is told" is WRONG);
 *   - told:    u is not missing from O by the labels (the card itself is wrong; a mark neither helps nor hides).
 * Measure (bench/marks32-measures.ts `containedIn`): the best containment over O's fact units v of v in u.
 * A firing at threshold t: best ≥ t. The fit rule (fixed before looking): t = the smallest grid value at
 * which firings on `whole` pairs are at most 1 in 10 of the firings on partial + whole pairs.
 *
 *   npx tsx bench/marks32-contain.ts [--sets=seeds,harbor] [--list] [--at=T]   # dev sets only; --list prints pairs (to /tmp)
 * Each (unit, other article) pair is met from both readings (added when reading one, left out when reading the other):
 * the counts are twice the distinct pairs.
 */
import { readingsOf, DEV_SETS } from './facts-causes.ts';
import { weighedByUnit } from './reading-inputs.ts';
import { auc, containedIn, measures, MEASURES, untoldSpans, type Measure } from './marks32-measures.ts';
import type { Weighted } from '../lib/engine/align.ts';

const argv = process.argv.slice(2);
const sets = argv.find((a) => a.startsWith('--sets='))?.slice(7).split(',') ?? DEV_SETS;
for (const s of sets) if (!DEV_SETS.includes(s)) throw new Error(`${s}: not a dev set (held-out sets are never read)`);
const list = argv.includes('--list');
/** `--at=T`: the counts a cut fitted elsewhere (the card sheets) fires here, per measure. */
const at = argv.find((a) => a.startsWith('--at='))?.slice(5);

type Kind = 'partial' | 'whole' | 'told';
interface Row { set: string; kind: Kind; best: number; lex: number; dir: 'added' | 'left'; m: Record<Measure, number> }
const rows: Row[] = [];

const best = (u: Weighted, O: Iterable<Weighted>) => {
  let b = 0;
  let at: Weighted | null = null;
  for (const v of O) {
    const c = containedIn(v, u);
    if (c > b) (b = c), (at = v);
  }
  return { b, at };
};

for await (const { name, r, x, rep, rel, fx, fr, idf } of readingsOf(sets)) {
  const { w: wx, a: ax } = weighedByUnit(fx, idf);
  const added = new Set(rep.added.flatMap((a) => a.sources.map((s) => `${s.id}#${s.i}`)));
  rel.forEach((R, k) => {
    const { w: wr, a: ar } = weighedByUnit(fr[k]!, idf);
    const actor = (w: Weighted) => (wx.get(w.f.unit.i) === w ? ax : ar).get(w.f.unit.i) ?? null;
    const ru = rep.related.find((q) => q.id === R.id)!;
    const judge = (id: string, i: number, other: string): Kind | null => {
      const gold = r.missing(id, i, other);
      if (gold === null) return null;
      if (!gold) return 'told';
      const there = r.factsIn(other);
      return [...r.factsOf(id, i)].some((f) => there.has(f)) ? 'partial' : 'whole';
    };
    const push = (set: string, kind: Kind | null, u: Weighted, O: Map<number, Weighted>, dir: Row['dir'], tag: string) => {
      if (!kind) return;
      const { b, at } = best(u, O.values());
      const ms = measures(u, O.values(), idf, actor);
      rows.push({ set, kind, best: b, lex: at?.f.lex.length ?? 0, dir, m: Object.fromEntries(MEASURES.map((q) => [q, ms[q].b])) as Record<Measure, number> });
      if (list && at) {
        const marks = untoldSpans(u.f.unit.text, at.f.unit.text).map((s) => u.f.unit.text.slice(s.start, s.end));
        console.log(`[${set} ${tag}] ${kind} c=${b.toFixed(2)} lex=${at.f.lex.length}\n   u: ${u.f.unit.text.slice(0, 220)}\n   v: ${at.f.unit.text.slice(0, 220)}\n   marks: ${marks.join(' | ')}`);
      }
    };
    for (const [j, u] of wr) {
      const uu = ru.units[j]!;
      if (!added.has(`${R.id}#${j}`) || uu.matches.length || uu.reworded?.length) continue;
      push(name, judge(R.id, j, x.id), u, wx, 'added', `${x.id.slice(0, 3)}<-${R.id.slice(0, 3)}#${j}`);
    }
    for (const f of rep.leftOut) {
      if (!f.missingFrom.includes(R.id)) continue;
      if (rep.shared.some((s) => s.i === f.i && s.sources.some((q) => q.id === R.id))) continue;
      const u = wx.get(f.i);
      if (u) push(name, judge(x.id, f.i, R.id), u, wr, 'left', `${x.id.slice(0, 3)}#${f.i}->${R.id.slice(0, 3)}`);
    }
  });
}

const count = (xs: Row[], k: Kind) => xs.filter((q) => q.kind === k).length;
console.log(`pairs: ${rows.length} (partial ${count(rows, 'partial')}, whole ${count(rows, 'whole')}, told ${count(rows, 'told')})`);
console.log(`per set: ${sets.map((s) => { const q = rows.filter((x) => x.set === s); return `${s} ${count(q, 'partial')}/${count(q, 'whole')}/${count(q, 'told')}`; }).join(', ')}`);
{
  const pos = rows.filter((q) => q.kind === 'partial');
  const neg = rows.filter((q) => q.kind === 'whole');
  console.log(`AUC partial (positives) vs whole (negatives): ${MEASURES.map((q) => `${q} ${auc(pos.map((x) => x.m[q]), neg.map((x) => x.m[q])).toFixed(2)}`).join(', ')}`);
  for (const q of MEASURES) {
    const at = (t: number) => { const f = rows.filter((x) => x.m[q] >= t); return `${count(f, 'partial')}/${count(f, 'whole')}`; };
    console.log(`  ${q}: fired partial/whole at 0.3 ${at(0.3)}, 0.4 ${at(0.4)}, 0.5 ${at(0.5)}, 0.6 ${at(0.6)}, 0.7 ${at(0.7)}, 0.8 ${at(0.8)}`);
  }
}
if (at !== undefined) {
  const t = Number(at);
  for (const q of MEASURES) {
    const f = rows.filter((x) => x.m[q] >= t);
    console.log(`at ${t}: ${q} fires on partial ${count(f, 'partial')}, whole ${count(f, 'whole')} (wrong marks), told ${count(f, 'told')}`);
  }
}
const GRID = Array.from({ length: 11 }, (_, k) => 0.5 + 0.05 * k);
for (const minLex of [1, 2, 3, 4]) {
  console.log(`\nv with ≥ ${minLex} content stems: threshold → fired partial / whole / told (whole share of partial+whole)`);
  let chosen: number | null = null;
  for (const t of GRID) {
    const f = rows.filter((q) => q.best >= t - 1e-9 && q.lex >= minLex);
    const p = count(f, 'partial');
    const w = count(f, 'whole');
    const share = p + w ? w / (p + w) : 0;
    if (chosen === null && p + w > 0 && share <= 0.1) chosen = t;
    console.log(`  ${t.toFixed(2)}: ${p} / ${w} / ${count(f, 'told')}  (${share.toFixed(2)})`);
  }
  console.log(`  fit rule (whole ≤ 1 in 10 of firings): ${chosen === null ? 'none' : chosen.toFixed(2)}`);
}
