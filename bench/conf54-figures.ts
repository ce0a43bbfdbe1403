/**
 * conf54: conf53's precision-first trust for figure conflict cards (bench/conf53-trust.patch, bench/conf53-fit.ts there)
 * with the aligner's own view of the pair added — the pair decision's probability (lib/engine/align.ts `sameFact`, the
 * score that makes two units one fact) and the STS similarity (`similarityScore`), read from the two sentences alone
 * (`decidePairs`, IDF over every sentence of the sheets given: the report's IDF is its article set's, and the mutual-best
 * test needs the whole articles, neither of which a sheet holds). `--features=` picks the inputs: `base` (conf53's three),
 * `pair` (+ the pair probability), `sts` (+ STS), `both`. Everything else as conf53-fit: leave one round out, bar by
 * pooled F0.5, rounds 1–15 (`--earlier`) and out-of-sample rounds (`--read`) by the model fitted on every round.
 *   npx tsx bench/conf54-figures.ts --sheet S:V:POOL … [--earlier LISTING] [--read S:V:POOL] [--features=pair] [--list]
 */
import { readFileSync } from 'node:fs';
import { decidePairs } from '../lib/engine/align.ts';
import { ownersNamed, STATED_OWNERS } from '../lib/engine/conflicts.ts';
import { quantities, stems, type Quantity } from '../lib/nlp/index.ts';
import { readVerdicts } from './conf37-owners.ts';
import { pairOf } from './conf42-gate.ts';
import { wilson } from './conflicts-data.ts';
import { solve } from './fit-lib.ts';

/** conf53's three signals (bench/conf53-trust.patch `figureTrust`): an owner on both sides, the gap where words differ, the overlap. */
function figureTrust(x: Quantity, y: Quantity, ta: string, tb: string): number[] {
  const lo = Math.min(Math.abs(x.value), Math.abs(y.value));
  const hi = Math.max(Math.abs(x.value), Math.abs(y.value));
  const words = (t: string) => new Set(stems(quantities(t).reduce((s, q) => s.slice(0, q.start) + ' '.repeat(q.end - q.start) + s.slice(q.end), t), { keepFunctionWords: false }));
  const wa = words(ta);
  const wb = words(tb);
  const overlap = [...wa].filter((w) => wb.has(w)).length / Math.max(1, Math.min(wa.size, wb.size));
  return [+ownersNamed(x, y).some((o) => STATED_OWNERS.has(o)), Math.min(4, Math.log2((hi + 1) / (lo + 1))) * (1 - overlap), overlap];
}
const FEATURES = process.argv.find((a) => a.startsWith('--features='))?.slice(11) ?? 'pair';
/** The sentence pairs whose aligner view is read, filled by the readers below, scored in one call (one IDF). */
const pending: Array<{ ta: string; tb: string; f: number[] }> = [];
function withAligner(f: number[], ta: string, tb: string): number[] {
  pending.push({ ta, tb, f });
  return f;
}
function scoreAligner(): void {
  const out = decidePairs(pending.map((p) => [p.ta, p.tb] as const));
  pending.forEach((p, k) => {
    if (FEATURES === 'pair' || FEATURES === 'both') p.f.push(out[k]!.probability);
    if (FEATURES === 'sts' || FEATURES === 'both') p.f.push(out[k]!.score);
  });
  pending.length = 0;
}

/** L2 penalty on the weights (not the bias): keeps a pool-less fit finite when a signal separates its rows. */
const L2 = 1;
type Kind = 'figure' | 'quote';
interface Row {
  pool: string;
  key: string;
  kind: Kind;
  verdict: boolean;
  f: number[];
  shown: string;
}

