// @vitest-environment happy-dom
/**
 * Which page the sidebar reads: the tab named in `?tabId=N`, otherwise the active tab of its
 * window, following the reader to another tab, a reload, or an in-place navigation.
 * The platform, ingestion, corpus and engine are replaced by fakes.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fixtureArticle, fixturePage, fixtureReport } from './sidebar-fixture';

type TabChange = { tabId: number; reason: 'activated' | 'loaded' };
type ContentEventCb = (event: { type: 'parallax:page-changed'; url: string }, sender: { tabId: number | null }) => void;

const platform = vi.hoisted(() => ({
  active: 7,
  tabListeners: [] as Array<(c: TabChange) => void>,
  eventListeners: [] as Array<ContentEventCb>,
  traceListeners: [] as Array<(t: unknown) => void>,
  sent: [] as Array<{ tabId: number; type: string }>,
  /** perf54: the offscreen document answers the compare (`true`) or is not there (the panel compares itself). */
  offscreen: false,
  compared: { offscreen: 0, here: 0 },
}));

vi.mock('../../lib/extension/platform', () => ({
  activeTabId: vi.fn(async () => platform.active),
  tabUrl: vi.fn(async () => null),
  clearPendingTrace: vi.fn(async () => {}),
  compareOffscreen: vi.fn(async () => {
    if (!platform.offscreen) throw new Error('no offscreen document');
    platform.compared.offscreen++;
    return fixtureReport();
  }),
  warmOffscreen: vi.fn(),
  notePanelUsed: vi.fn(),
  sendToTab: vi.fn(async (tabId: number, request: { type: string }) => {
    platform.sent.push({ tabId, type: request.type });
    if (request.type === 'parallax:extract') return { ok: true, value: fixturePage() };
    return { ok: true, value: true };
  }),
  onTabChanged: (cb: (c: TabChange) => void) => {
    platform.tabListeners.push(cb);
    return () => platform.tabListeners.splice(platform.tabListeners.indexOf(cb), 1);
  },
  onContentEvent: (cb: ContentEventCb) => {
    platform.eventListeners.push(cb);
    return () => platform.eventListeners.splice(platform.eventListeners.indexOf(cb), 1);
  },
  watchPendingTrace: (cb: (t: unknown) => void) => {
    platform.traceListeners.push(cb);
    return () => platform.traceListeners.splice(platform.traceListeners.indexOf(cb), 1);
  },
}));
vi.mock('wxt/browser', () => ({ browser: { runtime: { openOptionsPage: vi.fn() } } }));
vi.mock('dexie', () => ({ liveQuery: () => ({ subscribe: () => ({ unsubscribe() {} }) }) }));
vi.mock('../../lib/ingest', () => ({ articleFromExtracted: () => fixtureArticle() }));
vi.mock('../../lib/engine/compare', () => ({
  compareArticle: async () => {
    platform.compared.here++;
    return fixtureReport();
  },
}));
vi.mock('../../lib/quotes/trace', () => ({
  traceQuote: async (quote: string) => ({ quote, speaker: null, occurrences: [], origin: null }),
}));
// The quote engineer's view, drawn here as the selection and a way back.
vi.mock('../../components/sidebar/TraceView', () => ({
  TraceView: (p: { trace: { quote: string } | null; onBack(): void }) => (
    <section id="px-trace-view" tabIndex={-1}>
      <p>{p.trace?.quote ?? 'Tracing…'}</p>
      <button type="button" onClick={p.onBack}>
        Back
      </button>
    </section>
  ),
}));
vi.mock('../../lib/store/corpus', () => ({
  Corpus: {
    open: async () => ({
      count: async () => 5,
      findSame: async () => null,
      candidates: async () => [],
      keyCounts: async () => new Map(),
      getMany: async () => [],
      upsert: async () => ({}),
    }),
  },
}));

const { App, startEarly } = await import('../../entrypoints/sidepanel/App');

let root: HTMLElement;

beforeEach(() => {
  platform.active = 7;
  platform.sent.length = 0;
  platform.offscreen = false;
  platform.compared = { offscreen: 0, here: 0 };
  root = document.createElement('div');
  document.body.appendChild(root);
});

afterEach(() => {
  act(() => render(null, root));
  root.remove();
  window.history.replaceState({}, '', '/sidepanel.html');
});

const extracted = () => platform.sent.filter((m) => m.type === 'parallax:extract').map((m) => m.tabId);

async function mount(search: string) {
  window.history.replaceState({}, '', `/sidepanel.html${search}`);
  await act(async () => {
    render(<App />, root);
  });
  await vi.waitFor(() => expect(root.querySelector('[data-section="added"]')).not.toBeNull());
}

async function fire(change: TabChange) {
  await act(async () => {
    for (const cb of platform.tabListeners) cb(change);
  });
}

