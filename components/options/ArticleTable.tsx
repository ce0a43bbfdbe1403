/**
 * The corpus as a table: search, filter by outlet, sort by column, edit a row in place, delete.
 * Virtualised for 100k articles: rows have one fixed height (CSS `.px-row`, measured once on the
 * page), the table scrolls inside its own box, and only the rows in view (plus a few either side,
 * plus the row being edited and the row holding the focus) are in the DOM; spacer rows stand for
 * the rest. `aria-rowcount` / `aria-rowindex` tell assistive technology where each row sits.
 * Every value is rendered as text (never as HTML).
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ArticlePatch } from '../../lib/store/corpus';
import type { ArticleSummary } from '../../lib/store/db';
import { formatBytes, formatDate, plural, shortUrl, UNKNOWN_OUTLET } from './format';
import { SafeLink } from '../SafeLink';
import { SafeText } from '../SafeText';
import { displayText } from '../../lib/text/display';
import { DEFAULT_QUERY, SummaryIndex, type SortKey, type TableQuery } from './table-model';

export interface ArticleTableProps {
  /** The rows, for a table built from a plain list (an index is built from it). */
  rows?: ArticleSummary[];
  /** Or the page's live index, changed in place; `version` (index.version) tells the table to look again. */
  index?: SummaryIndex;
  version?: number;
  /** True while the index holds only the first rows (the rest of the corpus is being read). */
  reading?: boolean;
  /** Articles in the corpus, once counted, while `reading`. */
  total?: number;
  /** False while the corpus is opening. */
  loaded: boolean;
  /** Saves an edit; rejects with a plain message to show next to the form. */
  onSave: (id: string, patch: ArticlePatch) => Promise<void>;
  onDelete: (row: ArticleSummary) => void;
}

const COLUMNS: Array<{ key: SortKey | null; label: string; className?: string }> = [
  { key: 'title', label: 'Title' },
  { key: 'outlet', label: 'Outlet' },
  { key: 'date', label: 'Date' },
  { key: null, label: 'URL' },
  { key: 'size', label: 'Size', className: 'px-num' },
];

/** Row height before the page has measured one (`.px-row` in options.css: 5rem at 16 px). */
export const ROW_HEIGHT = 80;
/** Scroll box height where layout gives none (tests without layout). */
const FALLBACK_VIEWPORT = 640;
/** Rows rendered beyond each edge of the view, so keyboard focus and fast scrolls find rows ready. */
const OVERSCAN = 8;

/** Which rows to render: those overlapping [top, bottom) plus `pinned`, sorted. */
export function windowRows(
  n: number,
  top: number,
  bottom: number,
  rowH: number,
  pinned: number[] = [],
  edit: { at: number; height: number } | null = null,
): number[] {
  const extra = edit ? Math.max(0, edit.height - rowH) : 0;
  const indexAt = (y: number) => {
    if (!edit || y < edit.at * rowH) return Math.floor(y / rowH);
    if (y < edit.at * rowH + rowH + extra) return edit.at;
    return Math.floor((y - extra) / rowH);
  };
  const first = Math.max(0, indexAt(Math.max(0, top)) - OVERSCAN);
  const last = Math.min(n - 1, indexAt(Math.max(0, bottom)) + OVERSCAN);
  const set = new Set<number>();
  for (let i = first; i <= last; i++) set.add(i);
  for (const p of pinned) if (p >= 0 && p < n) set.add(p);
  return [...set].sort((a, b) => a - b);
}

