/**
 * sw70: Chrome's service worker is only wiring; its corpus jobs (seeds at install, re-keying at an update,
 * the feed schedule, the feed refresh) run in the offscreen document (lib/extension/platform.ts corpusJobs /
 * serveCorpusJobs, lib/extension/corpus-jobs.ts runCorpusJob). Both sides here, joined by a message bus that
 * sends every message through JSON as Chrome does; a fake chrome.offscreen; fake IndexedDB; the package's seeds.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { askOriginAccess, corpusJobs, MAY_READ, serveCorpusJobs, serveOriginAccess, warmOffscreen, type CorpusJob } from '../../lib/extension/platform';
import { runCorpusJob } from '../../lib/extension/corpus-jobs';
import { Corpus } from '../../lib/store/corpus';
import { FEED_ALARM, setFeedAlarm, setFeedInterval } from '../../lib/feeds/core';
import { packSeeds, seedFiles } from '../../lib/seeds-pack';
import { SEEDS_FILE } from '../../lib/seeds';

type Listener = (m: unknown, s: { url?: string }, reply: (r: unknown) => void) => unknown;
let listeners: Listener[] = [];
const packed = packSeeds(seedFiles());
const wire = (x: unknown) => (x === undefined ? x : JSON.parse(JSON.stringify(x)));

/** One end of a runtime port; `peer` receives what it posts (through JSON, a task later). */
interface End {
  name: string;
  sender?: { url?: string };
  peer?: End;
  heard: Array<(m: unknown) => void>;
  gone: Array<() => void>;
  onMessage: { addListener(f: (m: unknown) => void): void };
  onDisconnect: { addListener(f: () => void): void };
  postMessage(m: unknown): void;
  disconnect(): void;
}
function end(name: string, sender?: { url?: string }): End {
  const e: End = {
    name,
    sender,
    heard: [],
    gone: [],
    onMessage: { addListener: (f) => void e.heard.push(f) },
    onDisconnect: { addListener: (f) => void e.gone.push(f) },
    postMessage: (m) => void setTimeout(() => e.peer?.heard.forEach((f) => f(wire(m)))),
    disconnect: () => {
      const p = e.peer;
      e.peer = undefined;
      if (p) (p.peer = undefined), p.gone.forEach((f) => f());
    },
  };
  return e;
}
let connectListeners: Array<(port: End) => void> = [];
/** The worker's end of each port the document opened. */
let workerEnds: End[] = [];

/** chrome.offscreen that opens and closes (`open`: a document is there already, e.g. the side panel's). */
function fakeOffscreen(open = false) {
  const off = {
    open,
    hasDocument: vi.fn(async () => off.open),
    createDocument: vi.fn(async () => void (off.open = true)),
    closeDocument: vi.fn(async () => void (off.open = false)),
  };
  (fakeBrowser as unknown as { offscreen: unknown }).offscreen = off;
  return off;
}

