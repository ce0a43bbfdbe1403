/**
 * The clause check's evidence on the DEV sets (docs/notes/facts7.md): for every aligned fact unit u of
 * a related article R (added direction) with two or more clauses (lib/nlp/clauses.ts `predications`),
 * each clause's best similarity among the reading article X's fact units, its share of content stems X
 * never uses, and whether u carries a fact X lacks (the labels). Prints, per measure, the rank AUC of
 * "u carries a fact X lacks" and the counts at the shipped check.
 *
 *   npx tsx bench/facts-clauses.ts [--sets=dnc,pompeo] [--list]
 * Held-out sets are refused (DEV_SETS of bench/facts-causes.ts).
 */
import { weighAll } from '../lib/engine/story.ts';
import { unitFeatures } from '../lib/engine/features.ts';
import { floorsFor, REPORT_ALIGN, sentenceUnit, unitSimilarity, weigh } from '../lib/engine/align.ts';
import { foldedText, isAttribution } from '../lib/engine/report.ts';
import { contentStem } from '../lib/engine/keys.ts';
import { tokens } from '../lib/nlp/index.ts';
import { predications } from '../lib/nlp/clauses.ts';
import { DEV_SETS, readingsOf } from './facts-causes.ts';

const arg = (k: string) => process.argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
const list = process.argv.includes('--list');
const sets = arg('sets')?.split(',') ?? DEV_SETS;
for (const s of sets) if (!DEV_SETS.includes(s)) throw new Error(`${s}: not a dev set`);

interface Row { set: string; gold: boolean; minSim: number; ratio: number; fresh: number; floor: number; floorM: number; text: string; clause: string; n: number }
const rows: Row[] = [];
for await (const { name, r, x, rep, rel, fx, fr, idf } of readingsOf(sets)) {
  {
    const wx = weighAll(fx, idf);
    const other = foldedText(x);
    rel.forEach((R, k) => {
      const wr = weighAll(fr[k]!, idf);
      const cells = wx.length * wr.length;
      const { floor, floorMutual } = floorsFor(REPORT_ALIGN, cells);
      const ru = rep.related.find((q) => q.id === R.id)!;
      for (const u of R.units) {
        const gold = r.missing(R.id, u.i, x.id);
        if (gold === null) continue;
        const uu = ru.units[u.i]!;
        if (!uu.fact || uu.matches.length === 0) continue;
        const w = wr.find((v) => v.f.unit.i === u.i);
        if (!w) continue;
        const unitBest = Math.max(...uu.matches.map((m) => unitSimilarity(w, wx.find((v) => v.f.unit.i === m)!)));
        const cl = predications(u.text);
        if (cl.length < 2) continue;
        let worst: Omit<Row, 'set' | 'gold' | 'text'> | null = null;
        for (const c of cl) {
          if (isAttribution(c.text)) continue;
          const f = unitFeatures(sentenceUnit(c.text));
          if (f.lex.length < 2) continue;
          const cw = weigh(f, idf.words, idf.grams);
          const best = Math.max(0, ...wx.map((v) => unitSimilarity(cw, v)));
          const st = [...new Set(tokens(c.text).map((t) => contentStem(t.w)).filter((s): s is string => s !== null))];
          const fresh = st.length ? st.filter((s) => !other.stems.has(s) && !(s.length >= 5 && other.folded.includes(s))).length / st.length : 0;
          if (!worst || best < worst.minSim) worst = { minSim: best, ratio: best / unitBest, fresh, floor, floorM: floorMutual, clause: c.text, n: f.lex.length };
        }
        if (worst) rows.push({ set: name, gold, text: u.text, ...worst });
      }
    });
  }
}
const auc = (score: (r: Row) => number) => {
  const pos = rows.filter((r) => r.gold).map(score);
  const neg = rows.filter((r) => !r.gold).map(score);
  let s = 0;
  for (const p of pos) for (const n of neg) s += p > n ? 1 : p === n ? 0.5 : 0;
  return pos.length && neg.length ? s / (pos.length * neg.length) : NaN;
};
console.log(`aligned units with ≥2 clauses: ${rows.length} (carry a fact X lacks: ${rows.filter((r) => r.gold).length})`);
console.log(`AUC  -minSim ${auc((r) => -r.minSim).toFixed(3)}  -ratio ${auc((r) => -r.ratio).toFixed(3)}  fresh ${auc((r) => r.fresh).toFixed(3)}  -(minSim-floorM) ${auc((r) => r.floorM - r.minSim).toFixed(3)}`);
const tab = (label: string, flag: (r: Row) => boolean) => {
  const f = rows.filter(flag);
  console.log(`${label}: flagged ${f.length}: right ${f.filter((r) => r.gold).length} / wrong ${f.filter((r) => !r.gold).length}`);
};
for (const n of [2, 3, 4]) {
  tab(`n≥${n} below mutual floor`, (r) => r.n >= n && r.minSim < r.floorM);
  tab(`n≥${n} below strong floor`, (r) => r.n >= n && r.minSim < r.floor);
  for (const q of [0.3, 0.4, 0.5, 0.6]) tab(`n≥${n} ratio<${q}`, (r) => r.n >= n && r.ratio < q);
}
if (list) for (const r of rows.sort((a, b) => a.ratio - b.ratio)) console.log(`${r.gold ? 'GOLD' : 'told'} ${r.set} sim=${r.minSim.toFixed(3)} ratio=${r.ratio.toFixed(2)} fresh=${r.fresh.toFixed(2)} n=${r.n} | ${r.clause.slice(0, 90)}`);
const dump = arg('dump');
if (dump) (await import('node:fs')).writeFileSync(dump, JSON.stringify(rows));
