/**
 * The options page: the corpus manager. Wires the corpus (lib/store), ingestion (lib/ingest via
 * lib/store/import-files), feeds (lib/feeds) and the browser (permissions, alarms, downloads) to the
 * components in components/options. Live: the table follows the database (the newest rows first,
 * then the rest, then only the summaries a write touched: lib/store/summaries-page.ts), and the
 * feeds and trash follow it through Dexie liveQuery, so articles the background adds (seeds on
 * install, feed refreshes) appear without a reload.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { FeedImportResult, FeedStatus } from '../../lib/feeds';
import { hasOriginAccess, pageExtractor, requestOrigins } from '../../lib/extension/platform';
import { pageReaders } from '../../lib/extension/page-reader';
import type { ArticlePatch, Corpus, Persistence, StorageUse, TrashEntry } from '../../lib/store/corpus';
import { TRASH_DAYS } from '../../lib/store/constants';
import type { ArticleSummary } from '../../lib/store/db';
import type { FileImportResult } from '../../lib/store/import-files';
import type { IngestEnv } from '../../lib/ingest';
import { ArticleTable } from '../../components/options/ArticleTable';
import { SummaryIndex } from '../../components/options/table-model';
import type { EarlyRows } from '../../lib/store/first-rows';
import { FIRST_ROWS } from './first-rows';
import { Brand } from '../../components/Brand';
import { FeedsPanel, subscribeError } from '../../components/options/FeedsPanel';
import { SourcesPanel, type OpmlPreview } from '../../components/options/SourcesPanel';
import { STARTER_SOURCES, starterOrigins, type StarterSource } from '../../lib/feeds/starter';
import { AddWhatIReadCard } from '../../components/options/SourcesReading';
import { getAddWhatIRead, setAddWhatIRead } from '../../lib/feeds/reading';
import { ImportPanel, type ImportProgress } from '../../components/options/ImportPanel';
import { ManagePanel } from '../../components/options/ManagePanel';
import { Toast, type ToastData } from '../../components/options/Toast';
import { TrashPanel, type TrashItem } from '../../components/options/TrashPanel';
import { plural } from '../../components/options/format';
import { MAX_FEED_ITEMS, MAX_FEED_TEXT_CHARS } from '../../lib/ingest/limits';
import { SiteAccessCard } from '../../components/SiteAccess';
import { ingestWithOutlet } from '../../lib/outlets';
import { applyRetention, applyStoredRetention, getRetention, setRetention, type RetentionPolicy } from '../../lib/store/retention';
import { RetentionPanel, retentionSummary } from '../../components/options/RetentionPanel';

/**
 * The store (Dexie, lib/store/corpus.ts; 7 files, ~300 kB): not needed for the first render, which
 * shows the rows read without it (lib/store/first-rows.ts). Asked for only once those rows are in the
 * page (opts76): asked for as the module ran, its files were evaluated on the page's thread while the
 * early read was out, and the read's answer (then the rows) waited behind them
 * (`npx tsx bench/opts76-ab.ts`).
 */
let storeLoad: Promise<typeof import('./store')> | null = null;
const storeModule = () => (storeLoad ??= import('./store'));

/**
 * Loaded after the table's first rows, when first needed: feeds (feedsmith and its XML parser),
 * file import (which reads feeds' limited fetch) and the seeds are not needed to show the corpus,
 * and keeping them out of the page's first script lets the first rows come sooner.
 */
let feedsLoad: Promise<typeof import('../../lib/feeds')> | null = null;
const feedsModule = () => (feedsLoad ??= import('../../lib/feeds'));
let importLoad: Promise<typeof import('../../lib/store/import-files')> | null = null;
const importModule = () => (importLoad ??= import('../../lib/store/import-files'));
let prepareLoad: Promise<typeof import('../../lib/store/prepare')> | null = null;
const prepareModule = () => (prepareLoad ??= import('../../lib/store/prepare'));
let opmlLoad: Promise<typeof import('../../lib/feeds/opml')> | null = null;
const opmlModule = () => (opmlLoad ??= import('../../lib/feeds/opml'));

