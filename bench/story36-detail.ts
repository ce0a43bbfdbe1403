/**
 * story36: do the specific details of two short local reports (ages, clock times, blocks, rare names; bench/story36-details.ts)
 * tell the reports of one incident from same-week reports of another? GVC (bench/data/gvc.ts gvcStoryCorpus, story-gvc's
 * corpus and split), the page's own story decision only (findRelated: the model and the window, no closure).
 *
 *   nice npx tsx bench/story36-detail.ts --rows FILE [--split dev]      # collect: one row per candidate (ids and numbers)
 *   npx tsx bench/story36-detail.ts --study FILE                        # dev only: the tables of docs/notes/story36.md
 *
 * The rows are the model's and the window's decision with each candidate's detail match (bench/story36-details.ts). (At commit a7855f6 --week also collected them with story30's week-scoped keys
 * through a bench-side index; docs/notes/story36.md §1.)
 * Rows hold ids, labels and numbers only (the source is unlicensed; nothing of it is committed). Held rows are never
 * studied (--study refuses them).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadCorpusDir } from '../cli/load.ts';
import { findRelated, MemoryIndex } from '../lib/engine/index.ts';
import { STORY_MODEL } from '../lib/engine/fitted/story.ts';
import { STORY_DAYS } from '../lib/engine/story.ts';
import { loadZyte } from '../tests/data/engine/fixtures.ts';
import { gvcItems, gvcStoryCorpus, GVC_GIT } from './data/gvc.ts';
import { detailMatch, detailsOf, poolNameCounts, type DetailMatch } from './story36-details.ts';

const argv = process.argv.slice(2);
const arg = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);

export interface Row extends DetailMatch {
  q: string;
  c: string;
  label: boolean;
  p: number;
  apart: number | null;
  docScore: number;
  names0: number;
  rank: number;
}

const ROWS = arg('--rows');
const STUDY = arg('--study');
if (ROWS) {
  const items = gvcItems();
  if (!items) {
    console.log(`story36-detail: skipped: mirror absent (${GVC_GIT})`);
    process.exit(0);
  }
  const split = (arg('--split') ?? 'dev') as 'dev' | 'held';
  const week = false;
  const corpus = gvcStoryCorpus(items, split);
  const seeds = existsSync('seeds') ? (await loadCorpusDir('seeds', { cacheDir: null })).articles : [];
  const all = [...corpus.read.map((d) => d.article), ...corpus.distractors.map((d) => d.article), ...seeds, ...loadZyte()];
  const index = new MemoryIndex(all);
  const incidentOf = new Map([...corpus.read, ...corpus.distractors].map((d) => [d.article.id, d.incident]));
  const rows: Row[] = [];
  let gold = 0;
  let goldIn = 0;
  for (const d of corpus.read) {
    const a = d.article;
    const partners = corpus.read.filter((x) => x.article.id !== a.id && x.incident === d.incident);
    gold += partners.length;
    goldIn += partners.filter((x) => {
      const t = Math.abs(Date.parse(a.date!) - Date.parse(x.article.date!)) / 86_400_000;
      return t <= STORY_DAYS;
    }).length;
    const { candidates } = await findRelated(a, index);
    const poolNames = poolNameCounts([a, ...candidates.map((c) => c.article)]);
    candidates.forEach((c, k) => {
      const m = detailMatch(detailsOf(a), detailsOf(c.article), poolNames);
      rows.push({ q: a.id, c: c.article.id, label: incidentOf.get(c.article.id) === d.incident && corpus.read.some((x) => x.article.id === c.article.id), p: c.score, apart: c.apart, docScore: c.docScore, names0: c.names, rank: k + 1, ...m });
    });
  }
  writeFileSync(ROWS, JSON.stringify({ split, week, gold, goldIn, rows }));
  console.log(`${split}${week ? ' week keys' : ''}: ${corpus.read.length} readings, ${rows.length} candidate rows, ${gold} gold pairs (${goldIn} ≤ ${STORY_DAYS} days) → ${ROWS}`);
}

if (STUDY) {
  const { split, week, gold, goldIn, rows } = JSON.parse(readFileSync(STUDY, 'utf8')) as { split: string; week: boolean; gold: number; goldIn: number; rows: Row[] };
  if (split !== 'dev') throw new Error('story36-detail: --study reads dev rows only');
  const t = STORY_MODEL.threshold;
  const inWin = rows.filter((r) => r.apart !== null && r.apart <= STORY_DAYS);
  console.log(`dev${week ? ' week keys' : ''}: ${rows.length} rows, ${inWin.length} in window (${inWin.filter((r) => r.label).length} true); gold ${gold}, in window ${goldIn}`);
  const bands: Array<[string, (r: Row) => boolean]> = [
    ['related p ≥ t', (r) => r.p >= t],
    ['near 0.15 ≤ p < t', (r) => r.p >= 0.15 && r.p < t],
    ['low 0.05 ≤ p < 0.15', (r) => r.p >= 0.05 && r.p < 0.15],
  ];
  const feats: Array<[string, (r: Row) => boolean]> = [
    ['any age shared', (r) => r.ages > 0],
    ['ages clash', (r) => r.ageClash],
    ['clock shared', (r) => r.clocks > 0],
    ['clocks clash', (r) => r.clockClash],
    ['block shared', (r) => r.blocks > 0],
    ['blocks clash', (r) => r.blockClash],
    ['rare name shared', (r) => r.names > 0],
    ['≥ 2 rare names', (r) => r.names >= 2],
    ['agree (age|clock|block|name)', (r) => r.ages + r.clocks + r.blocks + r.names > 0],
    ['agree ≥ 2 kinds', (r) => [r.ages, r.clocks, r.blocks, r.names].filter((x) => x > 0).length >= 2],
    ['any clash', (r) => r.ageClash || r.clockClash || r.blockClash],
  ];
  for (const [bn, bf] of bands) {
    const b = inWin.filter(bf);
    const T = b.filter((r) => r.label);
    const F = b.filter((r) => !r.label);
    console.log(`\n${bn}: ${T.length} true, ${F.length} false`);
    for (const [fn, ff] of feats) console.log(`  ${fn.padEnd(30)} true ${T.filter(ff).length.toString().padStart(4)}  false ${F.filter(ff).length.toString().padStart(4)}`);
  }
  // Rules on the page's own decision (no closure): veto a related candidate that clashes and agrees on nothing;
  // relate a candidate with p ≥ pc that agrees on ≥ k details and clashes on none.
  const agree = (r: Row) => r.ages + r.clocks + r.blocks + r.names;
  const clash = (r: Row) => r.ageClash;
  const score = (rel: (r: Row) => boolean) => {
    const got = inWin.filter(rel);
    const tp = got.filter((r) => r.label).length;
    return `P ${(tp / Math.max(1, got.length)).toFixed(3)} / R ${(tp / gold).toFixed(3)} (${tp} true, ${got.length - tp} false)`;
  };
  console.log(`\nmodel (+ window): ${score((r) => r.p >= t)}`);
  console.log(`veto ages clash & agree 0: ${score((r) => r.p >= t && !(clash(r) && agree(r) === 0))}`);
  for (const pc of [0.05, 0.1, 0.15, 0.2, 0.25])
    for (const k of [1, 2, 3])
      console.log(`confirm p ≥ ${pc} & agree ≥ ${k} & no age clash: ${score((r) => r.p >= t || (r.p >= pc && agree(r) >= k && !clash(r)))}   + veto: ${score((r) => (r.p >= t && !(clash(r) && agree(r) === 0)) || (r.p >= pc && agree(r) >= k && !clash(r)))}`);
}
