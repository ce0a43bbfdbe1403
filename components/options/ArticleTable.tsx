/**
 * The corpus as a table: search, filter by outlet, sort by column, edit a row in place, delete.
 * Shows at most `pageSize` rows at a time ("Show more") so a 100k-article corpus stays responsive.
 * Every value is rendered as text (never as HTML).
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ArticlePatch } from '../../lib/store/corpus';
import type { ArticleSummary } from '../../lib/store/db';
import { formatBytes, formatDate, plural, shortUrl, UNKNOWN_OUTLET } from './format';
import { SafeLink } from '../SafeLink';
import { SafeText } from '../SafeText';
import { displayText } from '../../lib/text/display';
import { applyQuery, DEFAULT_QUERY, outletsOf, type SortKey, type TableQuery } from './table-model';

export interface ArticleTableProps {
  rows: ArticleSummary[];
  /** null while the corpus is opening. */
  loaded: boolean;
  /** Saves an edit; rejects with a plain message to show next to the form. */
  onSave: (id: string, patch: ArticlePatch) => Promise<void>;
  onDelete: (row: ArticleSummary) => void;
  pageSize?: number;
}

const COLUMNS: Array<{ key: SortKey | null; label: string; className?: string }> = [
  { key: 'title', label: 'Title' },
  { key: 'outlet', label: 'Outlet' },
  { key: 'date', label: 'Date' },
  { key: null, label: 'URL' },
  { key: 'size', label: 'Size', className: 'px-num' },
];

