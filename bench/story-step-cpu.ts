/**
 * Process CPU of the story step after the page's own decision (closeStory: closure, coherence, consistency)
 * for the browser bench's probes, in memory (seeds, tests/data sets, zyte pages, Zipf articles up to SIZE),
 * with perf12's extra readings (relations only: closure.ts readStoriesAmong) on and off, alternating three
 * times each; prints each probe's questions and each pass's total.
 *
 *   nice npx tsx bench/story-step-cpu.ts [SIZE=3000]
 */
import { findRelated, MemoryIndex } from '../lib/engine/index.ts';
import { closeStory, storyAsker, readStoriesAmong } from '../lib/engine/closure.ts';
import { readOnce } from '../lib/engine/read-cache.ts';
import type { Article, CorpusIndex } from '../lib/types.ts';
import { benchProbes, loadSet, loadZyte } from '../tests/data/engine/fixtures.ts';
import { zipfArticles, ZipfVocabulary } from './synthetic.ts';
import { loadCorpusDir } from '../cli/load.ts';
process.env.PARALLAX_CACHE ??= 'off';
const real: Article[] = [...(await loadCorpusDir('seeds', { cacheDir: null })).articles];
for (const set of ['harbor', 'distractors', 'page', 'doobie', 'plague'] as const) real.push(...(await loadSet(set)));
const zyte = loadZyte(); real.push(...zyte);
const ids = new Set<string>(); const all = real.filter((a) => !ids.has(a.id) && ids.add(a.id));
all.push(...zipfArticles(Math.max(0, Number(process.argv[2] ?? 3000) - all.length), { vocab: new ZipfVocabulary(), from: 0 }));
const index = new MemoryIndex(all);
const probes = benchProbes(zyte);
for (const lean of [true, false, true, false, true, false]) {
  readStoriesAmong(lean);
  let tot = 0;
  for (const id of probes) {
    const a = all.find((x) => x.id === id)!;
    const once = readOnce(index);
    const { candidates } = await findRelated(a, once);
    const inner = storyAsker(once);
    const log: string[] = [];
    const ask = Object.assign((x: Article, t: string[]) => { log.push(`ask ${x.id.slice(0, 8)} [${t.length}]`); return inner(x, t); }, {
      read: (x: Article, among?: ReadonlySet<string>) => { log.push(`read ${x.id.slice(0, 8)} among ${among?.size ?? '-'}`); return inner.read!(x, among); },
    });
    const c0 = process.cpuUsage();
    await closeStory(candidates, ask);
    const cpu = process.cpuUsage(c0);
    tot += (cpu.user + cpu.system) / 1000;
    if (log.length) console.log(lean ? 'lean' : 'full', id.slice(0, 12), ((cpu.user + cpu.system) / 1000).toFixed(0), 'ms cpu', log.join('; '));
  }
  console.log(lean ? 'lean' : 'full', 'total closeStory cpu', tot.toFixed(0));
}
