/**
 * "Rewording not paired" (facts52): how often would pairing two FREE units (neither aligned with anything) that are each
 * other's best be right? For each dev reading X and related R, each fact unit u of R the report leaves free, its best
 * unit v among X's fact units (unitSimilarity, the aligner's own) is taken when v too is free and u is v's best among
 * R's fact units (a mutual best below the aligner's floors). The labels judge the pair (bench/reading-inputs.ts
 * sameByLabels: right when they share a labelled fact). Printed by similarity band, and split by what the two share:
 * a figure (same kind and value; years count), a name (a capitalised stem both write, not the story's: used by at most half of the
 * story's articles), both, or neither. "fixes": u is added now though X tells it (the labels' missing() is false) and the
 * pair is right; "breaks": u is rightly added now (X lacks it) and the pair would hide it. Last, every free × free pair
 * (mutual best or not) whose units give a money / count / percent / duration within 15% of each other but not equal
 * ("nearly half a million dollars" / "$449,000"). No held set is read.
 *
 *   npx tsx bench/facts52-free.ts [--list]
 */
import { DEV_SETS, readingsOf } from './facts-causes.ts';
import { labelsOf, weighedByUnit } from './reading-inputs.ts';
import { differentActors, unitSimilarity } from '../lib/engine/align.ts';

const list = process.argv.includes('--list');
type Row = { s: number; ok: boolean | null; gold: boolean | null; fig: boolean; name: boolean; set: string; t: string };
const rows: Row[] = [];
/** Every free × free pair (not only mutual bests) whose units give a measure of one kind within 15% (not equal): "near". */
const near: Array<{ ok: boolean | null; gold: boolean | null; s: number; t: string }> = [];
const MEASURES = new Set(['money', 'count', 'percent', 'duration']);
const nearFigure = (a: { kind: string; value: number }, b: { kind: string; value: number }) =>
  a.kind === b.kind && MEASURES.has(a.kind) && a.value !== b.value && Math.abs(a.value - b.value) <= 0.15 * Math.max(a.value, b.value);
const sh = (t: string) => t.replace(/\s+/g, ' ').slice(0, 120);
for await (const { name, x, rep, rel, fx, fr, idf } of readingsOf(DEV_SETS)) {
  const { sameByLabels, res } = labelsOf(name, [x, ...rel]);
  const { w: wx, a: ax } = weighedByUnit(fx, idf);
  const nameArts = new Map<string, number>();
  for (const f of [fx, ...fr]) for (const s of new Set(f.flatMap((u) => [...u.names]))) nameArts.set(s, (nameArts.get(s) ?? 0) + 1);
  const rare = (s: string) => (nameArts.get(s) ?? 0) <= (fr.length + 1) / 2;
  rel.forEach((R, k) => {
    const ru = rep.related.find((q) => q.id === R.id)!;
    const { w: wr, a: ar } = weighedByUnit(fr[k]!, idf);
    const usedX = new Set(ru.units.flatMap((uu) => [...uu.matches, ...(uu.reworded ?? [])]));
    const freeR = [...wr.keys()].filter((i) => ru.units[i]!.fact && ru.units[i]!.matches.length === 0 && !(ru.units[i]!.reworded ?? []).length);
    for (const i of freeR) {
      const u = wr.get(i)!;
      for (const [j, v] of wx) {
        if (usedX.has(j) || !u.f.figures.some((a) => v.f.figures.some((b) => nearFigure(a, b)))) continue;
        near.push({ ok: sameByLabels(R.id, i, x.id, j), gold: res.missing(R.id, i, x.id), s: unitSimilarity(u, v), t: `[${name}] ${R.id.slice(0, 3)}#${i} "${sh(u.f.unit.text)}" / ${x.id.slice(0, 3)}#${j} "${sh(v.f.unit.text)}"` });
      }
      let bj = -1;
      let bs = 0;
      for (const [j, v] of wx) {
        if (differentActors(u, ar.get(i)!, v, ax.get(j)!)) continue;
        const s = unitSimilarity(u, v);
        if (s > bs) (bs = s), (bj = j);
      }
      if (bj < 0 || usedX.has(bj)) continue;
      const v = wx.get(bj)!;
      let back = true;
      for (const [i2, u2] of wr) if (i2 !== i && unitSimilarity(u2, v) > bs) back = false;
      if (!back) continue;
      const fig = u.f.figures.some((a) => v.f.figures.some((b) => a.kind === b.kind && a.value === b.value));
      const nm = [...u.f.names].some((s) => v.f.names.has(s) && rare(s));
      const ok = sameByLabels(R.id, i, x.id, bj);
      rows.push({ s: bs, ok, gold: res.missing(R.id, i, x.id), fig, name: nm, set: name, t: `${R.id.slice(0, 3)}#${i} "${sh(u.f.unit.text)}" / ${x.id.slice(0, 3)}#${bj} "${sh(v.f.unit.text)}"` });
    }
  });
}
const bands = [0, 0.06, 0.09, 0.12, 0.15, 0.2, 1];
console.log('| similarity | right | wrong | unlabelled | fixes / breaks an added card | right / wrong with a shared figure | with a shared rare name | both |');
console.log('|---|---|---|---|---|---|---|---|');
for (let b = 0; b + 1 < bands.length; b++) {
  const rs = rows.filter((r) => r.s >= bands[b]! && r.s < bands[b + 1]!);
  const c = (f: (r: Row) => boolean) => `${rs.filter((r) => f(r) && r.ok === true).length} / ${rs.filter((r) => f(r) && r.ok === false).length}`;
  console.log(`| ${bands[b]}–${bands[b + 1]} | ${rs.filter((r) => r.ok === true).length} | ${rs.filter((r) => r.ok === false).length} | ${rs.filter((r) => r.ok === null).length} | ${rs.filter((r) => r.gold === false && r.ok === true).length} / ${rs.filter((r) => r.gold === true).length} | ${c((r) => r.fig)} | ${c((r) => r.name)} | ${c((r) => r.fig && r.name)} |`);
}
console.log(`\nfree × free pairs with a near measure (same kind, within 15%, not equal): ${near.filter((r) => r.ok === true).length} right, ${near.filter((r) => r.ok === false).length} wrong; fixes ${near.filter((r) => r.gold === false && r.ok === true).length}, breaks ${near.filter((r) => r.gold === true).length}`);
if (list) for (const r of near) console.log(`NEAR ${r.ok === null ? '?' : r.ok ? 'RIGHT' : 'WRONG'}${r.gold === false && r.ok ? ' FIXES' : r.gold ? ' BREAKS' : ''} ${r.s.toFixed(3)} ${r.t}`);
if (list) for (const r of rows.sort((p, q) => q.s - p.s)) console.log(`${r.ok === null ? '?' : r.ok ? 'RIGHT' : 'WRONG'}${r.gold === false && r.ok ? ' FIXES' : r.gold ? ' BREAKS' : ''} ${r.s.toFixed(3)} ${r.fig ? 'FIG ' : ''}${r.name ? 'NAME ' : ''}[${r.set}] ${r.t}`);
