/**
 * The options page: the corpus manager. Wires the corpus (lib/store), ingestion (lib/ingest via
 * lib/store/import-files), feeds (lib/feeds) and the browser (permissions, alarms, downloads) to the
 * components in components/options. Live: the table follows the database (Dexie liveQuery), so
 * articles the background adds (seeds on install, feed refreshes) appear without a reload.
 */
import { liveQuery } from 'dexie';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  addFeed,
  FEED_INTERVALS,
  getFeedInterval,
  listFeeds,
  refreshFeeds,
  removeFeed,
  setFeedInterval,
  syncFeedAlarm,
  type FeedImportResult,
} from '../../lib/feeds';
import { seedArticles } from '../../lib/seeds';
import {
  Corpus,
  estimateStorage,
  requestPersistence,
  StorageFullError,
  TRASH_DAYS,
  type ArticlePatch,
  type Persistence,
  type StorageUse,
  type TrashEntry,
} from '../../lib/store/corpus';
import type { ArticleSummary, FeedRecord } from '../../lib/store/db';
import { IMPORT_ACCEPT, importFiles, importUrl, type FileImportResult } from '../../lib/store/import-files';
import { ArticleTable } from '../../components/options/ArticleTable';
import { Brand } from '../../components/Brand';
import { FeedsPanel } from '../../components/options/FeedsPanel';
import { ImportPanel, type ImportProgress } from '../../components/options/ImportPanel';
import { ManagePanel } from '../../components/options/ManagePanel';
import { Toast, type ToastData } from '../../components/options/Toast';
import { TrashPanel, type TrashItem } from '../../components/options/TrashPanel';
import { plural } from '../../components/options/format';
import { pageIngest } from './ingest-client';
import { MAX_FEED_ITEMS, MAX_FEED_TEXT_CHARS } from '../../lib/ingest/limits';
import { SiteAccessCard } from '../../components/SiteAccess';

/** Files are read off the page's thread (ingest-worker.ts), whole pages on the page (DOMParser). */
const INGEST = pageIngest();
/** Whole saved pages go through Readability on a DOM the page's own parser builds (never inserted). */
const INGEST_ENV = { parseHtml: (html: string) => new DOMParser().parseFromString(html, 'text/html') };
const UNDO_MS = 10_000;

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

