/**
 * Story vectors kept with the stored article (schema v8, lib/engine/vectors.ts): a freshly opened
 * panel reads each candidate's document vector, names and figures with the article instead of
 * deriving them from its text. What a reader would notice if this went wrong: a different story
 * (a candidate scored on stale or garbled vectors), or an old corpus that stops comparing.
 */
import { createHash } from 'node:crypto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { bundleToJson, Corpus, toArticle } from '../../lib/store/corpus';
import { createDb, DB_VERSION } from '../../lib/store/db';
import { answerKeys } from '../../lib/store/key-worker';
import { findRelated, MemoryIndex } from '../../lib/engine/index';
import { forgetDerived } from '../../lib/engine/features';
import {
  isCurrentPacked,
  packVectors,
  packedVectorsOf,
  STORY_VECTORS_VERSION,
  storedVectorsOf,
  storyVectors,
  unpackVectors,
} from '../../lib/engine/vectors';
import type { Article, CorpusIndex } from '../../lib/types';
import { loadSet } from '../data/engine/fixtures';

const entries = (v: ReturnType<typeof storyVectors>) => ({ doc: [...v.doc], names: [...v.names], figures: [...v.figures] });

/** Every candidate's evidence and decision, the article objects left out. */
async function decisions(article: Article, corpus: CorpusIndex) {
  forgetDerived(); // a freshly opened panel: nothing derived yet
  const { candidates } = await findRelated(structuredClone(article), corpus);
  return candidates.map(({ article: a, ...rest }) => ({ id: a.id, ...rest }));
}

