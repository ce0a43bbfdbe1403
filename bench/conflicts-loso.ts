/**
 * Does the evidence a conflict report carries tell true reports from false ones on a source nobody fitted on?
 * (docs/notes/conf17.md). For every reported conflict of the judged rows of bench/data/conflicts-labels.json (blind
 * labels only, reader standard, as `bench/conflicts-eval.ts --blind` counts them), and every judged true pair the
 * engine does not report, the evidence the engine has when it decides: kind, figure kind, how far apart the figures
 * are, what singles them out (owner, person noun, complement / clause words shared, an ambiguous key), the two
 * units' lexical similarity and whether they are each other's best pair, and for quotes the wording similarity,
 * length, shared speaker and words changed. Rows are grouped by source (the labelled sets, ECB+, AllSides, GVC
 * rounds 12–14, Multi-News round 15).
 *
 * Then, leave one source out: a logistic model with few inputs (and, beside it, one cut on one feature per kind)
 * fitted on every other source, and the left-out source's reports kept when the model calls them more likely true
 * than not (P ≥ 0.5: a report shown only when it is more often right than wrong; no cut chosen by eye). Printed per
 * left-out source: main's precision on its rows, the model's precision and how many true reports it keeps. Also the
 * AUC of each feature on each source (which evidence carries signal where).
 *
 *   npx tsx bench/conflicts-loso.ts [--cached] [--rows=FILE] [--rounds=12,13] [--l2=1] [--figure-inputs=a,b] [--quote-inputs=a,b]
 * --rounds: collect only those rounds' groups (a quick check); --l2: the logistic penalty; --*-inputs: another input set.
 * The rows (features + verdict + source, no text) are cached in $TMPDIR/parallax-conf17-rows.json (--rows= to
 * override); --cached reads them instead of running the engine over every group (a full run reads every group:
 * long). GVC and Multi-News texts are read at run time from the mirrors; nothing of them is written but numbers.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ambiguousFigures, figureDifference, figureKey, quoteDifference, QUOTE_SIMILARITY, unitQuotes } from '../lib/engine/conflicts.ts';
import { fold, isFunctionWord, quantities, type Quantity } from '../lib/nlp/index.ts';
import type { Article } from '../lib/types.ts';
import { loadGroups, readGroup, labelUnit, type Kind, type UnitRef, type JudgedPair } from './conflicts-data.ts';

type Label = JudgedPair;

/** One judged pair: its source, kind, verdict, whether main reports it, and its evidence (numbers only). */
export interface Row {
  group: string;
  source: string;
  round: number;
  kind: Kind;
  truth: boolean;
  reported: boolean;
  f: Record<string, number>;
}

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const ROWS = arg('rows') ?? join(process.env.TMPDIR ?? tmpdir(), 'parallax-conf17-rows.json');

/** The source a group's rows belong to (one fold each). */
function sourceOf(g: { name: string; source: string; round: number }): string {
  if (g.source === 'gvc') return `gvc${g.round}`;
  if (g.source === 'multinews') return 'mn15';
  return g.source;
}

/** Content words of a text, folded (function words out). */
function words(s: string): Set<string> {
  return new Set(fold(s).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && !isFunctionWord(w)));
}
const dice = (a: Set<string>, b: Set<string>) => {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return a.size + b.size ? (2 * n) / (a.size + b.size) : 0;
};
const sharedCount = (a?: readonly string[], b?: readonly string[]) => {
  const s = new Set(a ?? []);
  return [...new Set(b ?? [])].filter((w) => s.has(w)).length;
};