beforeEach(async () => {
  fakeBrowser.reset();
  listeners = [];
  connectListeners = [];
  workerEnds = [];
  vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((l: any) => void listeners.push(l));
  vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation((l: any) => void connectListeners.push(l));
  // runtime.connect from the offscreen document: the worker's listeners get the other end.
  (fakeBrowser.runtime as any).connect = vi.fn(({ name }: { name: string }) => {
    const doc = end(name);
    const worker = end(name, { url: fakeBrowser.runtime.getURL('/offscreen.html') });
    doc.peer = worker;
    worker.peer = doc;
    workerEnds.push(worker);
    connectListeners.forEach((l) => l(worker));
    return doc;
  });
  // runtime.sendMessage from the worker (its jobs) to the document's listeners.
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: unknown) => {
    const sender = { url: fakeBrowser.runtime.getURL('/background.js') };
    return new Promise((resolve, reject) => {
      for (const l of listeners) if (l(wire(m), sender, (r) => resolve(wire(r))) === true) return;
      reject(new Error('Could not establish connection. Receiving end does not exist.'));
    });
  }) as never);
  vi.stubGlobal('fetch', async (p: string) => (p === `/${SEEDS_FILE}` ? new Response(new Uint8Array(packed)) : new Response(null, { status: 404 })));
  await new Promise((r) => {
    const q = indexedDB.deleteDatabase('parallax');
    q.onsuccess = q.onerror = r;
  });
});
afterEach(() => {
  workerEnds.forEach((e) => e.disconnect()); // the document's port goes with the test's worker
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const withCorpus = async <T>(f: (c: Corpus) => Promise<T>) => {
  const c = await Corpus.open();
  try {
    return await f(c);
  } finally {
    c.close();
  }
};

describe("the service worker's corpus jobs, run in the offscreen document", () => {
  it('install seeds an empty corpus; an update and a second install keep the reader\'s corpus; the document the jobs opened is closed', async () => {
    const off = fakeOffscreen();
    serveCorpusJobs((job) => runCorpusJob(job, askOriginAccess)); // the document's side
    serveOriginAccess(); // the worker's side
    const run = corpusJobs(); // as Chrome's worker: no local runner
    expect(await run({ kind: 'prepare', reason: 'install' })).toBeNull(); // no feed: no alarm
    expect(off.createDocument).toHaveBeenCalledTimes(1);
    expect(off.closeDocument).toHaveBeenCalledTimes(1);
    const ids = await withCorpus(async (c) => (await c.db.articles.toCollection().primaryKeys()).map(String));
    expect(ids).toHaveLength(5);
    await withCorpus((c) => c.delete([ids[0]!]));
    await run({ kind: 'prepare', reason: 'update' });
    await run({ kind: 'prepare', reason: 'install' });
    expect(await withCorpus((c) => c.count())).toBe(4);
  });

  it('answers the feed schedule the corpus asks for, which the worker sets as the alarm', async () => {
    fakeOffscreen();
    serveCorpusJobs((job) => runCorpusJob(job, askOriginAccess));
    const run = corpusJobs();
    const prepare = async () => setFeedAlarm(await run({ kind: 'prepare' }), fakeBrowser.alarms);
    await withCorpus(async (c) => {
      await setFeedInterval(c, 60);
      await c.db.feeds.put({ url: 'https://news.example/feed', title: null, addedAt: 1, lastFetchedAt: null, lastError: null, lastAdded: 0 });
    });
    expect(await prepare()).toBe(60);
    expect((await fakeBrowser.alarms.get(FEED_ALARM))?.periodInMinutes).toBe(60);
    await withCorpus((c) => setFeedInterval(c, null));
    expect(await prepare()).toBeNull();
    expect(await fakeBrowser.alarms.get(FEED_ALARM)).toBeFalsy();
  });

  it("a job's error reaches the worker with its message; a document that was open (the side panel's) stays open", async () => {
    const off = fakeOffscreen(true);
    serveCorpusJobs(async () => {
      throw new Error('QuotaExceededError: the disk is full');
    });
    await expect(corpusJobs()({ kind: 'refresh' })).rejects.toThrow('QuotaExceededError: the disk is full');
    expect(off.createDocument).not.toHaveBeenCalled();
    expect(off.closeDocument).not.toHaveBeenCalled();
  });

  it('two jobs at once: the document is closed after the last, not under the other; a warm-up in between keeps it', async () => {
    const off = fakeOffscreen();
    const pending: Array<() => void> = [];
    serveCorpusJobs(() => new Promise((r) => pending.push(() => r(null))));
    const run = corpusJobs();
    const a = run({ kind: 'refresh' });
    await vi.waitFor(() => expect(pending).toHaveLength(1));
    const b = run({ kind: 'prepare' });
    await vi.waitFor(() => expect(pending).toHaveLength(2));
    pending[0]!();
    await a;
    expect(off.closeDocument).not.toHaveBeenCalled();
    pending[1]!();
    await b;
    expect(off.closeDocument).toHaveBeenCalledTimes(1);

    // At browser start the worker also warms the side panel's compare there: the document stays open.
    const c = run({ kind: 'prepare' });
    await vi.waitFor(() => expect(pending).toHaveLength(3));
    warmOffscreen(true);
    pending[2]!();
    await c;
    expect(off.closeDocument).toHaveBeenCalledTimes(1);
  });

  it('the worker keeps itself alive while it waits: an extension API call every 20 s, none after the answer', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    fakeOffscreen(true);
    const ping = vi.spyOn(fakeBrowser.runtime, 'getPlatformInfo').mockResolvedValue({} as never);
    const doc: { answer?: () => void } = {};
    serveCorpusJobs(() => new Promise((r) => (doc.answer = () => r(null))));
    const job = corpusJobs()({ kind: 'refresh' });
    while (!doc.answer) await new Promise((r) => setTimeout(r, 5)); // the document has the job (setTimeout is not faked)
    vi.advanceTimersByTime(45_000);
    expect(ping).toHaveBeenCalledTimes(2);
    doc.answer!();
    await job;
    vi.advanceTimersByTime(60_000);
    expect(ping).toHaveBeenCalledTimes(2);
  });

  it.each<[string, unknown]>([
    ['an unknown kind', { kind: 'reset' }],
    ['an unknown reason', { kind: 'prepare', reason: 'wipe' }],
    ['no job', undefined],
  ])('the document runs no job for %s', async (_, job) => {
    fakeOffscreen(true);
    const ran: CorpusJob[] = [];
    serveCorpusJobs(async (j) => (ran.push(j), null));
    await expect(fakeBrowser.runtime.sendMessage({ type: 'parallax:corpus-job', job })).rejects.toThrow(/Receiving end/);
    expect(ran).toEqual([]);
  });
});

describe('host grants: the offscreen document has no chrome.permissions and asks the worker', () => {
  it('answers what the reader granted, per host, on one port; a question from a web page is not answered', async () => {
    serveOriginAccess();
    expect(listeners).toEqual([]); // the worker is not started by every runtime message
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async (p: { origins: string[] }) => p.origins[0] === 'https://granted.example/*') as never);
    expect(await Promise.all([askOriginAccess('https://granted.example/news/1'), askOriginAccess('https://other.example/news/1')])).toEqual([true, false]);
    expect(contains).toHaveBeenCalledWith({ origins: ['https://other.example/*'] });
    expect(fakeBrowser.runtime.connect).toHaveBeenCalledTimes(1);
    const fromPage = end(MAY_READ, { url: 'https://granted.example/x' });
    connectListeners[0]!(fromPage);
    expect(fromPage.heard).toEqual([]);
  });

  it('a worker stopped while a question waits: asked once more on a new port (then false)', async () => {
    serveOriginAccess();
    let answering = false;
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async () => {
      if (!answering) {
        answering = true;
        workerEnds.at(-1)!.disconnect(); // the worker is stopped before it answers
        return new Promise(() => undefined);
      }
      return true;
    }) as never);
    expect(await askOriginAccess('https://granted.example/news/2')).toBe(true);
    expect(fakeBrowser.runtime.connect).toHaveBeenCalledTimes(2);
  });
});
