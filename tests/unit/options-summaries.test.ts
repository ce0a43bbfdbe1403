/**
 * The corpus manager's table follows the store without re-reading it: the newest rows first, then
 * every summary, then only the summaries a delete, an undo or an edit touched (lib/store/
 * summaries-page.ts over Dexie's storagemutated event), on a real Dexie database (fake-indexeddb).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SummaryIndex, DEFAULT_QUERY } from '../../components/options/table-model';
import type { Corpus } from '../../lib/store/corpus';
import { firstSummaries, followSummaries, readSummaries, summaryChange } from '../../lib/store/summaries-page';
import { article, openTestCorpus } from './store-helpers';

const story = (k: number, date: string | null = `2025-01-${String(1 + (k % 28)).padStart(2, '0')}`) =>
  article({ id: `a${String(k).padStart(3, '0')}`, text: `Story number ${k} happened. It had ${k} witnesses.`, date, url: `https://example.com/${k}` });

let stops: Array<() => void> = [];
afterEach(() => {
  stops.forEach((s) => s());
  stops = [];
});

/** An index that counts how it was changed. */
function countingIndex() {
  const index = new SummaryIndex();
  const calls = { replaceAll: 0, apply: 0 };
  return {
    index,
    calls,
    sink: {
      replaceAll: (rows: Parameters<SummaryIndex['replaceAll']>[0]) => (calls.replaceAll++, index.replaceAll(rows)),
      apply: (rows: Parameters<SummaryIndex['apply']>[0], gone: string[]) => (calls.apply++, index.apply(rows, gone)),
    },
  };
}

const until = async (ok: () => boolean, what: string) => {
  for (let t = 0; t < 200 && !ok(); t++) await new Promise((r) => setTimeout(r, 5));
  if (!ok()) throw new Error(`timed out waiting for ${what}`);
};

async function followed(c: Corpus) {
  const t = countingIndex();
  let loaded = 0;
  let first: number | null = null;
  stops.push(
    followSummaries(c.db, t.sink, {
      first: 3,
      onFirst: (rows) => (first = rows.length),
      onLoaded: () => loaded++,
      onError: (e) => {
        throw e;
      },
    }),
  );
  await until(() => loaded === 1, 'the first load');
  return { ...t, first: () => first, loaded: () => loaded };
}

describe('summaries for the corpus table', () => {
  it('reads the newest first, then everything in pages', async () => {
    const c = await openTestCorpus();
    await c.upsert([...Array.from({ length: 7 }, (_, k) => story(k)), story(7, null)]);
    expect((await firstSummaries(c.db, 3)).map((r) => r.date)).toEqual(['2025-01-07', '2025-01-06', '2025-01-05']);
    expect((await firstSummaries(c.db, 10)).map((r) => r.id).at(-1)).toBe('a007'); // undated after the dated
    const pages: number[] = [];
    const all = await readSummaries(c.db, { page: 3, onPage: (rows) => pages.push(rows.length) });
    expect(pages).toEqual([3, 3, 2]);
    expect(all.map((r) => r.id)).toEqual(['a000', 'a001', 'a002', 'a003', 'a004', 'a005', 'a006', 'a007']);
  });

  it('applies a delete, an undo and an edit in place, reading only the summaries concerned', async () => {
    const c = await openTestCorpus();
    await c.upsert(Array.from({ length: 12 }, (_, k) => story(k)));
    const t = await followed(c);
    expect(t.first()).toBe(3);
    expect(t.index.size).toBe(12);
    const reads = t.calls.replaceAll;

    const trashed = await c.delete(['a004']);
    await until(() => t.index.size === 11, 'the delete');
    expect(t.index.get('a004')).toBeUndefined();

    await c.restoreFromTrash(trashed.map((e) => e.key));
    await until(() => t.index.size === 12, 'the undo');

    await c.update('a005', { title: 'Renamed by the reader' });
    await until(() => t.index.get('a005')?.title === 'Renamed by the reader', 'the edit');
    expect(t.index.query({ ...DEFAULT_QUERY, search: 'renamed' }).map((r) => r.id)).toEqual(['a005']);

    await c.upsert([story(40)]); // one article from a file import
    await until(() => t.index.size === 13, 'the import');

    expect(t.calls.replaceAll).toBe(reads); // never the whole table again
    expect(t.calls.apply).toBeGreaterThanOrEqual(4);
  });

  it('reads everything again after a clear or a bulk write, and ends equal to the store', async () => {
    const c = await openTestCorpus();
    await c.upsert([story(1)]);
    const t = await followed(c);
    await c.upsert(Array.from({ length: 80 }, (_, k) => story(100 + k))); // Dexie: a whole-table change
    await until(() => t.index.size === 81, 'the bulk write');
    await c.clear();
    await until(() => t.index.size === 0, 'the clear');
    await c.upsert([story(2), story(3)]);
    await until(() => t.index.size === 2, 'the next import');
    expect([...t.index.rows()].map((r) => r.id).sort()).toEqual((await c.list()).map((r) => r.id).sort());
  });

  it('tells ids from whole-table changes in Dexie\'s change sets', () => {
    const point = (k: string) => ({ from: k, to: k, d: 1 });
    expect(summaryChange({ 'idb://parallax/summaries/': point('x') }, 'parallax')).toEqual({ kind: 'ids', ids: ['x'] });
    expect(summaryChange({ 'idb://parallax/summaries/': { from: '', to: [[]], d: 1 } }, 'parallax')).toEqual({ kind: 'all' });
    expect(summaryChange({ 'idb://other/summaries/': point('x') }, 'parallax')).toBeNull();
    expect(summaryChange({ 'idb://parallax/articles/': point('x') }, 'parallax')).toBeNull();
  });
});
