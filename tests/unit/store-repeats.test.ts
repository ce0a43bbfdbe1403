/**
 * Schema v10: the corpus keeps, per site, how many articles carry each sentence (lib/store/repeats.ts), so a compare
 * can tell the site's page furniture (lib/engine/repeats.ts). What a reader would notice: the store says what the
 * in-memory index says on a small corpus, follows deletes, edits, the trash and restores, opens a v9 database with data
 * with the same counts, and never says a sentence is carried more often than it is.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { Corpus } from '../../lib/store/corpus';
import { createDb, DB_VERSION } from '../../lib/store/db';
import { countRepeats, repeatCountsOf, REPEAT_WINDOW, textNumber } from '../../lib/store/repeats';
import { MemoryIndex } from '../../lib/engine';
import { repeatKey, repeatKeys } from '../../lib/engine/repeats';
import type { Article } from '../../lib/types';
import { article } from './store-helpers';

const PROMPT = 'Sign up for the Valley Courier newsletter to get the news every morning.';
const courier = (k: number, extra = '') =>
  article({ id: `c${k}`, outlet: 'Valley Courier', text: `Story number ${k} happened on street ${k}. ${extra}${PROMPT}` });
const other = (k: number) => article({ id: `o${k}`, outlet: 'Hill Times', text: `Another story ${k} took place. ${PROMPT}` });

const open = () => Corpus.open({ indexedDB: new IDBFactory(), IDBKeyRange, name: 'repeats' });
const keyOf = (a: Article) => repeatKey(a.outlet, PROMPT)!;

describe('repeat counts (schema v10)', () => {
  it('counts a sentence per site as the in-memory index does, and follows deletes, edits and the trash', async () => {
    const arts = [courier(1), courier(2), courier(3), other(1), other(2)];
    const c = await open();
    await c.upsert(arts);
    const m = new MemoryIndex(arts);
    const keys = [...new Set(arts.flatMap(repeatKeys))];
    expect(await c.repeatCounts(keys)).toEqual(await m.repeatCounts(keys));
    expect((await c.repeatCounts([keyOf(courier(1))])).get(keyOf(courier(1)))).toBe(3);
    expect((await c.repeatCounts([keyOf(other(1))])).get(keyOf(other(1)))).toBe(2);

    const trashed = await c.delete(['c1']);
    expect((await c.repeatCounts([keyOf(courier(1))])).get(keyOf(courier(1)))).toBe(2);
    await c.restoreFromTrash(trashed.map((e) => e.key));
    expect((await c.repeatCounts([keyOf(courier(1))])).get(keyOf(courier(1)))).toBe(3);

    // An article's outlet corrected: its sentences now count for the other site.
    await c.update('c2', { outlet: 'Hill Times' });
    expect((await c.repeatCounts([keyOf(courier(1))])).get(keyOf(courier(1)))).toBe(2);
    expect((await c.repeatCounts([keyOf(other(1))])).get(keyOf(other(1)))).toBe(3);

    await c.deleteForGood(['c3']);
    expect((await c.repeatCounts([keyOf(courier(1))])).get(keyOf(courier(1)))).toBe(1);
    await c.clear();
    expect((await c.repeatCounts([keyOf(courier(1))])).get(keyOf(courier(1)))).toBe(0);
    c.close();
  });

  it('counts the same through a batched import, re-imports included', async () => {
    const at = (a: Article) => ({ ...a, url: `https://news.example/${a.id}` });
    const arts = [courier(1), courier(2), courier(3), other(1), other(2), courier(4)].map(at);
    const c = await open();
    await c.upsertBatched(arts, { batch: 2 });
    // The same addresses again, one with its outlet corrected and one with a sentence more: replaced, not added.
    const again = [{ ...courier(1), outlet: 'Hill Times' }, courier(2, 'The mayor attended. ')].map(at);
    const r = await c.upsertBatched(again, { batch: 1 });
    expect(r.updated).toBe(2);
    const stored = await c.getMany(arts.map((a) => a.id));
    expect(stored.length).toBe(arts.length);
    const keys = [...new Set([...arts, ...again].flatMap(repeatKeys))];
    expect(await c.repeatCounts(keys)).toEqual(await new MemoryIndex(stored).repeatCounts(keys));
    expect((await c.repeatCounts([keyOf(courier(1))])).get(keyOf(courier(1)))).toBe(3);
    c.close();
  });

  it('a v9 database with data opens as v10 with the counts of its articles', async () => {
    const indexedDB = new IDBFactory();
    const arts = [courier(1), courier(2), other(1)];
    const v9 = new Corpus(createDb({ indexedDB, IDBKeyRange, name: 'v9' }, 9));
    await v9.upsert(arts);
    v9.close();
    const c = await Corpus.open({ indexedDB, IDBKeyRange, name: 'v9' });
    expect(c.db.verno).toBe(DB_VERSION);
    const keys = [...new Set(arts.flatMap(repeatKeys))];
    expect(await c.repeatCounts(keys)).toEqual(await new MemoryIndex(arts).repeatCounts(keys));
    await c.upsert([courier(3)]);
    expect((await c.repeatCounts([keyOf(courier(1))])).get(keyOf(courier(1)))).toBe(3);
    c.close();
  });

  it('keeps a big site’s boilerplate, drops its one-off sentences, and never counts more than the carriers', () => {
    // Text hashes as the store gets them (16 hex digits, random in their first digits).
    const hex = (kind: string, k = 0) => `${kind}${k.toString(16).padStart(6, '0')}`.padEnd(16, '5');
    let rec = countRepeats(undefined, 's', [], []);
    const n = REPEAT_WINDOW * 5 + 7;
    const truth = new Map<string, number>();
    for (let k = 0; k < n; k++) {
      // Every article: the boilerplate, its own sentence, a sentence shared with the next article only, and one line
      // under every tenth article.
      const texts = [hex('b'), hex('a', k), hex('c', k >> 1), ...(k % 10 === 0 ? [hex('d')] : [])];
      for (const t of texts) truth.set(t, (truth.get(t) ?? 0) + 1);
      rec = countRepeats(rec, 's', [], [texts]);
    }
    const all = [...truth.keys()];
    const kept = repeatCountsOf(rec, all);
    expect(kept[0]).toBe(n);
    all.forEach((t, k) => expect(kept[k]).toBeLessThanOrEqual(truth.get(t)!));
    expect(kept[all.indexOf(hex('d'))]).toBeGreaterThan(0);
    // Bounded: the one-off sentences of past windows are gone.
    expect(rec.t.length).toBeLessThan(REPEAT_WINDOW * 3);
    rec = countRepeats(rec, 's', [[hex('b')]], []);
    expect(repeatCountsOf(rec, [hex('b')])[0]).toBe(n - 1);
  });

  it('keeps each text as the number of its first 53 bits (distinct hashes stay distinct, case does not matter)', () => {
    // 0x0123456789abcdef: the first 8 digits whole, the next 8 without their last 11 bits.
    expect(textNumber('0123456789abcdef')).toBe(0x01234567 * 2 ** 21 + (0x89abcdef >>> 11));
    expect(textNumber('0123456789ABCDEF')).toBe(textNumber('0123456789abcdef'));
    expect(textNumber('ffffffffffffffff')).toBe(2 ** 53 - 1);
    expect(textNumber('0000000000000000')).toBe(0);
    // Past the 16th digit nothing counts; a difference in the first 53 bits does.
    expect(textNumber('0123456789abcdef99')).toBe(textNumber('0123456789abcdef'));
    expect(textNumber('0123456789abd000')).not.toBe(textNumber('0123456789abc000'));
    // Not 16 hex digits: read as parseInt reads the two halves.
    expect(textNumber('12')).toBe(0x12 * 2 ** 21);
    expect(textNumber('zz')).toBeNaN();
  });
});