function feedSummary(r: FeedImportResult): string {
  const n = (s: string) => r.items.filter((i) => i.status === s).length;
  const parts = [
    n('added') && `${n('added')} added`,
    n('updated') && `${n('updated')} updated`,
    n('unchanged') && `${n('unchanged')} already in the corpus`,
    (n('error') || n('skipped')) && `${n('error') + n('skipped')} could not be read`,
    r.notRead &&
      `${r.notRead} more items not read this time (a refresh reads at most ${MAX_FEED_ITEMS} items or ${MAX_FEED_TEXT_CHARS.toLocaleString('en')} characters)`,
  ].filter(Boolean);
  return `${r.title ?? r.feedUrl}: ${parts.join(', ') || 'no items'}.`;
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

export function App() {
  const [corpus, setCorpus] = useState<Corpus | null>(null);
  const [fatal, setFatal] = useState<string | null>(null);
  const [rows, setRows] = useState<ArticleSummary[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [feeds, setFeeds] = useState<FeedRecord[]>([]);
  const [interval, setIntervalMinutes] = useState<number | null>(null);
  const [storage, setStorage] = useState<StorageUse | null>(null);
  const [persistence, setPersistence] = useState<Persistence | null>(null);
  const [trash, setTrash] = useState<TrashItem[]>([]);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [results, setResults] = useState<FileImportResult[]>([]);
  const [urlBusy, setUrlBusy] = useState(false);
  const [feedBusy, setFeedBusy] = useState(false);
  const [feedMessage, setFeedMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [toast, setToast] = useState<ToastData | null>(null);
  const [toastFocus, setToastFocus] = useState(false);
  const toastTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const toastSeq = useRef(0);

  useEffect(() => {
    let c: Corpus | null = null;
    const subs: Array<{ unsubscribe(): void }> = [];
    Corpus.open()
      .then((opened) => {
        c = opened;
        setCorpus(opened);
        const fail = (e: unknown) => setFatal(`The corpus could not be read: ${errorText(e)}`);
        subs.push(
          liveQuery(() => opened.list()).subscribe({
            next: (r) => {
              setRows(r);
              setLoaded(true);
            },
            error: fail,
          }),
          liveQuery(() => listFeeds(opened)).subscribe({ next: setFeeds, error: fail }),
          liveQuery(() => getFeedInterval(opened)).subscribe({ next: setIntervalMinutes, error: fail }),
          liveQuery(() => opened.listTrash()).subscribe({
            next: (t: TrashEntry[]) => setTrash(t.map(({ key, title, outlet, deletedAt }) => ({ key, title, outlet, deletedAt }))),
            error: fail,
          }),
        );
        // Entries older than TRASH_DAYS go for good; the storage is asked to be kept.
        void opened.purgeTrash().catch(() => undefined);
        void requestPersistence().then(setPersistence);
      })
      .catch((e) => setFatal(`The corpus could not be opened: ${errorText(e)}`));
    return () => {
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

  // Storage use changes with the corpus.
  useEffect(() => {
    if (loaded) void estimateStorage().then(setStorage);
  }, [rows, loaded]);

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
  const onFiles = async (files: File[]) => {
    if (!corpus) return;
    const batch = ++importBatch.current;
    importStop.current?.abort();
    const stop = (importStop.current = new AbortController());
    setResults([]);
    setProgress({ done: 0, total: files.length });
    await importFiles(
      corpus,
      // Bytes, not File.text(): lib/text decodeTextBytes reads them by the same rule as the CLI.
      // A corpus bundle is read through stream(), never whole.
      files.map((f) => ({ name: f.name, size: f.size, bytes: async () => new Uint8Array(await f.arrayBuffer()), stream: () => f.stream() })),
      {
        env: INGEST_ENV,
        ingest: INGEST,
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
  };

  const onUrl = (url: string) => {
    if (!corpus) return;
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
        show(await importUrl(corpus, url, { env: INGEST_ENV }));
      })
      .catch((e) => show({ name: url, status: 'skipped', detail: errorText(e), ids: [] }))
      .finally(() => setUrlBusy(false));
  };

  const onAddFeed = (url: string) => {
    if (!corpus) return;
    const asked = requestOrigin(url); // first, inside the user gesture
    setFeedBusy(true);
    setFeedMessage(null);
    asked
      .then(async (granted) => {
        if (!granted) {
          setFeedMessage({ text: 'Permission to read this site was not given; the feed was not added.', error: true });
          return;
        }
        const r = await addFeed(corpus, url);
        if (r.error) setFeedMessage({ text: `Could not subscribe: ${r.error}`, error: true });
        else setFeedMessage({ text: `Subscribed. ${feedSummary(r)}`, error: false });
        await syncFeedAlarm(corpus, browser.alarms);
      })
      .catch((e) => setFeedMessage({ text: errorText(e), error: true }))
      .finally(() => setFeedBusy(false));
  };

  const onRefreshFeeds = async () => {
    if (!corpus) return;
    setFeedBusy(true);
    setFeedMessage(null);
    try {
      const all = await refreshFeeds(corpus);
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

  const onRemoveFeed = async (url: string) => {
    if (!corpus) return;
    await removeFeed(corpus, url);
    await syncFeedAlarm(corpus, browser.alarms);
    setFeedMessage({ text: 'Unsubscribed. Articles already imported stay in the corpus.', error: false });
  };

  const onInterval = async (minutes: number | null) => {
    if (!corpus) return;
    try {
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
      if (e instanceof StorageFullError) {
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
      const href = URL.createObjectURL(new Blob([blob], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = href;
      a.download = `parallax-corpus-${new Date().toISOString().slice(0, 10)}.json`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(href), 60_000);
      showToast({ text: `Exported ${plural(rows.length, 'article')}.` });
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
      const seeds = await seedArticles();
      const r = await corpus.resetToSeeds(seeds);
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
            accept={IMPORT_ACCEPT}
            onFiles={(f) => void onFiles(f)}
            onUrl={onUrl}
            progress={progress}
            onCancel={() => importStop.current?.abort()}
            results={results}
            urlBusy={urlBusy}
          />
          <FeedsPanel
            feeds={feeds}
            interval={interval}
            intervals={FEED_INTERVALS}
            onAdd={onAddFeed}
            onRemove={(u) => void onRemoveFeed(u)}
            onRefresh={() => void onRefreshFeeds()}
            onInterval={(m) => void onInterval(m)}
            busy={feedBusy}
            message={feedMessage}
          />
          <ManagePanel
            count={rows.length}
            storage={storage}
            persistence={persistence}
            onExport={() => void onExport()}
            onImportFile={() => document.getElementById('px-file-input')?.click()}
            onReset={onReset}
            busy={busy}
          />
          <SiteAccessCard />
        </div>
        <ArticleTable rows={rows} loaded={loaded} onSave={onSave} onDelete={(r) => void onDelete(r)} />
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
