/**
 * rank66: on the 17 dev fact sets (bench/audit62-marked.ts, never the held seven nor the sealed BASIL pair), every Added
 * card whose prominence (rank.ts: its most prominent source's) comes from a grouped sentence rather than the shown one
 * (the first source's), and whether that sentence tells a fact of the shown one (labels: shares a gold fact) or another
 * fact. Read as group64-pairs reads (tests/data/engine/report-against.ts). Text-blind: counts only.
 *
 *   npx tsx bench/rank66-labels.ts
 */
import { factIndexes, prominence } from '../lib/engine/rank.ts';
import { oneFact } from '../lib/engine/report.ts';
import { actorsOf } from '../lib/engine/align.ts';
import { readingAgainst } from '../tests/data/engine/report-against.ts';
import { labelledOthers, labelledSets } from './audit62-marked.ts';

const t = { cards: 0, multi: 0, lends: 0, same: 0, other: 0, unscored: 0, lead: 0, leadSame: 0, leadOther: 0, topLends: 0, topOther: 0 };
const arm = { told: { same: 0, other: 0, unscored: 0 }, lead: { same: 0, other: 0, unscored: 0 }, oneFact: { same: 0, other: 0, unscored: 0 } };
for await (const { name, articles, labels, gold } of labelledSets()) {
  for (const read of articles) {
    const others = labelledOthers(labels, articles, read);
    if (others.length < 2) continue;
    const { report, related } = readingAgainst(read, others);
    const actors = related.map((c) => actorsOf(c.weighted));
    // The report's own pair decision (oneFact: MRPC model at its threshold + actor test) on the shown and the lending sentence.
    const same = (x: { id: string; i: number }, y: { id: string; i: number }) => {
      const [p, q] = [x, y].map((s) => { const k = related.findIndex((c) => c.article.id === s.id); return { k, w: related[k]!.weighted.findIndex((w) => w.f.unit.i === s.i) }; });
      return p!.w >= 0 && q!.w >= 0 && oneFact(related[p!.k]!.weighted[p!.w]!, related[q!.k]!.weighted[q!.w]!, actors[p!.k]![p!.w]!, actors[q!.k]![q!.w]!).same;
    };
    const k = new Map(report.related.map((r) => [r.id, factIndexes(r.units)]));
    for (const card of report.added) {
      t.cards++;
      if (card.sources.length < 2) continue;
      t.multi++;
      const [first, ...rest] = card.sources;
      const at = (s: { id: string; i: number }) => k.get(s.id)?.get(s.i) ?? 99;
      const best = rest.reduce((b, s) => (at(s) < at(b) ? s : b), rest[0]!);
      if (prominence(at(best)) <= prominence(at(first!))) continue;
      t.lends++;
      const fs = gold.factsOf(first!.id, first!.i);
      const fb = gold.factsOf(best.id, best.i);
      const kind = !fs.size || !fb.size ? 'unscored' : [...fs].some((f) => fb.has(f)) ? 'same' : 'other';
      t[kind]++;
      // Which arms would stop this lend (rank.ts RANK_RULES.lend): `told` (the page tells the grouped sentence in part), `lead` (its lead).
      const m = report.related.find((r) => r.id === best.id)?.units.find((u) => u.i === best.i)?.matches ?? [];
      const here = factIndexes(report.article.units);
      if (m.length) arm.told[kind]++;
      if (!same(first!, best)) arm.oneFact[kind]++;
      if (m.some((i) => here.get(i) === 0)) arm.lead[kind]++;
      if ((card.rank ?? 99) <= 5) (t.topLends++, kind === 'other' && t.topOther++);
      if (at(best) === 0 && at(first!) !== 0) (t.lead++, kind === 'same' && t.leadSame++, kind === 'other' && t.leadOther++);
    }
  }
  console.error(`${name} done`);
}
console.log(`${t.cards} Added cards, ${t.multi} grouping 2+ sentences; prominence lent by a grouped sentence: ${t.lends} — same fact as the shown ${t.same}, another fact ${t.other}, unlabelled ${t.unscored} (in a top 5: ${t.topLends}, another fact ${t.topOther})`);
console.log(`"the lead of X" lent by a grouped sentence: ${t.lead} — same fact ${t.leadSame}, another fact ${t.leadOther}`);
for (const [a, x] of Object.entries(arm)) console.log(`arm ${a} stops ${x.same + x.other + x.unscored} of these lends: same fact ${x.same}, another fact ${x.other}, unlabelled ${x.unscored}`);
