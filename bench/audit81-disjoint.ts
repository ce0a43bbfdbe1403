/**
 * audit81: how often the disjoint-names check alone refuses a pair in the report's alignment — for every panel audit's
 * readings (audits 70–81, their `LOADERS`, each page against its related articles as the panel relates them), the cells
 * that `align` (lib/engine/align.ts) would keep as a mutual or one-sided best with a same-fact probability ≥ vetoBelow,
 * past the actor and predicate vetoes, and that only `disjointActors` refuses (the two units' names share nothing).
 * Each such pair is printed with both units' names and texts, so a reader can say whether the check was right
 * (two facts about different people) or wrong (one fact, the place or person named two ways: "Connecticut" / "Bridgeport").
 *
 *   ZYTE_HTML_DIR= npx tsx bench/audit81-disjoint.ts [--audits 70,71,74,75,77,78,79,80,81]
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

const audits = (optionValue('--audits', process.argv.slice(2)) ?? '70,71,74,75,77,78,79,80,81').split(',').map(Number);
const P = REPORT_ALIGN;
let pairs = 0;
let cellsAll = 0;
let readings = 0;
for (const audit of audits) {
  const { LOADERS } = (await import(`./audit${audit}-shots.ts`)) as { LOADERS: Record<string, () => Article[] | null> };
  const events = Object.entries(LOADERS).map(([name, load]) => ({ name, articles: load() ?? [] })).filter((e) => e.articles.length > 1);
  for (const reading of panelReadings(events, `a${audit}`)) {
    readings++;
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
      cellsAll += cells.length;
      const { floor, floorMutual } = floorsFor(P, cells.length);
      const med = median(cells);
      const spread = Math.max(1.4826 * median(cells.map((v) => Math.abs(v - med))), 0.02);
      const top2 = (xs: number[]) => { const o = [...xs].sort((p, q) => q - p); return [o[0] ?? -1, Math.max(o[1] ?? 0, 0)] as const; };
      const rowTop = m.S.map(top2);
      const colTop = m.bi.map((_, j) => top2(m.S.map((r) => r[j]!)));
      for (let x = 0; x < m.ai.length; x++) {
        for (let y = 0; y < m.bi.length; y++) {
          const s = m.S[x]![y]!;
          const z = (s - med) / spread;
          const strong = s >= floor && z >= P.zMin && (s >= P.ratio * rowTop[x]![0] || s >= P.ratio * colTop[y]![0]);
          if (strong) continue;
          const mutual = s === rowTop[x]![0] && s === colTop[y]![0] && s >= floorMutual && z >= P.zMutual && s >= P.margin * rowTop[x]![1] && s >= P.margin * colTop[y]![1];
          const oneSided = s >= floorMutual && z >= P.zMutual &&
            ((s === rowTop[x]![0] && s >= P.marginOneSided * rowTop[x]![1]) || (s === colTop[y]![0] && s >= P.marginOneSided * colTop[y]![1]));
          if (!mutual && !oneSided) continue;
          const [a, b] = [m.ai[x]!, m.bi[y]!];
          if (differentActors(a, m.actA[m.ix[x]!]!, b, m.actB[m.iy[y]!]!) || predicateVetoed(a, b, s, cells.length, P.predicates)) continue;
          const fact = sameFact(a, b, P.model);
          if (fact.same || fact.probability < P.vetoBelow || !disjointActors(a.f, b.f)) continue;
          pairs++;
          console.log(`${reading.event} page #${a.f.unit.i} / ${other.id} #${b.f.unit.i}: s ${s.toFixed(3)} z ${z.toFixed(1)} ${mutual ? 'mutual' : 'one-sided'} p ${fact.probability.toFixed(3)}`);
          console.log(`   names ${[...a.f.names].join('/')} | ${[...b.f.names].join('/')}`);
          console.log(`   page:  ${a.f.unit.text.slice(0, 220)}`);
          console.log(`   there: ${b.f.unit.text.slice(0, 220)}`);
        }
      }
    }
  }
}
console.log(`\n${pairs} pairs refused by the disjoint-names check alone, of ${cellsAll} cells in ${readings} readings (audits ${audits.join(', ')})`);