/** Evidence of one unit pair (i of A, j of B) for one kind of conflict. */
function evidence(kind: Kind, A: Article, i: number, B: Article, j: number, sim: number[][]): Record<string, number> {
  const ua = A.units[i]!.text;
  const ub = B.units[j]!.text;
  const wa = words(ua);
  const wb = words(ub);
  const rowBest = Math.max(...sim[i]!);
  const colBest = Math.max(...sim.map((r) => r[j]!));
  const s = sim[i]![j]!;
  const f: Record<string, number> = {
    unitSim: s,
    mutualBest: s >= rowBest && s >= colBest ? 1 : 0,
    // How far this pair stands above the next best pair of its row and column (1: alone; 0: tied).
    margin: (() => {
      const others = [...sim[i]!.filter((_, k) => k !== j), ...sim.map((r) => r[j]!).filter((_, k) => k !== i)];
      const second = others.length ? Math.max(...others) : 0;
      return s > 0 ? Math.max(0, (s - second) / s) : 0;
    })(),
    logLen: Math.log(Math.min(wa.size, wb.size) + 1),
  };
  if (kind === 'quote') {
    let best: ReturnType<typeof quoteDifference> = null;
    let both = 0;
    let qlen = 0;
    for (const x of unitQuotes(A, i)) {
      for (const y of unitQuotes(B, j)) {
        if (x.another || y.another) continue;
        const d = quoteDifference(x, y);
        if (d && (!best || d.similarity > best.similarity)) {
          best = d;
          both = x.speaker && y.speaker ? 1 : 0;
          qlen = Math.min(words(x.text).size, words(y.text).size);
        }
      }
    }
    f.qSim = best?.similarity ?? 0;
    f.qAbove = best ? best.similarity - QUOTE_SIMILARITY : -1;
    f.qSpeakers = both;
    f.qLogLen = Math.log(qlen + 1);
    const changed = (best?.diff ?? []).filter((p) => p.op !== 'equal').map((p) => words(p.text).size);
    f.qChangedWords = changed.reduce((n, k) => n + k, 0);
    f.qChanges = changed.length;
    return f;
  }
  const fa = quantities(ua);
  const fb = quantities(ub);
  const fig = (art: Article) => art.units.map((u) => ({ f: { figures: quantities(u.text) } }));
  const amb = { a: ambiguousFigures(fig(A)), b: ambiguousFigures(fig(B)) };
  const d = figureDifference(fa, fb, amb, false) ?? figureDifference(fa, fb, amb) ?? figureDifference(fa, fb, undefined, false) ?? figureDifference(fa, fb);
  f.found = d ? 1 : 0;
  f.nFigures = Math.log(fa.length + fb.length + 1);
  if (!d) return f;
  const { x, y } = d;
  const mid = (q: Quantity) => (q.value + q.max) / 2;
  const lo = Math.max(Math.min(Math.abs(mid(x)), Math.abs(mid(y))), 1e-9);
  const hi = Math.max(Math.abs(mid(x)), Math.abs(mid(y)));
  const dateKind = x.kind === 'weekday' || x.kind === 'month' || x.kind === 'day' || x.kind === 'year';
  f.logRatio = dateKind ? 0 : Math.log(hi / lo);
  f.weekday = x.kind === 'weekday' || x.kind === 'month' ? 1 : 0;
  f.money = x.kind === 'money' ? 1 : 0;
  f.age = x.person || (x.kind === 'duration' && x.head === 'year' && !!x.owner) ? 1 : 0;
  f.approx = x.qualifier || y.qualifier || x.value !== x.max || y.value !== y.max ? 1 : 0;
  f.owner = x.owner && x.owner === y.owner ? 1 : 0;
  f.ownerOneSide = !!x.owner !== !!y.owner ? 1 : 0;
  f.person = x.person && x.person === y.person ? 1 : 0;
  f.complShared = sharedCount(x.complement, y.complement);
  f.eventShared = sharedCount(x.event, y.event);
  f.ambiguous = amb.a.has(figureKey(x)) || amb.b.has(figureKey(y)) ? 1 : 0;
  f.headless = x.head ? 0 : 1;
  return f;
}

