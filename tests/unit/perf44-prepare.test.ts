/**
 * perf44: the pass after an import that derives the newest articles' story vectors ahead of any compare
 * (lib/store/prepare.ts). What a reader would notice: the first compare of a new page after an import no longer
 * derives its candidates' vectors (faster), with the same report; a pass cut short (the options page closed, a new
 * import) goes on where it was; the kept vectors stay bounded. All fail on main (no prepareVectors there).
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { Corpus } from '../../lib/store/corpus';
import { prepareVectors } from '../../lib/store/prepare';
import { compareArticle } from '../../lib/engine/index';
import { vectorsKept } from '../../lib/engine/compare';
import { forgetDerived } from '../../lib/engine/features';
import { docVectorsDerived, packedVectorsOf, vectorsFingerprint } from '../../lib/engine/vectors';
import type { Article } from '../../lib/types';
import { loadSet } from '../data/engine/fixtures';

const open = () => Corpus.open({ indexedDB: new IDBFactory(), IDBKeyRange });
const now = () => Promise.resolve();

/** A new page's first compare: nothing derived yet, the page a new object; the report and the document vectors it derived. */
async function firstCompare(page: Article, c: Corpus) {
  forgetDerived();
  const d0 = docVectorsDerived();
  const report = await compareArticle(structuredClone(page), c);
  const docs = docVectorsDerived() - d0;
  await vectorsKept();
  return { report, docs };
}

describe('prepareVectors (perf44)', () => {
  it('after the pass, a first compare derives no candidate document vector, with the same report', async () => {
    const arts = [...(await loadSet('seeds')), ...(await loadSet('harbor')), ...(await loadSet('distractors'))];
    const c = await open();
    await c.upsert(arts);
    for (const page of [arts[3]!, arts[6]!]) {
      await c.db.vectors.clear();
      const cold = await firstCompare(page, c);
      expect(cold.docs).toBeGreaterThan(3); // its candidates, derived from their text
      await c.db.vectors.clear();
      const pass = await prepareVectors(c);
      expect(pass).toEqual({ derived: arts.length, done: true });
      const prepared = await firstCompare(page, c);
      expect(prepared.docs).toBeLessThanOrEqual(1); // the page's own at most
      expect(prepared.report).toEqual(cold.report);
    }
    // Each entry is what the engine derives for that article's content.
    for (const r of await c.db.vectors.toArray()) expect(r.of).toBe(vectorsFingerprint(arts.find((a) => a.id === r.id)!));
    c.close();
  });

  it('stops when cancelled, keeps what it wrote, and resumes without deriving it again', async () => {
    const arts = [...(await loadSet('seeds')), ...(await loadSet('harbor'))];
    const c = await open();
    await c.upsert(arts);
    const stop = new AbortController();
    const seen: Array<[number, number]> = [];
    const first = await prepareVectors(c, { batch: 2, pause: now, signal: stop.signal, onProgress: (d, t) => (seen.push([d, t]), stop.abort()) });
    expect(first).toEqual({ derived: 2, done: false });
    expect(seen).toEqual([[2, arts.length]]);
    expect(await c.db.vectors.count()).toBe(2);
    const d0 = docVectorsDerived();
    expect(await prepareVectors(c, { batch: 2, pause: now })).toEqual({ derived: arts.length - 2, done: true });
    expect(docVectorsDerived() - d0).toBe(arts.length - 2);
    expect(await prepareVectors(c)).toEqual({ derived: 0, done: true });
    c.close();
  });

  it('keeps the newest-added articles within the bound, a tenth left for compares, making room by dropping older entries', async () => {
    const arts = [...(await loadSet('seeds')), ...(await loadSet('harbor'))];
    const c = await open();
    for (const a of arts) {
      await c.upsert([a]);
      await new Promise((r) => setTimeout(r, 3)); // distinct addedAt, in this order
    }
    // Entries an earlier compare kept for the three oldest.
    await c.keepVectors(arts.slice(0, 3).map((a) => ({ id: a.id, of: vectorsFingerprint(a), vec: packedVectorsOf(a)! })));
    c.vectorsMax = 5; // the pass fills 4 of them (a tenth, rounded up, left for compares)
    expect(await prepareVectors(c, { pause: now })).toEqual({ derived: 4, done: true });
    const kept = ((await c.db.vectors.toCollection().primaryKeys()) as string[]).sort();
    expect(kept).toEqual(arts.slice(-4).map((a) => a.id).sort());
    c.close();
  });
});
