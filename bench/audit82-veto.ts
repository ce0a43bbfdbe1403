/**
 * audit82: two of `align`'s decisions counted on every panel audit's readings (audits 70–82, their `LOADERS`, each page
 * against its related articles as the panel relates them), before either is proposed as a lever (docs/notes/audit82.md §4):
 *   veto   — pairs on a rule (strong, mutual or one-sided best), past the actor veto and (weak pairs) the same-fact check,
 *            that only the predicate veto drops (lib/engine/align.ts line 987: no shared predicate stem or synonym);
 *   strong — pairs kept on the strong rule whose same-fact probability is below vetoBelow (line 988: the strong rule
 *            never asks the model), i.e. what applying vetoBelow to strong pairs too would drop.
 * Each pair is printed with both texts, so a reader can say whether the decision was right or wrong.
 *
 *   ZYTE_HTML_DIR= npx tsx bench/audit82-veto.ts [--audits 70,71,74,75,77,78,79,80,81,82]
 *
 * Multi-News and GVC texts are not redistributable: everything goes to stdout, nothing is written.
 */
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import { differentActors, disjointActors, factMatrix, floorsFor, predicateVetoed, REPORT_ALIGN, sameFact } from '../lib/engine/align.ts';
import { reportFeatures } from '../lib/engine/features.ts';
import { featuresOf, median, unitIdf, weighAll } from '../lib/engine/story.ts';
import type { Article } from '../lib/types.ts';
import { optionValue } from './args.ts';
import { panelReadings } from './audit70-shots.ts';

const audits = (optionValue('--audits', process.argv.slice(2)) ?? '70,71,74,75,77,78,79,80,81,82').split(',').map(Number);
const P = REPORT_ALIGN;
const count = { veto: 0, vetoStrong: 0, strong: 0, strongAll: 0, cells: 0, readings: 0 };
const top2 = (xs: number[]) => { const o = [...xs].sort((p, q) => q - p); return [o[0] ?? -1, Math.max(o[1] ?? 0, 0)] as const; };
for (const audit of audits) {
  const { LOADERS } = (await import(`./audit${audit}-shots.ts`)) as { LOADERS: Record<string, () => Article[] | null> };
  const events = Object.entries(LOADERS).map(([name, load]) => ({ name, articles: load() ?? [] })).filter((e) => e.articles.length > 1);
  for (const reading of panelReadings(events, `a${audit}`)) {
    count.readings++;
    const [page, ...corpus] = reading.own;
    const report = await compareArticle(page!, new MemoryIndex(corpus));
    const related = report.related.map((x) => corpus.find((a) => a.id === x.id)!);
    const features = [page!, ...related].map((a) => reportFeatures(a, featuresOf(a)));
    const idf = unitIdf(features);
    const here = weighAll(features[0]!, idf);
    for (const [k, other] of related.entries()) {
      const m = factMatrix(here, weighAll(features[k + 1]!, idf), P.wordBonus);
      const cells = m.S.flat();
      if (cells.length === 0) continue;
      count.cells += cells.length;
      const { floor, floorMutual } = floorsFor(P, cells.length);
      const med = median(cells);
      const spread = Math.max(1.4826 * median(cells.map((v) => Math.abs(v - med))), 0.02);
      const rowTop = m.S.map(top2);
      const colTop = m.bi.map((_, j) => top2(m.S.map((r) => r[j]!)));
      for (let x = 0; x < m.ai.length; x++) {
        for (let y = 0; y < m.bi.length; y++) {
          const s = m.S[x]![y]!;
          const z = (s - med) / spread;
          const strong = s >= floor && z >= P.zMin && (s >= P.ratio * rowTop[x]![0] || s >= P.ratio * colTop[y]![0]);
          const mutual = s === rowTop[x]![0] && s === colTop[y]![0] && s >= floorMutual && z >= P.zMutual && s >= P.margin * rowTop[x]![1] && s >= P.margin * colTop[y]![1];
          const oneSided = s >= floorMutual && z >= P.zMutual &&
            ((s === rowTop[x]![0] && s >= P.marginOneSided * rowTop[x]![1]) || (s === colTop[y]![0] && s >= P.marginOneSided * colTop[y]![1]));
          if (!strong && !mutual && !oneSided) continue;
          const [a, b] = [m.ai[x]!, m.bi[y]!];
          if (differentActors(a, m.actA[m.ix[x]!]!, b, m.actB[m.iy[y]!]!)) continue;
          const fact = sameFact(a, b, P.model);
          const weakOk = fact.same || (fact.probability >= P.vetoBelow && !disjointActors(a.f, b.f));
          const vetoed = predicateVetoed(a, b, s, cells.length, P.predicates);
          let kind = '';
          if (vetoed && (strong || weakOk)) { count.veto++; if (strong) count.vetoStrong++; kind = `veto (${strong ? 'strong' : mutual ? 'mutual' : 'one-sided'})`; }
          if (!vetoed && strong) { count.strongAll++; if (fact.probability < P.vetoBelow && !fact.same) { count.strong++; kind = 'strong, p < vetoBelow'; } }
          if (!kind) continue;
          console.log(`${reading.event} page #${a.f.unit.i} / ${other.id} #${b.f.unit.i}: ${kind} s ${s.toFixed(3)} z ${z.toFixed(1)} p ${fact.probability.toFixed(3)}`);
          console.log(`   page:  ${a.f.unit.text.slice(0, 200)}`);
          console.log(`   there: ${b.f.unit.text.slice(0, 200)}`);
        }
      }
    }
  }
}
console.log(`\n${count.veto} pairs dropped by the predicate veto alone (${count.vetoStrong} of them strong); ${count.strong} of ${count.strongAll} kept strong pairs have p < vetoBelow; ${count.cells} cells in ${count.readings} readings (audits ${audits.join(', ')})`);
