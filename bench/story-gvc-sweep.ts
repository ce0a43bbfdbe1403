/**
 * The model alone (no closure, coherence or consistency) on the GVC dev readings that `bench/story-gvc.ts --dump FILE`
 * wrote (dev split only; every candidate of every reading with its evidence, days apart and label): precision and
 * recall of the fitted STORY_MODEL at other thresholds and date windows, to see where GVC's errors sit. Nothing is
 * fitted here and nothing is shipped from it: a threshold or window chosen on GVC alone would have to be checked on
 * the other sources' held splits (ECB+, NewsWCL50, AllSides; bench/fit-story.ts) first.
 *   npx tsx bench/story-gvc-sweep.ts FILE
 */
import type { EvidenceRow } from './story-rows.ts';
import { readFileSync } from 'node:fs';
import { STORY_MODEL } from '../lib/engine/fitted/story.ts';
import { storyProbability } from '../lib/engine/story.ts';

type Row = EvidenceRow;
const file = process.argv[2];
if (!file) {
  console.log('usage: npx tsx bench/story-gvc-sweep.ts FILE (from bench/story-gvc.ts --dump FILE)');
  process.exit(0);
}
const { rows, goldPairs } = JSON.parse(readFileSync(file, 'utf8')) as { rows: Row[]; goldPairs: Record<string, number> };
const gold = Object.values(goldPairs).reduce((s, n) => s + n, 0);
const p = rows.map((r) => storyProbability(r));
const retrieved = rows.filter((r) => r.label).length;
const inWin = (r: Row, days: number) => r.apart === null || r.apart <= days;
console.log(`${rows.length} candidate rows, ${gold} gold pairs (${retrieved} retrieved among the 40 fetched); the model alone, P / R (false relations)`);
const days = [3, 7, 14, 30, Infinity];
console.log(`| threshold | ${days.map((d) => `window ${d}d`).join(' | ')} |\n|---|${days.map(() => '---|').join('')}`);
for (const thr of [0.2, 0.25, 0.3, 0.34, STORY_MODEL.threshold, 0.42, 0.45, 0.5, 0.6]) {
  const cells = days.map((d) => {
    let tp = 0;
    let fp = 0;
    rows.forEach((r, k) => {
      if (p[k]! >= thr && inWin(r, d)) r.label ? tp++ : fp++;
    });
    return `${(tp / Math.max(1, tp + fp)).toFixed(3)} / ${(tp / gold).toFixed(3)} (${fp})`;
  });
  console.log(`| ${thr}${thr === STORY_MODEL.threshold ? ' (shipped)' : ''} | ${cells.join(' | ')} |`);
}
// Where the true pairs the model misses at the shipped threshold sit.
const missed = rows.filter((r, k) => r.label && p[k]! < STORY_MODEL.threshold);
const q = (xs: number[], f: number) => [...xs].sort((a, b) => a - b)[Math.floor(f * (xs.length - 1))]!.toFixed(2);
const pos = rows.filter((r) => r.label);
const neg = rows.filter((r, k) => !r.label && p[k]! >= STORY_MODEL.threshold);
for (const [name, xs] of [
  ['true pairs the model misses', missed],
  ['true pairs', pos],
  ['false pairs the model relates', neg],
] as const) {
  const f = (g: (r: Row) => number) => `${q(xs.map(g), 0.25)}–${q(xs.map(g), 0.5)}–${q(xs.map(g), 0.75)}`;
  if (xs.length)
    console.log(
      `${name} (${xs.length}), quartiles: docScore ${f((r) => r.docScore)}, z ${f((r) => r.z)}, lead ${f((r) => r.lead)}, names ${f((r) => r.names)}, title ${f((r) => r.title)}, figures ${f((r) => r.figures)}, ratio ${f((r) => r.ratio)}, back ${f((r) => r.back)}`,
    );
}
