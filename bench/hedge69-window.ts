/**
 * hedge69: does the share of a left-out card's content stems found in the best window of w consecutive units of an
 * article lacking it (hedge69-share.ts `windowShare`) stop growing with that article's length, and does it still tell a
 * rewording from a right card? (docs/notes/hedge69.md.) Reads `bench/hedge67-cards.ts --save` reports (texts in /tmp).
 *
 *   npx tsx bench/hedge69-window.ts REPORTS.json [--arm=w:a,b,c …]
 *   npx tsx bench/hedge69-window.ts --facts [--arm=w:a,b,c …]
 *
 * (1) Per band of the article's units and per w: the null (the share of a fact sentence of *another* reading found on
 * the page, 40 seeded draws per article) and the dev sheets' judged top-5 Left-out cards, per article said to lack the
 * whole sentence (R / reworded: W or P whose cause holds "reword"). (2) AUC of reworded over R cards: cont_w alone (the
 * card's best over its articles, constant-free) and, per `--arm` (w, a, b, c of `TOLD_CONT_LOGIT`'s form), the mean
 * over those articles of p(s, cont_w), cont read as the engine does (wording or a third telling, cards43; the articles
 * lacking only part of it, which `sureAbsent` reads apart, left out), on hedge67's halves and pooled.
 * --facts: held labels of another kind — the 9 facts dev sets' (card, article) pairs (cards43-third.ts's rows: an article
 * of `missingFrom` lacking the whole sentence, told or truly missing by the sets' labels), every article read: per arm the
 * log-likelihood of p(s, max(cont_w, third_w)) and its AUC (told over missing, pooled / within one reading), by band of
 * the article's units. Nothing is fitted on them.
 */
import { readFileSync } from 'node:fs';
import { partlyTold, reportTellings } from '../lib/engine/rank.ts';
import { unitStems, windowShare } from './hedge69-share.ts';
import type { Report } from '../lib/types.ts';
import type { Card } from './audit-cards.ts';
import { FACTS_DEV, leftOutPairs } from './data/facts-dev.ts';
import { fitLogistic } from './logistic.ts';
import { pooledLabels, sheetFiles } from './cards63-cards.ts';

const argv = process.argv.slice(2);
const arms = argv.filter((a) => a.startsWith('--arm=')).map((a) => {
  const [w, k] = a.slice(6).split(':') as [string, string];
  const [x, y, z] = k.split(',').map(Number) as [number, number, number];
  return { name: a.slice(6), w: Number(w), a: x, b: y, c: z };
});
const f3 = (x: number) => x.toFixed(3);
const WINDOWS = [1, 2, 3, 5, 8, 12, 20, Infinity];
const BANDS = [0, 15, 30, 60, 1e9];
const band = (n: number) => BANDS.findIndex((b, k) => n >= b && n < BANDS[k + 1]!);
const bandName = (k: number) => (BANDS[k + 1]! > 1e8 ? `${BANDS[k]}+` : `${BANDS[k]}–${BANDS[k + 1]! - 1}`);
function auc(pos: number[], neg: number[]): number {
  let t = 0;
  for (const a of pos) for (const b of neg) t += a > b ? 1 : a === b ? 0.5 : 0;
  return t / (pos.length * neg.length);
}

/** Each related article's units' stems, by id (read once). */
const pageWords = (r: Report) => {
  const cache = new Map<string, Array<Set<string>>>();
  return (id: string) => cache.get(id) ?? cache.set(id, unitStems(r.related.find((a) => a.id === id)?.units ?? [])).get(id)!;
};
/** cont as the engine reads it for article `o`: the card's wording's share or, when larger, a third outlet's telling's (cards43), in windows of w units. */
const bothShare = (text: string, tellings: ReadonlyArray<{ id: string; text: string }>, o: string, there: Array<Set<string>>, w: number) =>
  Math.max(windowShare(text, there, w), ...tellings.filter((t) => t.id !== o).map((t) => windowShare(t.text, there, w)));
