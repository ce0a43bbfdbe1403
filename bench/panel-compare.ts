/**
 * The panel's compare on the 5-seed corpus in Node (fake-indexeddb store, the extension's Corpus):
 * seed 003 compared repeatedly, as the panel does when the reader comes back to a story, through
 * the store directly vs through lib/sidebar/controller.ts `panelCorpus` (same Article objects for
 * unchanged candidates, so the engine's feature cache holds; the count read once per compare).
 *
 *   npx tsx bench/panel-compare.ts [--runs 15]
 *
 * Also the engine alone on an in-memory index (lib/engine/memory-index.ts). Prints the median and
 * best wall time and the CPU time per compare (the machine is shared: CPU time is the steadier
 * measure) after one warm-up; not a test.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Corpus } from '../lib/store/corpus';
import { compareArticle, MemoryIndex } from '../lib/engine';
import { readdirSync, readFileSync } from 'node:fs';
import { ingestFile } from '../lib/ingest';
import { panelCorpus } from '../lib/sidebar/controller';

const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1] || 15);

/** Median and best wall time, and CPU time (user + system) per call, after one warm-up call. */
async function measure(f: () => Promise<unknown>): Promise<{ median: number; best: number; cpu: number }> {
  await f();
  const ts: number[] = [];
  const c0 = process.cpuUsage();
  for (let k = 0; k < RUNS; k++) {
    const t0 = performance.now();
    await f();
    ts.push(performance.now() - t0);
  }
  const c = process.cpuUsage(c0);
  return { median: timedMedianOf(ts), best: Math.min(...ts), cpu: (c.user + c.system) / 1000 / RUNS };
}
const timedMedianOf = (ts: number[]) => [...ts].sort((a, b) => a - b)[ts.length >> 1]!;
const show = (label: string, m: { median: number; best: number; cpu: number }) =>
  `${label} ${m.median.toFixed(1)} ms (best ${m.best.toFixed(1)}, CPU ${m.cpu.toFixed(1)})`;

const corpus = await Corpus.open({ indexedDB: new IDBFactory(), IDBKeyRange });
const dir = new URL('../seeds/', import.meta.url);
const seeds = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .flatMap((name) => ingestFile({ name, content: readFileSync(new URL(name, dir), 'utf8') }).articles);
await corpus.upsert(seeds);
const page = seeds.find((s) => s.id.startsWith('003'))!;
// A fresh copy of the page each time, as each panel load ingests the page anew.
const fresh = () => structuredClone(page);
const view = panelCorpus(corpus);
const memory = new MemoryIndex(seeds.map((a) => structuredClone(a)));
const store = await measure(() => compareArticle(fresh(), corpus));
const panel = await measure(async () => compareArticle(fresh(), view.withCount(await corpus.count())));
const engine = await measure(() => compareArticle(fresh(), memory));
console.log(
  `compare seed 003 against the 5 seeds, median of ${RUNS}: ${show('store directly', store)}; ${show('panelCorpus', panel)}; ${show('in memory', engine)}`,
);
