/**
 * cards43: is there evidence already in the report that an article said to leave a sentence out tells it in other
 * words? (docs/notes/cards43.md, issue 8 item 3.) For each left-out card and each article O of its `missingFrom` that
 * lacks the whole sentence, the facts dev sets' labels say whether O truly tells the sentence's facts
 * (Resolved.missing: false = told, a wrong "left out"). Inputs, all read off one report:
 *   s     — the alignment's similarity of O's nearest sentence (`closest`, rank34);
 *   cont  — the share of the sentence's content stems found anywhere in O (cards40, shipped);
 *   third — a third outlet's pairing: the largest share, over the articles P that tell the sentence (aligned,
 *           `coveredBy`), of P's telling's content stems found anywhere in O (O may tell it in P's words, not ours);
 *   both  — max(cont, third).
 * Prints per input the told rate by band and the AUC (told vs truly missing), pooled and within one reading.
 *
 *   npx tsx bench/cards43-third.ts [--only=seeds,…]
 */
import { contained, reportTellings, reportWords, toldWithWords } from '../lib/engine/rank.ts';
import { newsWclMissing } from '../tests/data/engine/newswcl.ts';
import { entityRuns, foldedText, type OtherText } from '../lib/engine/report.ts';
import { figureValues } from '../lib/nlp/index.ts';
import { FACTS_DEV, leftOutPairs } from './data/facts-dev.ts';

const DEV = FACTS_DEV;
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');

interface Row { set: string; reading: string; card: number; told: boolean; s: number; cont: number; third: number; covered: number; free: boolean; mutual: boolean; specific: number }
const rows: Row[] = [];

/** The share of a sentence's names (entity runs: one word of 3+ letters found) and figures the other article holds (NaN: none). */
function specificCarried(text: string, other: OtherText): number {
  const names = entityRuns(text).filter((run) => run.some((w) => w.length > 2));
  const figures = [...new Set(figureValues(text).map((q) => q.value))];
  const hit = names.filter((run) => run.some((w) => w.length > 2 && other.words.has(w.toLowerCase()))).length + figures.filter((v) => other.figures.has(v)).length;
  return names.length + figures.length ? hit / (names.length + figures.length) : NaN;
}

for (const set of DEV) {
  if (only && !only.includes(set.name)) continue;
  const got = await leftOutPairs(set);
  if (!got) {
    console.log(`${set.name}: skipped: ${newsWclMissing() ?? 'texts not found'}`);
    continue;
  }
  const { articles } = got;
  for (const { a, r, pairs } of got.readings) {
    const words = reportWords(r);
    const told = reportTellings(r);
    for (const { l, o, told: isTold } of pairs) {
      const tellings = told.get(l.i) ?? [];
      const near = l.closest?.find((c) => c.id === o);
      const s = near?.s ?? 0;
      // O's nearest sentence: told nowhere here (no match), and, as an added card, nearest to this very sentence.
      const w = near ? r.related.find((p) => p.id === o)?.units.find((v) => v.i === near.i) : undefined;
      const free = !!w && w.matches.length === 0;
      const mutual = free && r.added.some((ad) => ad.sources.some((src) => src.id === o && src.i === near!.i) && ad.closest?.i === l.i);
      const there = words(o);
      const third = Math.max(0, ...tellings.filter((t) => t.id !== o).map((t) => contained(t.text, there)));
      rows.push({ set: set.name, reading: a.id, card: l.i, told: isTold, s, cont: contained(l.text, there), third, covered: tellings.length, free, mutual, specific: specificCarried(l.text, foldedText(articles.find((x) => x.id === o)!)) });
    }
  }
  console.log(`${set.name}: ${rows.filter((x) => x.set === set.name).length} (card, article) pairs, ${rows.filter((x) => x.set === set.name && x.told).length} told`);
}

