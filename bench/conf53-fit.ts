/**
 * conf53: a precision-first decision for figure conflict cards, fitted across the blind rounds (docs/notes/conf53.md).
 * Every judged row of the blind sheets given (`--sheet SHEET:VERDICTS:POOL`, repeatable; one row per card and unit
 * pair) is read again from its two sentences: a figure row's pair found with `pairOf` and its signals read by
 * lib/engine/conflicts.ts `figureTrust`; date rows are left out (always "to check", conf45); quote rows are counted as
 * shown (no signal of the wording parted them well enough: see the note). A logistic model (Newton's method, L2 below)
 * is fitted leaving each pool (round) out in turn: the held round's rows are scored by a model that never saw them. The
 * bar is the probability with the best F0.5 over all rows of all rounds pooled (precision first; recall = true rows kept
 * / true rows). The model written is fitted on every pool, with that bar.
 *   npx tsx bench/conf53-fit.ts --sheet /tmp/x/s-r32.txt:bench/data/conf52-round32.tsv:r32 … [--earlier LISTING] [--list] [--write]
 * --write: lib/engine/fitted/conflicts.ts.  --list: every figure row with its held-out probability.
 * --earlier: rounds 1–15 (a `bench/conflicts-eval.ts --blind --list` listing of main) read again by the final model.
 * --bar=X: the tables read at bar X instead of the fitted one (what-if).
 * --read SHEET:VERDICTS:POOL: a round never fitted on, read by the final model (its figure rows; quotes are shown).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { figureTrust } from '../lib/engine/conflicts.ts';
import { readVerdicts } from './conf37-owners.ts';
import { pairOf } from './conf42-gate.ts';
import { wilson } from './conflicts-data.ts';

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
        f = p ? figureTrust(p.x, p.y, ta, tb) : null;
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
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((r, i) => [...r, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[p]![c]!)) p = r;
    [M[c], M[p]] = [M[p]!, M[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c || M[c]![c] === 0) continue;
      const k = M[r]![c]! / M[c]![c]!;
      for (let j = c; j <= n; j++) M[r]![j]! -= k * M[c]![j]!;
    }
  }
  return M.map((r, i) => (r[i] === 0 ? 0 : r[n]! / r[i]!));
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
// --bar=X: read the tables below at another bar (a what-if; --write always writes the fitted one).
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
  for (const m of listed.matchAll(/\n {2}\[(\S+) (TRUE|false|\?)\] (\S+) (number|money|date|quote): (.*)\n {4}(.*)\n {4}(.*)/g)) {
    const [, , v, group, kind, about, ta, tb] = m as unknown as string[];
    const first = about!.split('; ')[0]!;
    let p: number | null = null;
    if (kind === 'number' || kind === 'money') {
      const pair = pairOf(ta!, tb!, first.replace(' vs ', ' ≠ '));
      if (pair) p = prob(model, figureTrust(pair.x, pair.y, ta!, tb!));
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
if (argv.includes('--write')) {
  const r3 = (v: number) => Math.round(v * 1000) / 1000;
  writeFileSync(
    new URL('../lib/engine/fitted/conflicts.ts', import.meta.url),
    `/**
 * Fitted trust of figure conflict cards (lib/engine/conflicts.ts \`trusted\`): a logistic model over \`figureTrust\`'s
 * signals and the probability from which a pair is shown. Produced by \`npx tsx bench/conf53-fit.ts\` (L2 ${L2}, Newton's
 * method) on ${figures.length} judged figure rows (${figures.filter((r) => r.verdict).length} true) of the blind conflicts rounds ${pools.join(', ')}; the bar has
 * the best F0.5 over the rounds' rows, each round scored by a model fitted without it (docs/notes/conf53.md).
 */
export const TRUST_MODEL = {
  /** Inputs: one stated owner on both sides, log2 gap of the values (≤ 4) × (1 − overlap), the sentences' word overlap. */
  weights: [${model.slice(1).map(r3).join(', ')}] as number[],
  bias: ${r3(model[0]!)},
  bar: ${chosen},
};
`,
  );
  console.log('written: lib/engine/fitted/conflicts.ts');
}
