import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  announceTabAccess,
  isNoAccessError,
  onTabChanged,
  openSidebar,
  wireToolbarButton,
  readPendingTrace,
  sendToTab,
  targetTabId,
  watchPendingTrace,
  writePendingTrace,
} from '../../lib/extension/platform';
import type { PendingTrace } from '../../lib/extension/protocol';

type Anything = Record<string, any>;
const fake = fakeBrowser as unknown as Anything;

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.restoreAllMocks();
  delete fake.sidePanel;
  delete fake.scripting;
});

describe('openSidebar', () => {
  it('asks Chrome to open the side panel before returning, so it runs inside the user gesture', () => {
    const calls: unknown[] = [];
    fake.sidePanel = { open: (opts: unknown) => (calls.push(opts), Promise.resolve()) };
    const pending = openSidebar({ id: 7, windowId: 3 });
    // Synchronously, not after a microtask: an await before open() loses the gesture.
    expect(calls).toEqual([{ windowId: 3 }]);
    return pending;
  });

  it('reports a clear error when there is neither tab nor window', async () => {
    fake.sidePanel = { open: () => Promise.resolve() };
    await expect(openSidebar()).rejects.toThrow(/needs a tab or a window/);
  });
});

describe('targetTabId', () => {
  it('uses ?tabId=N when the page was opened for a tab', async () => {
    expect(await targetTabId('?tabId=42')).toBe(42);
  });

  it('otherwise follows the active tab of the window', async () => {
    await fakeBrowser.windows.create({ focused: true });
    await fakeBrowser.tabs.create({ url: 'https://news.example/a', active: true });
    const [active] = await fakeBrowser.tabs.query({ active: true, currentWindow: true });
    expect(active?.url).toBe('https://news.example/a');
    expect(await targetTabId('')).toBe(active!.id);
    expect(await targetTabId('?tabId=abc')).toBe(active!.id);
  });
});

describe('the "Trace quote" hand-over', () => {
  const trace: PendingTrace = { text: 'it must be everyone', tabId: 5, url: 'https://news.example/a', at: 1000 };

  it('waits in session storage until the sidebar reads it', async () => {
    expect(await readPendingTrace()).toBeNull();
    await writePendingTrace(trace);
    expect(await readPendingTrace()).toEqual(trace);
  });

  it('reaches a sidebar that starts after it was written, and one that was already open', async () => {
    await writePendingTrace(trace);
    const seen: PendingTrace[] = [];
    const stop = watchPendingTrace((t) => seen.push(t));
    await vi.waitFor(() => expect(seen).toEqual([trace]));
    const next = { ...trace, text: 'another quote', at: 2000 };
    await writePendingTrace(next);
    await vi.waitFor(() => expect(seen).toEqual([trace, next]));
    stop();
    await writePendingTrace({ ...trace, at: 3000 });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toHaveLength(2);
  });
});

describe('sendToTab', () => {
  it('returns the content script reply', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, value: true } as never);
    const reply = await sendToTab(1, { type: 'parallax:scroll-to', anchor: { i: 0, text: 'x' } });
    expect(reply).toEqual({ ok: true, value: true });
  });

  it('injects the content script into a tab that has none, then asks again', async () => {
    const send = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValueOnce({ ok: true, value: null } as never);
    const injected: unknown[] = [];
    fake.scripting = { executeScript: (opts: unknown) => (injected.push(opts), Promise.resolve([])) };
    const reply = await sendToTab(9, { type: 'parallax:clear-highlights' });
    expect(reply).toEqual({ ok: true, value: null });
    expect(injected).toEqual([{ target: { tabId: 9 }, files: ['content-script.js'] }]);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('says plainly when the page cannot be read', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    fake.scripting = {
      executeScript: () => Promise.reject(new Error('Cannot access a chrome:// URL')),
    };
    await expect(sendToTab(9, { type: 'parallax:extract' })).rejects.toThrow(
      'Parallax cannot read this page (Cannot access a chrome:// URL)',
    );
  });

  it('passes other errors through without injecting', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('No tab with id: 9.'));
    const inject = vi.fn();
    fake.scripting = { executeScript: inject };
    await expect(sendToTab(9, { type: 'parallax:extract' })).rejects.toThrow('No tab with id: 9.');
    expect(inject).not.toHaveBeenCalled();
  });

  it('tells the reader how to give access when the tab was not given to Parallax', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    fake.scripting = {
      executeScript: () =>
        Promise.reject(new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.')),
    };
    const error = await sendToTab(9, { type: 'parallax:extract' }).then(
      () => null,
      (e: Error) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect(isNoAccessError(error!.message)).toBe(true);
    expect(error!.message).toMatch(/click the Parallax button in the toolbar \(or press Alt\+Shift\+L\)/);
    expect(error!.message).toMatch(/follow every tab/);
  });
});

describe('toolbar button and tab access', () => {
  afterEach(() => {
    delete fake.action;
  });

  it('opens the panel from action.onClicked inside the click (the path that grants activeTab), not openPanelOnActionClick', () => {
    const behaviors: unknown[] = [];
    const opened: unknown[] = [];
    let clicked: ((tab: unknown) => void) | null = null;
    fake.sidePanel = {
      setPanelBehavior: (b: unknown) => (behaviors.push(b), Promise.resolve()),
      open: (o: unknown) => (opened.push(o), Promise.resolve()),
    };
    fake.action = { onClicked: { addListener: (cb: (tab: unknown) => void) => (clicked = cb) } };
    const seen: unknown[] = [];
    wireToolbarButton((tab) => seen.push(tab.id));
    expect(behaviors).toEqual([{ openPanelOnActionClick: false }]);
    expect(clicked).not.toBeNull();
    clicked!({ id: 4, windowId: 2 });
    // Synchronously in the click.
    expect(opened).toEqual([{ windowId: 2 }]);
    expect(seen).toEqual([4]);
  });

  it('an announced grant reaches an open panel as a reason to read that tab again', async () => {
    const changes: unknown[] = [];
    const off = onTabChanged((c) => changes.push(c));
    await announceTabAccess(12);
    await vi.waitFor(() => expect(changes).toEqual([{ tabId: 12, reason: 'loaded' }]));
    off();
    await announceTabAccess(13);
    await new Promise((r) => setTimeout(r, 20));
    expect(changes).toHaveLength(1);
  });
});

