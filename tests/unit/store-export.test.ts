import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { bundleToJson, Corpus, parseBundle } from '../../lib/store/corpus';
import { article } from './store-helpers';

describe('export in parts', () => {
  it('gives byte for byte the JSON of the whole-bundle export (5 articles, odd characters, no articles)', async () => {
    const c = await Corpus.open({ indexedDB: new IDBFactory(), IDBKeyRange });
    expect((await c.exportParts('2026-01-01T00:00:00.000Z')).join('')).toBe(bundleToJson(await c.exportBundle('2026-01-01T00:00:00.000Z')));
    await c.upsert([
      article({ id: 'b', url: 'https://b.example/x', outlet: 'B "Post"', text: 'Line one.\nLine two with “quotes” and a tab\there.' }),
      article({ id: 'a', text: 'Émigrés returned. Ünïcode ✓ and a backslash \\ too.' }),
      article({ id: 'c', text: 'Third article. It is short.' }),
      article({ id: 'e', text: 'Fifth article, with a date.', date: '2025-12-23' }),
      article({ id: 'd', text: 'Fourth article. Quotes: "yes".' }),
    ]);
    const whole = bundleToJson(await c.exportBundle('2026-01-01T00:00:00.000Z'));
    const parts = await c.exportParts('2026-01-01T00:00:00.000Z');
    expect(parts.length).toBe(7);
    expect(parts.join('')).toBe(whole);
    expect(parseBundle(parts.join('')).articles.map((x) => x.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('exportBlob gives the same bytes page by page (pages of 2 over 5 articles, one page, empty corpus)', async () => {
    const c = await Corpus.open({ indexedDB: new IDBFactory(), IDBKeyRange });
    const at = '2026-01-01T00:00:00.000Z';
    expect(await (await c.exportBlob(at)).text()).toBe(bundleToJson(await c.exportBundle(at)));
    await c.upsert(['e', 'a', 'd', 'b', 'c'].map((id) => article({ id, text: `Article ${id} “here”. Second sentence of ${id}.` })));
    const whole = bundleToJson(await c.exportBundle(at));
    expect(await (await c.exportBlob(at, 2)).text()).toBe(whole);
    expect(await (await c.exportBlob(at, 5)).text()).toBe(whole);
    expect(await (await c.exportBlob(at)).text()).toBe(whole);
  });
});
