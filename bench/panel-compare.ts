/**
 * The panel's compare on the 5-seed corpus in Node (fake-indexeddb store, the extension's Corpus):
 * seed 003 compared repeatedly, as the panel does when the reader comes back to a story, through
 * the store directly vs through lib/sidebar/controller.ts `panelCorpus` (same Article objects for
 * unchanged candidates, so the engine's feature cache holds; the count read once per compare).
 *
 *   npx tsx bench/panel-compare.ts [--runs 15]
 *
 * Prints medians after one warm-up; not a test.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Corpus } from '../lib/store/corpus';
import { compareArticle } from '../lib/engine';
import { readdirSync, readFileSync } from 'node:fs';
import { ingestFile } from '../lib/ingest';
import { panelCorpus } from '../lib/sidebar/controller';
import { timedMedian } from './baseline';

const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1] || 15);

const median = (f: () => Promise<unknown>) => timedMedian(RUNS, f);

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
const store = await median(() => compareArticle(fresh(), corpus));
const panel = await median(async () => compareArticle(fresh(), view.withCount(await corpus.count())));
console.log(`compare seed 003 against the 5 seeds, median of ${RUNS}: store directly ${store.toFixed(1)} ms; panelCorpus ${panel.toFixed(1)} ms`);
