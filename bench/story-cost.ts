/**
 * What story consistency costs per compare: the 30 NewsWCL50 articles of one three-outlet corpus
 * (HuffPost, NYT, USA Today of every event) beside the seeds and the zyte pages, each read with the
 * engine's story (findRelated → closure → coherence, what relatedStory does) without and with consistency
 * (closure.ts consistStory and closure's bridge test), a fresh asker each time (nothing shared between
 * readings or variants). Prints the median and mean time and the full story readings consistency made.
 * In memory (MemoryIndex): at 100k articles in IndexedDB each reading also costs its database reads.
 *
 *   npx tsx bench/story-cost.ts [--rounds N]
 */
import { existsSync } from 'node:fs';
import { loadCorpusDir } from '../cli/load.ts';
import { closeStory, storyAsker, type AskStory } from '../lib/engine/closure.ts';
import { findRelated, MemoryIndex } from '../lib/engine/index.ts';
import { STORY_COHERENCE, STORY_CONSISTENCY } from '../lib/engine/fitted/story.ts';
import type { Article } from '../lib/types.ts';
import { loadZyte } from '../tests/data/engine/fixtures.ts';
import { loadNewsWcl, NEWSWCL_TEXT_GIT } from './data/newswcl.ts';

const wcl = loadNewsWcl();
if (!wcl) {
  console.log(`story-cost: skipped: NewsWCL50 mirror absent (${NEWSWCL_TEXT_GIT})`);
  process.exit(0);
}
const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 3;
const docs = wcl.filter((d) => ['LL', 'L', 'M'].includes(d.outlet)).map((d) => d.article);
const seeds = existsSync('seeds') ? (await loadCorpusDir('seeds', { cacheDir: null })).articles : [];
const index = new MemoryIndex([...docs, ...seeds, ...loadZyte()]);

async function time(a: Article, withConsistency: boolean): Promise<{ ms: number; reads: number }> {
  const inner = storyAsker(index);
  let reads = 0;
  const ask: AskStory = Object.assign((x: Article, t: string[]) => inner(x, t), {
    read: (x: Article) => {
      reads++;
      return inner.read!(x);
    },
  });
  const t0 = performance.now();
  const { candidates } = await findRelated(a, index);
  await closeStory(candidates, ask, STORY_COHERENCE, withConsistency ? STORY_CONSISTENCY : null);
  return { ms: performance.now() - t0, reads };
}

// Warm the per-article caches once (a reader's corpus keeps them too).
for (const a of docs) await time(a, true);
const out: Record<string, number[]> = { without: [], with: [] };
let reads = 0;
for (let r = 0; r < rounds; r++)
  for (const a of docs) {
    out.without!.push((await time(a, false)).ms);
    const w = await time(a, true);
    out.with!.push(w.ms);
    reads += w.reads;
  }
const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1]!;
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
for (const [k, xs] of Object.entries(out)) console.log(`${k} consistency: median ${med(xs).toFixed(1)} ms, mean ${mean(xs).toFixed(1)} ms, p95 ${[...xs].sort((x, y) => x - y)[Math.floor(xs.length * 0.95)]!.toFixed(1)} ms over ${xs.length} readings`);
console.log(`full story readings made by consistency: ${(reads / out.with!.length).toFixed(2)} per compare (maxCheck ${STORY_CONSISTENCY.maxCheck}, plus closure's bridge test when closure admits)`);
