/**
 * Adding articles: files (picker or drag and drop, many at once, progress and one result line per
 * file), optionally with one outlet for the batch (given to files that name none: plain text,
 * Markdown without front matter), a web page by URL, and the results of those imports.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { FileImportResult } from '../../lib/store/import-files';

export interface ImportProgress {
  done: number;
  total: number;
  /** Articles written so far of a corpus bundle being imported. */
  articles?: { done: number; total: number };
}

export interface ImportPanelProps {
  /** The `accept` list for the file picker (".txt,.md,.html,.json"). */
  accept: string;
  /** `outlet`: the outlet typed for this batch (trimmed), absent when none; given to articles that name none. */
  onFiles: (files: File[], outlet?: string) => void;
  /** Called synchronously from the submit event (the host permission must be asked before any await). */
  onUrl: (url: string) => void;
  progress: ImportProgress | null;
  /** perf44: the pass after an import deriving the newest articles' story vectors ahead of compares (lib/store/prepare.ts), while it runs. */
  preparing?: { done: number; total: number } | null;
  /** Stops a file import between batches (what was written stays; importing again resumes). */
  onCancel?: () => void;
  results: FileImportResult[];
  /** A URL import in progress. */
  urlBusy: boolean;
}

const STATUS_WORD: Record<FileImportResult['status'], string> = {
  added: 'Added',
  updated: 'Updated',
  unchanged: 'Unchanged',
  skipped: 'Skipped',
};

export function ImportPanel({ accept, onFiles, onUrl, progress, preparing, onCancel, results, urlBusy }: ImportPanelProps) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [url, setUrl] = useState('');
  const [outlet, setOutlet] = useState('');
  const busy = progress !== null && progress.done < progress.total;
  // The result list scrolls in its own box past 14rem: then it takes the focus, so a keyboard can scroll it
  // (nothing in it is focusable otherwise) — WCAG 2.1.1; a short list adds no Tab stop.
  const list = useRef<HTMLUListElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const el = list.current;
    setScrolls(!!el && el.scrollHeight > el.clientHeight + 1);
  }, [results]);

  const take = (list: FileList | null | undefined) => {
    const files = list ? Array.from(list) : [];
    const name = outlet.trim();
    if (files.length) {
      if (name) onFiles(files, name);
      else onFiles(files);
    }
  };

  return (
    <section class="px-card" aria-labelledby="px-import-title">
      <div class="px-card-head">
        <h2 id="px-import-title">Add articles</h2>
      </div>
      <div
        class={`px-drop${over ? ' px-drop--over' : ''}`}
        onDragEnter={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragOver={(e) => {
          e.preventDefault();
          if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
        }}
        onDragLeave={(e) => {
          if (e.currentTarget === e.target) setOver(false);
        }}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          take(e.dataTransfer?.files);
        }}
      >
        <p class="px-drop-text">
          Drop article files here, or{' '}
          <button type="button" class="px-button px-button--primary" onClick={() => input.current?.click()} disabled={busy}>
            Choose files…
          </button>
        </p>
        <p class="px-muted px-small">
          Plain text, Markdown (with front matter), saved web pages (.html) and Parallax corpus files (.json). Many at once.
        </p>
        <input
          ref={input}
          id="px-file-input"
          class="px-visually-hidden"
          type="file"
          multiple
          accept={accept}
          tabIndex={-1}
          aria-label="Article files"
          onChange={(e) => {
            take(e.currentTarget.files);
            e.currentTarget.value = ''; // choosing the same file again still imports it
          }}
        />
      </div>

      <label class="px-field" for="px-import-outlet">
        <span>Outlet of these files (optional)</span>
        <input
          id="px-import-outlet"
          type="text"
          maxLength={100}
          autoComplete="off"
          placeholder="e.g. Reuters"
          value={outlet}
          onInput={(e) => setOutlet(e.currentTarget.value)}
          aria-describedby="px-import-outlet-hint"
        />
      </label>
      <p id="px-import-outlet-hint" class="px-muted px-small px-hint">
        Given to the files you add next that do not name their outlet (plain text, Markdown without front matter); an
        outlet a file names itself is kept. You can change any article's outlet later with Edit in the table.
      </p>

      {progress && (
        <div class="px-progress">
          <label for="px-import-progress">
            {busy ? 'Importing' : 'Imported'} {progress.done} of {progress.total} {progress.total === 1 ? 'file' : 'files'}
            {busy && progress.articles && ` (${progress.articles.done} of ${progress.articles.total} articles)`}
          </label>
          <progress id="px-import-progress" max={progress.total} value={progress.done} />
          {busy && onCancel && (
            <button type="button" class="px-button" onClick={onCancel}>
              Cancel import
            </button>
          )}
        </div>
      )}

      {preparing && (
        <p class="px-muted px-small" aria-live="polite">
          Preparing {preparing.done} of {preparing.total} articles for compare
        </p>
      )}
      {results.length > 0 && <p class="px-results-summary" id="px-results-summary">{resultSummary(results)}</p>}
      {results.length > 0 && (
        <ul class="px-results" aria-label="Import results" aria-describedby="px-results-summary" ref={list} tabIndex={scrolls ? 0 : undefined}>
          {results.map((r, k) => (
            <li key={`${k}-${r.name}`} class={`px-result px-result--${r.status}`}>
              <span class="px-badge">{STATUS_WORD[r.status]}</span>
              <span class="px-result-name">{r.name}</span>
              {r.detail !== r.status && <span class="px-result-detail">{r.detail}</span>}
              {r.notes && r.notes.length > 0 && (
                <ul class="px-result-notes">
                  {r.notes.map((n, j) => (
                    <li key={j}>{n}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}

      <form
        class="px-inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (url.trim()) onUrl(url.trim());
        }}
      >
        <label class="px-field px-field--grow" for="px-url-input">
          <span>Add a web page by its address</span>
          <input
            id="px-url-input"
            type="url"
            required
            placeholder="https://example.com/news/story"
            value={url}
            onInput={(e) => setUrl(e.currentTarget.value)}
            aria-describedby="px-url-hint"
          />
        </label>
        <button type="submit" class="px-button" disabled={urlBusy}>
          {urlBusy ? 'Adding…' : 'Add page'}
        </button>
        <p id="px-url-hint" class="px-muted px-small px-hint">
          Parallax fetches this one page, only when you press Add page (it asks for access to the site first if it does not have it).
        </p>
      </form>
    </section>
  );
}

/** The results counted by outcome, in STATUS_WORD's order: "7 added, 2 skipped." — a skipped file may be below the list's fold. */
export function resultSummary(results: FileImportResult[]): string {
  const parts: string[] = [];
  for (const status of Object.keys(STATUS_WORD) as Array<FileImportResult['status']>) {
    const n = results.filter((r) => r.status === status).length;
    if (n) parts.push(`${n} ${STATUS_WORD[status].toLowerCase()}`);
  }
  return `${parts.join(', ')}.`;
}
