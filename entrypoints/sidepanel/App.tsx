/**
 * The side panel (Chrome) / sidebar (Firefox) page: wires lib/sidebar's store and controller to the
 * platform (tabs, messages, storage), the ingestion, the corpus, the engine and the quote tracer,
 * and draws with components/sidebar. No logic of its own beyond choosing which tab to follow.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { liveQuery } from 'dexie';
import {
  activeTabId,
  clearPendingTrace,
  compareOffscreen,
  onContentEvent,
  onTabChanged,
  sendToTab,
  tabUrl,
  warmOffscreen,
  notePanelUsed,
  watchPendingTrace,
} from '../../lib/extension/platform';
import { articleFromExtracted } from '../../lib/ingest/article';
import { Corpus } from '../../lib/store/corpus';
import { createStore } from '../../lib/sidebar/store';
import type { SidebarCorpus, SidebarDeps } from '../../lib/sidebar/controller';
import type { Article, Report } from '../../lib/types';
import { createController } from '../../lib/sidebar/controller';
import { Sidebar } from '../../components/sidebar/Sidebar';
import type { SidebarActions } from '../../components/sidebar/Sidebar';
import { TraceView } from '../../components/sidebar/TraceView';
import { autoAddWhatIRead, getAddWhatIRead } from '../../lib/feeds/reading';

/** One corpus connection for the page's life. */
let corpusPromise: Promise<Corpus> | null = null;
const corpus = (): Promise<Corpus> => (corpusPromise ??= Corpus.open().catch((e) => {
  corpusPromise = null;
  throw e;
}));

/**
 * The extraction main.tsx asked for as the page's script started (`startEarly`), before Preact's
 * first render and effects and the tab's URL look-up: the first load of that tab uses it, once.
 */
type ExtractReply = ReturnType<SidebarDeps['extract']>;
let earlyReply: { tabId: number; reply: ExtractReply } | null = null;

export interface EarlyStart {
  tabId: Promise<number | null>;
  /** The extraction of that tab, already asked for (null without a tab). */
  extract: Promise<{ tabId: number; reply: ExtractReply } | null>;
}

/**
 * Where the page is compared: in Chrome's offscreen document, which stays open with the engine warm
 * (lib/extension/platform.ts compareOffscreen), else — Firefox, no answer, a failure — in this page
 * as before, the engine then loaded on demand (the page's first script carries none of it).
 * `?compare=here` keeps every compare in this page (the benchmark's other arm, tests).
 */
let compareHere = false;
const localCompare = async (article: Article, c: SidebarCorpus): Promise<Report> => (await import('../../lib/engine/compare')).compareArticle(article, c);

/** Called by main.tsx before rendering: find the tab and ask its content script for the page now. */
export function startEarly(search: string): EarlyStart {
  compareHere = new URLSearchParams(search).get('compare') === 'here';
  // Open the offscreen document and load its engine while the content script reads the page.
  if (!compareHere) warmOffscreen();
  notePanelUsed();
  const pinned = pinnedTabId(search);
  const tabId = pinned !== null ? Promise.resolve(pinned) : activeTabId().catch(() => null);
  const extract = tabId.then((id) => {
    if (id === null) return null;
    const reply = sendToTab(id, { type: 'parallax:extract' });
    // Handled where it is used (the controller); not "unhandled" meanwhile. The arrival is marked
    // here (bench/panel-marks.ts): the controller may take the page in later, after the first render.
    reply.then(() => globalThis.performance?.mark?.('parallax:page-arrived')).catch(() => undefined);
    return { tabId: id, reply };
  });
  return { tabId, extract };
}

const deps: SidebarDeps = {
  extract: (tabId, opts) => {
    const early = earlyReply;
    earlyReply = null;
    if (early && early.tabId === tabId && !opts?.anyway) return early.reply;
    globalThis.performance?.clearMarks?.('parallax:page-arrived'); // this load's page is asked for now
    return sendToTab(tabId, { type: 'parallax:extract', ...(opts?.anyway ? { anyway: true } : {}) });
  },
  toArticle: (page) => articleFromExtracted(page),
  openCorpus: () => corpus(),
  compare: (article, corpus) => (compareHere ? localCompare(article, corpus) : compareOffscreen(article).catch(() => localCompare(article, corpus))),
  scrollTo: (tabId, anchor) => sendToTab(tabId, { type: 'parallax:scroll-to', anchor }),
  highlight: (tabId, items) => sendToTab(tabId, { type: 'parallax:highlight', items }),
  clearHighlights: (tabId) => sendToTab(tabId, { type: 'parallax:clear-highlights' }),
  trace: async (selection, corpus, from) => (await import('../../lib/quotes/trace')).traceQuote(selection, corpus, { from: from ?? undefined }),
  clearPendingTrace,
};

/** `?tabId=N` pins the sidebar to one tab (tests, `npm start`); otherwise it follows the active tab. */
function pinnedTabId(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  return raw !== null && /^\d+$/.test(raw) ? Number(raw) : null;
}