async function collect(): Promise<Row[]> {
  const labels = (JSON.parse(readFileSync(new URL('./data/conflicts-labels.json', import.meta.url), 'utf8')) as { labels: Label[] }).labels.filter((l) => !l.late);
  const isTrue = (l: Label) => (l.reader ?? l.verdict) === 'true';
  const rows: Row[] = [];
  const groups = await loadGroups();
  let n = 0;
  const only = arg('rounds')?.split(',').map(Number);
  for (const g of groups) {
    n++;
    if (only && !only.includes(g.round)) continue;
    const mine = labels.filter((l) => l.group === g.name);
    if (!mine.length) continue;
    if (n % 50 === 0) console.error(`${n}/${groups.length} groups, ${rows.length} rows`);
    const byId = new Map(g.articles.map((a) => [a.id, a]));
    const unitOf = labelUnit(g.articles);
    const verdicts = new Map<string, Label[]>();
    for (const l of mine) {
      const ka = unitOf(l.a);
      const kb = unitOf(l.b);
      if (!ka || !kb) continue;
      const key = [ka, kb].sort().join('|');
      verdicts.set(key, [...(verdicts.get(key) ?? []), l]);
    }
    const readings = await readGroup(g);
    const got = new Set<string>();
    for (const { article, report } of readings) {
      for (const c of report.conflicts) {
        const kind: Kind = c.kind === 'quote' ? 'quote' : /^date/.test(c.about) ? 'date' : 'number';
        for (const t of c.there) got.add(`${kind} ${[`${article.id}#${c.here.i}`, `${t.id}#${t.i}`].sort().join('|')}`);
      }
    }
    const sims = new Map<string, number[][]>();
    const simOf = (A: Article, B: Article) => {
      const k = `${A.id}|${B.id}`;
      if (!sims.has(k)) {
        const wa = A.units.map((u) => words(u.text));
        const wb = B.units.map((u) => words(u.text));
        sims.set(k, wa.map((x) => wb.map((y) => dice(x, y))));
      }
      return sims.get(k)!;
    };
    const row = (kind: Kind, key: string, truth: boolean, reported: boolean) => {
      const [ka, kb] = key.split('|') as [string, string];
      const [ia, i] = ka.split('#') as [string, string];
      const [ib, j] = kb.split('#') as [string, string];
      const A = byId.get(ia)!;
      const B = byId.get(ib)!;
      rows.push({ group: g.name, source: sourceOf(g), round: g.round, kind, truth, reported, f: evidence(kind, A, Number(i), B, Number(j), simOf(A, B)) });
    };
    // Reported pairs with a verdict (as conflicts-eval counts them), then judged true pairs not reported.
    for (const kk of got) {
      const [kind, key] = kk.split(' ') as [Kind, string];
      const ls = verdicts.get(key);
      if (!ls) continue;
      row(kind, key, ls.some((l) => isTrue(l) && (kind === 'quote') === (l.kind === 'quote')), true);
    }
    for (const [key, ls] of verdicts) {
      for (const kind of ['number', 'date', 'quote'] as const) {
        if (!ls.some((l) => l.kind === kind && isTrue(l))) continue;
        const found = got.has(`${kind} ${key}`) || (kind !== 'quote' && got.has(`${kind === 'date' ? 'number' : 'date'} ${key}`));
        if (!found) row(kind, key, true, false);
      }
    }
  }
  return rows;
}

// ---- fitting -------------------------------------------------------------------------------------------------

/** The inputs of the logistic model per kind group (few; chosen before any fit, from what each kind's report rests on). */
export const INPUTS: Record<'figure' | 'quote', string[]> = {
  figure: ['unitSim', 'mutualBest', 'logRatio', 'approx', 'complShared', 'eventShared', 'ambiguous'],
  quote: ['qSim', 'qSpeakers', 'qLogLen', 'qChangedWords', 'unitSim', 'mutualBest'],
};
// --figure-inputs=a,b / --quote-inputs=a,b: another input set (an exploratory reading; the note says which were run).
for (const k of ['figure', 'quote'] as const) {
  const o = arg(`${k}-inputs`);
  if (o) INPUTS[k] = o.split(',');
}
const group = (k: Kind) => (k === 'quote' ? 'quote' : 'figure');

interface Model {
  inputs: string[];
  mean: number[];
  sd: number[];
  w: number[];
  b: number;
}
/** --l2=: the penalty (1 unless given; the note reports 0.1 and 10 as a check that the answer is not the penalty's). */
const L2 = Number(arg('l2') ?? 1);
/** Logistic regression, standardized inputs, L2 penalty L2 on the weights (not the intercept), Newton steps. */
function fitLogistic(rows: Row[], inputs: string[]): Model {
  const X0 = rows.map((r) => inputs.map((k) => r.f[k] ?? 0));
  const mean = inputs.map((_, k) => X0.reduce((s, x) => s + x[k]!, 0) / X0.length);
  const sd = inputs.map((_, k) => Math.sqrt(X0.reduce((s, x) => s + (x[k]! - mean[k]!) ** 2, 0) / X0.length) || 1);
  const X = X0.map((x) => [1, ...x.map((v, k) => (v - mean[k]!) / sd[k]!)]);
  const y = rows.map((r) => (r.truth ? 1 : 0));
  const p = inputs.length + 1;
  let beta = new Array(p).fill(0);
  for (let it = 0; it < 50; it++) {
    const g = new Array(p).fill(0);
    const H = Array.from({ length: p }, () => new Array(p).fill(0));
    X.forEach((x, n) => {
      const z = x.reduce((s, v, k) => s + v * beta[k]!, 0);
      const q = 1 / (1 + Math.exp(-z));
      for (let a = 0; a < p; a++) {
        g[a] += (y[n]! - q) * x[a]!;
        for (let b = 0; b < p; b++) H[a]![b] += q * (1 - q) * x[a]! * x[b]!;
      }
    });
    for (let a = 1; a < p; a++) (g[a] -= L2 * beta[a]!, (H[a]![a] += L2));
    const step = solve(H, g);
    beta = beta.map((v, k) => v + step[k]!);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return { inputs, mean, sd, w: beta.slice(1), b: beta[0]! };
}
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((r, i) => [...r, b[i]!]);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[piv]![c]!)) piv = r;
    [M[c], M[piv]] = [M[piv]!, M[c]!] as [number[], number[]];
    const d = M[c]![c]! || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const k = M[r]![c]! / d;
      for (let cc = c; cc <= n; cc++) M[r]![cc] = M[r]![cc]! - k * M[c]![cc]!;
    }
  }
  return M.map((r, i) => r[n]! / (M[i]![i]! || 1e-12));
}
export const prob = (m: Model, f: Record<string, number>) =>
  1 / (1 + Math.exp(-(m.b + m.inputs.reduce((s, k, i) => s + m.w[i]! * (((f[k] ?? 0) - m.mean[i]!) / m.sd[i]!), 0))));

