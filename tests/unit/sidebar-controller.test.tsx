/**
 * The sidebar's flow with fake page, corpus and engine: what the reader sees after each step,
 * and that requests to the page carry the right sentences.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Report, Trace } from '../../lib/types';
import { ok, fail } from '../../lib/extension/protocol';
import { fakeSidebarCorpus, fixtureArticle, fixturePage, fixtureReport, sidebarPanel } from './sidebar-fixture';

const fakeCorpus = fakeSidebarCorpus;
const setup = sidebarPanel;

describe('comparing the page', () => {
  it('extracts, ingests, compares and shows the report', async () => {
    const { store, deps, controller } = setup();
    const phases: string[] = [];
    store.subscribe((s) => phases.push(s.phase.kind === 'working' ? s.phase.step : s.phase.kind));
    await controller.load(12, 'https://example.com/a');
    expect(deps.extract).toHaveBeenCalledWith(12);
    expect(phases).toEqual(['extracting', 'extracting', 'opening', 'opening', 'comparing', 'ready']);
    const s = store.getState();
    expect(s.report?.article.id).toBe(fixtureReport().article.id);
    expect(s.article?.id).toBe('page-003');
    expect(s.corpusCount).toBe(3);
    expect(s.inCorpus).toBeNull();
  });

  it('says "not an article" when the content script says so, without opening the corpus', async () => {
    const { store, deps, controller } = setup({
      extract: async () => ok({ notArticle: true as const, reason: 'This page has no article text.' }),
    });
    await controller.load(1);
    expect(store.getState().phase).toEqual({ kind: 'not-article', reason: 'This page has no article text.' });
    expect(deps.openCorpus).not.toHaveBeenCalled();
  });

  it('"Compare anyway" on a refused page asks the page again without the refusal and shows the report', async () => {
    const { store, deps, controller } = setup({
      extract: vi.fn(async (_tab: number, opts?: { anyway?: boolean }) =>
        opts?.anyway ? ok(fixturePage()) : ok({ notArticle: true as const, reason: 'this is a search-results page' }),
      ),
    });
    await controller.load(7, 'https://example.com/search?q=x');
    expect(store.getState().phase.kind).toBe('not-article');
    await controller.compareAnyway();
    expect(deps.extract).toHaveBeenLastCalledWith(7, { anyway: true });
    expect(store.getState().phase.kind).toBe('ready');
    expect(store.getState().report?.article.id).toBe(fixtureReport().article.id);
  });

  it('says the page cannot be reached when the content script does not answer', async () => {
    const { store, controller } = setup({
      extract: async () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
    });
    await controller.load(1);
    expect(store.getState().phase.kind).toBe('unreachable');
  });

  it('keeps saying it cannot read a tab while the tab reloads by itself, until the page answers', async () => {
    let answer: ((v: ReturnType<typeof ok<ReturnType<typeof fixturePage>>>) => void) | null = null;
    let attempts = 0;
    const { store, controller } = setup({
      extract: async () => {
        attempts++;
        if (attempts < 3) throw new Error('Cannot access contents of the page.');
        return new Promise((resolve) => (answer = resolve));
      },
    });
    await controller.load(1, 'https://example.com/a');
    expect(store.getState().phase.kind).toBe('unreachable');
    const seen: string[] = [];
    const off = store.subscribe((s) => seen.push(s.phase.kind));
    // The tab loads anew and still cannot be read: the message never gives way to "Reading…".
    const reload = controller.load(1, 'https://example.com/a', { quiet: true });
    expect(store.getState().phase.kind).toBe('unreachable');
    await reload;
    expect(store.getState().phase.kind).toBe('unreachable');
    // Now the page answers (the reader gave the site): the panel reads it.
    const third = controller.load(1, 'https://example.com/a', { quiet: true });
    await vi.waitFor(() => expect(answer).not.toBeNull());
    expect(store.getState().phase.kind).toBe('unreachable');
    answer!(ok(fixturePage()));
    await third;
    off();
    expect(store.getState().phase.kind).toBe('ready');
    // Once the page answered, the reading steps were shown.
    expect(seen.filter((k) => k === 'working').length).toBeGreaterThan(0);
  });

  it('shows "Reading…" at once when the reader asks again on a page it could not read', async () => {
    let attempts = 0;
    const { store, controller } = setup({
      extract: async () => {
        if (++attempts === 1) throw new Error('Cannot access contents of the page.');
        return new Promise(() => undefined);
      },
    });
    await controller.load(1);
    void controller.load(1);
    expect(store.getState().phase).toMatchObject({ kind: 'working', step: 'extracting' });
  });

  it('reports an extraction failure as an error the reader can retry', async () => {
    let attempts = 0;
    const { store, controller } = setup({
      extract: async () => (++attempts === 1 ? fail(new Error('Readability threw')) : ok(fixturePage())),
    });
    await controller.load(1);
    expect(store.getState().phase).toEqual({ kind: 'error', message: 'Could not read the article: Readability threw' });
    await controller.retry();
    expect(store.getState().phase.kind).toBe('ready');
  });

  it('says the corpus is empty instead of comparing with nothing', async () => {
    const { store, deps, controller } = setup({}, fakeCorpus([]));
    await controller.load(1);
    expect(store.getState().phase.kind).toBe('empty-corpus');
    expect(deps.compare).not.toHaveBeenCalled();
  });

  it('shows an engine failure as an error', async () => {
    const { store, controller } = setup({
      compare: async () => {
        throw new Error('index is corrupt');
      },
    });
    await controller.load(1);
    expect(store.getState().phase).toEqual({ kind: 'error', message: 'index is corrupt' });
  });

  it('drops the result of a page the reader has already left', async () => {
    let release!: (r: Report) => void;
    const slow = new Promise<Report>((r) => (release = r));
    const other: Report = { ...fixtureReport(), article: { ...fixtureReport().article, id: 'other' } };
    const compare = vi.fn().mockReturnValueOnce(slow).mockResolvedValueOnce(other);
    const { store, controller } = setup({ compare });
    const first = controller.load(1);
    await vi.waitFor(() => expect(compare).toHaveBeenCalledTimes(1));
    await controller.load(2);
    release(fixtureReport());
    await first;
    expect(store.getState().tabId).toBe(2);
    expect(store.getState().report?.article.id).toBe('other');
  });
});

describe('the corpus changing', () => {
  it('compares again when coverage arrives while the sidebar waits for it', async () => {
    const corpus = fakeCorpus([]);
    const { store, deps, controller } = setup({}, corpus);
    await controller.load(1);
    expect(store.getState().phase.kind).toBe('empty-corpus');
    corpus.ids.push('x', 'y');
    await controller.corpusChanged();
    expect(deps.compare).toHaveBeenCalledTimes(1);
    expect(store.getState().phase.kind).toBe('ready');
    // With a report that lists related coverage, a corpus change does not recompute it.
    await controller.corpusChanged();
    expect(deps.compare).toHaveBeenCalledTimes(1);
  });
});

describe('the reader acting on the page', () => {
  it('adds the page to the corpus and compares again', async () => {
    const { store, deps, controller, corpus } = setup({}, fakeCorpus([]));
    await controller.load(1);
    expect(store.getState().phase.kind).toBe('empty-corpus');
    await controller.addToCorpus();
    expect(corpus.upsert).toHaveBeenCalledWith([fixtureArticle()]);
    const s = store.getState();
    expect(s.add).toEqual({ kind: 'added', id: 'page-003' });
    expect(s.inCorpus).toBe('page-003');
    expect(deps.compare).toHaveBeenCalledTimes(1);
    expect(s.phase.kind).toBe('ready');
  });

  it('keeps the page and says why when adding fails', async () => {
    const corpus = fakeCorpus();
    vi.mocked(corpus.upsert).mockRejectedValueOnce(new Error('QuotaExceededError'));
    const { store, controller } = setup({}, corpus);
    await controller.load(1);
    await controller.addToCorpus();
    expect(store.getState().add).toEqual({ kind: 'error', message: 'QuotaExceededError' });
    expect(store.getState().phase.kind).toBe('ready');
  });

  it('scrolls the page to a sentence of this article by its text', async () => {
    const { store, deps, controller } = setup();
    await controller.load(5);
    await controller.scrollTo(8);
    expect(deps.scrollTo).toHaveBeenCalledWith(5, { i: 8, text: fixtureReport().article.units[8]!.text });
    expect(store.getState().scroll).toEqual({ i: 8, found: true, error: null });
  });

  it('marks unique and shared sentences, then removes the marks', async () => {
    const { store, deps, controller } = setup();
    await controller.load(5);
    await controller.setHighlight(true);
    const items = vi.mocked(deps.highlight).mock.calls[0]![1];
    // The marks are the cards: unit 8 is told by nobody, unit 4 only by a near-copy of this article
    // (both Left-out cards, unique here); units 2 and 6 are the Shared cards. A unit with no card is
    // not marked.
    expect(items.filter((x) => x.kind === 'unique').map((x) => x.i)).toEqual([4, 8]);
    expect(items.filter((x) => x.kind === 'shared').map((x) => x.i)).toEqual([2, 6]);
    expect(items.every((x) => x.text === fixtureReport().article.units[x.i]!.text)).toBe(true);
    expect(store.getState().highlight).toMatchObject({ on: true, anchored: 4 });
    await controller.setHighlight(false);
    expect(deps.clearHighlights).toHaveBeenCalledWith(5);
    expect(store.getState().highlight.on).toBe(false);
  });

  it('keeps highlighting on from page to page, and clears the marks of the tab left behind', async () => {
    const { store, deps, controller } = setup();
    await controller.load(5);
    await controller.setHighlight(true);
    await controller.load(6);
    expect(deps.clearHighlights).toHaveBeenCalledWith(5);
    expect(vi.mocked(deps.highlight).mock.calls.map((c) => c[0])).toEqual([5, 6]);
    expect(store.getState().highlight).toMatchObject({ on: true, busy: false });
    // The same tab reloading: marks are put back, nothing to clear.
    await controller.load(6);
    expect(deps.clearHighlights).toHaveBeenCalledTimes(1);
    expect(vi.mocked(deps.highlight).mock.calls.map((c) => c[0])).toEqual([5, 6, 6]);
  });

  it('turns the toggle back off when the page cannot be marked', async () => {
    const { store, controller } = setup({ highlight: async () => fail('page went away') });
    await controller.load(5);
    await controller.setHighlight(true);
    expect(store.getState().highlight).toMatchObject({ on: false, error: 'Could not mark the page: page went away' });
  });
});

describe('tracing quotes', () => {
  it('handles a pending "Trace quote" request once, then goes back to the comparison', async () => {
    const { store, deps, controller } = setup();
    await controller.load(5);
    const pending = { text: 'it must be everyone', tabId: 5, url: null, at: 1000 };
    await controller.pendingTrace(pending);
    expect(store.getState().view).toBe('trace');
    expect(store.getState().trace).toMatchObject({ selection: 'it must be everyone', loading: false, error: null });
    expect(deps.trace).toHaveBeenCalledTimes(1);
    expect(vi.mocked(deps.trace).mock.calls[0]![2]?.id).toBe('page-003');
    expect(deps.clearPendingTrace).toHaveBeenCalled();
    // The same request seen again (storage change and initial read racing) is not traced twice.
    await controller.pendingTrace(pending);
    expect(deps.trace).toHaveBeenCalledTimes(1);
    controller.back();
    expect(store.getState().view).toBe('compare');
    expect(store.getState().report).not.toBeNull();
  });

  it('ignores a request made in another tab', async () => {
    const { store, deps, controller } = setup();
    await controller.load(5);
    await controller.pendingTrace({ text: 'quote', tabId: 9, url: null, at: 1 });
    expect(deps.trace).not.toHaveBeenCalled();
    expect(store.getState().view).toBe('compare');
  });

  it('shows a tracing failure in the trace view', async () => {
    const { store, controller } = setup({
      trace: async () => {
        throw new Error('no corpus');
      },
    });
    await controller.trace('a quote of some words');
    expect(store.getState().trace).toMatchObject({ loading: false, error: 'no corpus' });
  });
});

describe('a trace requested while the panel is still opening', () => {
  it('waits for the page to be extracted, so the tracer knows which article the selection came from', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { deps, controller } = setup({
      extract: vi.fn(async () => {
        await gate;
        return ok(fixturePage());
      }),
    });
    const loading = controller.load(7);
    const tracing = controller.pendingTrace({ text: 'it must be everyone', tabId: 7, url: null, at: Date.now() });
    await Promise.resolve();
    expect(deps.trace).not.toHaveBeenCalled();
    release();
    await Promise.all([loading, tracing]);
    expect(deps.trace).toHaveBeenCalledTimes(1);
    expect(vi.mocked(deps.trace).mock.calls[0]![2]?.id).toBe('page-003');
  });
});
