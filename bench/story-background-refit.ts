/**
 * story34 (docs/notes/story34.md): an experiment, printed only — the same-story model refitted with the reader's
 * Multi-News dev labels as one more source, against the same refit without them. Does giving the fit the reader's
 * `same` / not-`same` on Multi-News (profiles, reviews, explainers as negatives) buy precision there without costing
 * the other sources' dev recall?
 *
 *   npx tsx bench/story-background-refit.ts CACHE DUMP…
 *
 * CACHE: bench/fit-story.ts's evidence (main's: /tmp/parallax-story-rows-v2.json; read only; GVC's evidence is cached
 * apart and absent here, so both refits are on the four older sources, not main's model). DUMP…: the `--dump` files of
 * `bench/story-multinews.ts --half dev` (each candidate's evidence). Multi-News rows: every direction of a labelled
 * dev pair that is among the reading's candidates, `same` positive, anything else negative. Each source weighs alike;
 * the threshold is the best mean F1 over the sources fitted on (fit-story's rule). Multi-News's numbers are in-sample.
 */
import { readFileSync } from 'node:fs';
import { storyInputs, type StoryEvidence } from '../lib/engine/story.ts';
import { fitLogistic } from './logistic.ts';

const [cache, ...dumps] = process.argv.slice(2);
if (!cache || !dumps.length) throw new Error('usage: story-background-refit.ts CACHE DUMP…');
type Row = StoryEvidence & { split: string; label: boolean; q?: string; c?: string };
const data = JSON.parse(readFileSync(cache, 'utf8')) as { rows: Row[]; goldPairs: Record<string, number> };
const SOURCE: Record<string, string> = { dev: 'ecb', 'wcl-dev': 'wcl', 'as-dev': 'as', project: 'project', mn: 'mn' };
const base = data.rows.filter((r) => SOURCE[r.split]);
const gold: Record<string, number> = { ...data.goldPairs };
for (const s of Object.keys(SOURCE)) if (gold[s] === undefined) gold[s] = base.filter((r) => r.split === s && r.label).length;

const ev = new Map<string, StoryEvidence>();
for (const f of dumps)
  for (const line of readFileSync(f, 'utf8').split('\n'))
    if (line) {
      const r = JSON.parse(line) as StoryEvidence & { a: string; b: string };
      ev.set(`${r.a}>${r.b}`, r);
    }
const mn: Row[] = [];
let mnGold = 0;
for (const l of readFileSync('bench/data/story-multinews-reader-dev.tsv', 'utf8').split('\n')) {
  if (!l || l.startsWith('#')) continue;
  const [, , a, b, , , label] = l.split('\t');
  for (const [x, y] of [
    [a!, b!],
    [b!, a!],
  ]) {
    if (label === 'same') mnGold++;
    const e = ev.get(`${x}>${y}`);
    if (e) mn.push({ ...e, split: 'mn', label: label === 'same', q: x, c: y });
  }
}
gold.mn = mnGold;

function fit(rows: Row[]) {
  const per = new Map<string, number>();
  for (const r of rows) per.set(SOURCE[r.split]!, (per.get(SOURCE[r.split]!) ?? 0) + 1);
  const w = rows.map((r) => rows.length / per.size / per.get(SOURCE[r.split]!)!);
  const m = fitLogistic(rows.map(storyInputs), rows.map((r) => r.label), 1e-3, w);
  const prob = (r: Row) => 1 / (1 + Math.exp(-(m.bias + storyInputs(r).reduce((s, v, k) => s + v * m.weights[k]!, 0))));
  const sources = [...per.keys()];
  let best = { t: 0.5, f: -1 };
  for (let t = 0.05; t < 0.95; t += 0.01) {
    const f = sources.reduce((s, src) => s + stats(rows.filter((r) => SOURCE[r.split] === src), prob, t, src).f1, 0) / sources.length;
    if (f > best.f) best = { t, f };
  }
  return { m, prob, t: best.t };
}
function stats(rows: Row[], prob: (r: Row) => number, t: number, src: string) {
  const split = Object.keys(SOURCE).find((k) => SOURCE[k] === src)!;
  let tp = 0;
  let fp = 0;
  for (const r of rows) if (prob(r) >= t) r.label ? tp++ : fp++;
  const p = tp + fp ? tp / (tp + fp) : 1;
  const rc = tp / gold[split]!;
  return { p, r: rc, f1: p + rc ? (2 * p * rc) / (p + rc) : 0 };
}
const f3 = (x: number) => x.toFixed(3);
for (const [name, rows] of [
  ['without Multi-News', base],
  ['with Multi-News dev (reader labels)', [...base, ...mn]],
] as Array<[string, Row[]]>) {
  const { m, prob, t } = fit(rows);
  console.log(`${name}: weights ${m.weights.map((x) => x.toFixed(2)).join(' ')} bias ${m.bias.toFixed(2)} threshold ${t.toFixed(2)}`);
  for (const src of ['ecb', 'wcl', 'as', 'project', 'mn']) {
    const rs = [...base, ...mn].filter((r) => SOURCE[r.split] === src);
    const s = stats(rs, prob, t, src);
    console.log(`  ${src.padEnd(8)} P ${f3(s.p)} R ${f3(s.r)} F1 ${f3(s.f1)}${src === 'mn' ? ` (reader's 'same'; ${rs.length} candidate directions of labelled pairs)` : ''}`);
  }
}
