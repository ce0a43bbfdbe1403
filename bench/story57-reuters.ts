/**
 * story57: the same-day step on dense news days, labelled. Reuters-21578 (bench/data/reuters.ts, read at run time from
 * the mirror loki86+ksr_zadanie1V2, headlines carried as titles: `loadReuters(…, { titles: true })`): every story of the
 * corpus days is an article dated its <DATE> day, with the seeds and the zyte pages; pages are spread evenly over the
 * page days (dev: 2–8 March 1987, held: 9–15 March; the step only adds same-day relations, so a split by page day keeps
 * dev and held relations apart). Each page is read through findRelated with the same-day step off and on; every relation
 * the step adds is a row.
 *
 *   TMPDIR=… nice npx tsx bench/story57-reuters.ts --split dev|held [--pages 210] [--sheet] [--model-sheet N] [--dump FILE] [--no-titles] [--cross | --same] [--model-dump FILE] [--cross-day MODE]
 *
 *   --sheet   the blind sheet for labelling: each added pair (unordered, once) in the order of an FNV-1a hash of its ids,
 *             the two headlines and openings only (no model input, no page/candidate side, no rule) — terminal only,
 *             nothing of Reuters is committed; labels go to bench/data/story57-reuters-<split>.tsv (ids and label).
 *   --dump    every added relation with the model's inputs and the page-level signals (JSON), for bench/story57-fit.ts.
 *
 * Signals recorded per added relation (page P, candidate C): `near` = how many same-day near misses the step adds on P
 * (P's whole family of same-day near misses); `nearBack` = the same count on C's own reading; `mutual` = P is among C's
 * related or same-day near misses. The step needs lib/engine/story.ts `storySameDay` (main has none: apply
 * bench/story56b-same-day-guarded.patch); skips with a reason when it or the mirror is absent.
 */
import './story-model.ts';
import { writeFileSync } from 'node:fs';
import { STORY_CLOSURE, STORY_MODEL } from '../lib/engine/fitted/story.ts';
import { findRelated, type StoryCandidate } from '../lib/engine/index.ts';
import * as story from '../lib/engine/story.ts';
import type { Article } from '../lib/types.ts';
import { reutersDenseDays } from './reuters-days.ts';

const argv = process.argv.slice(2);
const arg = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const SPLIT = arg('--split') ?? 'dev';
if (SPLIT !== 'dev' && SPLIT !== 'held') throw new Error('--split dev|held');
const CORPUS_FROM = '1987-03-02';
const CORPUS_DAYS = 14;
const PAGE_FROM = SPLIT === 'dev' ? 0 : 7;
const PAGE_DAYS = 7;
const PAGES = Number(arg('--pages') ?? 210);
const SHEET = argv.includes('--sheet');
/** --model-sheet N: a blind sheet of N of the model's own relations on the same pages (the step off: main's decisions). */
const MODEL_SHEET = Number(arg('--model-sheet') ?? 0);
const DUMP = arg('--dump');
/** --cross: the model sheet keeps only relations whose two stories are dated on different days (story57b). */
const CROSS = argv.includes('--cross');
/** --same: the model sheet keeps only relations whose two stories are dated the same day (story57b). */
const SAME = argv.includes('--same');
/** --model-dump FILE: every model relation (step off) with its inputs and both dates (story57b). */
const MODEL_DUMP = arg('--model-dump');
/** --cross-day MODE: story57b's experiment switch (lib/engine/story.ts storyCrossDay) on for every reading. */
const CROSS_DAY = arg('--cross-day');

