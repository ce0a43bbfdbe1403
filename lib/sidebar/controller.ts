/**
 * The sidebar's flow: extract → ingest → open the corpus → compare → report, plus the reader's
 * actions (scroll to a fact, highlight, add the page, trace a quote). It takes its environment as
 * an argument (`SidebarDeps`), so it runs in tests with fakes and in the extension with the real
 * platform, ingestion, store and engine modules wired by entrypoints/sidepanel/App.tsx.
 */
import type { Article, CorpusIndex, ExtractedPage, FrequentKeys, Report, Trace } from '../types';
import type { Anchor, HighlightKind, NotAnArticle, PendingTrace, Result } from '../extension/protocol';
import { isNotArticle } from '../extension/protocol';
import type { Store } from './store';
import { highlightItems } from './view';

/** The corpus as the sidebar needs it: the engine's index plus writing one page into it. */
export interface SidebarCorpus extends CorpusIndex {
  upsert(articles: Article[]): Promise<unknown>;
}

export interface SidebarDeps {
  /** Ask the tab's content script to extract. Rejects when the content script cannot be reached. */
  extract(tabId: number, opts?: { anyway?: boolean }): Promise<Result<ExtractedPage | NotAnArticle>>;
  toArticle(page: ExtractedPage): Article;
  openCorpus(): Promise<SidebarCorpus>;
  compare(article: Article, corpus: SidebarCorpus): Promise<Report>;
  scrollTo(tabId: number, anchor: Anchor): Promise<Result<boolean>>;
  highlight(tabId: number, items: Array<Anchor & { kind: HighlightKind }>): Promise<Result<number>>;
  clearHighlights(tabId: number): Promise<Result<null>>;
  trace(selection: string, corpus: SidebarCorpus, from: Article | null): Promise<Trace>;
  /** Forget a pending trace request once handled (optional). */
  clearPendingTrace?(): Promise<void>;
}

/** The message a reader gets when the content script does not answer. */
export const UNREACHABLE_HINT =
  'Parallax cannot read this page. Browser pages (such as chrome:// or about: pages, the web store ' +
  'and PDF viewers) are closed to extensions; for a page opened before Parallax was installed or ' +
  'updated, reload the page and try again.';

/**
 * User Timing marks of one load, for bench/panel-time.ts, bench/browser.ts (and the browser's
 * performance panel): `parallax:page-text` when the content script's page arrives, then
 * `parallax:ingested` (the page made an Article), `parallax:corpus` (count and "in the corpus"
 * read), `parallax:compared` (the engine's report is back), `parallax:report` (dispatched to the
 * view). Each run clears the previous run's marks and measures. Every read the engine makes
 * through the panel's corpus view is a measure named `parallax:db:<method>` (its wall time,
 * overlapping work included). No-op where the environment has no User Timing.
 */
export const MARKS = ['parallax:page-text', 'parallax:ingested', 'parallax:corpus', 'parallax:compared', 'parallax:report'] as const;
const DB_MEASURES = ['candidates', 'keyIds', 'keyCounts', 'count', 'frequentKeys', 'getMany', 'findSame', 'repeatCounts'] as const;
const perf = (): Performance | undefined => (globalThis as { performance?: Performance }).performance;
function mark(name: (typeof MARKS)[number]): void {
  const p = perf();
  if (!p?.mark) return;
  if (name === 'parallax:page-text') {
    for (const m of MARKS) p.clearMarks?.(m);
    for (const m of DB_MEASURES) p.clearMeasures?.(`parallax:db:${m}`);
  }
  p.mark(name);
}
/** Times one read of the corpus view as a `parallax:db:<name>` measure. */
function timed<T>(name: (typeof DB_MEASURES)[number], read: () => Promise<T>): Promise<T> {
  const p = perf();
  if (!p?.measure || !p.now) return read();
  const start = p.now();
  const done = () => {
    try {
      p.measure(`parallax:db:${name}`, { start, end: p.now() });
    } catch {
      // an environment whose measure() takes no options: no timing
    }
  };
  return read().then(
    (v) => (done(), v),
    (e) => {
      done();
      throw e;
    },
  );
}

