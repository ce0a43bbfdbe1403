/**
 * story37: which shared names tell two dated local reports of one incident from same-week reports of another, when a
 * name's rarity is read from the corpus (the page's key counts) and not from the pool, and without story36's veto?
 * GVC (bench/data/gvc.ts gvcStoryCorpus, story-gvc's corpus and split), the page's own story decision only
 * (findRelated with the detail step off: the model and the window, no closure), each candidate's details
 * (lib/engine/story-details.ts) and, for each name both give, the corpus's count of its key (-1: not one of the page's
 * index keys, no count read) and whether either writes it with an age.
 *
 *   nice npx tsx bench/story37-detail.ts --rows FILE [--split dev]      # collect: one row per in-window candidate (ids and numbers)
 *   npx tsx bench/story37-detail.ts --study FILE                        # dev only: the grid of docs/notes/story37.md §1
 *
 * Rows hold ids, labels and numbers only (the source is unlicensed; nothing of it is committed). Held rows are never
 * studied (--study refuses them).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadCorpusDir } from '../cli/load.ts';
import { findRelated, MemoryIndex } from '../lib/engine/index.ts';
import { STORY_CLOSURE, STORY_MODEL } from '../lib/engine/fitted/story.ts';
import { contentStem, indexKeys } from '../lib/engine/keys.ts';
import { STORY_DAYS, storyDetailNames } from '../lib/engine/story.ts';
import { detailMatch, detailsOf } from '../lib/engine/story-details.ts';
import { loadZyte } from '../tests/data/engine/fixtures.ts';
import { gvcItems, gvcStoryCorpus, GVC_GIT } from './data/gvc.ts';

const argv = process.argv.slice(2);
const arg = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);

export interface Row {
  q: string;
  c: string;
  label: boolean;
  p: number;
  /** Shared ages, clock times, blocks; ages clash. */
  ages: number;
  clocks: number;
  blocks: number;
  ageClash: boolean;
  /** Each shared name: [corpus count of its key or -1, written with an age by either]. */
  names: Array<[number, boolean]>;
}

const ROWS = arg('--rows');
const STUDY = arg('--study');
if (ROWS) {
  const items = gvcItems();
  if (!items) {
    console.log(`story37-detail: skipped: mirror absent (${GVC_GIT})`);
    process.exit(0);
  }
  storyDetailNames(null);
  const split = (arg('--split') ?? 'dev') as 'dev' | 'held';
  const corpus = gvcStoryCorpus(items, split);
  const seeds = existsSync('seeds') ? (await loadCorpusDir('seeds', { cacheDir: null })).articles : [];
  const all = [...corpus.read.map((d) => d.article), ...corpus.distractors.map((d) => d.article), ...seeds, ...loadZyte()];
  const index = new MemoryIndex(all);
  const incidentOf = new Map([...corpus.read, ...corpus.distractors].map((d) => [d.article.id, d.incident]));
  const readIds = new Set(corpus.read.map((d) => d.article.id));
  const rows: Row[] = [];
  let gold = 0;
  for (const d of corpus.read) {
    const a = d.article;
    gold += corpus.read.filter((x) => x.article.id !== a.id && x.incident === d.incident).length;
    const df = await index.keyCounts(indexKeys(a));
    const { candidates } = await findRelated(a, index);
    for (const c of candidates) {
      if (c.apart === null || c.apart > STORY_DAYS) continue;
      const names: Array<[number, boolean]> = [];
      const m = detailMatch(detailsOf(a), detailsOf(c.article), (name, aged) => {
        const s = contentStem(name);
        names.push([s === null ? -1 : (df.get(`w:${s}`) ?? -1), aged]);
        return false;
      });
      rows.push({ q: a.id, c: c.article.id, label: readIds.has(c.article.id) && incidentOf.get(c.article.id) === d.incident, p: c.score, ages: m.ages, clocks: m.clocks, blocks: m.blocks, ageClash: m.ageClash, names });
    }
  }
  writeFileSync(ROWS, JSON.stringify({ split, gold, rows }));
  console.log(`${split}: ${corpus.read.length} readings, ${rows.length} in-window candidate rows, ${gold} gold pairs → ${ROWS}`);
}

if (STUDY) {
  const { split, gold, rows } = JSON.parse(readFileSync(STUDY, 'utf8')) as { split: string; gold: number; rows: Row[] };
  if (split !== 'dev') throw new Error('story37-detail: --study reads dev rows only');
  const t = STORY_MODEL.threshold;
  const pc = STORY_CLOSURE.pmin;
  console.log(`dev: ${rows.length} in-window rows (${rows.filter((r) => r.label).length} true); gold ${gold}`);
  const score = (rel: (r: Row) => boolean) => {
    const got = rows.filter(rel);
    const tp = got.filter((r) => r.label).length;
    return `P ${(tp / Math.max(1, got.length)).toFixed(3)} / R ${(tp / gold).toFixed(3)} (${tp} true, ${got.length - tp} false)`;
  };
  type Spec = (n: [number, boolean]) => boolean;
  const rule = (spec: Spec) => (r: Row) => r.p >= t || (r.p >= pc && !r.ageClash && r.ages + r.clocks + r.blocks + r.names.filter(spec).length >= 1);
  console.log(`model (+ window): ${score((r) => r.p >= t)}`);
  console.log(`no names (ages, clocks, blocks): ${score(rule(() => false))}`);
  console.log(`aged names: ${score(rule(([, aged]) => aged))}`);
  console.log(`any shared name (no rarity): ${score(rule(() => true))}`);
  for (const maxDf of [1, 2, 3, 4, 5, 6, 8, 10, 15, 20]) {
    console.log(`corpus count ≤ ${maxDf}: ${score(rule(([c]) => c >= 0 && c <= maxDf))}   | or aged: ${score(rule(([c, aged]) => aged || (c >= 0 && c <= maxDf)))}`);
  }
  // The near band's shared names by corpus count (true / false candidates).
  const near = rows.filter((r) => r.p >= pc && r.p < t);
  const byCount = new Map<string, [number, number]>();
  for (const r of near)
    for (const [c, aged] of r.names) {
      const k = `${c < 0 ? 'no key' : c <= 5 ? String(c) : c <= 10 ? '6-10' : c <= 50 ? '11-50' : '>50'}${aged ? ' aged' : ''}`;
      const v = byCount.get(k) ?? [0, 0];
      v[r.label ? 0 : 1]++;
      byCount.set(k, v);
    }
  console.log(`\nnear band (${pc} ≤ p < ${t}): shared names by corpus count, true / false rows`);
  for (const [k, [a, b]] of [...byCount].sort()) console.log(`  ${k.padEnd(14)} ${a} / ${b}`);
}
