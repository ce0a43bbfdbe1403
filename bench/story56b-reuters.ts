/**
 * story56b: a dense same-day adversary for story56's same-day step (lib/engine/story.ts sameDayDecide). Reuters-21578
 * (bench/data/reuters.ts; 1987 newswire, ~200 stories a day, read at run time from the mirror loki86+ksr_zadanie1V2):
 * every story of a span of days is a corpus article dated its <DATE> day, with the seeds and the zyte pages as the usual
 * distractors; a sample of pages (every k-th story of the span's middle days) is read through findRelated with the step
 * on and off, and each relation the step adds is printed (page and candidate headlines, dates, the model's inputs) for
 * judging by eye: same story or not. Nothing of Reuters is committed (headlines go to the terminal only).
 *
 *   TMPDIR=… nice npx tsx bench/story56b-reuters.ts [--from 1987-03-02] [--days 14] [--pages 300] [--quiet]
 *
 * The step is not on main: apply `bench/story56b-same-day-guarded.patch` (or story56's `bench/story56-same-day.patch`)
 * first (`git apply`); without it the bench says so and stops. Skips with a reason when the mirror is absent.
 */
import './story-model.ts';
import { STORY_CLOSURE, STORY_MODEL } from '../lib/engine/fitted/story.ts';
import { findRelated, type StoryCandidate } from '../lib/engine/index.ts';
import * as story from '../lib/engine/story.ts';
import type { Article } from '../lib/types.ts';
import { reutersDenseDays } from './reuters-days.ts';

const argv = process.argv.slice(2);
const arg = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const FROM = arg('--from') ?? '1987-03-02';
const DAYS = Number(arg('--days') ?? 14);
const PAGES = Number(arg('--pages') ?? 300);
const QUIET = argv.includes('--quiet');

const storySameDay = (story as unknown as { storySameDay?: (on: boolean) => void }).storySameDay;
if (!storySameDay) {
  console.log('story56b-reuters: skipped: no same-day step in lib/engine/story.ts (git apply bench/story56b-same-day-guarded.patch)');
  process.exit(0);
}
const dense = await reutersDenseDays('story56b-reuters', FROM, DAYS);
if (!dense) process.exit(0);
const { span, dayIndex, seeds, zyte, index } = dense;
const perDay = new Map<string, number>();
for (const a of span) perDay.set(a.date!, (perDay.get(a.date!) ?? 0) + 1);
// Pages: every k-th story of the span's middle days (a week either side of each page is in the corpus when DAYS ≥ 14).
const middle = span.filter((a) => {
  const k = dayIndex(a.date!);
  return k >= Math.floor(DAYS / 4) && k < DAYS - Math.floor(DAYS / 4);
});
const step = Math.max(1, Math.floor(middle.length / PAGES));
const pages = middle.filter((_, j) => j % step === 0).slice(0, PAGES);
console.log(
  `reuters ${FROM} + ${DAYS} days: ${span.length} stories (per day median ${[...perDay.values()].sort((x, y) => x - y)[perDay.size >> 1]}, max ${Math.max(...perDay.values())}), ${seeds.length} seeds, ${zyte.length} zyte; ${pages.length} pages`,
);

const title = (a: Article) => (a.title ?? a.units[0]?.text ?? '').slice(0, 90);
const inputs = (c: StoryCandidate) =>
  `p ${c.score.toFixed(3)} cos ${c.docScore.toFixed(2)} z ${c.z.toFixed(1)} lead ${c.lead.toFixed(2)} names ${c.names.toFixed(2)} fig ${c.figures.toFixed(2)} title ${c.title.toFixed(2)} ratio ${c.ratio.toFixed(2)} back ${c.back.toFixed(2)}`;
let added = 0;
let pagesWith = 0;
let nearSameDay = 0;
let modelRelated = 0;
const addedByBand = new Map<string, number>();
for (const page of pages) {
  storySameDay(false);
  const off = new Set((await findRelated(page, index)).candidates.filter((c) => c.related).map((c) => c.article.id));
  storySameDay(true);
  const { candidates } = await findRelated(page, index);
  modelRelated += off.size;
  nearSameDay += candidates.filter((c) => c.apart !== null && c.apart < 1 && c.score >= STORY_CLOSURE.pmin && c.score < STORY_MODEL.threshold).length;
  const adds = candidates.filter((c) => c.related && !off.has(c.article.id));
  if (adds.length) pagesWith++;
  for (const c of adds) {
    added++;
    const band = c.score < 0.2 ? '[0.15, 0.20)' : c.score < 0.25 ? '[0.20, 0.25)' : c.score < 0.3 ? '[0.25, 0.30)' : '[0.30, 0.38)';
    addedByBand.set(band, (addedByBand.get(band) ?? 0) + 1);
    if (!QUIET) console.log(`ADD ${page.id} ${page.date} «${title(page)}» -> ${c.article.id} ${c.article.date} «${title(c.article)}» | ${inputs(c)}`);
  }
}
console.log(
  `pages ${pages.length}: relations without the step ${modelRelated}; same-day near misses (p ${STORY_CLOSURE.pmin}–${STORY_MODEL.threshold}) ${nearSameDay}; relations the step adds ${added} on ${pagesWith} pages (${[...addedByBand].sort().map(([b, n]) => `${b} ${n}`).join(', ')})`,
);