/**
 * The corpus as the panel hands the engine: the store's reads, timed (`parallax:db:*`), and for one
 * compare (`forCompare`) the answers the panel is already reading itself, so the engine does not
 * ask the database again: `count()` (one record read) and `findSame(article)` for the page's own
 * article (an index look-up by URL and hash). Both are promises started as the page text arrives,
 * in parallel with the engine's first reads, not awaited before it starts.
 *
 * (It used to hand back the same Article object for an unchanged candidate, comparing each
 * candidate's JSON, for a per-object feature cache; the engine now keeps its derived data per
 * article id and content — lib/engine/features.ts derivedOf — so that work is gone.)
 */
export function panelCorpus(c: SidebarCorpus): SidebarCorpus & {
  forCompare(count: Promise<number>, same: { article: Article; id: Promise<string | null> }, frequent?: Promise<FrequentKeys>): SidebarCorpus;
  /** The view with `count()` answered by `n` (kept for callers that have the count already). */
  withCount(n: number): SidebarCorpus;
} {
  const view: SidebarCorpus = {
    candidates: (keys, limit) => timed('candidates', () => c.candidates(keys, limit)),
    // The key lists themselves, when the store gives them: the engine keeps them per key for one compare.
    ...(c.keyIds ? { keyIds: (keys: string[], seen?: Map<string, unknown>) => timed('keyIds', () => c.keyIds!(keys, seen)) } : {}),
    keyCounts: (keys, seen) => timed('keyCounts', () => c.keyCounts(keys, seen)),
    count: () => timed('count', () => c.count()),
    // The frequent keys with the count (one record read with it): the engine asks its query keys' lists with their counts.
    ...(c.frequentKeys ? { frequentKeys: () => timed('frequentKeys', () => c.frequentKeys!()) } : {}),
    getMany: (ids) => timed('getMany', () => c.getMany(ids)),
    findSame: (a) => timed('findSame', () => c.findSame(a)),
    upsert: (articles) => c.upsert(articles),
    // Furniture's counts (lib/engine/repeats.ts): without them the panel would hide no site furniture (perf37).
    ...(c.repeatCounts ? { repeatCounts: (keys: string[]) => timed('repeatCounts', () => c.repeatCounts!(keys)) } : {}),
    // The engine hands back the story vectors it derived, for the next panel (lib/store's vectors table).
    ...(c.keepVectors ? { keepVectors: (records: Parameters<NonNullable<SidebarCorpus['keepVectors']>>[0]) => c.keepVectors!(records) } : {}),
  };
  return {
    ...view,
    forCompare: (count, same, frequent) => ({
      ...view,
      count: () => count,
      ...(frequent ? { frequentKeys: () => frequent } : {}),
      findSame: (a) => (a === same.article ? same.id : view.findSame(a)),
    }),
    withCount: (n) => ({ ...view, count: async () => n }),
  };
}

