/**
 * perf56: two cuts of a cold compare's wait for closure's extra story decisions, answers unchanged.
 * 1. lib/store keeps each article's story keys (StoredArticle.keys); getMany now hands them beside the article
 *    (read-cache.ts keepStoredKeys), so a story decision of a stored article takes them instead of deriving them
 *    again. Only when they are the engine's keys at this KEYS_VERSION, and only while the object's text is theirs.
 * 2. The page's decision tells its candidates' evidence but the alignment's before it aligns them
 *    (CompareOptions.beforeAlign); the compare then asks the key lists of the articles closure will probably ask
 *    about (compare.ts earlyAsked) while the page's alignment computes. What a reader would notice: the same report.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { Corpus } from '../../lib/store/corpus';
import { compareArticle, findRelated, indexKeys } from '../../lib/engine';
import { storyProbability, type StoryEvidence } from '../../lib/engine/story';
import { earlyAsked, earlyStoryReads } from '../../lib/engine/compare';
import { storedKeysOf, useStoredKeys } from '../../lib/engine/read-cache';
import { STORY_CLOSURE, STORY_MODEL } from '../../lib/engine/fitted/story';
import type { Article } from '../../lib/types';
import { article, BAKERY, FERRY } from './store-helpers';

afterEach(() => {
  useStoredKeys(true);
  earlyStoryReads(true);
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

describe('closure’s likely key lists are asked before the page’s alignment', () => {
  it('findRelated tells each candidate’s evidence but the alignment’s, before it has decided', async () => {
    const c = await Corpus.open({ indexedDB: new IDBFactory(), IDBKeyRange });
    await c.upsert(stored());
    let told: Array<{ article: Article; docScore: number; names: number; title: number; lead: number }> = [];
    let decided = false;
    const got = findRelated(page(), c, {
      beforeAlign: (e) => {
        expect(decided).toBe(false);
        told = e;
      },
    }).then((r) => ((decided = true), r));
    const { candidates } = await got;
    expect(told.map((e) => e.article.id).sort()).toEqual(candidates.map((x) => x.article.id).sort());
    for (const e of told) {
      const x = candidates.find((y) => y.article.id === e.article.id)!;
      expect(e.lead).toBe(0);
      expect([e.docScore, e.names, e.title]).toEqual([x.docScore, x.names, x.title]);
    }
  });

  it('guesses closure’s near miss and the story’s most probable article, and nothing without a possible story', () => {
    const a = (id: string) => article({ id, text: `Invented text ${id}.` });
    const e = (id: string, x: Partial<StoryEvidence>) => ({ article: a(id), apart: 0, docScore: 0, z: 0, lead: 0, names: 0, figures: 0, title: 0, ratio: 0, back: 0, ...x });
    const top = e('top', { docScore: 0.9, z: 10, names: 1, figures: 1, title: 1, ratio: 1, back: 1 });
    const near = e('near', { docScore: 0.3, z: 3, names: 0.2, title: 0.5, ratio: 0.4, back: 1 });
    const far = e('far', { docScore: 0.05, ratio: 0.05 });
    // At the lead earlyAsked assumes (0.5): clearly related, a near miss (closure's), and far below it.
    const at = (x: StoryEvidence) => storyProbability({ ...x, lead: 0.5 });
    expect(at(top)).toBeGreaterThanOrEqual(0.75);
    expect(at(near)).toBeGreaterThanOrEqual(STORY_CLOSURE.pmin);
    expect(at(near)).toBeLessThan(STORY_MODEL.threshold);
    expect(at(far)).toBeLessThan(STORY_CLOSURE.pmin);
    expect(earlyAsked([top, near, far]).map((x) => x.id).sort()).toEqual(['near', 'top']);
    // Without anything that could be related there is no story, and closure asks nothing.
    expect(earlyAsked([near, far])).toEqual([]);
  });

  it('a compare reading them early gives the same report and reads no more articles', async () => {
    const c = await Corpus.open({ indexedDB: new IDBFactory(), IDBKeyRange });
    await c.upsert(stored());
    const asked: Record<string, string[]> = { on: [], off: [] };
    const watched = (how: 'on' | 'off') => {
      const w = Object.create(c) as Corpus;
      w.getMany = (ids: string[]) => (asked[how]!.push(...ids), c.getMany(ids));
      return w;
    };
    earlyStoryReads(false);
    const off = JSON.stringify(await compareArticle(page(), watched('off')));
    earlyStoryReads(true);
    const on = await compareArticle(page(), watched('on'));
    expect(JSON.stringify(on)).toBe(off);
    expect(asked.on.sort()).toEqual(asked.off.sort());
  });
});
