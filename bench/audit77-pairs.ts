/**
 * audit77: where the panel's wrong pairs come from — for named (page unit, other unit) pairs of this audit's readings,
 * the alignment's own numbers (the report's matrix: similarity s, z, the row's and column's best, the floors, which
 * rule admits or refuses it, the same-fact model's probability) and whether each side is a fact unit. Reads the
 * readings as the panel's dump does (audit70 `panelReadings`: the page, every event's imported articles).
 *
 *   ZYTE_HTML_DIR= npx tsx bench/audit77-pairs.ts            # the pairs of docs/notes/audit77.md §5 (text to stdout)
 *
 * Multi-News and GVC texts are not redistributable: nothing is written.
 */
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import { align, disjointActors, factMatrix, floorsFor, REPORT_ALIGN, sameFact } from '../lib/engine/align.ts';
import { reportFeatures } from '../lib/engine/features.ts';
import { featuresOf, unitIdf, weighAll } from '../lib/engine/story.ts';
import { panelReadings } from './audit70-shots.ts';
import { LOADERS } from './audit77-shots.ts';

/** event, page unit, other article id, other unit, what the pair is (the judge's words). */
const PAIRS: Array<[string, number, string, number, string]> = [
  ['mn78', 2, 'mn-088f63f5-3', 5, 'listed (another fact: Damon worked with Weinstein on Good Will Hunting)'],
  ['mn78', 3, 'mn-088f63f5-3', 20, 'the fact (ABC: "there’s a spectrum of behavior, right?")'],
  ['mn78', 4, 'mn-088f63f5-3', 21, 'the fact (ABC: "patting someone on the butt and rape …, right?")'],
  ['mn78', 4, 'mn-088f63f5-3', 22, 'the fact (ABC: "… shouldn’t be conflated, right?")'],
  ['mn78', 0, 'mn-088f63f5-1', 18, 'listed (USA Today: Driver’s earlier tweet, the page’s #8)'],
  ['mn78', 8, 'mn-088f63f5-1', 18, 'the tweet on the page and in USA Today'],
  ['mn78', 14, 'mn-088f63f5-3', 8, 'Weinstein denies / his spokesman’s denial (Added A:5)'],
  ['mn78', 14, 'mn-088f63f5-3', 7, 'Weinstein denies / ABC: Weinstein has denied nonconsensual sex'],
  ['gvc23', 0, 'gvc-356065-6ea334e7', 0, 'listed (another fact: ctpost’s dateline, the chief on police presence)'],
  ['gvc23', 0, 'gvc-356065-6ea334e7', 2, 'the fact (ctpost: shooting killed one man, injured eight)'],
  ['gvc23', 15, 'gvc-356065-6ea334e7', 12, 'listed (another sentence: shots pass right through)'],
  ['gvc23', 15, 'gvc-356065-6ea334e7', 9, 'the fact (ctpost: Payton in her bathroom taking a shower)'],
  ['gvc23', 14, 'gvc-356065-6ea334e7', 9, 'the fact (page: an elderly woman shot by a stray bullet)'],
  ['gvc23', 1, 'gvc-356065-6ea334e7', 6, 'the fact (ctpost: the gunfire shattered a night of partying)'],
];

const evs = Object.entries(LOADERS).flatMap(([name, load]) => {
  const articles = load();
  return articles ? [{ name, articles }] : [];
});
const round = (x: number) => Math.round(x * 1000) / 1000;
for (const ev of panelReadings(evs, 'a77')) {
  const pairs = PAIRS.filter((p) => p[0] === ev.event);
  if (!pairs.length) continue;
  const page = ev.own[0]!;
  const r = await compareArticle(page, new MemoryIndex(ev.own.slice(1)));
  const related = r.related.map((x) => ev.own.find((a) => a.id === x.id)!);
  // compare.ts' own steps: the report's fact units, the unit IDF over the story, the weighted units, the alignment.
  const feats = reportFeatures(page, featuresOf(page));
  const relFeats = related.map((a) => reportFeatures(a, featuresOf(a)));
  const uidf = unitIdf([feats, ...relFeats]);
  const here = weighAll(feats, uidf);
  console.log(`\n== ${ev.event}: page ${page.id}, related ${related.map((a) => a.id).join(' ')}`);
  for (const [, i, id, j, what] of pairs) {
    const k = related.findIndex((a) => a.id === id);
    if (k < 0) {
      console.log(`  #${i} / ${id}#${j}: not related`);
      continue;
    }
    const there = weighAll(relFeats[k]!, uidf);
    const { ai, bi, S } = factMatrix(here, there, REPORT_ALIGN.wordBonus);
    // Matrix rows and columns by the units' own numbers (Unit.i), as pairSimilarity reads them.
    const x = ai.findIndex((w) => w.f.unit.i === i);
    const y = bi.findIndex((w) => w.f.unit.i === j);
    const unitOf = (ws: typeof here, n: number) => ws.find((w) => w.f.unit.i === n);
    const al = align(here, there, REPORT_ALIGN);
    const edgesA = al.matches.filter((e) => e.a === i).map((e) => `${e.b}(${round(e.s)})`);
    const edgesB = al.matches.filter((e) => e.b === j).map((e) => `${e.a}(${round(e.s)})`);
    console.log(`  page #${i} / ${id} #${j} — ${what}`);
    console.log(`    fact units: page ${unitOf(here, i)?.f.fact}, there ${unitOf(there, j)?.f.fact}`);
    if (x < 0 || y < 0) {
      console.log(`    not in the matrix (a side is not a fact unit); page #${i} aligned with ${edgesA.join(' ') || 'nothing'}`);
      continue;
    }
    const all = S.flat();
    const sorted = [...all].sort((p, q) => p - q);
    const med = sorted[sorted.length >> 1]!;
    const mad = 1.4826 * [...all.map((v) => Math.abs(v - med))].sort((p, q) => p - q)[all.length >> 1]!;
    const s = S[x]![y]!;
    const rowMax = Math.max(...S[x]!);
    const colMax = Math.max(...S.map((row) => row[y]!));
    const rowBest = bi[S[x]!.indexOf(rowMax)]!.f.unit.i;
    const colBest = ai[S.map((row) => row[y]!).indexOf(colMax)]!.f.unit.i;
    const { floor, floorMutual } = floorsFor(REPORT_ALIGN, all.length);
    const fact = sameFact(ai[x]!, bi[y]!);
    console.log(
      `    s ${round(s)} z ${round((s - med) / Math.max(mad, 0.02))}; row best ${round(rowMax)} (#${rowBest} there), column best ${round(colMax)} (page #${colBest}); ` +
        `floors ${round(floor)} / ${round(floorMutual)} (${all.length} cells); same-fact p ${round(fact.probability)}${fact.same ? ' (same)' : ''}; ` +
        `disjoint actors ${disjointActors(ai[x]!.f, bi[y]!.f)}`,
    );
    console.log(`    aligned: page #${i} with ${edgesA.join(' ') || 'nothing'}; there #${j} with ${edgesB.join(' ') || 'nothing'}`);
  }
}