/** One cut on one feature (either direction) maximizing kept true − kept false on the training rows. */
function fitCut(rows: Row[], inputs: string[]): { feature: string; cut: number; dir: 1 | -1; gain: number } {
  let best = { feature: '', cut: -Infinity, dir: 1 as 1 | -1, gain: rows.reduce((s, r) => s + (r.truth ? 1 : -1), 0) };
  for (const k of inputs) {
    const vals = [...new Set(rows.map((r) => r.f[k] ?? 0))].sort((a, b) => a - b);
    for (let v = 0; v < vals.length; v++) {
      const cut = v === 0 ? vals[0]! : (vals[v - 1]! + vals[v]!) / 2;
      for (const dir of [1, -1] as const) {
        const gain = rows.filter((r) => dir * ((r.f[k] ?? 0) - cut) >= 0).reduce((s, r) => s + (r.truth ? 1 : -1), 0);
        if (gain > best.gain) best = { feature: k, cut, dir, gain };
      }
    }
  }
  return best;
}
const keepsCut = (c: ReturnType<typeof fitCut>, r: Row) => !c.feature || c.dir * ((r.f[c.feature] ?? 0) - c.cut) >= 0;

function auc(rows: Row[], k: string): number | null {
  const pos = rows.filter((r) => r.truth).map((r) => r.f[k] ?? 0);
  const neg = rows.filter((r) => !r.truth).map((r) => r.f[k] ?? 0);
  if (!pos.length || !neg.length) return null;
  let s = 0;
  for (const p of pos) for (const n of neg) s += p > n ? 1 : p === n ? 0.5 : 0;
  return s / (pos.length * neg.length);
}

// ---- main ------------------------------------------------------------------------------------------------------

