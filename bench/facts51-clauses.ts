/**
 * facts51: every clause the clause check reads (or would read, in a short story) on the nine DEV sets, with the labels'
 * verdict on its unit. For each reading X, related R and fact unit u of R that the report aligns with a unit of X (the
 * units `untoldClauses` checks, in the added direction; left out mirrors it), each clause of u (lib/nlp/clauses.ts
 * `predications`, no attribution, at least CLAUSE_TOLD.minContent content words) with: how the clause opens (its kind),
 * its best similarity among X's fact units not about another actor (report.ts untoldClauses) against the strong floor,
 * and the share of its content stems X never uses (fresh). The verdict: the labels say u carries a fact X lacks (gold
 * added) or not. Tables: clauses found untold, by kind, in checked (> minCells) and short matrices: right / wrong units.
 *   npx tsx bench/facts51-clauses.ts [--sets=plague,dnc] [--list] [--short]
 * --list prints every untold clause; --short only those of short matrices. Held-out sets are refused.
 */
import { differentActors, floorsFor, REPORT_ALIGN, sentenceUnit, unitSimilarity, weigh } from '../lib/engine/align.ts';
import { mainActors, midSentenceNames } from '../lib/nlp/actors.ts';
import { unitFeatures } from '../lib/engine/features.ts';
import { predications } from '../lib/nlp/clauses.ts';
import { foldedText, isAttribution, novelDetails } from '../lib/engine/report.ts';
import { contentStem } from '../lib/engine/keys.ts';
import { tokens } from '../lib/nlp/index.ts';
import { DEV_SETS, readingsOf } from './facts-causes.ts';
import { weighedByUnit } from './reading-inputs.ts';

const sets = process.argv.find((a) => a.startsWith('--sets='))?.slice(7).split(',') ?? DEV_SETS;
for (const s of sets) if (!DEV_SETS.includes(s)) throw new Error(`${s}: not a dev set`);
const list = process.argv.includes('--list');
const shortOnly = process.argv.includes('--short');
const check = REPORT_ALIGN.clauses!;
const sh = (t: string) => t.replace(/\s+/g, ' ').slice(0, 130);

/** How a clause opens: a relative pronoun, a participle, a subordinator, "and/but", or the sentence's first clause. */
export function kindOf(text: string, first: boolean): string {
  if (first) return 'first';
  const w = tokens(text)[0]?.w ?? '';
  if (['who', 'which', 'whose', 'whom', 'where'].includes(w)) return 'relative';
  if (w.endsWith('ing')) return 'participle';
  if (['and', 'but', 'yet', 'so'].includes(w)) return 'and';
  if (['after', 'before', 'while', 'whereas', 'although', 'though', 'because', 'since', 'when', 'as'].includes(w)) return 'subordinate';
  return 'other';
}

type Row = { right: number; wrong: number };
const table = new Map<string, Row>();
const add = (k: string, right: boolean) => {
  const r = table.get(k) ?? { right: 0, wrong: 0 };
  right ? r.right++ : r.wrong++;
  table.set(k, r);
};
for await (const { name, r, x, rep, rel, fx, fr, idf } of readingsOf(sets)) {
  const { w: wx, a: ax } = weighedByUnit(fx, idf);
  const nx = fx.filter((f) => f.fact).length;
  const otherX = foldedText(x);
  rel.forEach((R, k) => {
    const ru = rep.related.find((q) => q.id === R.id)!;
    const nr = fr[k]!.filter((f) => f.fact).length;
    const cells = nx * nr;
    const checked = cells > (check.minCells ?? 0);
    if (shortOnly && checked) return;
    const need = floorsFor(REPORT_ALIGN, cells).floor;
    const known = midSentenceNames(R.units.map((v) => v.text));
    for (const u of R.units) {
      const uu = ru.units[u.i]!;
      if (!uu.fact || uu.matches.length === 0) continue;
      const gold = r.missing(R.id, u.i, x.id);
      if (gold === null) continue;
      const cl = predications(u.text);
      if (cl.length < 2) continue;
      const details = novelDetails(u.text, otherX).length > 0;
      let nChecked = 0;
      let nUntold = 0;
      cl.forEach((c, ci) => {
        if (isAttribution(c.text)) return;
        const f = unitFeatures(sentenceUnit(c.text));
        if (f.lex.length < check.minContent) return;
        nChecked++;
        const w = weigh(f, idf.words, idf.grams);
        const act = mainActors([c.text], known)[0]!;
        let best = 0;
        for (const b of wx.values()) {
          if (differentActors(w, act, b, ax.get(b.f.unit.i)!)) continue;
          best = Math.max(best, unitSimilarity(w, b, REPORT_ALIGN.wordBonus));
        }
        if (best >= need) return;
        nUntold++;
        const st = [...new Set(tokens(c.text).map((t) => contentStem(t.w)).filter((s): s is string => s !== null))];
        const fresh = st.length ? st.filter((s) => !otherX.stems.has(s) && !(s.length >= 5 && otherX.folded.includes(s))).length / st.length : 0;
        const kind = kindOf(c.text, ci === 0);
        const scope = checked ? 'long' : 'short';
        add(`${scope} ${kind}`, gold);
        add(`${scope} all`, gold);
        if (fresh >= 0.5) add(`${scope} fresh>=0.5 only`, gold);
        else add(`${scope} fresh<0.5 only`, gold);
        const holders = gold ? [] : x.units.filter((v) => [...r.factsOf(R.id, u.i)].some((g) => r.factsOf(x.id, v.i).has(g)));
        if (list) console.log(`[${name} ${x.id.slice(0, 3)}<-${R.id.slice(0, 3)}#${u.i}] ${scope} ${kind} ${gold ? 'RIGHT' : 'WRONG'}${details ? ' (details too)' : ''} cells=${cells} s=${best.toFixed(3)}/${need.toFixed(3)} fresh=${fresh.toFixed(2)} content=${f.lex.length} facts=${[...r.factsOf(R.id, u.i)].join(',')}\n   clause "${sh(c.text)}"\n   unit   "${sh(u.text)}"` + holders.map((v) => `\n   told   #${v.i} s=${wx.get(v.i) ? unitSimilarity(w, wx.get(v.i)!, REPORT_ALIGN.wordBonus).toFixed(3) : '-'} "${sh(v.text)}"`).join(''));
      });
      // Unit level, for units not already decided by a detail: the check fires (some clause untold), and fires with
      // some clause told (the alignment rests on a clause, and another is extra).
      if (nUntold > 0 && !details) {
        const scope = checked ? 'long' : 'short';
        add(`unit ${scope} fires`, gold);
        add(`unit ${scope} fires: ${name}`, gold);
        add(`unit ${scope} fires, ${nUntold < nChecked ? 'some clause told' : 'no clause told'}`, gold);
      }
    }
  });
}
console.log('\n| clauses found untold | unit right | unit wrong |\n|---|---|---|');
for (const [k, v] of [...table].sort()) console.log(`| ${k} | ${v.right} | ${v.wrong} |`);
