/**
 * ffwarm62: Firefox's background page warms the sidebar's compare at its own start (entrypoints/
 * background.ts): for a reader who opened the sidebar lately, once the page's thread is idle, the engine
 * runs once on the package's seeds in memory (lib/extension/warm-up.ts), so the session's first sidebar
 * does not run cold code. The note of use is written by the background when the sidebar asks it.
 * Chrome's service worker does none of this (its offscreen document is warmed at runtime.onStartup:
 * tests/unit/perf55-warm-at-start.test.ts). Fake browser and IndexedDB; the package's seeds.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OFFSCREEN_COMPARE, PANEL_USED_KEY } from '../../lib/extension/platform';
import { packSeeds, prepareSeeds, seedFiles } from '../../lib/seeds-pack';
import { SEEDS_FILE, seedArticles } from '../../lib/seeds';
import type { Article } from '../../lib/types';
import { HERE } from './compare-context';

const engine = vi.hoisted(() => ({ compared: [] as string[] }));
vi.mock('../../lib/engine/compare', async (original) => {
  const real = await original<typeof import('../../lib/engine/compare')>();
  return { ...real, compareArticle: (a: Article, ...rest: [any]) => (engine.compared.push(a.id), real.compareArticle(a, ...rest)) };
});
// The wiring the fake browser does not implement (toolbar button, menus, alarms) is not what is tested here.
vi.mock('../../lib/extension/platform', async (original) => ({
  ...(await original<typeof import('../../lib/extension/platform')>()),
  wireToolbarButton: () => undefined,
  onContextMenuClick: () => undefined,
  onAlarm: () => undefined,
  serveOriginAccess: () => undefined,
}));

const DAY = 86_400_000;
const packed = packSeeds(seedFiles());
const SEED_IDS = seedArticles(prepareSeeds(seedFiles())).map((a) => a.id);

type Listener = (m: unknown, s: unknown, reply: (r: unknown) => void) => unknown;
let listeners: Listener[] = [];
/** Requests of idle time (`requestIdleCallback`), run by the test when it says the thread is idle. */
let idleQueue: Array<() => void> = [];

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
  engine.compared = [];
  listeners = [];
  idleQueue = [];
  vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((l: any) => void listeners.push(l));
  vi.stubGlobal('fetch', async (p: string) => (p === `/${SEEDS_FILE}` ? new Response(new Uint8Array(packed)) : new Response(null, { status: 404 })));
  vi.stubGlobal('requestIdleCallback', (f: () => void) => idleQueue.push(f));
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

/** The background page (or service worker) starting: its module loaded afresh and its main run. */
async function startBackground(firefox: boolean) {
  if (firefox) vi.stubEnv('FIREFOX', 'true');
  else vi.stubEnv('FIREFOX', '');
  const background = (await import('../../entrypoints/background')).default as unknown as { main: () => void };
  background.main();
}
const settled = () => new Promise((r) => setTimeout(r, 50));
const idleNow = () => idleQueue.splice(0).forEach((f) => f());
/** The sidebar's request to the background page: its warm-up as it opens (no article), or its compare. */
const sidebarAsks = (article?: Article) =>
  new Promise<any>((resolve) => {
    const sender = { url: fakeBrowser.runtime.getURL('/sidepanel.html') };
    for (const l of listeners) if (l(JSON.parse(JSON.stringify({ type: OFFSCREEN_COMPARE, article })), sender, resolve) === true) return;
    resolve(undefined);
  });
const noted = async () => (await fakeBrowser.storage.local.get(PANEL_USED_KEY))[PANEL_USED_KEY];

describe('Firefox: the background page warms the compare at its own start', () => {
  it('does nothing on a new install; after the sidebar was used, the next start runs the engine on the seeds once idle', async () => {
    await startBackground(true);
    await settled();
    idleNow();
    await settled();
    expect(engine.compared).toEqual([]);
    expect(await noted()).toBeUndefined();

    expect(await sidebarAsks()).toEqual({ value: null });
    expect(await noted()).toBeGreaterThan(Date.now() - 60_000);
    expect(engine.compared).toEqual([]); // the sidebar's own warm-up only loads the engine

    // The next start of the background page (browser start, update, re-enable).
    await startBackground(true);
    await settled();
    expect(engine.compared).toEqual([]); // not before the thread is idle
    idleNow();
    await vi.waitFor(() => expect(engine.compared).toHaveLength(2), { timeout: 20_000 });
    expect(SEED_IDS).toEqual(expect.arrayContaining(engine.compared));
  });

  it.each([
    ['does nothing at start when the sidebar was last used 31 days ago', 31, true],
    ["Chrome's service worker does not warm itself at start (its offscreen document is warmed instead)", 3, false],
  ])('%s', async (_, days, firefox) => {
    await fakeBrowser.storage.local.set({ [PANEL_USED_KEY]: Date.now() - days * DAY });
    await startBackground(firefox);
    await settled();
    idleNow();
    await settled();
    expect(engine.compared).toEqual([]);
    expect(idleQueue).toEqual([]);
    expect(listeners.length > 0).toBe(firefox); // only Firefox's background answers the sidebar's compares
  });

  it('does not run the seeds when a sidebar compared first (one the browser restored at start: the engine is warm)', async () => {
    await fakeBrowser.storage.local.set({ [PANEL_USED_KEY]: Date.now() - 3 * DAY });
    await startBackground(true);
    const answer = await sidebarAsks(HERE);
    expect(answer.value.article.id).toBe(HERE.id);
    idleNow();
    await settled();
    expect(engine.compared).toEqual([HERE.id]);
  });
});
