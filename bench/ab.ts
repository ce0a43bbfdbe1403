/** Shared pieces of the Node CPU benches that compare two arms of one lib (a switch on / off). */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Corpus } from '../lib/store/corpus';
import type { Article } from '../lib/types';
import { loadSet, loadZyte } from '../tests/data/engine/fixtures';
import { zipfArticles } from './synthetic';
import { vectorsKept } from '../lib/engine/compare';
import { forgetDerived } from '../lib/engine/features';

/** Before a cold compare: the vectors earlier compares stored (once their writes have landed) and the derived features forgotten. */
export async function forgetCompares(corpus: Corpus): Promise<void> {
  await vectorsKept();
  await corpus.db.vectors.clear();
  forgetDerived();
}

/**
 * `rounds` rounds over the queries, each query run in both arms, the order alternating by round and query (A B, then
 * B A: a slot's bias cancels). `once` runs one compare in one arm and returns its report as text; the result is how many
 * query runs gave two different reports (an exact switch gives 0).
 */
export async function alternateArms(queries: readonly Article[], rounds: number, once: (q: Article, on: boolean) => Promise<string>): Promise<number> {
  let differ = 0;
  for (let r = 0; r < rounds; r++) {
    for (const [k, q] of queries.entries()) {
      const order = (r + k) % 2 === 0 ? [true, false] : [false, true];
      const out: string[] = [];
      for (const on of order) out.push(await once(q, on));
      if (out[0] !== out[1]) differ++;
    }
  }
  return differ;
}

/**
 * Dev data only: the labelled engine sets but the facts held set europa (the queries), the zyte pages and `zipf`
 * synthetic articles (bench/synthetic.ts, seed 57, so that more pools fill to 40), stored in a lib/store Corpus on
 * fake-indexeddb in transactions of 70 (as bench/engine-identity.ts --store does).
 */
export async function devCorpus(name: string, zipf: number): Promise<{ queries: Article[]; zyte: Article[]; corpus: Corpus }> {
  const queries: Article[] = [];
  for (const set of ['seeds', 'harbor', 'distractors', 'page', 'doobie', 'plague', 'meth'] as const) queries.push(...(await loadSet(set)));
  const zyte = loadZyte();
  if (zyte.length === 0) console.log('zyte pages absent (ZYTE_HTML_DIR): corpus without them');
  const corpus = await Corpus.open({ indexedDB: new IDBFactory(), IDBKeyRange, name });
  await corpus.upsertBatched([...queries, ...zyte, ...zipfArticles(zipf, { seed: 57 })], { batch: 70 });
  return { queries, zyte, corpus };
}