/**
 * The reader of feed items' pages for a refresh started here: this page has a DOM, so Readability
 * runs here (pageExtractor; the content script's copy, page-reader.ts); only hosts the reader allowed
 * are fetched. Loaded when first needed.
 */
async function pageReader() {
  const [f, pe] = await Promise.all([feedsModule(), pageReaders()]);
  return new f.FullTextFetcher({ fetchPage: f.fetchPage, extract: pageExtractor(pe.extractHtml), allowed: hasOriginAccess });
}

/**
 * Files are read off the page's thread (ingest-worker.ts), whole pages on the page (DOMParser).
 * Loaded at the first import: lib/ingest and its parsers are not needed to show the corpus.
 */
let ingestLoad: Promise<ReturnType<(typeof import('./ingest-client'))['pageIngest']>> | null = null;
const ingestFn = () => (ingestLoad ??= import('./ingest-client').then((m) => m.pageIngest()));
/**
 * Whole saved pages go through Readability on a DOM the page's own parser builds (never inserted).
 * lib/ingest/page.ts's reader (Readability and lib/extract) is the content script's, loaded at the
 * first import, not with the page (lib/extension/page-reader.ts: one copy in the package).
 */
let pageEnvLoad: Promise<IngestEnv> | null = null;
const ingestEnv = () => (pageEnvLoad ??= pageReaders().then((m) => m.domPageEnv()));
const UNDO_MS = 10_000;

/** Whether this build holds "unlimitedStorage" (the storage line: see ManagePanel's `unlimited`). */
const UNLIMITED_STORAGE = (() => {
  try {
    return (browser.runtime.getManifest().permissions ?? []).some((p) => p === 'unlimitedStorage');
  } catch {
    return false;
  }
})();

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

function feedSummary(r: FeedImportResult): string {
  const n = (s: string) => r.items.filter((i) => i.status === s).length;
  const text = (t: string) => r.items.filter((i) => i.text === t && i.status !== 'error').length;
  const parts = [
    n('added') && `${n('added')} added`,
    n('updated') && `${n('updated')} updated`,
    n('unchanged') && `${n('unchanged')} already in the corpus`,
    (n('error') || n('skipped')) && `${n('error') + n('skipped')} could not be read`,
    text('page') && `${text('page')} read in full from their pages`,
    text('summary') && `${text('summary')} kept as summaries only`,
    r.notRead &&
      `${r.notRead} more items not read this time (a refresh reads at most ${MAX_FEED_ITEMS} items or ${MAX_FEED_TEXT_CHARS.toLocaleString('en')} characters)`,
  ].filter(Boolean);
  return `${r.title ?? r.feedUrl}: ${parts.join(', ') || 'no items'}.`;
}

const today = () => new Date().toISOString().slice(0, 10);

/** Offers a file to the reader as a download (the browser's own save; nothing leaves the device). */
function saveFile(blob: Blob, name: string): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

/** Asks for the permission to read one site. Must be called in the click/submit, before any await. */
function requestOrigin(url: string): Promise<boolean> {
  let origin: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error();
    origin = u.origin;
  } catch {
    return Promise.reject(new Error(`"${url}" is not a web address (it should start with http:// or https://).`));
  }
  return browser.permissions.request({ origins: [`${origin}/*`] });
}

/** A promise with its resolve / reject outside (the corpus the page opens, awaited by what the reader starts first). */
function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void } {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => undefined); // a failed open is said by the page's error line
  return { promise, resolve, reject };
}