describe('story vectors kept with the article (schema v8)', () => {
  it('pack and unpack to the same vectors, in the same order (so the cosines sum in the same order)', async () => {
    const arts = [...(await loadSet('seeds')), ...(await loadSet('plague'))];
    for (const a of arts) {
      const v = storyVectors(a);
      expect(v.doc.size).toBeGreaterThan(10);
      const back = unpackVectors(structuredClone(packVectors(v)!))!;
      expect(entries(back)).toEqual(entries(v));
    }
    // A term that cannot be packed keeps nothing (the engine derives it), never a garbled vector.
    expect(packVectors({ doc: new Map([['a\u0001b', 1]]), names: new Map(), figures: new Set() })).toBeNull();
    // Another version's record is not read as current.
    expect(isCurrentPacked({ ...packedVectorsOf(arts[0]!)!, v: STORY_VECTORS_VERSION + 1 })).toBe(false);
  });

  it('pins what the vectors are on tests/data: a change to them must bump STORY_VECTORS_VERSION', async () => {
    // When lib/nlp (tokens, stem, quantities) or keys.ts contentStem change the vectors, records
    // stored by the old code would be read as current: bump STORY_VECTORS_VERSION (stored ones are
    // then ignored and derived again) and put the new hash here.
    const arts = [...(await loadSet('seeds')), ...(await loadSet('harbor')), ...(await loadSet('plague'))];
    const h = createHash('sha256');
    for (const a of arts) h.update(JSON.stringify([a.id, entries(storyVectors(a))]));
    expect({ version: STORY_VECTORS_VERSION, hash: h.digest('hex').slice(0, 16) }).toEqual({ version: 1, hash: PINNED });
  });

  it('are written with every article (on the page and by the key worker) and handed to the engine with it', async () => {
    const seeds = await loadSet('seeds');
    const c = await Corpus.open({ indexedDB: new IDBFactory(), IDBKeyRange });
    await c.upsertBatched(seeds.slice(0, 3), { batch: 2 });
    // The key worker's answer carries the same packed vectors when asked with the unit texts.
    const w = answerKeys({ seq: 1, keys: seeds.slice(3).map((a) => ({ title: a.title, text: a.text, quotes: a.quotes, units: a.units.map((u) => u.text) })) });
    c.keysElsewhere = async () => w as { keys: string[][]; vec: never };
    await c.upsertBatched(seeds.slice(3));
    for (const a of seeds) {
      const rec = (await c.getStored(a.id))!;
      expect(isCurrentPacked(rec.vec)).toBe(true);
      expect(entries(unpackVectors(rec.vec!)!)).toEqual(entries(storyVectors(a)));
    }
    const [got] = await c.getMany([seeds[0]!.id]);
    expect(entries(storedVectorsOf(got!)!)).toEqual(entries(storyVectors(seeds[0]!)));
    // Not part of the article: the export and get() are as before.
    expect(Object.keys(got!)).not.toContain('vec');
    expect(JSON.stringify(await c.exportBundle('t'))).not.toContain('"vec"');
    // An edit that changes what they read writes them again.
    await c.update(seeds[0]!.id, { title: 'Bukele offers to take deportees' });
    expect(entries(unpackVectors((await c.getStored(seeds[0]!.id))!.vec!)!)).toEqual(entries(storyVectors({ ...seeds[0]!, title: 'Bukele offers to take deportees' })));
    c.close();
  });

  it('give the same story decisions as vectors derived from the text', async () => {
    const arts = [...(await loadSet('seeds')), ...(await loadSet('harbor')), ...(await loadSet('distractors'))];
    const c = await Corpus.open({ indexedDB: new IDBFactory(), IDBKeyRange });
    await c.upsert(arts);
    const plain = new MemoryIndex(arts);
    for (const q of arts.slice(0, 8)) expect(await decisions(q, c)).toEqual(await decisions(q, plain));
    c.close();
  });

  it('opens a v7 database with data under v8: articles and summaries kept, the unused outlet indexes gone, old records compare the same and get vectors when re-indexed', async () => {
    const indexedDB = new IDBFactory();
    const arts = [...(await loadSet('seeds')), ...(await loadSet('harbor'))];
    // Written by the v7 code: the same records, without vectors.
    const v7 = new Corpus(createDb({ indexedDB, IDBKeyRange, name: 'v7' }, 7));
    await v7.db.open();
    expect(v7.db.verno).toBe(7);
    v7.keepVectors = false;
    await v7.upsert(arts);
    const before = bundleToJson(await v7.exportBundle('t'));
    const list = await v7.list();
    const summaryIndexes = (db: Corpus) => [...db.db.backendDB().transaction('summaries').objectStore('summaries').indexNames].sort();
    expect(summaryIndexes(v7)).toEqual(['[outlet+date]', 'addedAt', 'date', 'outlet']);
    const oldDecisions = await decisions(arts[3]!, v7);
    v7.close();

    const c = await Corpus.open({ indexedDB, IDBKeyRange, name: 'v7' });
    expect(c.db.verno).toBe(DB_VERSION);
    expect(summaryIndexes(c)).toEqual(['addedAt', 'date']);
    expect(bundleToJson(await c.exportBundle('t'))).toBe(before);
    expect(await c.list()).toEqual(list);
    expect(await c.getMany(arts.map((a) => a.id))).toEqual(arts.map(toArticle));
    // An old record has no vectors: the engine derives them, the same decisions.
    expect((await c.getStored(arts[0]!.id))!.vec).toBeUndefined();
    expect(await decisions(arts[3]!, c)).toEqual(oldDecisions);
    // A re-index of every article writes them (from its units as cut again), the same decisions.
    expect(await c.reindex({ all: true })).toBe(arts.length);
    for (const a of arts) expect(entries(unpackVectors((await c.getStored(a.id))!.vec!)!)).toEqual(entries(storyVectors(toArticle((await c.getStored(a.id))!))));
    expect(await decisions(arts[3]!, c)).toEqual(oldDecisions);
    // Writes after the upgrade keep them.
    await c.upsert([{ ...arts[0]!, title: 'A new title' }]);
    expect(entries(unpackVectors((await c.getStored(arts[0]!.id))!.vec!)!)).toEqual(entries(storyVectors({ ...arts[0]!, title: 'A new title' })));
    c.close();
  });
});

const PINNED = '54b94d85497ec5eb';
