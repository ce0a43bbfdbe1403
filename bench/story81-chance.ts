/**
 * story81: the detail agreement read against chance (docs/notes/story81.md). Reads the dump `bench/story-gvc.ts --split
 * dev --dump FILE` writes (every findRelated candidate of every read article: the model's inputs, the days apart, the
 * label) and rebuilds GVC dev's corpus for the articles' details (lib/engine/story-details.ts). Ids and counts only.
 *
 *   1. the collision rates c_k of each kind of detail over GVC dev's articles (read and distractors): Σ_v f_v², f_v the
 *      share of the listed details of kind k that are v; for names, the chance that a name written with an age equals a
 *      name of another report, Σ_v f^aged_v · f^names_v;
 *   2. the relations of the decision on the dump's rows (the model, the window, followUp beyond it and the detail step
 *      inside it; closure, coherence and consistency not simulated) by route, label and how many details the two list;
 *   3. the grid of α (P(X ≥ shared; λ) ≤ α, λ = Σ_k n₁·n₂·c_k; α = 1 is main) for followUp alone, the detail step alone
 *      and both: pair P / R / F1 over the dump's gold pairs; the best α by F1 of "both" (ties: the larger α, nearer main).
 *
 *   npx tsx bench/story81-chance.ts DUMP [--write]      (--write: the c_k and α into lib/engine/fitted/story.ts)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { STORY_CLOSURE, STORY_DETAILS, STORY_MODEL } from '../lib/engine/fitted/story.ts';
import { chanceOfDetails, STORY_DAYS, storyProbability, type StoryEvidence } from '../lib/engine/story.ts';
import { detailMatch, detailsOf, type Details } from '../lib/engine/story-details.ts';
import type { Article } from '../lib/types.ts';
import { gvcItems, gvcStoryCorpus } from './data/gvc.ts';

const argv = process.argv.slice(2);
const DUMP = argv.find((a) => !a.startsWith('--'));
if (!DUMP) throw new Error('usage: story81-chance.ts DUMP [--write]');
interface Row extends StoryEvidence {
  q: string;
  c: string;
  label: boolean;
  apart: number | null;
}
const { rows, goldPairs } = JSON.parse(readFileSync(DUMP, 'utf8')) as { rows: Row[]; goldPairs: Record<string, number> };
const gold = Object.values(goldPairs).reduce((s, x) => s + x, 0);
const items = gvcItems();
if (!items) throw new Error('GVC mirror absent');
const corpus = gvcStoryCorpus(items, 'dev', 300, 4);
const sample = [...corpus.read, ...corpus.distractors].map((d) => d.article);
const byId = new Map<string, Article>(sample.map((a) => [a.id, a]));

// 1. Collision rates.
const counts = { ages: new Map<string, number>(), clocks: new Map<string, number>(), blocks: new Map<string, number>(), aged: new Map<string, number>(), names: new Map<string, number>() };
for (const a of sample) {
  const d = detailsOf(a);
  for (const k of ['ages', 'clocks', 'blocks', 'aged', 'names'] as const) for (const v of d[k] as Set<unknown>) counts[k].set(String(v), (counts[k].get(String(v)) ?? 0) + 1);
}
const total = (m: Map<string, number>) => [...m.values()].reduce((s, x) => s + x, 0);
const selfRate = (m: Map<string, number>) => {
  const n = total(m);
  return [...m.values()].reduce((s, x) => s + (x / n) ** 2, 0);
};
const crossRate = (a: Map<string, number>, b: Map<string, number>) => {
  const na = total(a);
  const nb = total(b);
  let s = 0;
  for (const [v, x] of a) s += (x / na) * ((b.get(v) ?? 0) / nb);
  return s;
};
const rates = { ages: selfRate(counts.ages), clocks: selfRate(counts.clocks), blocks: selfRate(counts.blocks), names: crossRate(counts.aged, counts.names) };
console.log(`sample ${sample.length} GVC dev articles; listed: ages ${total(counts.ages)} (${counts.ages.size} values), clocks ${total(counts.clocks)} (${counts.clocks.size}), blocks ${total(counts.blocks)} (${counts.blocks.size}), aged names ${total(counts.aged)} (${counts.aged.size}), names ${total(counts.names)} (${counts.names.size})`);
console.log(`collision rates: ${Object.entries(rates).map(([k, v]) => `${k} ${v.toPrecision(3)}`).join(', ')}`);

// 2. The decision on the rows, by route.
const det = (q: string, c: string) => {
  const a = byId.get(q);
  const b = byId.get(c);
  if (!a || !b) return null;
  const x = detailsOf(a);
  const y = detailsOf(b);
  return { x, y, m: detailMatch(x, y, (_, aged) => aged), chance: chanceOfDetails(x, y, rates) };
};
const listed = (d: Details) => d.ages.size + d.clocks.size + d.blocks.size + d.aged.size;
const T = STORY_MODEL.threshold;
type Route = 'model' | 'followUp' | 'detail' | null;
const info = rows.map((r) => {
  const p = storyProbability(r);
  const within = r.apart === null || r.apart <= STORY_DAYS;
  const d = det(r.q, r.c);
  const shared = d ? d.m.ages + d.m.clocks + d.m.blocks + d.m.names : 0;
  const clash = d ? d.m.ageClash : false;
  return { r, p, within, d, shared, clash };
});
const decide = (alphaFollow: number, alphaDetail: number) =>
  info.map((i): Route => {
    const agrees = (alpha: number) => !!i.d && i.shared >= STORY_DETAILS.agree && !i.clash && (alpha >= 1 || i.d.chance.tail <= alpha);
    if (i.p >= T && i.within) return 'model';
    if (i.p >= T && !i.within && agrees(alphaFollow)) return 'followUp';
    if (i.p < T && i.p >= STORY_CLOSURE.pmin && i.within && i.r.apart !== null && agrees(alphaDetail)) return 'detail';
    return null;
  });
const score = (routes: Route[]) => {
  let tp = 0;
  let fp = 0;
  routes.forEach((x, k) => {
    if (!x) return;
    if (info[k]!.r.label) tp++;
    else fp++;
  });
  const P = tp + fp > 0 ? tp / (tp + fp) : 1;
  const R = tp / gold;
  return { tp, fp, P, R, F1: P + R > 0 ? (2 * P * R) / (P + R) : 0 };
};
const main = decide(1, 1);
const band = (n: number) => (n <= 2 ? '≤2' : n <= 5 ? '3-5' : n <= 10 ? '6-10' : '>10');
console.log(`\nrows ${rows.length}, gold pairs ${gold}; main's decision on the rows (no closure): ${JSON.stringify(score(main))}`);
for (const route of ['followUp', 'detail'] as const) {
  console.log(`\n${route}: relations by the larger side's listed details (ages + clocks + blocks + aged names), true / false; median chance tail`);
  for (const b of ['≤2', '3-5', '6-10', '>10']) {
    const xs = info.filter((i, k) => main[k] === route && i.d && band(Math.max(listed(i.d.x), listed(i.d.y))) === b);
    const t = xs.filter((i) => i.r.label);
    const f = xs.filter((i) => !i.r.label);
    const med = (ys: typeof xs) => (ys.length ? ys.map((i) => i.d!.chance.tail).sort((u, v) => u - v)[ys.length >> 1]!.toFixed(3) : '-');
    console.log(`  ${b.padStart(5)}: true ${t.length} (tail ${med(t)}), false ${f.length} (tail ${med(f)}); shared 1: true ${t.filter((i) => i.shared === 1).length}, false ${f.filter((i) => i.shared === 1).length}`);
  }
  const f = info.filter((i, k) => main[k] === route && !i.r.label);
  console.log(`  false by page: ${[...f.reduce((m, i) => m.set(i.r.q, (m.get(i.r.q) ?? 0) + 1), new Map<string, number>())].map(([q, n]) => `${q} ${n}`).join(', ')}`);
  console.log(`  false, each: ${f.map((i) => `${i.r.q}→${i.r.c} n ${listed(i.d!.x)}/${listed(i.d!.y)} s ${i.shared} λ ${i.d!.chance.lambda.toFixed(2)} tail ${i.d!.chance.tail.toFixed(3)}`).join('; ')}`);
  const t = info.filter((i, k) => main[k] === route && i.r.label);
  console.log(`  true, tails sorted: ${t.map((i) => i.d!.chance.tail).sort((u, v) => u - v).map((x) => x.toFixed(3)).join(' ')}`);
}

// 3. The grid.
const ALPHAS = [1, 0.5, 0.3, 0.2, 0.15, 0.1, 0.07, 0.05, 0.03, 0.02, 0.01, 0.005, 0.001];
console.log(`\nα grid (pair P / R / F1 on the dump's rows, no closure; tp / fp):`);
let best = { alpha: 1, F1: -1 };
for (const a of ALPHAS) {
  const f = score(decide(a, 1));
  const d = score(decide(1, a));
  const b = score(decide(a, a));
  const fmt = (s: ReturnType<typeof score>) => `${s.P.toFixed(3)} / ${s.R.toFixed(3)} / ${s.F1.toFixed(4)} (${s.tp}/${s.fp})`;
  console.log(`  α ${String(a).padEnd(6)} followUp ${fmt(f)}   detail ${fmt(d)}   both ${fmt(b)}`);
  if (b.F1 > best.F1 + 1e-12) best = { alpha: a, F1: b.F1 };
}
console.log(`best α (both, F1; ties to the larger): ${best.alpha} (F1 ${best.F1.toFixed(4)}; main ${score(main).F1.toFixed(4)})`);

if (argv.includes('--write')) {
  const file = 'lib/engine/fitted/story.ts';
  const src = readFileSync(file, 'utf8');
  const r = (x: number) => Number(x.toPrecision(3));
  const line = `export const STORY_CHANCE = { alpha: ${best.alpha}, rates: { ages: ${r(rates.ages)}, clocks: ${r(rates.clocks)}, blocks: ${r(rates.blocks)}, names: ${r(rates.names)} } };`;
  const out = src.replace(/export const STORY_CHANCE = .*;/, line);
  if (out === src) throw new Error('STORY_CHANCE line not found in ' + file);
  writeFileSync(file, out);
  console.log(`wrote ${line}`);
}