/** `early`: the newest rows, read before the page's code ran (lib/store/first-rows.ts). */
export function App({ early }: { early?: EarlyRows } = {}) {
  const [corpus, setCorpus] = useState<Corpus | null>(null);
  // The import panel is drawn before the database has opened (slower on a busy machine): files chosen or dropped, or
  // an address given, in that moment wait for the corpus instead of being dropped without a word.
  const [opening] = useState(() => deferred<Corpus>());
  const [fatal, setFatal] = useState<string | null>(null);
  // The table's summaries, in memory and changed in place (components/options/table-model.ts);
  // `tableVersion` is the index's version at the last change, `total` the corpus size while the
  // first load is still reading it.
  // The newest rows read before the page's code ran (main.tsx) are in the first render already.
  const [{ index, withRows }] = useState(() => {
    const made = new SummaryIndex();
    if (early?.rows) made.replaceAll(early.rows);
    return { index: made, withRows: !!early?.rows };
  });
  const [tableVersion, setTableVersion] = useState(index.version);
  const [total, setTotal] = useState<number | undefined>(undefined);
  const [reading, setReading] = useState(true);
  const [loaded, setLoaded] = useState(withRows);
  const [feeds, setFeeds] = useState<FeedStatus[]>([]);
  const [interval, setIntervalMinutes] = useState<number | null>(null);
  const [intervals, setIntervals] = useState<readonly number[]>([]);
  const [accept, setAccept] = useState('');
  const [storage, setStorage] = useState<StorageUse | null>(null);
  /** Articles were removed by a reset on this page: the storage line says their space comes back later. */
  const [removed, setRemoved] = useState(false);
  const [persistence, setPersistence] = useState<Persistence | null>(null);
  const [trash, setTrash] = useState<TrashItem[]>([]);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  /** perf44: the pass preparing articles for compare (prepareForCompare below), while it runs. */
  const prepareStop = useRef<AbortController | null>(null);
  const [preparing, setPreparing] = useState<{ done: number; total: number } | null>(null);
  const [results, setResults] = useState<FileImportResult[]>([]);
  const [urlBusy, setUrlBusy] = useState(false);
  const [feedBusy, setFeedBusy] = useState(false);
  const [feedMessage, setFeedMessage] = useState<{ text: string; error: boolean } | null>(null);
  /** The card whose button started the last feed action: its outcome is said there. */
  const [feedFrom, setFeedFrom] = useState<'feeds' | 'sources'>('feeds');
  /** An action started in one card: its outcome is said in that card's own region (ui35). */
  const from =
    <A extends unknown[], R>(where: 'feeds' | 'sources', act: (...a: A) => R) =>
    (...a: A): R => {
      setFeedFrom(where);
      return act(...a);
    };
  const [opml, setOpml] = useState<OpmlPreview | null>(null);
  const [retention, setRetentionState] = useState<RetentionPolicy | null>(null);
  const [retentionMessage, setRetentionMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [addWhatIRead, setAddWhatIReadState] = useState(false);
  const [busy, setBusy] = useState(false);
  const [toast, setToast] = useState<ToastData | null>(null);
  const [toastFocus, setToastFocus] = useState(false);
  const toastTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const toastSeq = useRef(0);

  useEffect(() => {
    let c: Corpus | null = null;
    let closed = false;
    const subs: Array<{ unsubscribe(): void }> = [];
    // User Timing marks for bench/options-table.ts: the page's script ran, the corpus opened.
    performance.mark?.('parallax:options-start');
    // Rows read early that came in after the first render: shown now, before the corpus has opened.
    let firstShown = withRows; // (rows that came in between the first render and now are shown below)
    early?.ready.then((rows) => {
      if (closed || firstShown || !rows) return;
      firstShown = true;
      index.replaceAll(rows);
      setLoaded(true);
      setTableVersion(index.version);
    });
    // The early read's rows are rendered (a microtask after its answer) before the store is asked for.
    const rowsFirst = early ? early.ready.then(() => new Promise<void>((r) => setTimeout(r, 0))) : Promise.resolve();
    rowsFirst
      .then(storeModule)
      .then(async (store) => ({ store, opened: await store.Corpus.open() }))
      .then(({ store, opened }) => {
        if (closed) return opened.close(); // the page went away while the store loaded
        const { liveQuery, followSummaries, keysWorker, requestPersistence } = store;
        performance.mark?.('parallax:options-open');
        // An import's story keys are computed in a worker (started at the first import) while the page writes.
        if (typeof Worker !== 'undefined') opened.keysElsewhere = keysWorker(() => new Worker('/ingest-worker.js', { type: 'module' }));
        c = opened;
        setCorpus(opened);
        opening.resolve(opened);
        const fail = (e: unknown) => setFatal(`The corpus could not be read: ${errorText(e)}`);
        // The table: newest rows first, then all, then only what a write touched (no re-read).
        const bump = () => setTableVersion(index.version);
        let rest = false;
        let passed = false;
        const stop = followSummaries(opened.db, index, {
          first: FIRST_ROWS,
          head: early?.ready,
          onFirst: () => {
            firstShown = true;
            setLoaded(true);
            bump();
            if (!rest) {
              rest = true;
              afterFirstRows();
            }
          },
          onTotal: setTotal,
          onLoaded: () => {
            setReading(false);
            setTotal(undefined);
            setLoaded(true);
            bump();
            // perf45: what the background's feed refreshes added since is prepared while the page is open.
            if (!passed) void prepareForCompare(opened);
            passed = true;
          },
          onChange: bump,
          onError: fail,
        });
        subs.push({ unsubscribe: stop });
        // The rest of the page reads the database after the first rows: Chromium serves one
        // database's requests in turn, so these would otherwise come before them.
        const afterFirstRows = () => {
          subs.push(
            liveQuery(() => getRetention(opened)).subscribe({ next: setRetentionState, error: fail }),
            liveQuery(() => opened.listTrash()).subscribe({
              next: (t: TrashEntry[]) => setTrash(t.map(({ key, title, outlet, deletedAt }) => ({ key, title, outlet, deletedAt }))),
              error: fail,
            }),
          );
          void feedsModule().then((f) => {
            if (closed) return;
            setIntervals(f.FEED_INTERVALS);
            subs.push(
              liveQuery(() => f.listFeeds(opened)).subscribe({ next: setFeeds, error: fail }),
              liveQuery(() => f.getFeedInterval(opened)).subscribe({ next: setIntervalMinutes, error: fail }),
              liveQuery(() => getAddWhatIRead(opened)).subscribe({ next: setAddWhatIReadState, error: fail }),
            );
          }, fail);
          void importModule().then((m) => !closed && setAccept(m.IMPORT_ACCEPT), fail);
          // Entries older than TRASH_DAYS go for good; the storage is asked to be kept.
          void opened.purgeTrash().catch(() => undefined);
          void requestPersistence().then(setPersistence);
        };
      })
      .catch((e) => {
        opening.reject(e);
        setFatal(`The corpus could not be opened: ${errorText(e)}`);
      });
    return () => {
      closed = true;
      subs.forEach((s) => s.unsubscribe());
      c?.close();
    };
  }, []);

  // A file dropped beside the drop zone must not make the tab navigate away to that file.
  useEffect(() => {
    const guard = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    window.addEventListener('dragover', guard);
    window.addEventListener('drop', guard);
    return () => {
      window.removeEventListener('dragover', guard);
      window.removeEventListener('drop', guard);
    };
  }, []);

  // Storage use changes with the corpus and with the trash (retention moves articles there; the
  // trash's own purge and "Empty trash" free it).
  useEffect(() => {
    if (loaded && !reading) void storeModule().then((s) => s.estimateStorage()).then(setStorage);
  }, [tableVersion, trash, loaded, reading]);

  const showToast = useCallback((t: Omit<ToastData, 'id'>, ms = 5000, focus = false) => {
    const id = ++toastSeq.current;
    setToast({ ...t, id });
    setToastFocus(focus);
    if (toastTimer.current) clearTimeout(toastTimer.current);
    toastTimer.current = setTimeout(() => setToast((cur) => (cur?.id === id ? null : cur)), ms);
  }, []);

  if (fatal) {
    return (
      <main class="px-options">
        <p class="px-error" role="alert">
          {fatal}
        </p>
      </main>
    );
  }

  // Each import (files, or a page by URL) owns the results list; a result that arrives after a
  // newer import has started belongs to the old one and is not shown under the new one.
  const importBatch = useRef(0);

  const importStop = useRef<AbortController | null>(null);
  /**
   * perf44: after a file import, a new feed's first items or a feed refresh, the newest articles' story vectors derived ahead of any compare
   * (lib/store/prepare.ts: small batches in idle time; a compare never waits for it). Here, not in the
   * background: a service worker can be stopped mid-pass. Cut short by the next import or by closing the page,
   * it resumes where it was at the next run (articles with kept vectors are skipped).
   */
  const prepareForCompare = async (target: Corpus) => {
    prepareStop.current?.abort();
    const stop = (prepareStop.current = new AbortController());
    try {
      const { prepareVectors } = await prepareModule();
      await prepareVectors(target, { signal: stop.signal, onProgress: (done, total) => !stop.signal.aborted && setPreparing(done < total ? { done, total } : null) });
    } catch {
      // Only a saving: a compare derives what is missing.
    } finally {
      if (prepareStop.current === stop) setPreparing(null);
    }
  };
  const onFiles = async (files: File[], outlet: string | null = null) => {
    const batch = ++importBatch.current;
    importStop.current?.abort();
    prepareStop.current?.abort();
    const stop = (importStop.current = new AbortController());
    setResults([]);
    setProgress({ done: 0, total: files.length });
    const target = corpus ?? (await opening.promise.catch(() => null));
    if (!target) {
      if (batch === importBatch.current) setProgress(null); // the page says why the corpus is not there
      return;
    }
    const [{ importFiles }, env, ingest] = await Promise.all([importModule(), ingestEnv(), ingestFn()]);
    await importFiles(
      target,
      // Bytes, not File.text(): lib/text decodeTextBytes reads them by the same rule as the CLI.
      // A corpus bundle is read through stream(), never whole.
      files.map((f) => ({ name: f.name, size: f.size, bytes: async () => new Uint8Array(await f.arrayBuffer()), stream: () => f.stream() })),
      {
        env,
        // The import dialog's outlet goes to the articles of this batch that name none.
        ingest: ingestWithOutlet(ingest, outlet),
        signal: stop.signal,
        onArticles: (done, total) => {
          if (batch === importBatch.current) setProgress((p) => p && { ...p, articles: { done, total } });
        },
        onResult: (r, done, total) => {
          if (batch !== importBatch.current) return;
          setResults((rs) => [...rs, r]);
          setProgress({ done, total });
        },
      },
    );
    if (batch === importBatch.current && !stop.signal.aborted) void prepareForCompare(target);
  };

  const onUrl = (url: string) => {
    const asked = requestOrigin(url); // first, inside the user gesture
    const batch = ++importBatch.current;
    const show = (r: FileImportResult) => {
      if (batch === importBatch.current) setResults([r]);
    };
    setResults([]);
    setUrlBusy(true);
    setProgress(null);
    asked
      .then(async (granted) => {
        if (!granted) {
          show({ name: url, status: 'skipped', detail: 'permission to read this site was not given', ids: [] });
          return;
        }
        const [target, { importUrl }, env] = await Promise.all([corpus ?? opening.promise, importModule(), ingestEnv()]);
        show(await importUrl(target, url, { env }));
      })
      .catch((e) => show({ name: url, status: 'skipped', detail: errorText(e), ids: [] }))
      .finally(() => setUrlBusy(false));
  };

  /**
   * A feed action that needed the reader's permission: `asked` was started inside the click (before
   * any await). While it runs the feed controls are busy; refused → `denied` is said; an error is said.
   */
  const afterGrant = (asked: Promise<boolean>, denied: string, work: (corpus: Corpus) => Promise<void>): Promise<void> => {
    if (!corpus) return Promise.resolve();
    setFeedBusy(true);
    setFeedMessage(null);
    return asked
      .then((granted) => (granted ? work(corpus) : setFeedMessage({ text: denied, error: true })))
      .catch((e) => setFeedMessage({ text: errorText(e), error: true }))
      .finally(() => setFeedBusy(false));
  };

  /**
   * `itemOrigins`: other sites the feed's items live on (starter sources know theirs), asked in the same prompt.
   * Resolves true when subscribed (the Feeds card then empties its address box).
   */
  const onAddFeed = (url: string, itemOrigins: string[] = []): Promise<boolean> => {
    let subscribed = false;
    // First, inside the user gesture: the feed's site (and its items' sites), one prompt.
    return afterGrant(
      requestOrigins([url, ...itemOrigins]).catch(() => requestOrigin(url)),
      'Permission to read this site was not given; the feed was not added.',
      async (corpus) => {
        const { addFeed, fetchText, syncFeedAlarm } = await feedsModule();
        const r = await addFeed(corpus, url, fetchText, await pageReader());
        if (r.error) setFeedMessage({ text: `Could not subscribe: ${subscribeError(r.error)}`, error: true });
        else setFeedMessage({ text: `Subscribed. ${feedSummary(r)}`, error: false });
        subscribed = !r.error;
        if (!r.error) {
          await tidyAfterFeeds();
          void prepareForCompare(corpus);
        }
        await syncFeedAlarm(corpus, browser.alarms);
      },
    ).then(() => subscribed);
  };

  const onRefreshFeeds = async () => {
    if (!corpus) return;
    setFeedBusy(true);
    setFeedMessage(null);
    try {
      const { refreshFeeds, fetchText } = await feedsModule();
      const all = await refreshFeeds(corpus, fetchText, await pageReader());
      await tidyAfterFeeds();
      void prepareForCompare(corpus);
      const failed = all.filter((r) => r.error);
      setFeedMessage({
        text: all.map((r) => (r.error ? `${r.feedUrl}: ${r.error}.` : feedSummary(r))).join(' '),
        error: failed.length > 0,
      });
    } catch (e) {
      setFeedMessage({ text: errorText(e), error: true });
    } finally {
      setFeedBusy(false);
    }
  };

  /** Retention after feed articles came in; says something only when it moved articles or failed. */
  const tidyAfterFeeds = async () => {
    if (!corpus) return;
    const r = await applyStoredRetention(corpus);
    if ('error' in r || r.trashed.length > 0) setRetentionMessage(retentionSummary(r));
  };

  const onSaveRetention = async (policy: RetentionPolicy) => {
    if (!corpus) return;
    setRetentionMessage(null);
    await setRetention(corpus, policy); // a bad value rejects with a plain message, shown by the panel
  };

  const onApplyRetention = async () => {
    if (!corpus) return;
    setBusy(true);
    setRetentionMessage(null);
    try {
      setRetentionMessage(retentionSummary(await applyRetention(corpus)));
    } catch (e) {
      setRetentionMessage({ text: `Could not tidy the corpus: ${errorText(e)}`, error: true });
    } finally {
      setBusy(false);
    }
  };

  /** "Allow full text from …": asks for the hosts (inside the click), then refreshes that feed. */
  const onAllowHosts = (feedUrl: string, origins: string[]) =>
    afterGrant(requestOrigins(origins), 'Permission was not given; those items stay summaries.', async (corpus) => {
      const { addFeed, fetchText } = await feedsModule();
      const r = await addFeed(corpus, feedUrl, fetchText, await pageReader());
      setFeedMessage({ text: r.error ? `${feedUrl}: ${r.error}.` : feedSummary(r), error: !!r.error });
    });

  const onOpmlFile = async (file: File) => {
    setFeedMessage(null);
    try {
      const { readOpml } = await opmlModule();
      const { feeds: found, skipped } = readOpml(await file.text());
      if (!found.length) {
        setFeedMessage({ text: `${file.name}: no feed addresses found.`, error: true });
        return;
      }
      setOpml({ name: file.name, feeds: found, skipped });
    } catch (e) {
      setFeedMessage({ text: `${file.name}: ${errorText(e)}`, error: true });
    }
  };

  /** Subscribes to the chosen feeds of an OPML file: one prompt for all their sites, inside the click. */
  const onOpmlSubscribe = (urls: string[]) =>
    afterGrant(requestOrigins(urls), 'Permission to read those sites was not given; no feed was added.', async (corpus) => {
      setOpml(null);
      const { addFeed, fetchText, syncFeedAlarm } = await feedsModule();
      const reader = await pageReader();
      const lines: string[] = [];
      let failed = 0;
      for (const url of urls) {
        const r = await addFeed(corpus, url, fetchText, reader);
        if (r.error) failed++;
        lines.push(r.error ? `${url}: could not subscribe: ${subscribeError(r.error)}` : feedSummary(r));
      }
      if (failed < urls.length) await tidyAfterFeeds();
      await syncFeedAlarm(corpus, browser.alarms);
      setFeedMessage({ text: `Subscribed to ${urls.length - failed} of ${urls.length} feeds. ${lines.join(' ')}`, error: failed > 0 });
    });

  const onOpmlExport = async () => {
    const { writeOpml } = await opmlModule();
    saveFile(new Blob([writeOpml(feeds)], { type: 'text/x-opml' }), `parallax-feeds-${today()}.opml`);
  };

  const onRemoveFeed = async (url: string) => {
    if (!corpus) return;
    const { removeFeed, syncFeedAlarm } = await feedsModule();
    await removeFeed(corpus, url);
    await syncFeedAlarm(corpus, browser.alarms);
    setFeedMessage({ text: 'Unsubscribed. Articles already imported stay in the corpus.', error: false });
  };

  const onInterval = async (minutes: number | null) => {
    if (!corpus) return;
    try {
      const { setFeedInterval, syncFeedAlarm } = await feedsModule();
      await setFeedInterval(corpus, minutes);
      await syncFeedAlarm(corpus, browser.alarms);
    } catch (e) {
      setFeedMessage({ text: errorText(e), error: true });
    }
  };

  const onSave = async (id: string, patch: ArticlePatch) => {
    if (!corpus) return;
    await corpus.update(id, patch);
    showToast({ text: 'Saved.' }, 3000);
  };

  const onDelete = async (row: ArticleSummary) => {
    if (!corpus) return;
    try {
      // To the trash, kept across reloads: Undo here, or Restore in the Trash panel later.
      const entries = await corpus.delete([row.id]);
      const keys = entries.map((e) => e.key);
      showToast(
        {
          text: `Moved “${row.title}” to the trash.`,
          action: {
            label: 'Undo',
            run: () => void onRestore(keys, row.title),
          },
        },
        UNDO_MS,
        true,
      );
    } catch (e) {
      if (e instanceof (await storeModule()).StorageFullError) {
        // Moving to the trash is a write, and the disk is full: deleting for good frees space, but
        // only when the reader says so.
        showToast(
          {
            text: `There is no room left to keep “${row.title}” in the trash.`,
            error: true,
            action: { label: 'Delete for good', run: () => void onDeleteForGood(row) },
          },
          UNDO_MS,
          true,
        );
        return;
      }
      showToast({ text: `Could not delete: ${errorText(e)}`, error: true }, 8000);
    }
  };

  const onDeleteForGood = async (row: ArticleSummary) => {
    if (!corpus) return;
    try {
      await corpus.deleteForGood([row.id]);
      showToast({ text: `Deleted “${row.title}” for good.` }, 5000);
    } catch (e) {
      showToast({ text: `Could not delete: ${errorText(e)}`, error: true }, 8000);
    }
  };

  const onRestore = async (keys: string[], title?: string) => {
    if (!corpus) return;
    try {
      const r = await corpus.restoreFromTrash(keys);
      if (r.results.length === 0) {
        showToast({ text: 'Already restored.' }, 3000);
        return;
      }
      const moved = r.results.find((x) => x.reason);
      const what = title ? `“${title}”` : plural(r.results.length, 'article');
      showToast({ text: `Restored ${what}.${moved ? ` ${moved.reason}.` : ''}` }, 4000);
    } catch (e) {
      showToast({ text: `Could not restore: ${errorText(e)}`, error: true }, 8000);
    }
  };

  const onEmptyTrash = async () => {
    if (!corpus) return;
    try {
      const n = await corpus.emptyTrash();
      showToast({ text: `Removed ${plural(n, 'article')} for good.` }, 4000);
    } catch (e) {
      showToast({ text: `Could not empty the trash: ${errorText(e)}`, error: true }, 8000);
    }
  };

  const onExport = async () => {
    if (!corpus) return;
    setBusy(true);
    try {
      // The bundle's JSON built page by page into Blobs: the page's memory stays flat at any size.
      const blob = await corpus.exportBlob();
      saveFile(new Blob([blob], { type: 'application/json' }), `parallax-corpus-${today()}.json`);
      showToast({ text: `Exported ${plural(index.size, 'article')}.` });
    } catch (e) {
      showToast({ text: `Could not export: ${errorText(e)}`, error: true }, 8000);
    } finally {
      setBusy(false);
    }
  };

  const onReset = async () => {
    if (!corpus) return;
    setBusy(true);
    try {
      const { packagedSeedFiles, seedArticles } = await import('../../lib/seeds');
      const seeds = seedArticles(await packagedSeedFiles());
      const r = await corpus.resetToSeeds(seeds);
      setRemoved(true);
      // The last import's lines ("Added …") name articles the reset has just removed: they no longer
      // describe the corpus. (An import still running keeps its progress and lines.)
      if (!urlBusy && (!progress || progress.done >= progress.total)) {
        setResults([]);
        setProgress(null);
      }
      showToast({ text: `The corpus now holds the ${plural(r.added, 'seed article')}.` });
    } catch (e) {
      showToast({ text: `Could not reset: ${errorText(e)}`, error: true }, 8000);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <header class="px-options-head">
        <div class="px-options-head-inner">
          <Brand />
          <h1>Corpus</h1>
          <p class="px-muted">
            The articles Parallax compares the page you read with. Everything stays in this browser.
          </p>
        </div>
      </header>
      <main class="px-options">
        <div class="px-panels">
          <ImportPanel
            accept={accept}
            onFiles={(f, outlet) => void onFiles(f, outlet ?? null)}
            onUrl={onUrl}
            progress={progress}
            preparing={preparing}
            onCancel={() => importStop.current?.abort()}
            results={results}
            urlBusy={urlBusy}
          />
          <FeedsPanel
            feeds={feeds}
            interval={interval}
            intervals={intervals}
            onAdd={from('feeds', (u: string) => onAddFeed(u))}
            onRemove={from('feeds', (u: string) => void onRemoveFeed(u))}
            onAllowHosts={from('feeds', onAllowHosts)}
            onRefresh={from('feeds', () => void onRefreshFeeds())}
            onInterval={from('feeds', (m: number | null) => void onInterval(m))}
            busy={feedBusy}
            message={feedFrom === 'feeds' ? feedMessage : null}
          />
          <SourcesPanel
            sources={STARTER_SOURCES}
            subscribed={new Set(feeds.map((f) => f.url))}
            onSubscribe={from('sources', (s: StarterSource) => void onAddFeed(s.feed, starterOrigins(s).slice(1)))}
            onOpmlFile={from('sources', (f: File) => void onOpmlFile(f))}
            onOpmlSubscribe={from('sources', (urls: string[]) => void onOpmlSubscribe(urls))}
            onOpmlCancel={() => setOpml(null)}
            onOpmlExport={() => void onOpmlExport()}
            opml={opml}
            busy={feedBusy}
            message={feedFrom === 'sources' ? feedMessage : null}
          />
          <RetentionPanel
            policy={retention}
            onSave={onSaveRetention}
            onApply={() => void onApplyRetention()}
            busy={busy}
            message={retentionMessage}
            trashDays={TRASH_DAYS}
          />
          <ManagePanel
            count={total ?? index.size}
            trashCount={trash.length}
            storage={storage}
            persistence={persistence}
            unlimited={UNLIMITED_STORAGE}
            onExport={() => void onExport()}
            onImportFile={() => document.getElementById('px-file-input')?.click()}
            onReset={onReset}
            busy={busy}
            freedLater={removed}
          />
          <SiteAccessCard />
          <AddWhatIReadCard
            on={addWhatIRead}
            onChange={(on) => {
              if (corpus) void setAddWhatIRead(corpus, on).catch((e) => showToast({ text: `Could not save the setting: ${errorText(e)}`, error: true }, 8000));
            }}
          />
        </div>
        <ArticleTable
          index={index}
          version={tableVersion}
          reading={reading}
          total={total}
          loaded={loaded}
          onSave={onSave}
          onDelete={(r) => void onDelete(r)}
        />
        <TrashPanel
          items={trash}
          days={TRASH_DAYS}
          onRestore={(key) => {
            const t = trash.find((x) => x.key === key);
            void onRestore([key], t?.title);
          }}
          onEmpty={onEmptyTrash}
          busy={busy}
        />
      </main>
      <Toast toast={toast} focusAction={toastFocus} onDismiss={() => setToast(null)} />
    </>
  );
}
