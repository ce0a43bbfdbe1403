/**
 * perf56: lib/store keeps each article's story keys (StoredArticle.keys); getMany now hands them beside the article
 * (read-cache.ts keepStoredKeys), so a story decision of a stored article (closure's extra decisions, their pools read
 * ahead) takes them instead of deriving them again (~10 ms an article, on the main thread, before its pool's reads
 * start). Only when they are the engine's keys at this KEYS_VERSION, and only while the object's text is theirs. What a
 * reader would notice: the same report.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { Corpus } from '../../lib/store/corpus';
import { compareArticle, indexKeys } from '../../lib/engine';
import { storedKeysOf, useStoredKeys } from '../../lib/engine/read-cache';
import { article, BAKERY, FERRY } from './store-helpers';

afterEach(() => {
  useStoredKeys(true);
});

const FERRY_MORE = 'Ferry fares to Lindqvist Island rose on Monday, the port authority said, and the 9pm boat will carry bicycles free from March.';
const texts = [...FERRY, FERRY_MORE, BAKERY];
const stored = () => texts.map((text, j) => article({ id: `s${j}`, text, title: `Ferry story ${j}`, outlet: `Outlet ${j}`, date: '2026-03-02' }));
const page = () => article({ id: 'page', text: FERRY[0]!.replace('Monday', 'Monday morning'), title: 'Ferry story', outlet: 'Page outlet', date: '2026-03-02' });

describe('a stored article comes with its story keys', () => {
  it('getMany hands the keys the store keeps, which are the engine’s keys of that text', async () => {
    const c = await Corpus.open({ indexedDB: new IDBFactory(), IDBKeyRange });
    await c.upsert(stored());
    const got = await c.getMany(['s1', 's3']);
    expect(got).toHaveLength(2);
    for (const a of got) expect(storedKeysOf(a)).toEqual(indexKeys(a));
    // Not once the object's text is no longer the one they were kept for.
    got[0]!.text += ' The port authority later withdrew the plan.';
    expect(storedKeysOf(got[0]!)).toBeNull();
    // An article the store did not hand has none.
    expect(storedKeysOf(page())).toBeNull();
  });

  it('none from a store whose keys are not the engine’s', async () => {
    const c = await Corpus.open({ indexedDB: new IDBFactory(), IDBKeyRange, keysOf: (a) => a.text.split(' ').slice(0, 3) });
    await c.upsert(stored());
    const [a] = await c.getMany(['s1']);
    expect(storedKeysOf(a!)).toBeNull();
  });

  it('a compare taking the stored keys gives the same report as one deriving them', async () => {
    const c = await Corpus.open({ indexedDB: new IDBFactory(), IDBKeyRange });
    await c.upsert(stored());
    useStoredKeys(false);
    const derived = JSON.stringify(await compareArticle(page(), c));
    useStoredKeys(true);
    const report = await compareArticle(page(), c);
    expect(JSON.stringify(report)).toBe(derived);
    expect(report.related.map((r) => r.id).sort()).toEqual(['s0', 's1', 's2', 's3']);
  });
});