describe('where the page is compared (perf54)', () => {
  it('in the offscreen document when it answers; in the panel when it is not there', async () => {
    platform.offscreen = true;
    await mount('');
    expect(platform.compared).toEqual({ offscreen: 1, here: 0 });
    act(() => render(null, root));
    platform.offscreen = false;
    await mount('?tabId=4');
    expect(platform.compared).toEqual({ offscreen: 1, here: 1 });
  });
});

describe('the tab the sidebar reads', () => {
  it('follows the active tab of its window', async () => {
    await mount('');
    expect(extracted()).toEqual([7]);
    platform.active = 9;
    await fire({ tabId: 9, reason: 'activated' });
    await vi.waitFor(() => expect(extracted()).toEqual([7, 9]));
    // A tab activated in another window (not this window's active tab) is not followed.
    await fire({ tabId: 11, reason: 'activated' });
    // A page loading in a background tab is not read; the reader's own tab reloading is.
    await fire({ tabId: 7, reason: 'loaded' });
    await fire({ tabId: 9, reason: 'loaded' });
    await vi.waitFor(() => expect(extracted()).toEqual([7, 9, 9]));
  });

  it('stays on the tab named in ?tabId=N', async () => {
    await mount('?tabId=4');
    expect(extracted()).toEqual([4]);
    platform.active = 9;
    await fire({ tabId: 9, reason: 'activated' });
    await fire({ tabId: 4, reason: 'loaded' });
    await vi.waitFor(() => expect(extracted()).toEqual([4, 4]));
  });

  it('compares again when its page navigates in place', async () => {
    await mount('?tabId=4');
    await act(async () => {
      for (const cb of platform.eventListeners) cb({ type: 'parallax:page-changed', url: 'https://x.example/b' }, { tabId: 5 });
      for (const cb of platform.eventListeners) cb({ type: 'parallax:page-changed', url: 'https://x.example/c' }, { tabId: 4 });
    });
    await vi.waitFor(() => expect(extracted()).toEqual([4, 4]));
  });

  it('shows a pending "Trace quote" request, and the comparison again after "Back"', async () => {
    await mount('?tabId=4');
    await act(async () => {
      for (const cb of platform.traceListeners) cb({ text: 'it must be everyone', tabId: 4, url: null, at: 5 });
    });
    // The comparison is hidden while the trace shows (kept, so that "Back" returns to the same place).
    await vi.waitFor(() => expect(root.querySelector('#px-trace-view')).not.toBeNull());
    expect(root.querySelector('[data-section]')!.closest('[hidden]')).not.toBeNull();
    expect(root.textContent).toContain('it must be everyone');
    const back = [...root.querySelectorAll('button')].find((b) => /back/i.test(b.textContent ?? ''))!;
    await act(async () => back.click());
    expect(root.querySelector('#px-trace-view')).toBeNull();
    expect(root.querySelector('[data-section="added"]')!.closest('[hidden]')).toBeNull();
  });

  it('a trace opened from a card takes the focus, and "Back" gives it to that card\'s Trace button again', async () => {
    await mount('?tabId=4');
    await vi.waitFor(() => expect(root.querySelector('[data-section="added"]')).not.toBeNull());
    const traces = [...root.querySelectorAll<HTMLButtonElement>('button')].filter((b) => /Trace/.test(b.textContent ?? ''));
    expect(traces.length).toBeGreaterThan(0);
    const opener = traces[traces.length - 1]!;
    opener.focus();
    await act(async () => opener.click());
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('px-trace-view'));
    const back = [...root.querySelectorAll('button')].find((b) => /back/i.test(b.textContent ?? ''))!;
    await act(async () => back.click());
    expect(document.activeElement).toBe(opener);
  });
});

describe('the page asked for as the panel starts (main.tsx startEarly)', () => {
  it('asks the tab once before rendering, uses that reply for the first load, and asks again on a reload', async () => {
    window.history.replaceState({}, '', '/sidepanel.html?tabId=4');
    const early = startEarly(window.location.search);
    expect(await early.tabId).toBe(4);
    await early.extract;
    expect(extracted()).toEqual([4]); // asked before anything is rendered
    await act(async () => {
      render(<App early={early} />, root);
    });
    await vi.waitFor(() => expect(root.querySelector('[data-section="added"]')).not.toBeNull());
    expect(extracted()).toEqual([4]); // the first load took that reply, it did not ask again
    await fire({ tabId: 4, reason: 'loaded' });
    await vi.waitFor(() => expect(extracted()).toEqual([4, 4])); // a new page in the tab: asked anew
  });

  it('follows the active tab when none is named', async () => {
    platform.active = 12;
    const early = startEarly('');
    expect(await early.tabId).toBe(12);
    await act(async () => {
      render(<App early={early} />, root);
    });
    await vi.waitFor(() => expect(root.querySelector('[data-section="added"]')).not.toBeNull());
    expect(extracted()).toEqual([12]);
  });
});
