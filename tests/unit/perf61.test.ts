// @vitest-environment happy-dom
/**
 * perf61: the side panel asks the offscreen document for its page's compare as soon as the page's article
 * exists, not after its own database connection has answered the count; that early answer serves the
 * load's first compare only (a page added to an empty corpus is compared again with it in the corpus).
 * The platform, corpus, ingestion and engine are fakes; the offscreen document's answer depends on the
 * corpus as it was when asked.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { h, render, type FunctionComponent } from 'preact';
import { act } from 'preact/test-utils';
import { fixtureArticle, fixturePage, fixtureReport } from './sidebar-fixture';

const fake = vi.hoisted(() => ({
  /** Articles in the fake corpus. */
  size: 5,
  /** The panel's own count read: held until `release()` when set. */
  hold: null as Promise<void> | null,
  release: () => {},
  /** Corpus size seen by each offscreen compare, in the order asked. */
  asked: [] as number[],
}));

vi.mock('../../lib/extension/platform', () => ({
  activeTabId: vi.fn(async () => 7),
  tabUrl: vi.fn(async () => null),
  clearPendingTrace: vi.fn(async () => {}),
  compareOffscreen: vi.fn(async () => {
    const size = fake.size;
    fake.asked.push(size);
    const report = fixtureReport();
    return size === 0 ? { ...report, related: [] } : report;
  }),
  warmOffscreen: vi.fn(),
  notePanelUsed: vi.fn(),
  sendToTab: vi.fn(async (_tabId: number, request: { type: string }) => ({ ok: true, value: request.type === 'parallax:extract' ? fixturePage() : true })),
  onTabChanged: () => () => {},
  onContentEvent: () => () => {},
  watchPendingTrace: () => () => {},
}));
vi.mock('wxt/browser', () => ({ browser: { runtime: { openOptionsPage: vi.fn() } } }));
vi.mock('dexie', () => ({ liveQuery: () => ({ subscribe: () => ({ unsubscribe() {} }) }) }));
vi.mock('../../lib/ingest/article', () => ({ articleFromExtracted: () => fixtureArticle() }));
vi.mock('../../lib/store/corpus', () => ({
  Corpus: {
    open: async () => ({
      count: async () => {
        await fake.hold;
        return fake.size;
      },
      findSame: async () => null,
      upsert: async (xs: unknown[]) => void (fake.size += xs.length),
    }),
  },
}));

const { App } = await import('../../entrypoints/sidepanel/App');
const app = () => h(App as FunctionComponent, null);

let root: HTMLElement;

beforeEach(() => {
  fake.size = 5;
  fake.hold = null;
  fake.asked.length = 0;
  root = document.createElement('div');
  document.body.appendChild(root);
});

afterEach(() => {
  act(() => render(null, root));
  root.remove();
});

const cards = () => root.querySelectorAll('[data-section] li').length;

describe('the panel asks the offscreen document early (perf61)', () => {
  it('asks while its own count read is still out, and only once for the load', async () => {
    fake.hold = new Promise((r) => (fake.release = r));
    await act(async () => render(app(), root));
    await vi.waitFor(() => expect(fake.asked).toEqual([5]));
    expect(root.querySelector('[data-section]')).toBeNull();
    await act(async () => fake.release());
    await vi.waitFor(() => expect(root.querySelector('[data-section="added"]')).not.toBeNull());
    expect(fake.asked).toEqual([5]);
    expect(cards()).toBeGreaterThan(0);
  });

  it('a page added to an empty corpus is compared with it in the corpus, not answered with the early report', async () => {
    fake.size = 0;
    await act(async () => render(app(), root));
    await vi.waitFor(() => expect(root.querySelector('[data-state="empty-corpus"]')).not.toBeNull());
    const add = [...root.querySelectorAll('button')].find((b) => b.textContent?.includes('Add this page'))!;
    await act(async () => add.click());
    await vi.waitFor(() => expect(root.querySelector('[data-section="added"]')).not.toBeNull());
    expect(fake.asked.at(-1)).toBe(1); // the answer shown was asked of the corpus with the page in it
    expect(cards()).toBeGreaterThan(0);
  });
});