const told = (x: { a: number; b: number; c: number }, s: number, cont: number) => 1 / (1 + Math.exp(-(x.a + x.b * s + x.c * cont)));

if (argv.includes('--facts')) {
  type Pair = { set: string; reading: string; told: boolean; units: number; s: number; both: number[]; p: number[] };
  const pairs: Pair[] = [];
  for (const set of FACTS_DEV) {
    for (const { a, r, pairs: lo } of (await leftOutPairs(set))?.readings ?? []) {
      const words = pageWords(r);
      const tellings = reportTellings(r);
      for (const { l, o, told: isTold } of lo) {
        const s = l.closest?.find((c) => c.id === o)?.s ?? 0;
        // The engine's reading for one article: cont on the card's wording or a third outlet's telling (cards43).
        const both = (w: number) => bothShare(l.text, tellings.get(l.i) ?? [], o, words(o), w);
        const p = arms.map((x) => told(x, s, both(x.w)));
        pairs.push({ set: set.name, reading: `${set.name}|${a.id}`, told: isTold, units: words(o).length, s, both: WINDOWS.map(both), p });
      }
    }
  }
  const within = (xs: Pair[], k: number) => {
    let t = 0;
    let n = 0;
    const by = new Map<string, Pair[]>();
    for (const x of xs) by.set(x.reading, [...(by.get(x.reading) ?? []), x]);
    for (const g of by.values())
      for (const p of g.filter((x) => x.told)) for (const q of g.filter((x) => !x.told)) (n++, (t += p.p[k]! > q.p[k]! ? 1 : p.p[k] === q.p[k] ? 0.5 : 0));
    return t / n;
  };
  const ll = (xs: Pair[], k: number) => xs.reduce((t, x) => t + Math.log(x.told ? x.p[k]! : 1 - x.p[k]!), 0);
  console.log(`facts dev sets: ${pairs.length} (card, article) pairs, ${pairs.filter((x) => x.told).length} told (a wrong "left out")`);
  for (let b = -1; b + 1 < BANDS.length; b++) {
    const xs = b < 0 ? pairs : pairs.filter((x) => band(x.units) === b);
    console.log(`  ${b < 0 ? 'all' : `${bandName(b)} units`}: ${xs.length} pairs, ${xs.filter((x) => x.told).length} told`);
    arms.forEach((x, k) => console.log(`    ${x.name.padEnd(30)} log-lik ${ll(xs, k).toFixed(2)}, AUC ${f3(auc(xs.filter((y) => y.told).map((y) => y.p[k]!), xs.filter((y) => !y.told).map((y) => y.p[k]!)))}, within one reading ${f3(within(xs, k))}`));
  }
  // The fit (hedge69 §3): 's + cont_w' by maximum likelihood on these pairs, per w; leave one set out; halves = the
  // sets alternately in FACTS_DEV's order, fitted on one and scored on the other (log-lik / within one reading).
  const sets = [...new Set(pairs.map((x) => x.set))];
  const fitOn = (xs: Pair[], k: number) => fitLogistic(xs.map((x) => [x.s, x.both[k]!]), xs.map((x) => x.told), 0);
  const pOf = (f: { weights: number[]; bias: number }, k: number) => (x: Pair) => 1 / (1 + Math.exp(-(f.bias + f.weights[0]! * x.s + f.weights[1]! * x.both[k]!)));
  const llOf = (xs: Pair[], p: (x: Pair) => number) => xs.reduce((t, x) => t + Math.log(x.told ? p(x) : 1 - p(x)), 0);
  let best = { k: -1, loso: -Infinity };
  console.log(`\nfit 's + cont_w' on the ${pairs.length} pairs (cont = max of the wording's and a third telling's share, as the engine reads it)`);
  WINDOWS.forEach((w, k) => {
    const f = fitOn(pairs, k);
    const loso = sets.reduce((t, name) => t + llOf(pairs.filter((x) => x.set === name), pOf(fitOn(pairs.filter((x) => x.set !== name), k), k)), 0);
    const halves = [0, 1].map((h) => {
      const te = pairs.filter((x) => sets.indexOf(x.set) % 2 === h);
      const p = pOf(fitOn(pairs.filter((x) => sets.indexOf(x.set) % 2 !== h), k), k);
      const held = te.map((x) => ({ ...x, p: [p(x)] }));
      return `${llOf(te, p).toFixed(2)} / ${f3(within(held, 0))} (${te.length})`;
    });
    if (loso > best.loso) best = { k, loso };
    console.log(`  w ${String(w).padEnd(8)} a ${f.bias.toFixed(3)} b ${f.weights[0]!.toFixed(3)} c ${f.weights[1]!.toFixed(3)}; log-lik ${llOf(pairs, pOf(f, k)).toFixed(2)}, leave one set out ${loso.toFixed(2)}; held halves ${halves.join(', ')}`);
  });
  // Both shares side by side ('s + cont_∞ + cont_w'): the page's (a rewording spread over it) and a window's (told in one place).
  const inf = WINDOWS.indexOf(Infinity);
  for (const k of [0, 2]) {
    const x = (p: Pair) => [p.s, p.both[inf]!, p.both[k]!];
    const fit2 = (xs: Pair[]) => fitLogistic(xs.map(x), xs.map((p) => p.told), 0);
    const p2 = (f: { weights: number[]; bias: number }) => (p: Pair) => 1 / (1 + Math.exp(-(f.bias + x(p).reduce((t, v, j) => t + v * f.weights[j]!, 0))));
    const f = fit2(pairs);
    const loso = sets.reduce((t, name) => t + llOf(pairs.filter((p) => p.set === name), p2(fit2(pairs.filter((p) => p.set !== name)))), 0);
    const halves = [0, 1].map((h) => {
      const te = pairs.filter((p) => sets.indexOf(p.set) % 2 === h);
      const q = p2(fit2(pairs.filter((p) => sets.indexOf(p.set) % 2 !== h)));
      return `${llOf(te, q).toFixed(2)} / ${f3(within(te.map((p) => ({ ...p, p: [q(p)] })), 0))}`;
    });
    console.log(`  s + cont ∞ + cont ${WINDOWS[k]}: a ${f.bias.toFixed(3)} weights ${f.weights.map((v) => v.toFixed(3)).join(', ')}; log-lik ${llOf(pairs, p2(f)).toFixed(2)}, leave one set out ${loso.toFixed(2)}; held halves ${halves.join(', ')}`);
  }
  const fb = fitOn(pairs, best.k);
  console.log(`  best (leave one set out): TOLD_CONT_LOGIT = { a: ${fb.bias.toFixed(3)}, b: ${fb.weights[0]!.toFixed(3)}, c: ${fb.weights[1]!.toFixed(3)}, w: ${WINDOWS[best.k]} }`);
  process.exit(0);
}
const saved = JSON.parse(readFileSync(argv.find((a) => a.endsWith('.json'))!, 'utf8')) as Array<{ half: string; event: string; cards: Card[]; report: Report }>;
const HALVES = [['gvc', 'c40', 'c43', 'wns'], ['mn', 'c41', 'c42']];
const label = pooledLabels(sheetFiles());
let seed = 69;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed / 2147483648);
const pool = saved.flatMap((d) => [d.report.article, ...d.report.related].flatMap((a) => a.units.filter((u) => u.fact !== false).map((u) => ({ event: d.event, text: u.text }))));

