/**
 * perf54: the side panel's compare in Chrome's offscreen document (lib/extension/platform.ts
 * compareOffscreen / serveOffscreenCompare): the report that comes back by message (JSON, as Chrome's
 * messages are) is the report a compare in the panel gives; the document answers extension pages
 * only; a corpus changed between two compares is read anew (the document keeps no corpus answers);
 * no answer in time is a failure the panel falls back from. Invented articles.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { compareOffscreen, OFFSCREEN_COMPARE } from '../../lib/extension/platform';
import { compareArticle, MemoryIndex } from '../../lib/engine';
import { fakeBrowserEach, HERE, OTHER, wireCompareContext } from './compare-context';
import type { Article, CorpusIndex, Report } from '../../lib/types';

const fake = fakeBrowserEach();

/** An offscreen document already open whose listener is `serveOffscreenCompare(compare)`; `senderUrl` is who asks. */
function serve(compare: (a: Article | null) => Promise<Report | null>, senderUrl?: string) {
  fake.offscreen = { hasDocument: async () => true, createDocument: vi.fn() };
  return wireCompareContext(compare, { senderUrl, noReceiver: 'undefined' }).answered;
}

describe('the compare in the offscreen document', () => {
  it('gives the report a compare in the panel gives, across the JSON message', async () => {
    const corpus = new MemoryIndex([HERE, OTHER]);
    serve(async (a) => (a ? compareArticle(a, corpus) : null));
    const remote = await compareOffscreen(HERE);
    const local = await compareArticle(structuredClone(HERE), new MemoryIndex([structuredClone(HERE), structuredClone(OTHER)]));
    expect(remote.related.map((r) => r.id)).toEqual(['warm-b']);
    expect(JSON.stringify(remote)).toBe(JSON.stringify(local));
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: OFFSCREEN_COMPARE, article: HERE });
  });

  it('reads the corpus anew on each compare: an article deleted between two panels is not listed', async () => {
    let corpus: CorpusIndex = new MemoryIndex([HERE, OTHER]);
    serve(async (a) => (a ? compareArticle(a, corpus) : null));
    expect((await compareOffscreen(HERE)).related.map((r) => r.id)).toEqual(['warm-b']);
    corpus = new MemoryIndex([HERE]);
    expect((await compareOffscreen(HERE)).related).toEqual([]);
  });

  it('answers extension pages only (not a content script, whose sender is its web page)', async () => {
    const compare = vi.fn(async () => null);
    const answered = serve(compare, 'https://news.example/story');
    await expect(compareOffscreen(HERE, 1_000)).rejects.toThrow(/did not answer/);
    expect(compare).not.toHaveBeenCalled();
    expect(answered).toEqual([]);
  });

  it('fails (the panel then compares itself) when the document gives no answer in time, or an error', async () => {
    fake.offscreen = { hasDocument: async () => true, createDocument: vi.fn() };
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((() => new Promise(() => undefined)) as never);
    await expect(compareOffscreen(HERE, 30)).rejects.toThrow(/in time/);
    serve(async () => {
      throw new Error('the database is gone');
    });
    await expect(compareOffscreen(HERE)).rejects.toThrow(/database is gone/);
  });
});
