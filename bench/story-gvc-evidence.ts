/**
 * Which evidence separates GVC dev's missed true pairs from its false relations (docs/notes/story31.md §2): reads the
 * GVC evidence bench/fit-story.ts cached (dev rows only; held rows are never read here) and prints, for the candidates
 * within the week (STORY_DAYS) of the page, each input's quartiles by group — true and related, true and missed, false
 * and related, false near (p ≥ STORY_CLOSURE.pmin) — and each input's AUC between true and false candidates in the
 * window, plus the share of true candidates by days apart.
 *
 *   TMPDIR=DIR npx tsx bench/story-gvc-evidence.ts [--story-model=FILE]
 */
import './story-model.ts';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STORY_CLOSURE, STORY_MODEL } from '../lib/engine/fitted/story.ts';
import { STORY_DAYS, storyProbability, type StoryEvidence } from '../lib/engine/story.ts';

const CACHE = join(tmpdir(), 'parallax-story-rows-gvc-v1.json');
if (!existsSync(CACHE)) {
  console.log(`story-gvc-evidence: skipped: ${CACHE} absent (run bench/fit-story.ts --only-gvc first)`);
  process.exit(0);
}
type Row = StoryEvidence & { split: string; label: boolean; apart: number | null; q: string; c: string };
const rows = (JSON.parse(readFileSync(CACHE, 'utf8')) as { rows: Row[] }).rows.filter((r) => r.split === 'gvc-dev');
const inWin = rows.filter((r) => r.apart !== null && r.apart <= STORY_DAYS);
const p = (r: Row) => storyProbability(r);
// The pool-relative rank of each candidate by docScore within its reading.
const rank = new Map<Row, number>();
const byQ = new Map<string, Row[]>();
for (const r of rows) byQ.set(r.q, [...(byQ.get(r.q) ?? []), r]);
for (const list of byQ.values()) [...list].sort((a, b) => b.docScore - a.docScore).forEach((r, k) => rank.set(r, k + 1));
const feats: Array<[string, (r: Row) => number]> = [
  ['docScore', (r) => r.docScore], ['z', (r) => Math.min(Math.max(r.z, 0), 10)], ['lead', (r) => r.lead], ['names', (r) => r.names],
  ['figures', (r) => r.figures], ['title', (r) => r.title], ['ratio', (r) => r.ratio], ['back', (r) => r.back],
  ['days apart', (r) => r.apart!], ['rank by docScore', (r) => rank.get(r)!], ['p (model)', p],
];
const q = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (f: number) => s[Math.min(s.length - 1, Math.floor(f * (s.length - 1) + 0.5))] ?? NaN;
  return `${at(0.25).toFixed(2)} / ${at(0.5).toFixed(2)} / ${at(0.75).toFixed(2)}`;
};
const groups: Array<[string, Row[]]> = [
  ['true, related', inWin.filter((r) => r.label && p(r) >= STORY_MODEL.threshold)],
  ['true, missed', inWin.filter((r) => r.label && p(r) < STORY_MODEL.threshold)],
  ['false, related', inWin.filter((r) => !r.label && p(r) >= STORY_MODEL.threshold)],
  [`false, near (p ≥ ${STORY_CLOSURE.pmin})`, inWin.filter((r) => !r.label && p(r) >= STORY_CLOSURE.pmin && p(r) < STORY_MODEL.threshold)],
];
console.log(`GVC dev, candidates within ${STORY_DAYS} days: ${inWin.length} (${inWin.filter((r) => r.label).length} true); quartiles by group (n)`);
console.log(`| input | ${groups.map(([g, xs]) => `${g} (${xs.length})`).join(' | ')} | AUC true vs false |`);
console.log(`|---|${groups.map(() => '---|').join('')}---|`);
const auc = (f: (r: Row) => number) => {
  const pos = inWin.filter((r) => r.label).map(f);
  const neg = inWin.filter((r) => !r.label).map(f).sort((a, b) => a - b);
  let s = 0;
  for (const x of pos) {
    let lo = 0, hi = neg.length, eq = 0;
    while (lo < hi) { const m = (lo + hi) >> 1; if (neg[m]! < x) lo = m + 1; else hi = m; }
    for (let k = lo; k < neg.length && neg[k] === x; k++) eq++;
    s += lo + eq / 2;
  }
  return s / (pos.length * neg.length);
};
for (const [name, f] of feats) console.log(`| ${name} | ${groups.map(([, xs]) => q(xs.map(f))).join(' | ')} | ${auc(f).toFixed(3)} |`);
console.log('\nshare of true candidates by days apart (within the week):');
for (const [lo, hi] of [[0, 0.5], [0.5, 1.5], [1.5, 3.5], [3.5, STORY_DAYS + 1e-9]] as const) {
  const xs = inWin.filter((r) => r.apart! >= lo && r.apart! < hi);
  console.log(`  ${lo}–${hi.toFixed(1)} d: ${xs.length} candidates, ${xs.filter((r) => r.label).length} true (${(xs.filter((r) => r.label).length / Math.max(1, xs.length)).toFixed(3)})`);
}
