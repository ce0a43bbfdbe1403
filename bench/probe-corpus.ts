/**
 * The in-memory corpus of the browser bench, for the Node benches that profile compares on it
 * (bench/compare-slow.ts, bench/story-only.ts): the seeds, tests/data's sets (harbor, distractors,
 * page, doobie, plague), the zyte pages, and Zipf-law synthetic articles up to `size`; its probes are
 * the five seeds and the first five zyte pages.
 */
import { MemoryIndex } from '../lib/engine/index.ts';
import type { Article } from '../lib/types.ts';
import { loadSet, loadZyte } from '../tests/data/engine/fixtures.ts';
import { zipfArticles, ZipfVocabulary } from './synthetic.ts';
import { loadCorpusDir } from '../cli/load.ts';

export async function probeCorpus(size: number): Promise<{ all: Article[]; index: MemoryIndex; byId: Map<string, Article>; probes: string[] }> {
  const real: Article[] = [...(await loadCorpusDir('seeds', { cacheDir: null })).articles];
  for (const set of ['harbor', 'distractors', 'page', 'doobie', 'plague'] as const) real.push(...(await loadSet(set)));
  const zyte = loadZyte();
  real.push(...zyte);
  const ids = new Set<string>();
  const all = real.filter((a) => !ids.has(a.id) && ids.add(a.id));
  all.push(...zipfArticles(Math.max(0, size - all.length), { vocab: new ZipfVocabulary(), from: 0 }));
  const byId = new Map(all.map((a) => [a.id, a]));
  const seeds = ['000_14712938aead5b0e', '001_c9b1ae6c24b4ec71', '002_ad7da8ead634a3f9', '003_38879e5049cf1087', '004_91c9a7de652690cd'];
  const probes = [...seeds, ...zyte.slice(0, 5).map((a) => a.id)].filter((id) => byId.has(id));
  return { all, index: new MemoryIndex(all), byId, probes };
}