const rows: Row[] = process.argv.includes('--cached') && existsSync(ROWS) ? JSON.parse(readFileSync(ROWS, 'utf8')) : await collect();
if (!process.argv.includes('--cached')) {
  writeFileSync(ROWS, JSON.stringify(rows));
  console.error(`rows written to ${ROWS}`);
}
const rep = rows.filter((r) => r.reported);
const sources = [...new Set(rows.map((r) => r.source))];
const pct = (n: number, d: number) => (d ? (n / d).toFixed(2) : '–');

console.log(`${rep.length} reported judged rows (${rep.filter((r) => r.truth).length} true); ${rows.length - rep.length} judged true rows not reported\n`);
console.log('| source | kind | reported | true | precision | true not reported | of them: figure rule fires / quote difference read |\n|---|---|---|---|---|---|---|');
for (const s of [...sources, 'all']) {
  for (const k of ['figure', 'quote'] as const) {
    const r = rep.filter((x) => (s === 'all' || x.source === s) && group(x.kind) === k);
    const miss = rows.filter((x) => !x.reported && (s === 'all' || x.source === s) && group(x.kind) === k);
    const fires = miss.filter((x) => (k === 'quote' ? (x.f.qSim ?? 0) > 0 : x.f.found === 1)).length;
    console.log(`| ${s} | ${k} | ${r.length} | ${r.filter((x) => x.truth).length} | ${pct(r.filter((x) => x.truth).length, r.length)} | ${miss.length} | ${fires} |`);
  }
}

// AUC of each feature on each source's reported rows (0.5: no signal; below 0.5: higher value, likelier false).
for (const k of ['figure', 'quote'] as const) {
  const feats = [...new Set(rep.filter((r) => group(r.kind) === k).flatMap((r) => Object.keys(r.f)))];
  console.log(`\nAUC per feature, ${k} reports (rows true/false per source in the header)\n`);
  const cols = [...sources, 'all'];
  const sub = (s: string) => rep.filter((r) => group(r.kind) === k && (s === 'all' || r.source === s));
  console.log(`| feature | ${cols.map((s) => `${s} ${sub(s).filter((r) => r.truth).length}/${sub(s).filter((r) => !r.truth).length}`).join(' | ')} |\n|---|${cols.map(() => '---').join('|')}|`);
  for (const f of feats) console.log(`| ${f} | ${cols.map((s) => auc(sub(s), f)?.toFixed(2) ?? '–').join(' | ')} |`);
}