const argv = process.argv;
let unread = 0;
let unjudged = 0;
/** The judged rows of blind sheets (`SHEET:VERDICTS:POOL` each), figure pairs read again; dates left out. */
function readSheets(specs: string[]): Row[] {
  const out: Row[] = [];
  for (const spec of specs) {
    const [file, vf, pool] = spec.split(':') as [string, string, string];
    const verdicts = readVerdicts(new URL(`../${vf}`, import.meta.url));
    for (const entry of readFileSync(file, 'utf8').split(/\n(?=#\d+ )/)) {
      const m = /^#\d+ ([0-9a-f]{16}) (figure|quote): (.*)\n {2}A [^:]+: (.*)\n {2}B [^:]+: (.*)/.exec(entry);
      if (!m) continue;
      const [, key, kind, shown, ta, tb] = m as unknown as [string, string, Kind, string, string, string];
      if (!verdicts.has(key)) {
        unjudged++;
        continue;
      }
      let f: number[] | null = [];
      if (kind === 'figure') {
        const p = pairOf(ta, tb, shown);
        // Dates are not judged by the model: always "to check" (conf45).
        if (p && /^(?:weekday|month|day|year)$/.test(p.x.kind)) continue;
        f = p ? withAligner(figureTrust(p.x, p.y, ta, tb), ta, tb) : null;
      }
      if (!f) {
        unread++;
        continue;
      }
      out.push({ pool: pool ?? file, key, kind, verdict: verdicts.get(key)!, f, shown });
    }
  }
  return out;
}
const at = (flag: string) => argv.flatMap((a, i) => (a === flag ? [argv[i + 1]!] : []));
const rows = readSheets(at('--sheet'));
scoreAligner();

/** Logistic regression by Newton's method: [bias, ...weights]. */
function fit(rs: Row[]): number[] {
  const n = rs[0]?.f.length ?? 0;
  let w = new Array<number>(n + 1).fill(0);
  for (let it = 0; it < 50; it++) {
    const g = new Array<number>(n + 1).fill(0);
    const H = Array.from({ length: n + 1 }, () => new Array<number>(n + 1).fill(0));
    for (const r of rs) {
      const x = [1, ...r.f];
      const p = prob(w, r.f);
      const e = p - +r.verdict;
      for (let i = 0; i <= n; i++) {
        g[i]! += e * x[i]!;
        for (let j = 0; j <= n; j++) H[i]![j]! += p * (1 - p) * x[i]! * x[j]!;
      }
    }
    for (let i = 1; i <= n; i++) {
      g[i]! += L2 * w[i]!;
      H[i]![i]! += L2;
    }
    const step = solve(H, g);
    w = w.map((v, i) => v - step[i]!);
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  return w;
}
function prob(w: number[], f: number[]): number {
  return 1 / (1 + Math.exp(-f.reduce((s, v, i) => s + v * w[i + 1]!, w[0]!)));
}

const pools = [...new Set(rows.map((r) => r.pool))];
const kinds: Kind[] = ['figure', 'quote'];
const figures = rows.filter((r) => r.kind === 'figure');
const held = new Map<Row, number>(rows.filter((r) => r.kind === 'quote').map((r) => [r, 1]));
for (const pool of pools) {
  const w = fit(figures.filter((r) => r.pool !== pool));
  for (const r of figures.filter((r) => r.pool === pool)) held.set(r, prob(w, r.f));
}

const f05 = (tp: number, fp: number, pos: number) => {
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, pos);
  return p + r === 0 ? 0 : (1.25 * p * r) / (0.25 * p + r);
};
const positives = rows.filter((r) => r.verdict).length;
const cuts = [0, ...new Set(figures.map((r) => Math.round(held.get(r)! * 100) / 100))].sort((a, b) => a - b);
let bar = 0;
let best = -1;
console.log(`${rows.length} judged rows (${positives} true) in ${pools.length} pools; ${unjudged} unjudged, ${unread} not read again`);
console.log('| bar | kept / true kept | precision | recall | F0.5 |');
console.log('|---|---|---|---|---|');
for (const c of cuts) {
  const kept = rows.filter((r) => held.get(r)! >= c);
  const tp = kept.filter((r) => r.verdict).length;
  const score = f05(tp, kept.length - tp, positives);
  if (score > best + 1e-12) [best, bar] = [score, c];
  console.log(`| ${c.toFixed(2)} | ${kept.length} / ${tp} | ${(tp / Math.max(1, kept.length)).toFixed(3)} | ${(tp / positives).toFixed(3)} | ${score.toFixed(3)} |`);
}
console.log(`\nbar (best pooled held-out F0.5 ${best.toFixed(3)}): ${bar.toFixed(2)}\n`);
// --bar=X: read the tables below at another bar (a what-if).
const chosen = bar;
const asked = argv.find((a) => a.startsWith('--bar='));
if (asked) bar = Number(asked.slice(6));
console.log('| pool | kind | rows / true (as main) | precision main | held out: kept / true kept | precision [95 %] |');
console.log('|---|---|---|---|---|---|');
for (const pool of [...pools, 'all']) {
  for (const kind of ['all', ...kinds] as const) {
    const rs = rows.filter((r) => (pool === 'all' || r.pool === pool) && (kind === 'all' || r.kind === kind));
    if (!rs.length) continue;
    const t = rs.filter((r) => r.verdict).length;
    const kept = rs.filter((r) => held.get(r)! >= bar);
    const tk = kept.filter((r) => r.verdict).length;
    const [lo, hi] = wilson(tk, kept.length);
    console.log(`| ${pool} | ${kind} | ${rs.length} / ${t} | ${(t / rs.length).toFixed(2)} | ${kept.length} / ${tk} | ${kept.length ? (tk / kept.length).toFixed(2) : '–'} [${lo.toFixed(2)}, ${hi.toFixed(2)}] |`);
  }
}

const model = fit(figures);
console.log(`figure model: bias ${model[0]!.toFixed(3)}, weights ${model.slice(1).map((v) => v.toFixed(3)).join(', ')}`);
if (argv.includes('--list'))
  for (const r of figures) console.log(`[${r.pool} ${r.verdict ? 'TRUE' : 'false'}] ${r.key} ${r.kind} p=${held.get(r)!.toFixed(2)}${held.get(r)! >= bar ? '' : ' HIDDEN'} f=${r.f.map((v) => +v.toFixed(2)).join(',')} ${r.shown.slice(0, 90)}`);
// Rounds 1–15 (never fitted on): a `bench/conflicts-eval.ts --blind --list` listing of main, each reported row read
// again from its two sentences and the card's first pair (the about text), scored by the model fitted on every pool.
const earlier = argv.flatMap((a, i) => (a === '--earlier' ? [argv[i + 1]!] : []))[0];
if (earlier) {
  const text = readFileSync(earlier, 'utf8');
  const listed = text.slice(text.indexOf('\nreported:\n'), text.indexOf('\nmissed true disagreements:'));
  const tally = new Map<string, { rows: number; t: number; kept: number; tk: number; unj: number; unjKept: number }>();
  const lost: string[] = [];
  const found = [...listed.matchAll(/\n {2}\[(\S+) (TRUE|false|\?)\] (\S+) (number|money|date|quote): (.*)\n {4}(.*)\n {4}(.*)/g)];
  // The aligner's view of every listed pair, one IDF over all of them (as the sheets').
  const seen = decidePairs(found.map((m) => [m[6]!, m[7]!] as const));
  for (const [n, m] of found.entries()) {
    const [, , v, group, kind, about, ta, tb] = m as unknown as string[];
    const first = about!.split('; ')[0]!;
    let p: number | null = null;
    if (kind === 'number' || kind === 'money') {
      const pair = pairOf(ta!, tb!, first.replace(' vs ', ' ≠ '));
      if (pair) {
        const f = figureTrust(pair.x, pair.y, ta!, tb!);
        const out = seen[n]!;
        if (FEATURES === 'pair' || FEATURES === 'both') f.push(out.probability);
        if (FEATURES === 'sts' || FEATURES === 'both') f.push(out.score);
        p = prob(model, f);
      }
    }
    const k = kind === 'quote' ? 'quote' : kind === 'date' ? 'date' : 'number';
    for (const key of [k, 'all']) {
      const e = tally.get(key) ?? { rows: 0, t: 0, kept: 0, tk: 0, unj: 0, unjKept: 0 };
      const keep = p === null || p >= bar;
      e.rows++;
      if (v === '?') (e.unj++, keep && e.unjKept++);
      if (v === 'TRUE') e.t++;
      if (keep) e.kept++;
      if (keep && v === 'TRUE') e.tk++;
      tally.set(key, e);
    }
    if (p !== null && p < bar && v === 'TRUE') lost.push(`  ${group} ${kind}: ${first.slice(0, 120)} (p=${p.toFixed(2)})`);
  }
  console.log('\nrounds 1–15 (main listing read again; model fitted on every pool):');
  console.log('| kind | reported / true / unjudged | kept / true kept / unjudged kept | precision before → after (judged) |');
  console.log('|---|---|---|---|');
  for (const [k, e] of tally) console.log(`| ${k} | ${e.rows} / ${e.t} / ${e.unj} | ${e.kept} / ${e.tk} / ${e.unjKept} | ${(e.t / (e.rows - e.unj)).toFixed(3)} → ${(e.tk / Math.max(1, e.kept - e.unjKept)).toFixed(3)} |`);
  if (argv.includes('--list')) console.log(`true rows hidden:\n${lost.join('\n')}`);
}
// --read SHEET:VERDICTS:POOL: a round never fitted on (out of sample), each figure row scored by the final model.
for (const spec of at('--read')) {
  const rs = readSheets([spec]);
  scoreAligner();
  console.log(`\nout of sample ${spec.split(':')[2] ?? spec}: ${rs.length} judged rows (dates left out)`);
  for (const kind of ['all', ...kinds] as const) {
    const k = rs.filter((r) => kind === 'all' || r.kind === kind);
    const kept = k.filter((r) => r.kind === 'quote' || prob(model, r.f) >= chosen);
    const t = k.filter((r) => r.verdict).length;
    const tk = kept.filter((r) => r.verdict).length;
    console.log(`  ${kind}: main ${k.length} / ${t} true → branch ${kept.length} / ${tk} true`);
  }
  if (argv.includes('--list')) for (const r of rs.filter((r) => r.kind === 'figure')) console.log(`  [${r.verdict ? 'TRUE' : 'false'}] ${r.key} p=${prob(model, r.f).toFixed(2)}${prob(model, r.f) >= chosen ? '' : ' HIDDEN'} ${r.shown}`);
}