const storySameDay = (story as unknown as { storySameDay?: (on: boolean) => void }).storySameDay;
// The model's own relations (--model-sheet / --model-dump alone) need no step: main's lib runs them (story57b).
const MODEL_ONLY = (MODEL_SHEET > 0 || MODEL_DUMP !== undefined) && !SHEET && !DUMP;
if (!storySameDay && !MODEL_ONLY) {
  console.log('story57-reuters: skipped: no same-day step in lib/engine/story.ts (git apply bench/story56b-same-day-guarded.patch)');
  process.exit(0);
}
if (CROSS_DAY) {
  const sw = (story as unknown as { storyCrossDay?: (m: string | null) => void }).storyCrossDay;
  if (!sw) throw new Error('--cross-day: no storyCrossDay in lib/engine/story.ts');
  sw(CROSS_DAY);
  console.log(`experiment: cross-day rule ${CROSS_DAY}`);
}
const dense = await reutersDenseDays('story57-reuters', CORPUS_FROM, CORPUS_DAYS, { titles: !argv.includes('--no-titles') });
if (!dense) process.exit(0);
const { span, dayIndex, seeds, zyte, index } = dense;
const byId = new Map(span.map((a) => [a.id, a]));
const pageDays = span.filter((a) => dayIndex(a.date!) >= PAGE_FROM && dayIndex(a.date!) < PAGE_FROM + PAGE_DAYS);
const step = Math.max(1, Math.floor(pageDays.length / PAGES));
const pages = pageDays.filter((_, j) => j % step === 0).slice(0, PAGES);
console.log(`story57-reuters ${SPLIT}: corpus ${CORPUS_FROM} + ${CORPUS_DAYS} days ${span.length} stories, ${seeds.length} seeds, ${zyte.length} zyte; ${pages.length} pages of ${pageDays.length} (days ${PAGE_FROM}–${PAGE_FROM + PAGE_DAYS - 1})`);

const fnv = (s: string) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
};
/** The step's same-day near misses of a reading (what it would add): not related without it, same day, p ≥ pmin. */
const nearOf = (cs: StoryCandidate[]) => cs.filter((c) => !c.related && c.apart !== null && c.apart < 1 && c.score >= STORY_CLOSURE.pmin);
const offReading = new Map<string, StoryCandidate[]>();
async function off(a: Article): Promise<StoryCandidate[]> {
  let cs = offReading.get(a.id);
  if (!cs) {
    storySameDay?.(false);
    offReading.set(a.id, (cs = (await findRelated(a, index)).candidates));
  }
  return cs;
}