/** Leave one fold out: per fold, main's precision and the model's / the cut's on the left-out rows. */
function loso(foldOf: (r: Row) => string, title: string, pool: (r: Row) => boolean = () => true) {
  console.log(`\n${title}\n`);
  console.log('| left out | kind | main: reported / true / precision | logistic: kept / true / precision | logistic score AUC on the left-out rows | logistic, evidence against the prior (P < training share true): kept / true / precision | one cut: kept / true / precision (feature) |\n|---|---|---|---|---|---|---|');
  const folds = [...new Set(rep.filter(pool).map(foldOf))];
  const pooled = { figure: [0, 0, 0, 0, 0, 0, 0, 0], quote: [0, 0, 0, 0, 0, 0, 0, 0] };
  for (const fo of folds) {
    for (const k of ['figure', 'quote'] as const) {
      const test = rep.filter((r) => pool(r) && foldOf(r) === fo && group(r.kind) === k);
      const train = rep.filter((r) => pool(r) && foldOf(r) !== fo && group(r.kind) === k);
      if (!test.length) continue;
      const m = fitLogistic(train, INPUTS[k]);
      const c = fitCut(train, INPUTS[k]);
      const kept = test.filter((r) => prob(m, r.f) >= 0.5);
      const keptC = test.filter((r) => keepsCut(c, r));
      // The second decision: veto a report whose evidence speaks against it (P below the training rows' share of true
      // reports, i.e. a likelihood ratio under 1), whatever the left-out source's own share is.
      const prior = train.filter((r) => r.truth).length / train.length;
      const keptL = test.filter((r) => prob(m, r.f) >= prior);
      const t = (xs: Row[]) => xs.filter((r) => r.truth).length;
      const add = [test.length, t(test), kept.length, t(kept), keptC.length, t(keptC), keptL.length, t(keptL)];
      pooled[k] = pooled[k].map((v, i) => v + add[i]!);
      const scored = test.map((r) => ({ ...r, f: { ...r.f, score: prob(m, r.f) } }));
      console.log(`| ${fo} | ${k} | ${test.length} / ${t(test)} / ${pct(t(test), test.length)} | ${kept.length} / ${t(kept)} / ${pct(t(kept), kept.length)} | ${auc(scored, 'score')?.toFixed(2) ?? '–'} | ${keptL.length} / ${t(keptL)} / ${pct(t(keptL), keptL.length)} | ${keptC.length} / ${t(keptC)} / ${pct(t(keptC), keptC.length)} (${c.feature ? `${c.feature} ${c.dir > 0 ? '≥' : '≤'} ${c.cut.toFixed(3)}` : 'none'}) |`);
    }
  }
  for (const k of ['figure', 'quote'] as const) {
    const P = pooled[k];
    console.log(`| **pooled** | ${k} | ${P[0]} / ${P[1]} / ${pct(P[1]!, P[0]!)} | ${P[2]} / ${P[3]} / ${pct(P[3]!, P[2]!)} | | ${P[6]} / ${P[7]} / ${pct(P[7]!, P[6]!)} | ${P[4]} / ${P[5]} / ${pct(P[5]!, P[4]!)} |`);
  }
}
loso((r) => r.source, 'Leave one source out (GVC rounds as separate sources)');
loso((r) => (r.source.startsWith('gvc') ? 'gvc' : r.source), 'Leave one corpus out (GVC rounds 12–14 as one source)');
// The fresh sources only (rounds 12–15, each judged blind on its first reading): does what tells true from false on
// three of them carry to the fourth, without the near-all-true ECB+ / sets rows setting the prior?
loso((r) => r.source, 'Fresh sources only: leave one of GVC 12, 13, 14, Multi-News 15 out, fit on the other three', (r) => r.round >= 12);

// The fresh sources' model (all four) read on the earlier sources: would it cost them their true reports?
console.log('\nFitted on the fresh sources (rounds 12–15), read on the earlier ones\n');
console.log('| source | kind | main: reported / true / precision | logistic P ≥ 0.5: kept / true / precision | score AUC |\n|---|---|---|---|---|');
for (const k of ['figure', 'quote'] as const) {
  const m = fitLogistic(rep.filter((r) => r.round >= 12 && group(r.kind) === k), INPUTS[k]);
  for (const s of ['sets', 'ecb', 'allsides']) {
    const test = rep.filter((r) => r.source === s && group(r.kind) === k);
    const kept = test.filter((r) => prob(m, r.f) >= 0.5);
    const t = (xs: Row[]) => xs.filter((r) => r.truth).length;
    const scored = test.map((r) => ({ ...r, f: { ...r.f, score: prob(m, r.f) } }));
    console.log(`| ${s} | ${k} | ${test.length} / ${t(test)} / ${pct(t(test), test.length)} | ${kept.length} / ${t(kept)} / ${pct(t(kept), kept.length)} | ${auc(scored, 'score')?.toFixed(2) ?? '–'} |`);
  }
}

// The models fitted on all rows (for reading only; nothing here is written to lib/).
for (const k of ['figure', 'quote'] as const) {
  const f = fitLogistic(rep.filter((r) => r.round >= 12 && group(r.kind) === k), INPUTS[k]);
  console.log(`\n${k} model on the fresh sources' rows: b ${f.b.toFixed(2)}; ${f.inputs.map((x, i) => `${x} ${f.w[i]!.toFixed(2)}`).join(', ')}`);
  const m = fitLogistic(rep.filter((r) => group(r.kind) === k), INPUTS[k]);
  console.log(`${k} model on all rows: b ${m.b.toFixed(2)}; ${m.inputs.map((x, i) => `${x} ${m.w[i]!.toFixed(2)}`).join(', ')}`);
}
