/**
 * match44: what the detail step (lib/engine/story.ts detailsDecide, story37) relates on GVC dev, by the details the two
 * reports share (docs/notes/match44.md). Reads the `step window in Q → C [kind]` lines of a `bench/story-gvc.ts --split
 * dev --errors dev` run (the window step's additions are the detail step's), then for each such pair re-reads the page's
 * own decision and prints ids and numbers only: same / other, the model's probability, the candidate's hits, the
 * conjunction keys the two share (p: pairs, a: ages), and the details shared (ages, clock times, blocks, names written
 * with an age) and whether their ages clash. Dev only: held errors are never printed.
 *
 *   npx tsx bench/story-gvc.ts --split dev --errors dev > OUT; npx tsx bench/match44-details.ts OUT
 */
import './story-model.ts';
import { existsSync, readFileSync } from 'node:fs';
import { loadCorpusDir } from '../cli/load.ts';
import { findRelated, indexKeys, MemoryIndex } from '../lib/engine/index.ts';
import { detailMatch, detailsOf } from '../lib/engine/story-details.ts';
import type { Article } from '../lib/types.ts';
import { loadZyte } from '../tests/data/engine/fixtures.ts';
import { gvcItems, gvcStoryCorpus } from './data/gvc.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: match44-details.ts STORY_GVC_ERRORS_OUTPUT');
const items = gvcItems();
if (!items) {
  console.log('match44-details: GVC mirror absent, skipped');
  process.exit(0);
}
const lines = readFileSync(file, 'utf8').split('\n');
const pairs: Array<{ step: string; dir: string; q: string; c: string; kind: string }> = [];
for (const l of lines) {
  const m = /^\s+step (\w+) (in|out) (\S+) → (\S+) \[(\S+)\]/.exec(l);
  if (m && (m[1] === 'window' ? m[2] === 'in' : m[1] !== 'model')) pairs.push({ step: m[1]!, dir: m[2]!, q: m[3]!, c: m[4]!, kind: m[5]! });
}
const corpus = gvcStoryCorpus(items, 'dev', 300, 4);
const seeds = existsSync('seeds') ? (await loadCorpusDir('seeds', { cacheDir: null })).articles : [];
const all: Article[] = [...corpus.read.map((d) => d.article), ...corpus.distractors.map((d) => d.article), ...seeds, ...loadZyte()];
const byId = new Map(all.map((a) => [a.id, a]));
const index = new MemoryIndex(all);
const conj = (a: Article) => new Set(indexKeys(a).filter((k) => k.startsWith('p:') || k.startsWith('a:')));
for (const p of pairs) {
  const q = byId.get(p.q)!;
  const c = byId.get(p.c)!;
  const { candidates } = await findRelated(q, index);
  const cand = candidates.find((x) => x.article.id === p.c);
  const cq = conj(q);
  const shared = [...conj(c)].filter((k) => cq.has(k));
  const m = detailMatch(detailsOf(q), detailsOf(c), (_, aged) => aged);
  const dq = detailsOf(q);
  const dc = detailsOf(c);
  // Other candidates of the page's pool that share one of the pair's shared ages with the page: all 40, and those in the
  // near band the detail step reads (dated within the window, probability ≥ 0.15).
  const sharedAges = [...dq.ages].filter((x) => dc.ages.has(x));
  const withAge = candidates.filter((x) => x.article.id !== p.c && sharedAges.some((g) => detailsOf(x.article).ages.has(g)));
  const nearAge = withAge.filter((x) => x.apart !== null && x.apart <= 7 && x.score >= 0.15);
  console.log(
    [
      `${p.step} ${p.dir}`.padEnd(16),
      p.kind === 'same' ? 'SAME ' : `OTHER(${p.kind})`,
      `${p.q.slice(0, 22)} → ${p.c.slice(0, 22)}`,
      `p ${cand ? cand.score.toFixed(2) : '?'} hits ${cand?.hits ?? '?'} apart ${cand?.apart?.toFixed(1) ?? '?'}`,
      `conj p:${shared.filter((k) => k.startsWith('p:')).length} a:${shared.filter((k) => k.startsWith('a:')).length}`,
      `ages ${m.ages}/${dq.ages.size},${dc.ages.size} clocks ${m.clocks}/${dq.clocks.size},${dc.clocks.size} blocks ${m.blocks}/${dq.blocks.size},${dc.blocks.size} aged ${m.names}/${dq.aged.size},${dc.aged.size}`,
      `clash a${+m.ageClash} c${+m.clockClash} b${+m.blockClash}`,
      `age-in-pool ${withAge.length} near ${nearAge.length}`,
    ].join('  '),
  );
}