/** AUC of a score for told (higher = likelier told) against truly missing; ties count half. */
function auc(xs: Row[], f: (r: Row) => number): number {
  const pos = xs.filter((x) => x.told).map(f);
  const neg = xs.filter((x) => !x.told).map(f);
  let t = 0;
  for (const p of pos) for (const n of neg) t += p > n ? 1 : p === n ? 0.5 : 0;
  return pos.length && neg.length ? t / (pos.length * neg.length) : NaN;
}
/** The same within one reading (pairs of the same reading only), the comparison the order makes. */
function aucWithin(xs: Row[], f: (r: Row) => number): number {
  let t = 0, n = 0;
  const by = new Map<string, Row[]>();
  for (const x of xs) by.set(`${x.set}|${x.reading}`, [...(by.get(`${x.set}|${x.reading}`) ?? []), x]);
  for (const g of by.values())
    for (const p of g.filter((x) => x.told))
      for (const q of g.filter((x) => !x.told)) {
        n++;
        t += f(p) > f(q) ? 1 : f(p) === f(q) ? 0.5 : 0;
      }
  return n ? t / n : NaN;
}
const inputs: Array<[string, (r: Row) => number]> = [
  ['s', (r) => r.s],
  ['cont', (r) => r.cont],
  ['third', (r) => r.third],
  ['both = max(cont, third)', (r) => Math.max(r.cont, r.third)],
  ['mutual', (r) => (r.mutual ? 1 : 0)],
  ['p(s, cont) shipped', (r) => toldWithWords(r.s, r.cont)],
  ['p(s, both)', (r) => toldWithWords(r.s, Math.max(r.cont, r.third))],
  ['p(s, cont), mutual first', (r) => (r.mutual ? 1 : 0) + toldWithWords(r.s, r.cont)],
];
const f3 = (x: number) => x.toFixed(3);
console.log(`\nall: ${rows.length} pairs, ${rows.filter((x) => x.told).length} told (a wrong "left out"); with a telling elsewhere: ${rows.filter((x) => x.covered).length} (${rows.filter((x) => x.covered && x.told).length} told)`);
for (const sub of [['all', rows], ['with a telling elsewhere', rows.filter((x) => x.covered)]] as Array<[string, Row[]]>) {
  console.log(`\n${sub[0]}: input — AUC pooled / within one reading`);
  for (const [name, f] of inputs) console.log(`  ${name}: ${f3(auc(sub[1], f))} / ${f3(aucWithin(sub[1], f))}`);
}
const band = (f: (r: Row) => number, cuts: number[]) =>
  cuts.map((c, k) => {
    const hi = cuts[k + 1] ?? Infinity;
    const xs = rows.filter((x) => f(x) >= c && f(x) < hi);
    return `${c}–${hi === Infinity ? '' : hi}: ${xs.filter((x) => x.told).length}/${xs.length}`;
  }).join(' · ');
console.log('\ntold / pairs by band');
for (const [name, f] of inputs.slice(1, 4)) console.log(`  ${name}: ${band(f, [0, 0.4, 0.6, 0.8, 0.9])}`);
const rate = (xs: Row[]) => `${xs.filter((x) => x.told).length}/${xs.length}`;
console.log(`  nearest sentence free (aligned to nothing here): ${rate(rows.filter((x) => x.free))}, not free or none: ${rate(rows.filter((x) => !x.free))}`);
console.log(`  mutual (free, and as an added card nearest to this sentence): ${rate(rows.filter((x) => x.mutual))}, not: ${rate(rows.filter((x) => !x.mutual))}`);
for (const c of [0.1, 0.15, 0.2, 0.25]) console.log(`  mutual and s ≥ ${c}: ${rate(rows.filter((x) => x.mutual && x.s >= c))}; not mutual and s ≥ ${c}: ${rate(rows.filter((x) => !x.mutual && x.s >= c))}`);
console.log(`  specific (names + figures) all carried: ${rate(rows.filter((x) => x.specific === 1))}; some lacking: ${rate(rows.filter((x) => x.specific < 1))}; none: ${rate(rows.filter((x) => Number.isNaN(x.specific)))}`);
console.log(`  third > cont (where the shipped change acts): ${rate(rows.filter((x) => x.third > x.cont))}; third ≤ cont: ${rate(rows.filter((x) => x.third <= x.cont))}`);
console.log(`  third − cont ≥ 0.2: ${rows.filter((x) => x.third - x.cont >= 0.2 && x.told).length}/${rows.filter((x) => x.third - x.cont >= 0.2).length}`);