export function ArticleTable({ rows, index: given, version, reading = false, total, loaded, onSave, onDelete }: ArticleTableProps) {
  const own = useMemo(() => (given ? null : SummaryIndex.from(rows ?? [])), [given, rows]);
  const index = given ?? own!;
  const changed = given ? (version ?? given.version) : index.version;
  const [query, setQuery] = useState<TableQuery>(DEFAULT_QUERY);
  const [editing, setEditing] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const [scroll, setScroll] = useState(0);
  const [viewport, setViewport] = useState(FALLBACK_VIEWPORT);
  const [rowH, setRowH] = useState(ROW_HEIGHT);
  const [editH, setEditH] = useState(0);
  const outlets = useMemo(() => index.outlets(), [index, changed]);
  const shown = useMemo(() => index.queryRows(query), [index, changed, query]);
  const count = index.size;
  const editButtons = useRef(new Map<string, HTMLButtonElement>());
  const lastEdited = useRef<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLTableSectionElement>(null);

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

  // The scroll box's height, now and when the window is resized.
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setViewport(el.clientHeight || FALLBACK_VIEWPORT);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [box.current]);

  // One row's real height (fonts differ between systems), and the edit form's.
  useLayoutEffect(() => {
    const tb = body.current;
    if (!tb) return;
    const plain = tb.querySelector<HTMLElement>('tr.px-row');
    const h = plain?.getBoundingClientRect().height ?? 0;
    if (h > 0 && Math.abs(h - rowH) > 0.5) setRowH(h);
    const form = tb.querySelector<HTMLElement>('tr.px-row-editing');
    const eh = form?.getBoundingClientRect().height ?? 0;
    if (eh !== editH) setEditH(eh);
  });

  // A new search, filter or order starts at the top.
  useEffect(() => {
    if (box.current) box.current.scrollTop = 0;
    setScroll(0);
  }, [query]);

  const sortBy = (key: SortKey) =>
    setQuery((q) => ({
      ...q,
      sort: key,
      dir: q.sort === key ? (q.dir === 'asc' ? 'desc' : 'asc') : key === 'title' || key === 'outlet' ? 'asc' : 'desc',
    }));

  const positionOf = (id: string | null) => (id === null ? -1 : shown.findIndex((p) => p.row.id === id));
  const editAt = positionOf(editing);
  const edit = editAt >= 0 && editH > 0 ? { at: editAt, height: editH } : null;
  const extra = edit ? Math.max(0, edit.height - rowH) : 0;
  const topOf = (i: number) => i * rowH + (edit && i > edit.at ? extra : 0);
  const visible = windowRows(shown.length, scroll, scroll + viewport, rowH, [editAt, positionOf(focused)], edit);

  const stillReading = reading;
  const status = !loaded
    ? 'Opening the corpus…'
    : stillReading
      ? total !== undefined && total > count
        ? `Reading the corpus: the newest ${count.toLocaleString('en')} of ${plural(total, 'article')} shown so far…`
        : `Reading the corpus: the newest ${plural(count, 'article')} shown so far…`
      : shown.length === count
        ? plural(count, 'article')
        : `${shown.length.toLocaleString('en')} of ${plural(count, 'article')}`;

  const spacer = (key: string, height: number) =>
    height > 0 ? (
      <tr key={key} class="px-spacer" aria-hidden="true">
        <td colSpan={COLUMNS.length + 1} style={{ height: `${height}px` }} />
      </tr>
    ) : null;

  const cells: preact.JSX.Element[] = [];
  let next = 0;
  for (const i of visible) {
    const gap = spacer(`gap-${next}`, topOf(i) - topOf(next));
    if (gap) cells.push(gap);
    const r = shown[i]!.row;
    cells.push(
      editing === r.id ? (
        <tr key={r.id} class="px-row-editing" aria-rowindex={i + 2}>
          <td colSpan={COLUMNS.length + 1}>
            <EditForm
              row={r}
              onCancel={() => {
                lastEdited.current = r.id;
                setFocused(r.id);
                setEditing(null);
              }}
              onSave={async (patch) => {
                await onSave(r.id, patch);
                lastEdited.current = r.id;
                setFocused(r.id);
                setEditing(null);
              }}
            />
          </td>
        </tr>
      ) : (
        <tr key={r.id} class="px-row" data-id={r.id} aria-rowindex={i + 2}>
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
    );
    next = i + 1;
  }
  const tail = spacer('gap-end', topOf(shown.length) - topOf(next));
  if (tail) cells.push(tail);

  return (
    <section class="px-card" aria-labelledby="px-articles-title">
      <div class="px-card-head">
        <h2 id="px-articles-title">Articles</h2>
        <p class="px-muted" aria-live="polite">
          {status}
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
            onInput={(e) => setQuery({ ...query, search: e.currentTarget.value })}
          />
        </div>
        <div class="px-field">
          <label for="px-outlet-filter">Outlet</label>
          <select
            id="px-outlet-filter"
            value={query.outlet}
            onChange={(e) => setQuery({ ...query, outlet: e.currentTarget.value })}
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

      {loaded && count === 0 && !stillReading ? (
        <p class="px-empty">The corpus is empty. Import files, add a page by URL, subscribe to a feed, or reset to the seeds.</p>
      ) : loaded && shown.length === 0 && count > 0 ? (
        <p class="px-empty">No article matches this search.</p>
      ) : (
        <div class="px-table-wrap" ref={box} onScroll={(e) => setScroll(e.currentTarget.scrollTop)}>
          <table class="px-table" aria-rowcount={shown.length + 1}>
            <caption class="px-visually-hidden">Articles in the corpus; column headers sort the table.</caption>
            <thead>
              <tr aria-rowindex={1}>
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
            <tbody
              ref={body}
              onFocusIn={(e) => {
                const tr = (e.target as Element).closest?.('tr[data-id]');
                const id = tr?.getAttribute('data-id');
                if (id && id !== focused) setFocused(id);
              }}
            >
              {cells}
            </tbody>
          </table>
        </div>
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
  const save = useRef<HTMLButtonElement>(null);
  // Focus moves into the form in the same frame it opens (a layout effect, not a deferred one), so
  // keystrokes typed right away never land in a field the focus then leaves.
  useLayoutEffect(() => first.current?.focus(), []);
  // A refused save gives the focus back to Save, where the reader was: the button is disabled while
  // saving, and a browser may move the focus of a disabled button to the page (Chromium 150 does), where
  // Escape and Tab no longer reach the form.
  useEffect(() => {
    if (error !== null && !busy && !(save.current?.form?.contains(document.activeElement) ?? true)) save.current?.focus();
  }, [error, busy]);
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
      const pinned = data.get('pinned') === 'on';
      await onSave({
        title: field('title'),
        outlet: field('outlet') || null,
        date: field('date') || null,
        url: field('url') || null,
        // The pin is sent only when the reader changed it.
        ...(pinned !== (row.pinned === true) ? { pinned } : {}),
      });
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
        <label class="px-field px-field--wide px-field--check" for={`${id}-pinned`}>
          <input id={`${id}-pinned`} name="pinned" type="checkbox" defaultChecked={row.pinned === true} />
          <span>Pinned: the retention setting never removes it</span>
        </label>
      </div>
      {error && (
        <p class="px-error" role="alert">
          {error}
        </p>
      )}
      <div class="px-edit-actions">
        <button type="submit" class="px-button px-button--primary" disabled={busy} ref={save}>
          Save
        </button>
        <button type="button" class="px-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