function message(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

export function createController(store: Store, deps: SidebarDeps) {
  /** Each run gets a number; a run that is no longer the latest stops dispatching. */
  let generation = 0;
  /** Resolves with the page's article once the current load has extracted it (or given up). */
  let articleReady: Promise<Article | null> = Promise.resolve(null);
  let settleArticle: (a: Article | null) => void = () => undefined;
  let corpusPromise: Promise<ReturnType<typeof panelCorpus>> | null = null;

  const corpus = (): Promise<ReturnType<typeof panelCorpus>> => {
    corpusPromise ??= deps.openCorpus().then((c) => panelCorpus(c)).catch((e) => {
      corpusPromise = null;
      throw e;
    });
    return corpusPromise;
  };

  async function compareInto(run: number, article: Article): Promise<void> {
    const current = () => run === generation;
    store.dispatch({ type: 'step', step: 'opening' });
    const c = await corpus();
    if (!current()) return;
    // The count and "is this page in the corpus" are read once, and the engine starts at once
    // with the same answers (its own first reads overlap them): no round trip before it starts.
    // With the count comes the frequent keys' record (one read), so the engine's first query needs no count of its own.
    const frequent = c.frequentKeys?.();
    const count = frequent ? frequent.then((f) => f.n) : c.count();
    const same = { article, id: c.findSame(article) };
    // (The count is one record read; the engine waits only for it, so an empty corpus is not compared.)
    // A run overtaken meanwhile (another tab, a navigation) is not compared either.
    const compared: Promise<Report | null> = count.then((k) =>
      k === 0 || !current() ? null : deps.compare(article, c.forCompare(count, same, frequent)),
    );
    compared.catch(() => undefined); // awaited below; this only keeps an early failure from being "unhandled"
    const [n, inCorpus] = await Promise.all([count, same.id]);
    if (!current()) return;
    mark('parallax:corpus');
    store.dispatch({ type: 'corpus', count: n, inCorpus });
    if (n === 0) {
      store.dispatch({ type: 'empty-corpus' });
      return;
    }
    const others = inCorpus ? n - 1 : n;
    store.dispatch({
      type: 'step',
      step: 'comparing',
      detail: `Looking through ${others} ${others === 1 ? 'article' : 'articles'} in your corpus…`,
    });
    const report = await compared;
    if (!current() || !report) return;
    mark('parallax:compared');
    store.dispatch({ type: 'report', report });
    mark('parallax:report');
    // Highlighting is on: mark this page too.
    if (store.getState().highlight.on && report.related.length > 0) await setHighlight(true);
  }

  /**
   * Extract and compare the page in `tabId` (a new tab, a navigation, or "Try again").
   * `quiet`: the tab loaded anew by itself (not the reader's click). If the panel already says it
   * cannot read this tab, it keeps saying so while it asks again, and shows "Reading…" only once the
   * page answers — no "cannot read" → "Reading…" → "cannot read" flicker on a tab not given.
   */
  async function load(tabId: number, url: string | null = null, opts: { quiet?: boolean; anyway?: boolean } = {}): Promise<void> {
    articleReady = new Promise((resolve) => (settleArticle = resolve));
    try {
      await loadInto(tabId, url, opts.quiet === true, opts.anyway === true);
    } finally {
      settleArticle(store.getState().article);
    }
  }

  async function loadInto(tabId: number, url: string | null, quiet: boolean, anyway = false): Promise<void> {
    const run = ++generation;
    const current = () => run === generation;
    const previous = store.getState();
    // Leaving a tab that carries our marks: take them away (the same tab's page resets its own).
    if (previous.highlight.on && previous.tabId !== null && previous.tabId !== tabId) {
      void deps.clearHighlights(previous.tabId).catch(() => undefined);
    }
    const held = quiet && previous.tabId === tabId && previous.phase.kind === 'unreachable';
    if (!held) store.dispatch({ type: 'start', tabId, url });
    let reply: Result<ExtractedPage | NotAnArticle>;
    try {
      reply = await (anyway ? deps.extract(tabId, { anyway: true }) : deps.extract(tabId));
    } catch (e) {
      if (current()) {
        if (held) store.dispatch({ type: 'start', tabId, url });
        store.dispatch({ type: 'unreachable', detail: message(e) });
      }
      return;
    }
    if (!current()) return;
    if (held) store.dispatch({ type: 'start', tabId, url });
    mark('parallax:page-text');
    try {
      if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
        store.dispatch({ type: 'unreachable', detail: 'No answer from the page.' });
        return;
      }
      if (!reply.ok) throw new Error(`Could not read the article: ${reply.error}`);
      if (isNotArticle(reply.value)) {
        store.dispatch({ type: 'not-article', reason: reply.value.reason });
        return;
      }
      const article = deps.toArticle(reply.value);
      mark('parallax:ingested');
      if (article.units.length === 0) {
        store.dispatch({ type: 'not-article', reason: 'No article text was found on this page.' });
        return;
      }
      store.dispatch({ type: 'extracted', article, ...(anyway ? { anyway: true } : {}) });
      settleArticle(article);
      await compareInto(run, article);
    } catch (e) {
      if (current()) store.dispatch({ type: 'error', message: message(e) });
    }
  }

  function retry(): Promise<void> {
    const { tabId, url } = store.getState();
    return tabId === null ? Promise.resolve() : load(tabId, url);
  }

  /**
   * The reader says a page refused as a non-article is one: extract it again without the refusal
   * (read as leniently as a saved file) and compare. "Add this page" is offered as for any article, so
   * the reader decides; "Add what I read" does not add such a page on its own (state.anyway).
   */
  function compareAnyway(): Promise<void> {
    const { tabId, url } = store.getState();
    return tabId === null ? Promise.resolve() : load(tabId, url, { anyway: true });
  }

  async function addToCorpus(): Promise<void> {
    const { article, add } = store.getState();
    if (!article || add.kind === 'adding') return;
    const run = generation;
    store.dispatch({ type: 'add-start' });
    try {
      const c = await corpus();
      await c.upsert([article]);
      const id = (await c.findSame(article)) ?? article.id;
      if (run !== generation) return;
      store.dispatch({ type: 'add-done', id });
      // Compare again: the corpus changed (and the first page of an empty corpus now has a report).
      await compareInto(run, article);
    } catch (e) {
      if (run === generation) store.dispatch({ type: 'add-error', message: message(e) });
    }
  }

  async function scrollTo(i: number): Promise<void> {
    const { tabId, report, article } = store.getState();
    if (tabId === null) return;
    const text =
      report?.article.units.find((u) => u.i === i)?.text ?? article?.units.find((u) => u.i === i)?.text;
    if (text === undefined) return;
    store.dispatch({ type: 'scroll', i, found: null });
    try {
      const reply = await deps.scrollTo(tabId, { i, text });
      if (reply.ok) store.dispatch({ type: 'scroll', i, found: reply.value });
      else store.dispatch({ type: 'scroll', i, found: false, error: reply.error });
    } catch (e) {
      store.dispatch({ type: 'scroll', i, found: false, error: message(e) });
    }
  }

  async function setHighlight(on: boolean): Promise<void> {
    const { tabId, report } = store.getState();
    if (tabId === null) return;
    store.dispatch({ type: 'highlight-start', on });
    try {
      if (on) {
        if (!report) throw new Error('There is no comparison to highlight yet.');
        const reply = await deps.highlight(tabId, highlightItems(report));
        if (!reply.ok) throw new Error(reply.error);
        store.dispatch({ type: 'highlight-done', on: true, anchored: reply.value });
      } else {
        const reply = await deps.clearHighlights(tabId);
        if (!reply.ok) throw new Error(reply.error);
        store.dispatch({ type: 'highlight-done', on: false, anchored: null });
      }
    } catch (e) {
      store.dispatch({ type: 'highlight-error', message: `Could not mark the page: ${message(e)}` });
    }
  }

  async function trace(selection: string, at?: number): Promise<void> {
    const text = selection.trim();
    if (!text) return;
    store.dispatch({ type: 'trace-start', selection: text, at });
    try {
      const c = await corpus();
      // A trace requested as the panel opens arrives before the page is extracted: wait for the
      // page, so the tracer knows which article the selection was made in (and never lists it).
      const from = store.getState().article ?? (await articleReady);
      const result = await deps.trace(text, c, from);
      const t = store.getState().trace;
      if (t && t.selection === text) store.dispatch({ type: 'trace-done', trace: result });
    } catch (e) {
      const t = store.getState().trace;
      if (t && t.selection === text) store.dispatch({ type: 'trace-error', message: message(e) });
    }
  }

  /** A "Trace quote" request found in storage (on load or on change). Handled once per `at`. */
  async function pendingTrace(pending: PendingTrace | null | undefined): Promise<void> {
    if (!pending || typeof pending.text !== 'string' || !pending.text.trim()) return;
    if (pending.at <= store.getState().traceHandledAt) return;
    const { tabId } = store.getState();
    // A request made in another tab is for that tab's sidebar (Chrome keeps one panel per window).
    if (pending.tabId !== null && tabId !== null && pending.tabId !== tabId) return;
    const done = trace(pending.text, pending.at);
    await deps.clearPendingTrace?.().catch(() => undefined);
    await done;
  }

  /**
   * The corpus changed (an import in the corpus manager, the seeds arriving after install). When
   * the sidebar is waiting for coverage (empty corpus, nothing related), compare the page again.
   */
  async function corpusChanged(): Promise<void> {
    const s = store.getState();
    if (!s.article || s.add.kind === 'adding') return;
    const waiting =
      s.phase.kind === 'empty-corpus' || (s.phase.kind === 'ready' && (s.report?.related.length ?? 0) === 0);
    if (!waiting) return;
    const run = generation;
    try {
      await compareInto(run, s.article);
    } catch (e) {
      if (run === generation) store.dispatch({ type: 'error', message: message(e) });
    }
  }

  function back(): void {
    store.dispatch({ type: 'back' });
  }

  /** Drop stale async results (when the sidebar closes). */
  function dispose(): void {
    generation++;
  }

  return { load, retry, compareAnyway, addToCorpus, corpusChanged, scrollTo, setHighlight, trace, pendingTrace, back, dispose };
}

export type Controller = ReturnType<typeof createController>;