/** Sums of the share per w, by `${class} ${band}`. */
const acc = new Map<string, { n: number; sum: number[] }>();
const add = (key: string, text: string, there: ReadonlyArray<ReadonlySet<string>>) => {
  const a = acc.get(key) ?? { n: 0, sum: WINDOWS.map(() => 0) };
  a.n++;
  WINDOWS.forEach((w, k) => (a.sum[k]! += windowShare(text, there, w)));
  acc.set(key, a);
};
type Row = { half: string; reword: boolean; cont: number[]; told: number[]; text: string; units: number[] };
const rows: Row[] = [];
const pages = new Set<string>();
for (const d of saved) {
  const r = d.report;
  const words = pageWords(r);
  const tellings = reportTellings(r);
  for (const a of r.related) {
    if (pages.has(a.id)) continue;
    pages.add(a.id);
    for (let k = 0; k < 40; k++) {
      let s = pool[Math.floor(rnd() * pool.length)]!;
      while (s.event === d.event) s = pool[Math.floor(rnd() * pool.length)]!;
      add(`null ${band(a.units.length)}`, s.text, words(a.id));
    }
  }
  for (const c of d.cards.filter((x) => x.section === 'L')) {
    const l = label.get(`${d.half}:${d.event}|${c.hash}`);
    const reword = l && l.mark !== 'R' && /reword/.test(l.cause);
    if (!l || (l.mark !== 'R' && !reword)) continue;
    const f = r.leftOut[Number(c.key.split(':').pop()) - 1]!;
    const partly = partlyTold(f);
    const whole = f.missingFrom.filter((id) => !partly.has(id));
    if (!whole.length) continue;
    for (const id of whole) add(`${reword ? 'reword' : 'R'} ${band(words(id).length)}`, f.text, words(id));
    const near = new Map((f.closest ?? []).map((x) => [x.id, x.s]));
    const p = arms.map((arm) => whole.reduce((t, id) => t + told(arm, near.get(id) ?? 0, bothShare(f.text, tellings.get(f.i) ?? [], id, words(id), arm.w)), 0) / whole.length);
    rows.push({ half: d.half, reword: !!reword, cont: WINDOWS.map((w) => Math.max(...whole.map((id) => windowShare(f.text, words(id), w)))), told: p, text: f.text, units: whole.map((id) => words(id).length) });
  }
}
console.log(`share of content stems in the best window of w units, by band of the article's units (n; mean for w = ${WINDOWS.join(', ')})`);
for (const cls of ['null', 'R', 'reword'])
  for (let k = 0; k + 1 < BANDS.length; k++) {
    const a = acc.get(`${cls} ${k}`);
    if (a) console.log(`  ${cls.padEnd(6)} ${bandName(k).padEnd(6)} n ${String(a.n).padStart(5)} | ${a.sum.map((x) => f3(x / a.n)).join(' ')}`);
  }
