/**
 * perf55 / ffwarm62: the engine run once on the package's seed story, in memory (a MemoryIndex: the
 * corpus is neither read nor written), so the session's first compare does not run every engine
 * function for the first time (V8's / SpiderMonkey's interpreter, then their optimising compiles: most
 * of a first compare's extra time). It leaves only code and the seed articles' derived data, which
 * lib/engine/features.ts keys by article id and content. Used where the compare is kept warm: Firefox's
 * background page at its start (entrypoints/background.ts) and Chrome's offscreen document when the
 * service worker warms it at browser start (entrypoints/offscreen/main.ts). Never throws.
 */
import type { Article, CorpusIndex, Report } from '../types';

export async function runOnSeeds(compare: (article: Article, index: CorpusIndex) => Promise<Report>): Promise<void> {
  try {
    const [{ packagedSeedFiles, seedArticles }, { MemoryIndex }] = await Promise.all([import('../seeds'), import('../engine/memory-index')]);
    const seeds = seedArticles(await packagedSeedFiles());
    const index = new MemoryIndex(seeds);
    for (const a of seeds.slice(0, 2)) await compare(a, index);
  } catch {
    // a warm-up only: the reader's compare loads what it needs itself
  }
}
