/**
 * story80: the GVC dev pairs the story decision declines, read by kind (issue 8 item 1; docs/notes/story80.md §2). Reads
 * the dump `bench/story-gvc.ts --split dev --dump FILE` writes (every findRelated candidate of every read article, with
 * the model's inputs, the days apart and whether it is of the page's incident) and rebuilds the dev corpus for the
 * articles' details (lib/engine/story-details.ts) and dates. Counts, no text:
 *   - the pairs the model accepts (p ≥ threshold) that the date window declines (both dated, > STORY_DAYS apart), true and
 *     false, by days apart, and by whether the two share specific details (the detail step's: an age, a clock time, a
 *     block, a name written with an age; and whether their ages clash);
 *   - the true pairs the model declines within the window, by p band and the same details;
 *   - what widening the window to W days would add, true / false, for W in 14, 30, 60, 90, 180, 365, ∞ (at p ≥ threshold;
 *     and at p ≥ threshold with the details agreeing), on the model's decision alone (no closure: an estimate).
 * `--show` prints, to the terminal only, each window-declined true pair's dates and titles (dev; for judging the kind by
 * eye — nothing of GVC's text is to be committed).
 *
 *   npx tsx bench/story80-window.ts DUMP [--show]
 */
import { readFileSync } from 'node:fs';
import { STORY_CLOSURE, STORY_DETAILS, STORY_MODEL } from '../lib/engine/fitted/story.ts';
import { STORY_DAYS, storyProbability, type StoryEvidence } from '../lib/engine/story.ts';
import { detailMatch, detailsOf } from '../lib/engine/story-details.ts';
import type { Article } from '../lib/types.ts';
import { gvcItems, gvcStoryCorpus } from './data/gvc.ts';

const argv = process.argv.slice(2);
const DUMP = argv.find((a) => !a.startsWith('--'));
if (!DUMP) throw new Error('usage: story80-window.ts DUMP [--show]');
const SHOW = argv.includes('--show');
interface Row extends StoryEvidence {
  q: string;
  c: string;
  label: boolean;
  apart: number | null;
}
const { rows } = JSON.parse(readFileSync(DUMP, 'utf8')) as { rows: Row[] };
const items = gvcItems();
if (!items) throw new Error('GVC mirror absent');
const corpus = gvcStoryCorpus(items, 'dev', 300, 4);
const byId = new Map<string, Article>([...corpus.read, ...corpus.distractors].map((d) => [d.article.id, d.article]));
const det = (q: string, c: string) => {
  const a = byId.get(q);
  const b = byId.get(c);
  if (!a || !b) return null;
  return detailMatch(detailsOf(a), detailsOf(b), (_, aged) => aged);
};
const agrees = (q: string, c: string) => {
  const m = det(q, c);
  return !!m && m.ages + m.clocks + m.blocks + m.names >= STORY_DETAILS.agree && !m.ageClash;
};
const p = (r: Row) => storyProbability(r);
const out = rows.filter((r) => r.apart !== null && r.apart > STORY_DAYS);
const band = (d: number) => (d <= 14 ? '8-14' : d <= 30 ? '15-30' : d <= 90 ? '31-90' : d <= 365 ? '91-365' : '>365');
const bands = ['8-14', '15-30', '31-90', '91-365', '>365'];
const T = STORY_MODEL.threshold;

console.log(`rows ${rows.length}; true ${rows.filter((r) => r.label).length}; dated pairs > ${STORY_DAYS} days apart ${out.length} (true ${out.filter((r) => r.label).length})`);
const winDeclined = out.filter((r) => p(r) >= T);
console.log(`\nmodel accepts (p ≥ ${T}), window declines: true ${winDeclined.filter((r) => r.label).length}, false ${winDeclined.filter((r) => !r.label).length}`);
for (const b of bands) {
  const xs = winDeclined.filter((r) => band(r.apart!) === b);
  const t = xs.filter((r) => r.label);
  const f = xs.filter((r) => !r.label);
  console.log(
    `  ${b.padStart(7)} days: true ${t.length} (details agree ${t.filter((r) => agrees(r.q, r.c)).length}), false ${f.length} (details agree ${f.filter((r) => agrees(r.q, r.c)).length})`,
  );
}
const nearOut = out.filter((r) => p(r) >= STORY_CLOSURE.pmin && p(r) < T);
console.log(
  `near misses beyond the window (${STORY_CLOSURE.pmin} ≤ p < ${T}): true ${nearOut.filter((r) => r.label).length} (details agree ${nearOut.filter((r) => r.label && agrees(r.q, r.c)).length}), false ${nearOut.filter((r) => !r.label).length} (details agree ${nearOut.filter((r) => !r.label && agrees(r.q, r.c)).length})`,
);

const inWin = rows.filter((r) => r.label && (r.apart === null || r.apart <= STORY_DAYS) && p(r) < T);
console.log(`\ntrue pairs in the window the model declines: ${inWin.length}`);
for (const [lo, hi] of [[0, 0.05], [0.05, 0.1], [0.1, 0.15], [0.15, 0.25], [0.25, T]] as const) {
  const xs = inWin.filter((r) => p(r) >= lo && p(r) < hi);
  console.log(`  p ${lo}-${hi}: ${xs.length} (details agree ${xs.filter((r) => agrees(r.q, r.c)).length}; no unit aligned ${xs.filter((r) => r.lead === 0).length})`);
}
{
  const lowIn = rows.filter((r) => !r.label && r.apart !== null && r.apart <= STORY_DAYS && p(r) < STORY_CLOSURE.pmin);
  console.log(`  (false candidates in the window below ${STORY_CLOSURE.pmin}: ${lowIn.length}, details agree ${lowIn.filter((r) => agrees(r.q, r.c)).length})`);
}

console.log(`\nwidening the window to W days, the model's decision alone (added true / false):`);
for (const W of [14, 30, 60, 90, 180, 365, Infinity]) {
  const xs = winDeclined.filter((r) => r.apart! <= W);
  const d = xs.filter((r) => agrees(r.q, r.c));
  console.log(
    `  W ${String(W).padStart(8)}: p ≥ ${T}: +${xs.filter((r) => r.label).length} / +${xs.filter((r) => !r.label).length}; and details agree: +${d.filter((r) => r.label).length} / +${d.filter((r) => !r.label).length}`,
  );
}
if (SHOW) {
  const dateOf = (id: string) => byId.get(id)?.date ?? '?';
  for (const r of winDeclined.filter((x) => x.label).sort((x, y) => x.apart! - y.apart!)) {
    const m = det(r.q, r.c);
    console.log(
      `\n${r.q} ${dateOf(r.q)} | ${r.c} ${dateOf(r.c)} | ${r.apart!.toFixed(0)} d, p ${p(r).toFixed(3)} lead ${r.lead.toFixed(2)} names ${r.names.toFixed(2)} | details ${JSON.stringify(m)}\n  ${byId.get(r.q)?.title}\n  ${byId.get(r.c)?.title}`,
    );
  }
}
