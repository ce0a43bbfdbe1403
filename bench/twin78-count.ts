/**
 * twin78: on the 17 dev sets, how many right-looking mutual bests the mutual rule's margin refuses, and how many of those
 * refusals are made by a runner-up that is the best's TWIN (a unit of the same side whose similarity with the best's partner
 * reaches the matrix's own strong floor: docs/notes/twin78.md §1). The report's matrix by compare.ts' steps (audit78-pairs.ts'
 * way): the page against each related article, each dev-set article taken in turn as the page.
 *
 *   npx tsx bench/twin78-count.ts [--list]      # counts (and, with --list, each refusal's units) to stdout
 *
 * Multi-News / NewsWCL50 / BASIL texts are not redistributable: nothing is written.
 */
import './story-model.ts';
import { loadCorpusDir } from '../cli/load.ts';
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import { differentActors, disjointActors, factMatrix, floorsFor, predicateVetoed, REPORT_ALIGN, sameFact, unitSimilarity, type Weighted } from '../lib/engine/align.ts';
import { reportFeatures } from '../lib/engine/features.ts';
import { featuresOf, median, unitIdf, weighAll } from '../lib/engine/story.ts';
import { loadBasilSet } from '../tests/data/engine/basil-sets.ts';
import { loadNewsWclSet } from '../tests/data/engine/newswcl.ts';
import type { Article } from '../lib/types.ts';

const DEV: Array<[string, 'dir' | 'newswcl' | 'basil', string]> = [
  ['seeds', 'dir', 'seeds'], ['harbor', 'dir', 'tests/data/engine/harbor'], ['doobie', 'dir', 'tests/data/engine/doobie'],
  ['plague', 'dir', 'tests/data/engine/plague'], ['dnc', 'newswcl', ''], ['ukvisit', 'newswcl', ''], ['meth', 'dir', 'tests/data/engine/meth'],
  ['pompeo', 'newswcl', ''], ['caravan', 'newswcl', ''], ['basil-hunter', 'basil', ''], ['basil-buzzfeed', 'basil', ''],
  ['basil-putin', 'basil', ''], ['basil-wikileaks', 'basil', ''], ['basil-muellerreport', 'basil', ''], ['basil-lieberman', 'basil', ''],
  ['basil-hr1', 'basil', ''], ['basil-schiff', 'basil', ''],
];
const list = process.argv.includes('--list');
const P = REPORT_ALIGN;
const r3 = (x: number) => x.toFixed(3);
const cut = (s: string) => (s.length > 110 ? `${s.slice(0, 107)}…` : s);

