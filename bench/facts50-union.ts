/**
 * facts50: a fact told over two units (issue 8; facts7's union check, report.ts `toldByNeighbours`, off in the report). For
 * every unit u of a related article R that the report ADDS to the article read X, on the nine DEV sets: the similarity of u
 * with each two neighbouring fact units of X read as one text (s2, the best pair) and with the better of the two alone
 * (s1), against the matrix's floors (align.ts `floorsFor`), with the labels' verdict — "wrong" (X tells all u's facts: the
 * union would rescue it) or "right" (X lacks one of them: the union would hide it). Prints each added unit whose best pair
 * reaches the mutual floor, and how many of each kind every cut on s2 and on s2 / s1 keeps.
 *   npx tsx bench/facts50-union.ts [--sets=dnc,pompeo]
 */
import { floorsFor, REPORT_ALIGN, sentenceUnit, unitSimilarity, weigh, type Weighted } from '../lib/engine/align.ts';
import { unitFeatures } from '../lib/engine/features.ts';
import { weighedByUnit } from './reading-inputs.ts';
import { DEV_SETS, readingsOf } from './facts-causes.ts';

const sets = process.argv.find((a) => a.startsWith('--sets='))?.slice(7).split(',') ?? DEV_SETS;
for (const s of sets) if (!DEV_SETS.includes(s)) throw new Error(`${s}: not a dev set`);
const sh = (t: string) => t.replace(/\s+/g, ' ').slice(0, 110);
const rows: Array<{ wrong: boolean; s2: number; s1: number; mutual: number; strong: number }> = [];
for await (const { name, r, x, rep, rel, fx, fr, idf } of readingsOf(sets)) {
  const X = [...weighedByUnit(fx, idf).w.values()];
  const pairs: Weighted[] = [];
  for (let j = 0; j + 1 < X.length; j++) pairs.push(weigh(unitFeatures(sentenceUnit(`${X[j]!.f.unit.text} ${X[j + 1]!.f.unit.text}`)), idf.words, idf.grams));
  const added = new Set(rep.added.flatMap((a) => a.sources.map((s) => `${s.id}#${s.i}`)));
  rel.forEach((R, k) => {
    const Y = weighedByUnit(fr[k]!, idf).w;
    const { floor, floorMutual } = floorsFor(REPORT_ALIGN, X.length * Y.size);
    for (const [i, u] of Y) {
      if (!added.has(`${R.id}#${i}`)) continue;
      const gold = r.missing(R.id, i, x.id);
      if (gold === null) continue;
      let best = -1;
      let s2 = 0;
      pairs.forEach((p, j) => {
        const v = unitSimilarity(u, p, REPORT_ALIGN.wordBonus);
        if (v > s2) (s2 = v), (best = j);
      });
      if (best < 0) continue;
      const s1 = Math.max(unitSimilarity(u, X[best]!, REPORT_ALIGN.wordBonus), unitSimilarity(u, X[best + 1]!, REPORT_ALIGN.wordBonus));
      rows.push({ wrong: !gold, s2, s1, mutual: floorMutual, strong: floor });
      if (s2 >= floorMutual)
        console.log(`[${name} ${x.id.slice(0, 4)}<-${R.id.slice(0, 4)}#${i}] ${gold ? 'right' : 'WRONG'} s2=${s2.toFixed(3)} s1=${s1.toFixed(3)} floors ${floorMutual.toFixed(3)}/${floor.toFixed(3)}\n   u: "${sh(u.f.unit.text)}"\n   #${X[best]!.f.unit.i}+#${X[best + 1]!.f.unit.i}: "${sh(X[best]!.f.unit.text)}" + "${sh(X[best + 1]!.f.unit.text)}"`);
    }
  });
}
const wrong = rows.filter((q) => q.wrong).length;
console.log(`added units with a gold answer: ${rows.length} (wrong ${wrong}, right ${rows.length - wrong})`);
for (const [label, keep] of [
  ['s2 >= strong floor', (q: (typeof rows)[number]) => q.s2 >= q.strong],
  ['s2 >= strong floor, s2 >= 1.2 s1, s1 < mutual floor (facts7)', (q: (typeof rows)[number]) => q.s2 >= q.strong && q.s2 >= 1.2 * q.s1 && q.s1 < q.mutual],
  ['s2 >= mutual floor, s2 >= 1.2 s1', (q: (typeof rows)[number]) => q.s2 >= q.mutual && q.s2 >= 1.2 * q.s1],
  ['s2 >= mutual floor, s2 >= 1.5 s1', (q: (typeof rows)[number]) => q.s2 >= q.mutual && q.s2 >= 1.5 * q.s1],
  ['s2 >= mutual floor, s2 >= 2 s1', (q: (typeof rows)[number]) => q.s2 >= q.mutual && q.s2 >= 2 * q.s1],
] as const) {
  const hit = rows.filter(keep);
  console.log(`${label}: would rescue ${hit.filter((q) => q.wrong).length} wrong, hide ${hit.filter((q) => !q.wrong).length} right`);
}
