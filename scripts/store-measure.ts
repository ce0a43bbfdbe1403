/**
 * Measures the corpus store on fake-indexeddb (Node): upsert N synthetic articles in batches,
 * then candidate look-ups, list, and export. Not a test; numbers for the report.
 *   npx tsx scripts/store-measure.ts [N=10000] [batch=500]
 * fake-indexeddb is a pure-JS IndexedDB, so absolute numbers differ from Chromium's; see
 * TOOLCHAIN.md for Chromium's per-record costs.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Corpus } from '../lib/store/corpus';
import type { Article, Unit } from '../lib/types';
import { indexKeys } from '../lib/engine/keys';

const N = Number(process.argv[2] ?? 10_000);
const BATCH = Number(process.argv[3] ?? 500);

// A deterministic vocabulary so articles share words like real stories do.
const WORDS = Array.from({ length: 5000 }, (_, k) => `word${k.toString(36)}x`);
let seed = 42;
const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);

function synthetic(k: number): Article {
  const paragraphs: string[] = [];
  for (let p = 0; p < 8; p++) {
    const sentences: string[] = [];
    for (let s = 0; s < 4; s++) {
      const n = 12 + Math.floor(rand() * 12);
      const w = Array.from({ length: n }, () => WORDS[Math.floor(rand() ** 2 * WORDS.length)]);
      sentences.push(w.join(' ') + '.');
    }
    paragraphs.push(sentences.join(' '));
  }
  const text = paragraphs.join('\n\n');
  const units: Unit[] = [];
  let pos = 0;
  paragraphs.forEach((para, p) => {
    for (const m of para.matchAll(/[^.]+\./g)) {
      const t = m[0].trim();
      const start = text.indexOf(t, pos);
      units.push({ i: units.length, text: t, p, start, end: start + t.length, kind: 'body' });
      pos = start + t.length;
    }
  });
  return {
    id: `syn-${k.toString().padStart(6, '0')}`,
    title: `Synthetic story ${k}`,
    outlet: `Outlet ${k % 40}`,
    date: `2025-${String((k % 12) + 1).padStart(2, '0')}-10`,
    url: `https://outlet${k % 40}.example/news/${k}`,
    language: 'en',
    byline: null,
    description: null,
    text,
    units,
    quotes: [],
    warnings: [],
    hash: `h${k}`,
    format: 'text',
  };
}

async function main() {
  const articles = Array.from({ length: N }, (_, k) => synthetic(k));
  // The store alone: keys precomputed outside the timing (same keys the engine would give).
  const precomputed = new Map(articles.map((a) => [a.title, indexKeys(a)]));
  const storeOnly = await Corpus.open({ indexedDB: new IDBFactory(), IDBKeyRange, keysOf: (a) => precomputed.get(a.title)! });
  const s0 = performance.now();
  for (let k = 0; k < N; k += BATCH) await storeOnly.upsert(articles.slice(k, k + BATCH));
  const s1 = performance.now();
  storeOnly.close();
  const corpus = await Corpus.open({ indexedDB: new IDBFactory(), IDBKeyRange });
  const bytes = articles.reduce((s, a) => s + a.text.length, 0);
  const t0 = performance.now();
  for (let k = 0; k < N; k += BATCH) await corpus.upsert(articles.slice(k, k + BATCH));
  const t1 = performance.now();
  const again = await corpus.upsert(articles.slice(0, BATCH));
  const t2 = performance.now();
  const probe = (await corpus.getStored('syn-000123'))!.keys;
  const t3 = performance.now();
  const cands = await corpus.candidates(probe, 50);
  const t4 = performance.now();
  const list = await corpus.list();
  const t5 = performance.now();
  const bundle = await corpus.exportBundle();
  const t6 = performance.now();
  for (const a of articles) indexKeys(a);
  const t7 = performance.now();
  const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`articles: ${N} (${(bytes / 1e6).toFixed(1)} MB of text, ${probe.length} keys each), batch ${BATCH}`);
  console.log(`upsert all:            ${fmt(t1 - t0)}  (${Math.round(N / ((t1 - t0) / 1000))} articles/s)`);
  console.log(`store alone (keys precomputed): ${fmt(s1 - s0)}  (${Math.round(N / ((s1 - s0) / 1000))} articles/s)`);
  console.log(`  of which indexKeys:  ${fmt(t7 - t6)}  (the engine's key function, computed at write time)`);
  console.log(`re-upsert ${BATCH} (unchanged): ${fmt(t2 - t1)}  (${again.unchanged} unchanged)`);
  console.log(`candidates(${probe.length} keys): ${(t4 - t3).toFixed(0)} ms  (top: ${cands[0]?.id} hits ${cands[0]?.hits})`);
  console.log(`list summaries:        ${(t5 - t4).toFixed(0)} ms  (${list.length})`);
  console.log(`export bundle:         ${fmt(t6 - t5)}  (${bundle.articles.length})`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