let matrices = 0, candidates = 0, strongAnyway = 0, refused = 0, twinRefused = 0, twinRescued = 0, twinRescuedMutualFloor = 0, rescuedPass = 0;
for (const [name, kind, dir] of DEV) {
  const articles: Article[] | null =
    kind === 'dir' ? (await loadCorpusDir(dir)).articles : kind === 'newswcl' ? loadNewsWclSet(name) : loadBasilSet(name);
  if (!articles) { console.log(`${name}: texts missing`); continue; }
  let setRefused = 0, setTwin = 0, setRescued = 0;
  for (const page of articles) {
    const corpus = articles.filter((a) => a.id !== page.id);
    const report = await compareArticle(page, new MemoryIndex(corpus));
    const related = report.related.map((x) => corpus.find((a) => a.id === x.id)!).filter(Boolean);
    const features = [page, ...related].map((a) => reportFeatures(a, featuresOf(a)));
    const idf = unitIdf(features);
    const here = weighAll(features[0]!, idf);
    for (let k = 0; k < related.length; k++) {
      const there = weighAll(features[k + 1]!, idf);
      const m = factMatrix(here, there, P.wordBonus);
      if (!m.ai.length || !m.bi.length) continue;
      matrices++;
      const cells = m.S.flat();
      const med = median(cells);
      const spread = Math.max(1.4826 * median(cells.map((v) => Math.abs(v - med))), 0.02);
      const { floor, floorMutual } = floorsFor(P, cells.length);
      for (let x = 0; x < m.ai.length; x++) {
        const row = m.S[x]!;
        const y = row.indexOf(Math.max(...row));
        const s = row[y]!;
        const col = m.S.map((r) => r[y]!);
        if (s !== Math.max(...col) || s < floorMutual || (s - med) / spread < P.zMutual) continue;
        candidates++;
        // Runner-ups: in the row (other units there), in the column (other units here).
        const rowRivals = row.map((v, j) => [j, v] as const).filter(([j]) => j !== y);
        const colRivals = col.map((v, i) => [i, v] as const).filter(([i]) => i !== x);
        const second = (rs: ReadonlyArray<readonly [number, number]>) => Math.max(0, ...rs.map((r) => r[1]));
        if (s >= P.margin * second(rowRivals) && s >= P.margin * second(colRivals)) continue;
        // A best on the strong rule stands whatever the margin: not a refusal.
        if (s >= floor && (s - med) / spread >= P.zMin) { strongAnyway++; continue; }
        refused++; setRefused++;
        // The rivals that break the margin, and whether each is the best's twin (same side, similar above the floor).
        const breakers = [
          ...rowRivals.filter(([, v]) => s < P.margin * v).map(([j, v]) => ({ side: 'there', n: m.bi[j]!.f.unit.i, v, twin: unitSimilarity(m.bi[y]!, m.bi[j]!, P.wordBonus) })),
          ...colRivals.filter(([, v]) => s < P.margin * v).map(([i, v]) => ({ side: 'page', n: m.ai[i]!.f.unit.i, v, twin: unitSimilarity(m.ai[x]!, m.ai[i]!, P.wordBonus) })),
        ];
        const anyTwin = breakers.some((b) => b.twin >= floor);
        const allTwin = breakers.every((b) => b.twin >= floor);
        if (anyTwin) { twinRefused++; setTwin++; }
        if (allTwin) { twinRescued++; setRescued++; }
        if (breakers.every((b) => b.twin >= floorMutual)) twinRescuedMutualFloor++;
        let pass = false;
        if (allTwin) {
          const vetoed = differentActors(m.ai[x]!, m.actA[m.ix[x]!]!, m.bi[y]!, m.actB[m.iy[y]!]!) || predicateVetoed(m.ai[x]!, m.bi[y]!, s, cells.length, P.predicates);
          const fact = sameFact(m.ai[x]!, m.bi[y]!, P.model);
          pass = !vetoed && (fact.same || (fact.probability >= P.vetoBelow && !disjointActors(m.ai[x]!.f, m.bi[y]!.f)));
          if (pass) rescuedPass++;
        }
        if (list) {
          console.log(`${name} ${page.id} #${m.ai[x]!.f.unit.i} / ${related[k]!.id} #${m.bi[y]!.f.unit.i} s ${r3(s)} floors ${r3(floor)}/${r3(floorMutual)} ${allTwin ? (pass ? 'RESCUED' : 'rescued-but-vetoed') : anyTwin ? 'twin+other' : 'rival'}`);
          console.log(`   page: ${cut(m.ai[x]!.f.unit.text)}`);
          console.log(`   there: ${cut(m.bi[y]!.f.unit.text)}`);
          for (const b of breakers) console.log(`   breaker ${b.side} #${b.n} ${r3(b.v)}, same-side similarity ${r3(b.twin)}${b.twin >= floor ? ' TWIN' : ''}`);
        }
      }
    }
  }
  console.log(`${name}: margin refusals ${setRefused}, with a twin breaker ${setTwin}, every breaker a twin ${setRescued}`);
}
console.log(`ALL: ${matrices} matrices, ${candidates} mutual bests over the mutual floor and z, ${strongAnyway} short of the margin but strong, ${refused} refused by the margin, ${twinRefused} with a twin among the breakers, ${twinRescued} whose every breaker is a twin (strong floor; ${twinRescuedMutualFloor} at the mutual floor), ${rescuedPass} of those then pass the vetoes`);
