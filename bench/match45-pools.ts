/**
 * How a change of the candidate pool moves the story model's inputs (match45, docs/notes/match45.md): two row caches
 * of `bench/fit-story.ts` (one per arm, same split), joined on (reading, candidate). For the pairs both pools hold:
 * how far each pool-relative input (z, ratio, back) and the probability moved, and which pairs crossed the threshold
 * (true / other); for the pairs one pool holds only: how many, how many true, how many the model accepts.
 *
 *   npx tsx bench/match45-pools.ts BASE.json ARM.json [--split=gvc-dev] [--model=FILE]
 *
 * BASE / ARM: `$TMPDIR/parallax-story-rows-gvc-v1-dev.json` (or `…-v2-dev.json`) of each arm's fit-story run. Dev splits
 * only (the caller picks the split); rows hold ids and numbers only. --model: a { weights, bias, threshold } file (as
 * fit-story's --model-out writes) instead of lib's STORY_MODEL.
 */
import { readFileSync } from 'node:fs';
import { STORY_MODEL } from '../lib/engine/fitted/story.ts';
import { storyInputs } from '../lib/engine/story.ts';
import type { EvidenceRow } from './story-rows.ts';

const [baseFile, armFile] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!baseFile || !armFile) throw new Error('usage: match45-pools.ts BASE.json ARM.json [--split=S] [--model=FILE]');
const opt = (n: string) => process.argv.find((a) => a.startsWith(`--${n}=`))?.slice(n.length + 3);
const split = opt('split') ?? 'gvc-dev';
const modelFile = opt('model');
const model = modelFile ? (JSON.parse(readFileSync(modelFile, 'utf8')) as typeof STORY_MODEL) : STORY_MODEL;
type Row = EvidenceRow & { split: string };
const rowsOf = (f: string) => {
  const m = new Map<string, Row>();
  for (const r of (JSON.parse(readFileSync(f, 'utf8')) as { rows: Row[] }).rows) if (r.split === split) m.set(`${r.q}|${r.c}`, r);
  return m;
};
const base = rowsOf(baseFile);
const arm = rowsOf(armFile);
const p = (r: Row) => 1 / (1 + Math.exp(-(model.bias + storyInputs(r).reduce((s, v, k) => s + v * model.weights[k]!, 0))));
const inWeek = (r: Row) => r.apart == null || r.apart <= 7;
const acc = (r: Row) => p(r) >= model.threshold && inWeek(r);
const q = (xs: number[], f: number) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(f * xs.length))]! : NaN);
const qs = (xs: number[]) => `median ${q(xs, 0.5).toFixed(3)} [p10 ${q(xs, 0.1).toFixed(3)}, p90 ${q(xs, 0.9).toFixed(3)}]`;

console.log(`split ${split}: base ${base.size} rows, arm ${arm.size} rows; model ${JSON.stringify({ w: model.weights, b: model.bias, t: model.threshold })}`);
const both = [...base.keys()].filter((k) => arm.has(k));
for (const label of [true, false]) {
  const ks = both.filter((k) => base.get(k)!.label === label);
  console.log(`\nin both pools, ${label ? 'same story' : 'other'}: ${ks.length} pairs`);
  for (const f of ['z', 'ratio', 'back', 'docScore'] as const) console.log(`  Δ${f}: ${qs(ks.map((k) => arm.get(k)![f] - base.get(k)![f]))}`);
  const near = ks.filter((k) => p(base.get(k)!) >= 0.1 || p(arm.get(k)!) >= 0.1);
  console.log(`  Δp (either p ≥ 0.1, ${near.length}): ${qs(near.map((k) => p(arm.get(k)!) - p(base.get(k)!)))}`);
  const up = ks.filter((k) => !acc(base.get(k)!) && acc(arm.get(k)!));
  const down = ks.filter((k) => acc(base.get(k)!) && !acc(arm.get(k)!));
  console.log(`  accepted: base ${ks.filter((k) => acc(base.get(k)!)).length}, arm ${ks.filter((k) => acc(arm.get(k)!)).length} (+${up.length} −${down.length})`);
  for (const k of [...up, ...down]) {
    const [b, a] = [base.get(k)!, arm.get(k)!];
    console.log(`    ${up.includes(k) ? '+' : '−'} ${k}: p ${p(b).toFixed(3)} → ${p(a).toFixed(3)}; z ${b.z.toFixed(2)} → ${a.z.toFixed(2)}, ratio ${b.ratio.toFixed(3)} → ${a.ratio.toFixed(3)}, back ${b.back.toFixed(3)} → ${a.back.toFixed(3)}, lead ${b.lead.toFixed(2)} → ${a.lead.toFixed(2)}`);
  }
}
for (const [name, here, there] of [['base only', base, arm], ['arm only', arm, base]] as const) {
  const ks = [...here.keys()].filter((k) => !there.has(k));
  const t = ks.filter((k) => here.get(k)!.label);
  console.log(`\n${name}: ${ks.length} pairs (${t.length} same story); accepted ${ks.filter((k) => acc(here.get(k)!)).length} (${t.filter((k) => acc(here.get(k)!)).length} same story, ${ks.filter((k) => !here.get(k)!.label && acc(here.get(k)!)).length} other)`);
  for (const k of ks.filter((k) => acc(here.get(k)!))) {
    const r = here.get(k)!;
    console.log(`    ${r.label ? 'same ' : 'other'} ${k}: p ${p(r).toFixed(3)} z ${r.z.toFixed(2)} ratio ${r.ratio.toFixed(3)} back ${r.back.toFixed(3)} lead ${r.lead.toFixed(2)} apart ${r.apart ?? '?'}`);
  }
}
const tally = (m: Map<string, Row>) => {
  let tp = 0;
  let fp = 0;
  for (const r of m.values()) if (acc(r)) r.label ? tp++ : fp++;
  return `${tp} same story, ${fp} other`;
};
console.log(`\nmodel alone: base ${tally(base)}; arm ${tally(arm)}`);