export function ArticleTable({ rows, loaded, onSave, onDelete, pageSize = 200 }: ArticleTableProps) {
  const [query, setQuery] = useState<TableQuery>(DEFAULT_QUERY);
  const [limit, setLimit] = useState(pageSize);
  const [editing, setEditing] = useState<string | null>(null);
  const outlets = useMemo(() => outletsOf(rows), [rows]);
  const shown = useMemo(() => applyQuery(rows, query), [rows, query]);
  const editButtons = useRef(new Map<string, HTMLButtonElement>());
  const lastEdited = useRef<string | null>(null);

  // After an edit closes, give focus back to the row's Edit button (in the same frame, see EditForm).
  useLayoutEffect(() => {
    if (editing === null && lastEdited.current) {
      editButtons.current.get(lastEdited.current)?.focus();
      lastEdited.current = null;
    }
  }, [editing]);

  // A filter for an outlet that no longer exists (edited away, deleted) would hide everything.
  useEffect(() => {
    if (query.outlet && !outlets.some((o) => o.outlet === query.outlet)) setQuery({ ...query, outlet: '' });
  }, [outlets]);

  const sortBy = (key: SortKey) =>
    setQuery((q) => ({
      ...q,
      sort: key,
      dir: q.sort === key ? (q.dir === 'asc' ? 'desc' : 'asc') : key === 'title' || key === 'outlet' ? 'asc' : 'desc',
    }));

  return (
    <section class="px-card" aria-labelledby="px-articles-title">
      <div class="px-card-head">
        <h2 id="px-articles-title">Articles</h2>
        <p class="px-muted" aria-live="polite">
          {!loaded
            ? 'Opening the corpus…'
            : shown.length === rows.length
              ? plural(rows.length, 'article')
              : `${shown.length.toLocaleString('en')} of ${plural(rows.length, 'article')}`}
        </p>
      </div>
      <div class="px-toolbar" role="search">
        <div class="px-field px-field--grow">
          <label for="px-search">Search</label>
          <input
            id="px-search"
            type="search"
            placeholder="Title, outlet or address"
            value={query.search}
            onInput={(e) => {
              setQuery({ ...query, search: e.currentTarget.value });
              setLimit(pageSize);
            }}
          />
        </div>
        <div class="px-field">
          <label for="px-outlet-filter">Outlet</label>
          <select
            id="px-outlet-filter"
            value={query.outlet}
            onChange={(e) => {
              setQuery({ ...query, outlet: e.currentTarget.value });
              setLimit(pageSize);
            }}
          >
            <option value="">All outlets</option>
            {outlets.map((o) => (
              <option key={o.outlet} value={o.outlet}>
                {displayText(o.outlet)} ({o.count})
              </option>
            ))}
          </select>
        </div>
      </div>

      {loaded && rows.length === 0 ? (
        <p class="px-empty">The corpus is empty. Import files, add a page by URL, subscribe to a feed, or reset to the seeds.</p>
      ) : loaded && shown.length === 0 ? (
        <p class="px-empty">No article matches this search.</p>
      ) : (
        <div class="px-table-wrap">
          <table class="px-table">
            <caption class="px-visually-hidden">Articles in the corpus; column headers sort the table.</caption>
            <thead>
              <tr>
                {COLUMNS.map((c) => (
                  <th
                    key={c.label}
                    scope="col"
                    class={c.className}
                    aria-sort={c.key && query.sort === c.key ? (query.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                  >
                    {c.key ? (
                      <button type="button" class="px-sort" onClick={() => sortBy(c.key!)}>
                        {c.label}
                        <span aria-hidden="true" class="px-sort-mark">
                          {query.sort === c.key ? (query.dir === 'asc' ? '▲' : '▼') : '↕'}
                        </span>
                      </button>
                    ) : (
                      c.label
                    )}
                  </th>
                ))}
                <th scope="col">
                  <span class="px-visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.slice(0, limit).map((r) =>
                editing === r.id ? (
                  <tr key={r.id} class="px-row-editing">
                    <td colSpan={COLUMNS.length + 1}>
                      <EditForm
                        row={r}
                        onCancel={() => {
                          lastEdited.current = r.id;
                          setEditing(null);
                        }}
                        onSave={async (patch) => {
                          await onSave(r.id, patch);
                          lastEdited.current = r.id;
                          setEditing(null);
                        }}
                      />
                    </td>
                  </tr>
                ) : (
                  <tr key={r.id} data-id={r.id}>
                    <th scope="row" class="px-cell-title">
                      <span class="px-title-text"><SafeText text={r.title} fallback="Untitled" /></span>
                      <span class="px-id">{r.id}</span>
                    </th>
                    <td class={r.outlet ? 'px-cell-outlet' : 'px-cell-outlet px-muted'}><SafeText text={r.outlet} fallback={UNKNOWN_OUTLET} /></td>
                    <td class="px-nowrap">
                      {r.date ? <time dateTime={r.date}>{formatDate(r.date)}</time> : <span class="px-muted">No date</span>}
                    </td>
                    <td class="px-cell-url">
                      {r.url ? (
                        <SafeLink href={r.url} title={r.url}>
                          {shortUrl(r.url)}
                        </SafeLink>
                      ) : (
                        <span class="px-muted">No URL</span>
                      )}
                    </td>
                    <td class="px-num px-nowrap">{formatBytes(r.size)}</td>
                    <td class="px-actions">
                      <button
                        type="button"
                        class="px-button"
                        ref={(el) => {
                          if (el) editButtons.current.set(r.id, el);
                          else editButtons.current.delete(r.id);
                        }}
                        onClick={() => setEditing(r.id)}
                        aria-label={`Edit “${r.title}”`}
                      >
                        Edit
                      </button>
                      <button
                        type="button"
                        class="px-button px-button--danger"
                        onClick={() => onDelete(r)}
                        aria-label={`Delete “${r.title}”`}
                      >
                        Delete
                      </button>
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </div>
      )}
      {shown.length > limit && (
        <p class="px-more">
          <button type="button" class="px-button" onClick={() => setLimit(limit + pageSize)}>
            Show {Math.min(pageSize, shown.length - limit).toLocaleString('en')} more
          </button>{' '}
          <span class="px-muted">
            showing {limit.toLocaleString('en')} of {shown.length.toLocaleString('en')}
          </span>
        </p>
      )}
    </section>
  );
}

interface EditFormProps {
  row: ArticleSummary;
  onSave: (patch: ArticlePatch) => Promise<void>;
  onCancel: () => void;
}

function EditForm({ row, onSave, onCancel }: EditFormProps) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  // Focus moves into the form in the same frame it opens (a layout effect, not a deferred one), so
  // keystrokes typed right away never land in a field the focus then leaves.
  useLayoutEffect(() => first.current?.focus(), []);
  const id = `px-edit-${row.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;

  // Values are read from the form itself when it is submitted: what the reader sees is what is
  // saved, even when Save is pressed before the last keystroke has re-rendered the component.
  const submit = async (e: Event) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget as HTMLFormElement);
    const field = (name: string) => String(data.get(name) ?? '').trim();
    setBusy(true);
    setError(null);
    try {
      await onSave({ title: field('title'), outlet: field('outlet') || null, date: field('date') || null, url: field('url') || null });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  };

  return (
    <form
      class="px-edit"
      aria-label={`Edit “${row.title}”`}
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <div class="px-edit-grid">
        <label class="px-field px-field--wide" for={`${id}-title`}>
          <span>Title</span>
          <input id={`${id}-title`} name="title" ref={first} required defaultValue={row.title} />
        </label>
        <label class="px-field" for={`${id}-outlet`}>
          <span>Outlet</span>
          <input
            id={`${id}-outlet`}
            name="outlet"
            defaultValue={row.outlet ?? ''}
            placeholder={UNKNOWN_OUTLET}
          />
        </label>
        <label class="px-field" for={`${id}-date`}>
          <span>Date</span>
          <input
            id={`${id}-date`}
            name="date"
            defaultValue={row.date ?? ''}
            placeholder="2025-12-23"
            inputMode="numeric"
            aria-describedby={`${id}-date-hint`}
          />
          <small id={`${id}-date-hint`} class="px-muted">
            Year-month-day
          </small>
        </label>
        <label class="px-field px-field--wide" for={`${id}-url`}>
          <span>URL</span>
          <input id={`${id}-url`} name="url" type="url" defaultValue={row.url ?? ''} placeholder="https://" />
        </label>
      </div>
      {error && (
        <p class="px-error" role="alert">
          {error}
        </p>
      )}
      <div class="px-edit-actions">
        <button type="submit" class="px-button px-button--primary" disabled={busy}>
          Save
        </button>
        <button type="button" class="px-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
