/**
 * Speed work must not change what the engine says. This writes everything the engine decides —
 * each candidate's story evidence and score (findRelated) and the whole report (compareArticle) —
 * for every article of the labelled sets (tests/data/engine, seeds) read against its own set and
 * against one mixed corpus (all sets plus up to 60 zyte pages when ../shared is there), twice in
 * one process (cold caches, then warm caches and fresh copies of every article), and prints a
 * sha256 of each part. Run it before and after a change and compare the hashes (or `cmp` the files).
 *
 *   npx tsx bench/engine-identity.ts [OUT.json]     (default /tmp/engine-identity.json)
 *
 * `--stored`: every article the index hands the engine comes with its story vectors packed and
 * structured-cloned (as lib/store keeps them, lib/engine/vectors.ts), and every article's derived
 * record is forgotten before each question (a freshly opened panel): the stored vectors are read
 * wherever the store would give them. The hashes must equal a run without it.
 *
 * `--store`: each index is a lib/store Corpus on fake-indexeddb filled by `upsertBatched` in
 * transactions of 70 (so its candidate lists come from the store's own index, several chunks of
 * postings in schema v9) instead of a MemoryIndex: run it before and after a store change.
 *
 * Not a test (the reports change whenever the engine's method does); a check for speed changes.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { compareArticle, findRelated, MemoryIndex } from '../lib/engine/index';
import type { Article, CorpusIndex } from '../lib/types';
import { forgetDerived } from '../lib/engine/features';
import { keepStoredVectors, packedVectorsOf } from '../lib/engine/vectors';
import { loadSet, loadZyte } from '../tests/data/engine/fixtures';

const stored = process.argv.includes('--stored');
const inStore = process.argv.includes('--store');
/** The index of one run: a MemoryIndex, or (--store) a Corpus on fake-indexeddb holding the same articles. */
async function indexOf(label: string, articles: Article[]): Promise<CorpusIndex> {
  if (!inStore) return asStored(new MemoryIndex(articles));
  const { IDBFactory, IDBKeyRange } = await import('fake-indexeddb');
  const { Corpus } = await import('../lib/store/corpus');
  const c = await Corpus.open({ indexedDB: new IDBFactory(), IDBKeyRange, name: label });
  await c.upsertBatched(articles, { batch: 70 });
  return c;
}
const out = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '/tmp/engine-identity.json';
/** The index as lib/store hands articles over: fresh copies, each with its packed vectors (--stored). */
function asStored(index: MemoryIndex): CorpusIndex {
  if (!stored) return index;
  return new Proxy(index, {
    get(target, prop, receiver) {
      if (prop === 'getMany') {
        return async (ids: string[]) =>
          (await target.getMany(ids)).map((a) => {
            const copy = structuredClone(a);
            keepStoredVectors(copy, structuredClone(packedVectorsOf(a)));
            return copy;
          });
      }
      const v = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}
const coldPanel = () => {
  if (stored) forgetDerived();
};
const names = ['seeds', 'harbor', 'distractors', 'page', 'doobie', 'plague', 'meth', 'europa'] as const;
const sets: Array<{ name: string; articles: Article[] }> = [];
for (const name of names) sets.push({ name, articles: await loadSet(name) });
const zyte = loadZyte(60);
if (zyte.length === 0) console.log('zyte pages absent (../shared): mixed corpus without them');
const mixed = [...sets.flatMap((s) => s.articles), ...zyte];
// Ids repeat across sets (seeds are in several): the mixed corpus keeps the last of each id.

async function pass(fresh: boolean): Promise<Record<string, string>> {
  const copy = (a: Article) => (fresh ? structuredClone(a) : a);
  const parts: Record<string, string> = {};
  const runs: Array<{ label: string; index: CorpusIndex; queries: Article[] }> = [
    ...(await Promise.all(sets.map(async (s) => ({ label: s.name, index: await indexOf(s.name, s.articles.map(copy)), queries: s.articles })))),
    { label: 'mixed', index: await indexOf('mixed', mixed.map(copy)), queries: sets.flatMap((s) => s.articles) },
  ];
  for (const r of runs) {
    const rows: unknown[] = [];
    for (const q of r.queries) {
      coldPanel();
      const { candidates } = await findRelated(copy(q), r.index);
      const story = candidates.map((c) => {
        const { article, ...rest } = c;
        return { id: article.id, ...rest };
      });
      coldPanel();
      const report = await compareArticle(copy(q), r.index);
      rows.push({ q: q.id, story, report });
    }
    const json = JSON.stringify(rows) // full precision: identical means bit for bit;
    parts[r.label] = json;
  }
  return parts;
}

const t0 = performance.now();
const cold = await pass(false);
const t1 = performance.now();
const warm = await pass(true);
const t2 = performance.now();
const sha = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);
for (const k of Object.keys(cold)) {
  console.log(`${k.padEnd(12)} ${sha(cold[k]!)}${cold[k] === warm[k] ? '' : `  WARM DIFFERS ${sha(warm[k]!)}`}`);
}
writeFileSync(out, JSON.stringify(cold));
console.log(`all          ${sha(JSON.stringify(cold))}  (${out}; cold pass ${(t1 - t0).toFixed(0)} ms, warm pass ${(t2 - t1).toFixed(0)} ms)`);
