/**
 * perf14: the page's own story decision with `storyOnly` (story.ts: a candidate that can be neither
 * related nor closure's near miss whatever its alignment is not aligned) against every shortlisted
 * candidate aligned, in memory.
 *
 *   nice npx tsx bench/story-only.ts [SIZE=10000]
 *
 * 1. On the labelled sets (each against itself, and all of them in one corpus with 60 zyte pages):
 *    candidates, near misses (unrelated, dated, within the window, probability ≥ STORY_CLOSURE.pmin)
 *    and how many of those could not reach the threshold even with the best lead (the case the
 *    pmin floor is for), and whether the related and near-miss candidates are the same with and
 *    without storyOnly.
 * 2. The browser bench's corpus (seeds, tests/data's sets, the zyte pages, Zipf articles up to SIZE) in
 *    a MemoryIndex: process CPU of findRelated for its ten probes, full and story only alternating,
 *    cold (every derived record forgotten before each decision: a fresh panel) and warm.
 */
import { probeCorpus } from './probe-corpus.ts';
import { findRelated, MemoryIndex } from '../lib/engine/index.ts';
import { STORY_DAYS, storyProbability, type StoryCandidate } from '../lib/engine/story.ts';
import { STORY_CLOSURE, STORY_MODEL } from '../lib/engine/fitted/story.ts';
import { forgetDerived } from '../lib/engine/features.ts';
import type { Article } from '../lib/types.ts';
import { loadSet, loadZyte } from '../tests/data/engine/fixtures.ts';

process.env.PARALLAX_CACHE ??= 'off';
const size = Number(process.argv[2] ?? 10_000);

const near = (c: StoryCandidate) => !c.related && c.score >= STORY_CLOSURE.pmin && c.apart !== null && c.apart <= STORY_DAYS;
const readOf = (cs: StoryCandidate[]) => JSON.stringify(cs.filter((c) => c.related || near(c)).map((c) => [c.article.id, c.score, c.related, c.lead]));

const names = ['seeds', 'harbor', 'distractors', 'page', 'doobie', 'plague', 'meth', 'europa'] as const;
const sets: Article[][] = [];
for (const n of names) sets.push(await loadSet(n));
const mixed = [...sets.flat(), ...loadZyte(60)];
let cands = 0;
let nearN = 0;
let gap = 0;
let differ = 0;
let unaligned = 0;
for (const [arts, index] of [...sets.map((s) => [s, new MemoryIndex(s)] as const), [sets.flat(), new MemoryIndex(mixed)] as const]) {
  for (const a of arts) {
    const full = (await findRelated(a, index)).candidates;
    const lean = (await findRelated(a, index, { storyOnly: true })).candidates;
    if (readOf(full) !== readOf(lean)) differ++;
    const leadOf = new Map(lean.map((c) => [c.article.id, c.lead]));
    for (const c of full) {
      cands++;
      if (c.lead > 0 && leadOf.get(c.article.id) === 0) unaligned++;
      if (!near(c)) continue;
      nearN++;
      if (storyProbability({ ...c, lead: 1 }) < STORY_MODEL.threshold) gap++;
    }
  }
}
console.log(
  `labelled sets: ${cands} candidates, ${nearN} near misses, ${gap} of them below the threshold with the best lead; ` +
    `${unaligned} candidates with a lead > 0 left unaligned by storyOnly; readings whose related or near-miss candidates differ: ${differ}`,
);

const { all, index, byId, probes } = await probeCorpus(size);
for (const a of probes) await findRelated(byId.get(a)!, index); // modules and caches warm
for (const cold of [true, false]) {
  for (let pass = 0; pass < 3; pass++) {
    const cpu = { full: 0, lean: 0 };
    for (const id of probes) {
      const order: Array<'full' | 'lean'> = pass % 2 ? ['lean', 'full'] : ['full', 'lean'];
      for (const how of order) {
        if (cold) forgetDerived();
        const c0 = process.cpuUsage();
        await findRelated(structuredClone(byId.get(id)!), index, how === 'lean' ? { storyOnly: true } : {});
        const c = process.cpuUsage(c0);
        cpu[how] += (c.user + c.system) / 1000;
      }
    }
    console.log(`${all.length} articles, ${cold ? 'cold' : 'warm'} pass ${pass + 1}: findRelated CPU over ${probes.length} probes, full ${cpu.full.toFixed(0)} ms, story only ${cpu.lean.toFixed(0)} ms`);
  }
}