const sets: Array<[string, Row[]]> = [...HALVES.map((h, k) => [`H${k + 1}`, rows.filter((r) => h.includes(r.half))] as [string, Row[]]), ['pooled', rows]];
console.log(`\nAUC, reworded over R (judged top-5 Left-out cards with an article lacking the whole sentence): ${sets.map(([n, rs]) => `${n} ${rs.filter((r) => r.reword).length} / ${rs.filter((r) => !r.reword).length}`).join(', ')}`);
const line = (name: string, v: (r: Row) => number) => console.log(`  ${name.padEnd(34)} ${sets.map(([n, rs]) => `${n} ${f3(auc(rs.filter((r) => r.reword).map(v), rs.filter((r) => !r.reword).map(v)))}`).join('  ')}`);
WINDOWS.forEach((w, k) => line(`cont, w ${w}`, (r) => r.cont[k]!));
arms.forEach((arm, k) => line(`p(s, cont), ${arm.name}`, (r) => r.told[k]!));
// --list: the reworded cards by how much of the whole page's share a window of 3 units keeps (texts to stdout only).
if (argv.includes('--list'))
  for (const r of rows.filter((x) => x.reword).sort((a, b) => a.cont[2]! - a.cont[7]! - (b.cont[2]! - b.cont[7]!)))
    console.log(`  ${r.half.padEnd(4)} units ${r.units.join(',').padEnd(8)} w3 ${f3(r.cont[2]!)} whole ${f3(r.cont[7]!)} | ${r.text.slice(0, 150)}`);