interface Row {
  page: string;
  cand: string;
  day: string;
  p: number;
  near: number;
  nearBack: number;
  mutual: boolean;
  modelRelated: number;
  pool: number;
  ev: Record<string, number>;
}
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** story57b: how one text of a cross-day pair names the other's day (weekday, yesterday / tomorrow, month and day). */
function dayRefs(x: Article, y: Article): string[] {
  if (!x.date || !y.date || x.date === y.date) return [];
  const [e, l] = x.date < y.date ? [x, y] : [y, x];
  const d = Math.round((Date.parse(l.date!) - Date.parse(e.date!)) / 86400000);
  const wd = (a: Article) => WEEKDAYS[new Date(a.date! + 'T12:00:00Z').getUTCDay()]!;
  const md = (a: Article) => {
    const t = new Date(a.date! + 'T12:00:00Z');
    const m = MONTH_NAMES[t.getUTCMonth()]!;
    return new RegExp(`\\b(?:${m}|${m.slice(0, 3)}\\.?) ${t.getUTCDate()}\\b`);
  };
  const body = (a: Article) => a.text.replace(/^[^-]{0,60}? - /, '');
  const out: string[] = [];
  if (new RegExp(`\\b${wd(e)}\\b`).test(body(l))) out.push('later-weekday');
  if (new RegExp(`\\b${wd(l)}\\b`).test(body(e))) out.push('earlier-weekday');
  if (d === 1 && /\byesterday\b/i.test(body(l))) out.push('yesterday');
  if (d === 1 && /\btomorrow\b/i.test(body(e))) out.push('tomorrow');
  if (md(e).test(body(l))) out.push('later-date');
  if (md(l).test(body(e))) out.push('earlier-date');
  return out;
}
const rows: Row[] = [];
let modelRelated = 0;
const modelPairs = new Map<string, [string, string]>();
const modelRows: { a: string; b: string; da: string; db: string; p: number; figA: number; figB: number; ref: string[]; ev: Record<string, number> }[] = [];
for (const page of pages) {
  const base = await off(page);
  storySameDay?.(true);
  const on = storySameDay ? (await findRelated(page, index)).candidates : base;
  const before = new Set(base.filter((c) => c.related).map((c) => c.article.id));
  modelRelated += before.size;
  for (const c of base.filter((c) => c.related)) {
    const [x, y] = [page.id, c.article.id].sort();
    if (CROSS && byId.get(x!)?.date === byId.get(y!)?.date) continue;
    if (SAME && byId.get(x!)?.date !== byId.get(y!)?.date) continue;
    modelPairs.set(`${x}|${y}`, [x!, y!]);
    const { docScore, z, lead, names, figures, title, ratio, back: bk } = c;
    modelRows.push({ a: page.id, b: c.article.id, da: page.date!, db: c.article.date ?? '', p: c.score, figA: story.storyVectorsOf(page).figures.size, figB: story.storyVectorsOf(c.article).figures.size, ref: dayRefs(page, c.article), ev: { docScore, z, lead, names, figures, title, ratio, back: bk } });
  }
  const adds = on.filter((c) => c.related && !before.has(c.article.id));
  const near = nearOf(base).length;
  for (const c of adds) {
    const back = await off(c.article);
    const nb = nearOf(back);
    const mutual = back.some((b) => b.article.id === page.id && (b.related || nb.includes(b)));
    const { docScore, z, lead, names, figures, title, ratio, back: bk } = c;
    rows.push({ page: page.id, cand: c.article.id, day: page.date!, p: c.score, near, nearBack: nb.length, mutual, modelRelated: before.size, pool: base.length, ev: { docScore, z, lead, names, figures, title, ratio, back: bk } });
  }
}
const pages1 = new Set(rows.map((r) => r.page)).size;
console.log(`pages ${pages.length}: relations without the step ${modelRelated}; the step adds ${rows.length} on ${pages1} pages; near per page of an add: ${[...new Map(rows.map((r) => [r.page, r.near])).values()].sort((x, y) => x - y).join(' ')}`);
if (DUMP) writeFileSync(DUMP, JSON.stringify({ split: SPLIT, rows }));
if (MODEL_DUMP) writeFileSync(MODEL_DUMP, JSON.stringify({ split: SPLIT, rows: modelRows }));

const show = (id: string) => {
  const a = byId.get(id);
  return a ? `${a.title} (${a.date})\n      ${a.text.replace(/\s+/g, ' ').slice(0, 420)}` : `${id} (not a Reuters story)`;
};
/** Unordered pairs once, in the order of an FNV-1a hash of `salt|ids`, side by hash; headlines, days and openings only. */
function printSheet(pairs: Map<string, [string, string]>, salt: string, n = Infinity): void {
  const order = [...pairs.entries()].sort((a, b) => fnv(`${salt}|${a[0]}`) - fnv(`${salt}|${b[0]}`)).slice(0, n);
  for (const [key, [x, y]] of order) {
    const [s, t] = fnv(key) & 1 ? [x, y] : [y, x];
    console.log(`\n== ${s} ${t}\n  A ${show(s)}\n  B ${show(t)}`);
  }
}
if (SHEET) {
  const pairs = new Map<string, [string, string]>();
  for (const r of rows) {
    const [x, y] = [r.page, r.cand].sort();
    pairs.set(`${x}|${y}`, [x!, y!]);
  }
  printSheet(pairs, 'story57');
}
if (MODEL_SHEET) {
  console.log(`\nmodel sheet: ${Math.min(MODEL_SHEET, modelPairs.size)} of the model's ${modelPairs.size} relations (unordered) on these pages`);
  printSheet(modelPairs, 'story57-model', MODEL_SHEET);
}