export function App({ early }: { early?: EarlyStart } = {}) {
  const store = useMemo(() => createStore(), []);
  const controller = useMemo(() => createController(store, deps), [store]);
  const [state, setState] = useState(store.getState());

  useEffect(() => {
    const unsubscribe = store.subscribe(setState);
    const pinned = pinnedTabId(location.search);
    const start = async (tabId: number) => controller.load(tabId, await tabUrl(tabId));

    void (async () => {
      if (early) earlyReply = await early.extract;
      const tabId = early ? await early.tabId : pinned ?? (await activeTabId());
      if (tabId === null) store.dispatch({ type: 'unreachable', detail: 'No tab to read.' });
      else await start(tabId);
    })();

    const offTabs = onTabChanged(async ({ tabId, reason }) => {
      const current = store.getState().tabId;
      if (reason === 'loaded') {
        // The page in our tab loaded anew (navigation or reload): compare again.
        if (tabId === current) void controller.load(tabId, await tabUrl(tabId), { quiet: true });
        return;
      }
      // Activation events arrive for every window: follow only this window's active tab.
      if (pinned !== null || tabId === current) return;
      if ((await activeTabId()) === tabId) void start(tabId);
    });
    const offEvents = onContentEvent((event, sender) => {
      if (event.type === 'parallax:page-changed' && sender.tabId !== null && sender.tabId === store.getState().tabId) {
        void controller.load(sender.tabId, event.url);
      }
    });
    const offTrace = watchPendingTrace((pending) => void controller.pendingTrace(pending));
    // liveQuery sees writes from every extension page (the corpus manager, the background's seeding).
    let seenCount: number | null = null;
    let offCorpus: (() => void) | null = null;
    // "Add what I read" (options page): each article read is added through "Add this page".
    let addWhatIRead = false;
    const auto = autoAddWhatIRead(store, () => controller.addToCorpus(), () => addWhatIRead);
    void corpus()
      .then((c) => {
        const sub = liveQuery(() => c.count()).subscribe({
          next: (n) => {
            if (seenCount !== null && n !== seenCount) void controller.corpusChanged();
            seenCount = n;
          },
          error: () => {},
        });
        const setting = liveQuery(() => getAddWhatIRead(c)).subscribe({
          next: (on) => {
            addWhatIRead = on;
            if (on) auto.check();
          },
          error: () => {},
        });
        offCorpus = () => {
          sub.unsubscribe();
          setting.unsubscribe();
        };
      })
      .catch(() => {});

    return () => {
      unsubscribe();
      offTabs();
      offEvents();
      offTrace();
      offCorpus?.();
      auto.off();
      controller.dispose();
    };
  }, [store, controller, early]);

  // Where the reader was in the comparison when a trace opened (see below).
  const place = useRef<{ y: number; opener: HTMLElement | null; tracing: boolean }>({ y: 0, opener: null, tracing: false });
  const actions: SidebarActions = useMemo(
    () => ({
      retry: () => void controller.retry(),
      compareAnyway: () => void controller.compareAnyway(),
      openCorpusManager: () => void browser.runtime.openOptionsPage(),
      addToCorpus: () => void controller.addToCorpus(),
      scrollTo: (i) => void controller.scrollTo(i),
      setHighlight: (on) => void controller.setHighlight(on),
      trace: (text) => {
        // The control that opened the trace (a card's Trace button): focus goes back to it on "Back".
        const active = document.activeElement;
        place.current.opener = active instanceof HTMLElement && active.closest('.px-sidebar') ? active : null;
        // Where the reader is now: a scroll event from the last frame (focus moved to the button) may not
        // have reached the listener below yet, and once the trace shows it is ignored.
        place.current.y = window.scrollY;
        void controller.trace(text);
      },
    }),
    [controller],
  );

  // The comparison stays mounted (hidden) while a trace is shown, so "Back to comparison" returns the
  // reader to the card they left — scroll position and focus — rather than to the top of a long report;
  // the trace view takes the focus when it opens, so a screen reader announces it.
  const tracing = state.view === 'trace' && !!state.trace;
  place.current.tracing = tracing;
  useEffect(() => {
    const onScroll = () => {
      if (!place.current.tracing) place.current.y = window.scrollY;
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, []);
  const wasTracing = useRef(false);
  useEffect(() => {
    if (tracing === wasTracing.current) return;
    wasTracing.current = tracing;
    if (tracing) {
      window.scrollTo(0, 0);
      document.getElementById('px-trace-view')?.focus({ preventScroll: true });
    } else {
      window.scrollTo(0, place.current.y);
      const opener = place.current.opener;
      place.current.opener = null;
      if (opener?.isConnected) opener.focus({ preventScroll: true });
    }
  }, [tracing]);

  return (
    <>
      {tracing && (
        <div class="px-sidebar px-sidebar--trace">
          <TraceView
            trace={state.trace!.trace}
            loading={state.trace!.loading}
            error={state.trace!.error}
            onBack={controller.back}
          />
        </div>
      )}
      <Sidebar state={state} actions={actions} hidden={tracing} />
    </>
  );
}
