// @vitest-environment happy-dom
/**
 * The corpus manager's table and import panel: search/filter/sort as a reader expects, inline edit
 * with labelled fields and plain errors, per-file import results, and text only (a title holding
 * markup is shown as characters, never parsed into elements).
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleTable, ROW_HEIGHT } from '../../components/options/ArticleTable';
import { FeedsPanel, intervalLabel } from '../../components/options/FeedsPanel';
import { formatBytes, formatDate, shortUrl } from '../../components/options/format';
import { ImportPanel } from '../../components/options/ImportPanel';
import { ManagePanel } from '../../components/options/ManagePanel';
import { TrashPanel } from '../../components/options/TrashPanel';
import { createIngest } from '../../entrypoints/options/ingest-client';
import { ingestFile } from '../../lib/ingest';
import { applyQuery, DEFAULT_QUERY, outletsOf, SummaryIndex, type TableQuery } from '../../components/options/table-model';
import type { ArticleSummary } from '../../lib/store/db';
import { mountPoint } from './dom-helpers';
import { summaryRow } from './store-helpers';

const row = summaryRow;

const rows = [
  row({ id: 'a', title: 'Bukele meets envoy', outlet: 'Fox News', date: '2025-12-23', url: 'https://www.foxnews.com/world/a' }),
  row({ id: 'b', title: 'Volcano erupts in Iceland', outlet: 'Reuters', date: '2024-01-15', size: 5000 }),
  row({ id: 'c', title: 'Café owners protest', outlet: null, date: null, size: 200 }),
  row({ id: 'd', title: 'Élan of the envoy', outlet: 'Fox News', date: '2025-12-24' }),
];

describe('table model', () => {
  it('searches all words across title, outlet and address, ignoring case and accents', () => {
    expect(applyQuery(rows, { ...DEFAULT_QUERY, search: 'cafe' }).map((r) => r.id)).toEqual(['c']);
    expect(applyQuery(rows, { ...DEFAULT_QUERY, search: 'ENVOY fox' }).map((r) => r.id).sort()).toEqual(['a', 'd']);
    expect(applyQuery(rows, { ...DEFAULT_QUERY, search: 'foxnews.com' }).map((r) => r.id)).toEqual(['a']);
  });

  it('filters by outlet, including articles without one', () => {
    expect(applyQuery(rows, { ...DEFAULT_QUERY, outlet: 'Unknown outlet' }).map((r) => r.id)).toEqual(['c']);
    expect(outletsOf(rows)).toEqual([
      { outlet: 'Fox News', count: 2 },
      { outlet: 'Reuters', count: 1 },
      { outlet: 'Unknown outlet', count: 1 },
    ]);
  });

  it('sorts newest first by default, undated last in either direction; by title and size', () => {
    expect(applyQuery(rows, DEFAULT_QUERY).map((r) => r.id)).toEqual(['d', 'a', 'b', 'c']);
    expect(applyQuery(rows, { ...DEFAULT_QUERY, dir: 'asc' }).map((r) => r.id)).toEqual(['b', 'a', 'd', 'c']);
    expect(applyQuery(rows, { ...DEFAULT_QUERY, sort: 'title', dir: 'asc' }).map((r) => r.id)).toEqual(['a', 'c', 'd', 'b']);
    expect(applyQuery(rows, { ...DEFAULT_QUERY, sort: 'size', dir: 'desc' }).map((r) => r.id)[0]).toBe('b');
  });

  it.each([
    [999, '999 B'],
    [2_700, '2.7 kB'],
    [4_500_000, '4.5 MB'],
    [85_000_000_000, '85 GB'],
  ])('formatBytes(%d) = %s', (n, s) => expect(formatBytes(n)).toBe(s));

  it('formats dates and addresses for the table', () => {
    expect(formatDate('2025-12-23')).toBe('23 Dec 2025');
    expect(formatDate('2025-12-23T10:00:00Z')).toBe('23 Dec 2025');
    expect(formatDate(null)).toBe('—');
    expect(shortUrl('https://www.example.com/a/b')).toBe('example.com/a/b');
    expect(intervalLabel(30)).toBe('Every 30 minutes');
    expect(intervalLabel(180)).toBe('Every 3 hours');
    expect(intervalLabel(1440)).toBe('Once a day');
  });
});

const mount = mountPoint();

const input = (el: Element | null, value: string) => {
  const i = el as HTMLInputElement;
  i.value = value;
  i.dispatchEvent(new Event('input', { bubbles: true }));
};

describe('ArticleTable', () => {
  it('shows every field as text, "Unknown outlet" when none, and never parses a title as HTML', async () => {
    const evil = row({ id: 'x', title: '<img src=x onerror="alert(1)"> Headline', outlet: null });
    await act(() => render(<ArticleTable rows={[evil, ...rows]} loaded onSave={vi.fn()} onDelete={vi.fn()} />, mount()));
    expect(mount().querySelector('tbody img')).toBeNull();
    const x = mount().querySelector('tr[data-id="x"]')!;
    expect(x.querySelector('.px-title-text')!.textContent).toBe('<img src=x onerror="alert(1)"> Headline');
    expect(x.querySelectorAll('td')[0]!.textContent).toBe('Unknown outlet');
    expect(mount().textContent).toContain('5 articles');
  });

  it('filters as the reader types and says how many match', async () => {
    await act(() => render(<ArticleTable rows={rows} loaded onSave={vi.fn()} onDelete={vi.fn()} />, mount()));
    await act(() => input(mount().querySelector('#px-search'), 'volcano'));
    expect([...mount().querySelectorAll('tbody tr[data-id]')].map((r) => r.getAttribute('data-id'))).toEqual(['b']);
    expect(mount().textContent).toContain('1 of 4 articles');
    await act(() => input(mount().querySelector('#px-search'), 'nothing like this'));
    expect(mount().textContent).toContain('No article matches this search.');
  });

  it('sorts by a column header button and announces the order with aria-sort', async () => {
    await act(() => render(<ArticleTable rows={rows} loaded onSave={vi.fn()} onDelete={vi.fn()} />, mount()));
    const titleButton = [...mount().querySelectorAll('th button')].find((b) => b.textContent!.startsWith('Title'))!;
    await act(() => (titleButton as HTMLButtonElement).click());
    expect(titleButton.closest('th')!.getAttribute('aria-sort')).toBe('ascending');
    await act(() => (titleButton as HTMLButtonElement).click());
    expect(titleButton.closest('th')!.getAttribute('aria-sort')).toBe('descending');
    expect(mount().querySelector('tbody tr[data-id]')!.getAttribute('data-id')).toBe('b');
  });

  it('the edit form pins an article (kept by retention) and sends the pin only when it changed', async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    await act(() => render(<ArticleTable rows={rows} loaded onSave={onSave} onDelete={vi.fn()} />, mount()));
    await act(() => (mount().querySelector('tr[data-id="b"] button') as HTMLButtonElement).click());
    const form = mount().querySelector('form.px-edit') as HTMLFormElement;
    const box = [...form.querySelectorAll('label')].find((l) => l.textContent!.startsWith('Pinned'))!.querySelector('input') as HTMLInputElement;
    expect(box.checked).toBe(false);
    await act(() => box.click());
    await act(async () => {
      form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(onSave).toHaveBeenLastCalledWith('b', expect.objectContaining({ pinned: true }));
  });

  it('edits in a labelled form, sends only the four fields, and shows a refusal in words', async () => {
    const onSave = vi.fn().mockRejectedValueOnce(new Error('"soon" is not a date like 2025-12-23.')).mockResolvedValue(undefined);
    await act(() => render(<ArticleTable rows={rows} loaded onSave={onSave} onDelete={vi.fn()} />, mount()));
    const edit = mount().querySelector('tr[data-id="b"] button') as HTMLButtonElement;
    expect(edit.getAttribute('aria-label')).toBe('Edit “Volcano erupts in Iceland”');
    await act(() => edit.click());
    const form = mount().querySelector('form.px-edit') as HTMLFormElement;
    const labelled = (name: string) => {
      const label = [...form.querySelectorAll('label')].find((l) => l.textContent!.startsWith(name))!;
      return form.querySelector(`#${label.getAttribute('for')}`) as HTMLInputElement;
    };
    expect(labelled('Outlet').value).toBe('Reuters');
    await act(() => input(labelled('Outlet'), 'Reuters World'));
    await act(() => input(labelled('Date'), 'soon'));
    await act(async () => {
      form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(mount().querySelector('[role="alert"]')?.textContent).toMatch(/not a date/);
    await act(() => input(labelled('Date'), '2024-02-01'));
    await act(async () => {
      form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(onSave).toHaveBeenLastCalledWith('b', {
      title: 'Volcano erupts in Iceland',
      outlet: 'Reuters World',
      date: '2024-02-01',
      url: null,
    });
    expect(mount().querySelector('form.px-edit')).toBeNull();
  });

  it('asks the page to delete the row (the page offers Undo)', async () => {
    const onDelete = vi.fn();
    await act(() => render(<ArticleTable rows={rows} loaded onSave={vi.fn()} onDelete={onDelete} />, mount()));
    const del = mount().querySelector('tr[data-id="a"] .px-button--danger') as HTMLButtonElement;
    await act(() => del.click());
    expect(onDelete).toHaveBeenCalledWith(rows[0]);
  });

  it('renders only the rows in view of a 100,000-row corpus, and the others as the reader scrolls', async () => {
    const many = Array.from({ length: 100_000 }, (_, k) =>
      row({ id: `r${String(k).padStart(6, '0')}`, date: `2020-01-01T00:00:${String(k % 60).padStart(2, '0')}` }),
    );
    const index = SummaryIndex.from(many);
    await act(() => render(<ArticleTable index={index} version={index.version} loaded onSave={vi.fn()} onDelete={vi.fn()} />, mount()));
    const ids = () => [...mount().querySelectorAll('tbody tr[data-id]')].map((r) => r.getAttribute('data-id'));
    const table = mount().querySelector('table')!;
    expect(table.getAttribute('aria-rowcount')).toBe('100001');
    expect(ids().length).toBeGreaterThan(5);
    expect(ids().length).toBeLessThan(60);
    expect(mount().textContent).toContain('100,000 articles');
    // Spacer rows stand for the rest: the table is as tall as 100,000 rows.
    const spacer = mount().querySelector('tr.px-spacer td') as HTMLElement;
    expect(parseFloat(spacer.style.height)).toBeGreaterThan(99_000 * ROW_HEIGHT);
    const wrap = mount().querySelector('.px-table-wrap') as HTMLElement;
    wrap.scrollTop = 50_000 * ROW_HEIGHT;
    await act(() => void wrap.dispatchEvent(new Event('scroll')));
    const order = index.query(DEFAULT_QUERY).map((r) => r.id);
    expect(ids()).toContain(order[50_000]);
    expect(ids()).not.toContain(order[0]);
    const at = mount().querySelector(`tr[data-id="${order[50_000]}"]`)!;
    expect(at.getAttribute('aria-rowindex')).toBe('50002');
  });

  it('keeps the row being edited in the DOM while the reader scrolls away', async () => {
    const many = Array.from({ length: 2_000 }, (_, k) => row({ id: `r${String(k).padStart(4, '0')}`, title: `Story ${k}` }));
    await act(() => render(<ArticleTable rows={many} loaded onSave={vi.fn()} onDelete={vi.fn()} />, mount()));
    const first = mount().querySelector('tbody tr[data-id]')!;
    const id = first.getAttribute('data-id')!;
    await act(() => (first.querySelector('button') as HTMLButtonElement).click());
    const titleInput = mount().querySelector('form.px-edit input[name="title"]') as HTMLInputElement;
    titleInput.value = 'typed, not saved yet';
    const wrap = mount().querySelector('.px-table-wrap') as HTMLElement;
    wrap.scrollTop = 1_500 * ROW_HEIGHT;
    await act(() => void wrap.dispatchEvent(new Event('scroll')));
    expect(mount().querySelectorAll('form.px-edit')).toHaveLength(1);
    expect((mount().querySelector('form.px-edit input[name="title"]') as HTMLInputElement).value).toBe('typed, not saved yet');
    expect(mount().querySelector(`tr[data-id="${id}"]`)).toBeNull(); // it is the form's row now
  });
});

describe('ArticleTable keyboard focus', () => {
  it('keeps the row holding the focus in the DOM when the reader scrolls away, so Tab goes on from it', async () => {
    const many = Array.from({ length: 5_000 }, (_, k) => row({ id: `r${String(k).padStart(4, '0')}`, title: `Story ${k}` }));
    await act(() => render(<ArticleTable rows={many} loaded onSave={vi.fn()} onDelete={vi.fn()} />, mount()));
    const first = mount().querySelector('tbody tr[data-id]')!;
    const id = first.getAttribute('data-id')!;
    const button = first.querySelector('button') as HTMLButtonElement;
    button.focus();
    await act(() => void button.dispatchEvent(new FocusEvent('focusin', { bubbles: true })));
    const wrap = mount().querySelector('.px-table-wrap') as HTMLElement;
    wrap.scrollTop = 4_000 * ROW_HEIGHT;
    await act(() => void wrap.dispatchEvent(new Event('scroll')));
    expect(mount().querySelector(`tr[data-id="${id}"]`)).not.toBeNull();
    expect(document.activeElement).toBe(button);
    // …and the rows around the new view are there too, with their place in the whole table.
    const rows = [...mount().querySelectorAll('tbody tr[data-id]')];
    expect(rows.length).toBeLessThan(60);
    expect(rows.some((r) => Number(r.getAttribute('aria-rowindex')) > 4_000)).toBe(true);
  });
});

describe('SummaryIndex (the table kept in memory)', () => {
  const rnd = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

  it('after deletes, restores and edits in place gives exactly what a fresh index gives, in every order', () => {
    const next = rnd(7);
    const words = ['Volcano', 'élan', 'Café', 'harbour', 'strike', 'envoy', 'Zebra', 'apple'];
    const make = (k: number, v = 0) =>
      row({
        id: `id${k}`,
        title: `${words[Math.floor(next() * words.length)]} ${words[(k + v) % words.length]} ${k}`,
        outlet: next() < 0.2 ? null : ['Fox News', 'Reuters', 'AP'][k % 3]!,
        date: next() < 0.2 ? null : `2025-0${1 + (k % 9)}-1${k % 10}`,
        size: Math.floor(next() * 5000),
      });
    let live = Array.from({ length: 300 }, (_, k) => make(k));
    const index = SummaryIndex.from(live);
    const queries: TableQuery[] = [];
    for (const sort of ['title', 'outlet', 'date', 'size', 'addedAt'] as const)
      for (const dir of ['asc', 'desc'] as const) queries.push({ ...DEFAULT_QUERY, sort, dir });
    queries.push({ ...DEFAULT_QUERY, search: 'cafe 1' }, { ...DEFAULT_QUERY, outlet: 'Unknown outlet', sort: 'title', dir: 'asc' });
    for (const q of queries) index.query(q); // every order kept, so apply() must move rows in each
    for (let step = 0; step < 200; step++) {
      const k = Math.floor(next() * 400);
      const kind = next();
      if (kind < 0.4) {
        live = live.filter((r) => r.id !== `id${k}`);
        index.apply([], [`id${k}`]);
      } else {
        const r = make(k, step);
        live = [...live.filter((x) => x.id !== r.id), r];
        index.apply([r]);
      }
    }
    const fresh = SummaryIndex.from(live);
    for (const q of queries) expect(index.query(q).map((r) => r.id)).toEqual(fresh.query(q).map((r) => r.id));
    // Typing on, deleting back, reordering words, switching outlet: each answer as a fresh index's.
    const typed = ['c', 'ca', 'caf', 'café', 'cafe 1', 'cafe 12', 'cafe 1', '1 cafe', 'e', 'el', 'ela', 'élan a', 'élan', ''];
    for (const search of typed)
      for (const outlet of ['', 'Reuters']) {
        const q = { ...DEFAULT_QUERY, search, outlet };
        expect(index.query(q).map((r) => r.id)).toEqual(applyQuery(live, q).map((r) => r.id));
      }
    expect(index.outlets()).toEqual(fresh.outlets());
    expect(index.size).toBe(live.length);
  });
});

describe('ImportPanel', () => {
  it('shows progress and one line per file with its outcome in words', async () => {
    await act(() =>
      render(
        <ImportPanel
          accept=".txt,.md"
          onFiles={vi.fn()}
          onUrl={vi.fn()}
          urlBusy={false}
          progress={{ done: 2, total: 3 }}
          results={[
            { name: 'a.md', status: 'added', detail: 'added', ids: ['a'] },
            { name: 'b.pdf', status: 'skipped', detail: 'unsupported file type (.pdf)', ids: [] },
          ]}
        />,
        mount(),
      ),
    );
    expect((mount().querySelector('progress') as HTMLProgressElement).getAttribute('value')).toBe('2');
    expect(mount().textContent).toContain('Importing 2 of 3 files');
    const lines = [...mount().querySelectorAll('.px-results li')].map((li) => li.textContent);
    expect(lines).toEqual(['Addeda.md', 'Skippedb.pdfunsupported file type (.pdf)']);
    // The outcome counted above the list, which scrolls in its own box: a skipped file is not only somewhere below.
    const summary = mount().querySelector('#px-results-summary');
    expect(summary?.textContent).toBe('1 added, 1 skipped.');
    expect(mount().querySelector('[aria-label="Import results"]')?.getAttribute('aria-describedby')).toBe('px-results-summary');
  });

  it('lists a line per merged or renamed record under a corpus file result', async () => {
    await act(() =>
      render(
        <ImportPanel
          accept=".json"
          onFiles={vi.fn()}
          onUrl={vi.fn()}
          urlBusy={false}
          progress={{ done: 1, total: 1 }}
          results={[
            {
              name: 'two.json',
              status: 'added',
              detail: '1 added, 1 updated',
              ids: ['p1'],
              notes: ['record 2 (p2): updated: merged with record 1 of this import (same address)'],
            },
          ]}
        />,
        mount(),
      ),
    );
    expect(mount().querySelector('.px-result')!.textContent).toContain('1 added, 1 updated');
    expect([...mount().querySelectorAll('.px-result-notes li')].map((li) => li.textContent)).toEqual([
      'record 2 (p2): updated: merged with record 1 of this import (same address)',
    ]);
  });

  it('hands dropped files and a typed address to the page', async () => {
    const onFiles = vi.fn();
    const onUrl = vi.fn();
    await act(() =>
      render(<ImportPanel accept=".txt" onFiles={onFiles} onUrl={onUrl} urlBusy={false} progress={null} results={[]} />, mount()),
    );
    const file = new File(['hello'], 'x.txt', { type: 'text/plain' });
    const drop = new Event('drop', { bubbles: true, cancelable: true }) as Event & { dataTransfer: unknown };
    drop.dataTransfer = { files: [file] };
    await act(() => void mount().querySelector('.px-drop')!.dispatchEvent(drop));
    expect(onFiles).toHaveBeenCalledWith([file]);
    await act(() => input(mount().querySelector('#px-url-input'), ' https://example.com/a '));
    await act(() => void mount().querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    expect(onUrl).toHaveBeenCalledWith('https://example.com/a');
  });
});

describe('FeedsPanel', () => {
  it('lists feeds with their last refresh or error, and offers the schedule', async () => {
    const onInterval = vi.fn();
    await act(() =>
      render(
        <FeedsPanel
          feeds={[
            { url: 'https://a.example/feed', title: 'A Daily', addedAt: 0, lastFetchedAt: Date.now(), lastError: null, lastAdded: 3 },
            { url: 'https://b.example/rss', title: null, addedAt: 1, lastFetchedAt: 0, lastError: 'HTTP 500', lastAdded: 0 },
          ]}
          interval={60}
          intervals={[30, 60]}
          onAdd={vi.fn()}
          onRemove={vi.fn()}
          onRefresh={vi.fn()}
          onInterval={onInterval}
          busy={false}
          message={null}
        />,
        mount(),
      ),
    );
    const items = [...mount().querySelectorAll('.px-feed')].map((li) => li.textContent);
    expect(items[0]).toContain('Refreshed just now · 3 new or updated');
    expect(items[1]).toContain('https://b.example/rss');
    expect(items[1]).toContain('Last refresh failed: HTTP 500');
    const select = mount().querySelector('#px-feed-interval') as HTMLSelectElement;
    expect(select.value).toBe('60');
    select.value = '';
    await act(() => void select.dispatchEvent(new Event('change', { bubbles: true })));
    expect(onInterval).toHaveBeenCalledWith(null);
  });
});

describe('TrashPanel', () => {
  const now = Date.UTC(2026, 0, 10);
  const items = [
    { key: 'a@1', title: '<b>Deleted</b> \u202Eevil', outlet: 'Fox News', deletedAt: now - 3 * 86_400_000 },
    { key: 'b@2', title: 'Second', outlet: null, deletedAt: now - 60_000 },
  ];

  it('lists deleted articles as text with when they were deleted, and restores one by its key', async () => {
    const onRestore = vi.fn();
    await act(() => render(<TrashPanel items={items} days={30} onRestore={onRestore} onEmpty={vi.fn()} busy={false} now={now} />, mount()));
    const lines = [...mount().querySelectorAll('.px-trash-item')];
    expect(lines).toHaveLength(2);
    expect(lines[0]!.querySelector('b')).toBeNull(); // a title is text, never markup
    expect(lines[0]!.textContent).toContain('<b>Deleted</b>');
    expect(lines[0]!.textContent).toContain('Fox News · deleted 3 days ago');
    expect(lines[1]!.textContent).toContain('Unknown outlet · deleted 1 min ago');
    expect(mount().textContent).toContain('stay here for 30 days');
    await act(() => (mount().querySelector('button[aria-label="Restore “Second”"]') as HTMLButtonElement).click());
    expect(onRestore).toHaveBeenCalledWith('b@2');
  });

  it('empties only after a confirmation, and says when the trash is empty', async () => {
    const onEmpty = vi.fn(async () => undefined);
    await act(() => render(<TrashPanel items={items} days={30} onRestore={vi.fn()} onEmpty={onEmpty} busy={false} now={now} />, mount()));
    const button = (name: string) => [...mount().querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement;
    await act(() => button('Empty trash…').click());
    expect(onEmpty).not.toHaveBeenCalled();
    expect(mount().querySelector('[role="alertdialog"]')!.textContent).toContain('Remove 2 deleted articles for good?');
    await act(() => button('Cancel').click());
    expect(mount().querySelector('[role="alertdialog"]')).toBeNull();
    await act(() => button('Empty trash…').click());
    await act(() => button('Empty trash').click());
    expect(onEmpty).toHaveBeenCalledTimes(1);
    await act(() => render(<TrashPanel items={[]} days={30} onRestore={vi.fn()} onEmpty={onEmpty} busy={false} />, mount()));
    expect(mount().textContent).toContain('The trash is empty.');
  });
});

describe('ManagePanel storage line', () => {
  it('says whether the browser keeps the corpus (persistent storage)', async () => {
    const props = { count: 3, storage: { usage: 2_700, quota: 85_000_000_000 }, onExport: vi.fn(), onImportFile: vi.fn(), onReset: async () => undefined, busy: false };
    await act(() => render(<ManagePanel {...props} persistence="granted" />, mount()));
    expect(mount().textContent).toContain('Kept by the browserYes');
    expect(mount().textContent).toContain('The browser will not clear the corpus to make room on the disk.');
    await act(() => render(<ManagePanel {...props} persistence="denied" />, mount()));
    expect(mount().textContent).toContain('Kept by the browserNot guaranteed');
    expect(mount().textContent).toContain('The browser may clear the corpus when the disk is full: export it to keep a copy.');
  });

  it('with unlimited storage: what Parallax stores, not the browser quota, and kept though persist() said no', async () => {
    const props = { count: 17, storage: { usage: 1_240_000, quota: 62_000_000_000 }, onExport: vi.fn(), onImportFile: vi.fn(), onReset: async () => undefined, busy: false };
    await act(() => render(<ManagePanel {...props} persistence="denied" unlimited />, mount()));
    const line = (name: string) => [...mount().querySelectorAll('dt')].find((d) => d.textContent === name)?.nextElementSibling?.textContent;
    expect(line('Articles')).toBe('17');
    // "1.2 MB of 62 GB available" read as a limit the reader could reach; the browser's quota does not bind Parallax.
    expect(line('Storage used')).toBe('1.2 MB on this device');
    expect(mount().textContent).not.toContain('62 GB');
    expect(line('Kept by the browser')).toBe('Yes');
    expect(mount().textContent).not.toContain('may clear the corpus');
    expect(mount().textContent).toContain('Removing Parallax from the browser deletes it: export it to keep a copy.');
    // Known before the browser answers persist().
    await act(() => render(<ManagePanel {...props} persistence={null} unlimited />, mount()));
    expect(line('Kept by the browser')).toBe('Yes');
  });
});

describe('options ingestion off the page thread (ingest-client)', () => {
  /** A stand-in Worker running ingestFile "elsewhere" (a later task), or hanging, or crashing. */
  class FakeWorker {
    onmessage: ((e: { data: unknown }) => void) | null = null;
    onerror: ((e: { message: string; preventDefault(): void }) => void) | null = null;
    terminated = false;
    constructor(private mode: 'ok' | 'hang' | 'crash') {}
    postMessage(m: { seq: number; name: string; content: string }) {
      if (this.mode === 'hang') return;
      setTimeout(() => {
        if (this.mode === 'crash') this.onerror?.({ message: 'out of memory', preventDefault() {} });
        else this.onmessage?.({ data: { seq: m.seq, result: ingestFile({ name: m.name, content: m.content }) } });
      }, 0);
    }
    terminate() {
      this.terminated = true;
    }
  }
  const story = 'Ferry timetable changes\n\nThe island ferry will run every two hours from Monday, the operator said.\n';

  it('reads a file in the worker, and a whole page on the page (it needs DOMParser)', async () => {
    const made: FakeWorker[] = [];
    const ingest = createIngest(() => (made.push(new FakeWorker('ok')), made.at(-1) as unknown as Worker));
    const r = await ingest({ name: 'f.txt', content: story });
    expect(r.articles[0]!.title).toBe('Ferry timetable changes');
    expect(made).toHaveLength(1);
    const page = await ingest({ name: 'p.html', content: '<!doctype html><html><body><p>x</p></body></html>' });
    expect(page.errors[0]).toMatch(/needs an HTML parser/); // ran on the page, where this test gave no parser
    expect(made).toHaveLength(1);
  });

  it('stops a file that takes longer than the budget, says so, and starts a fresh worker for the next', async () => {
    const made: FakeWorker[] = [];
    let mode: 'hang' | 'ok' = 'hang';
    const ingest = createIngest(() => (made.push(new FakeWorker(mode)), made.at(-1) as unknown as Worker), 20);
    const r = await ingest({ name: 'slow.txt', content: story });
    expect(r).toEqual({ articles: [], errors: ['slow.txt: reading it took more than 0 s; stopped'] });
    expect(made[0]!.terminated).toBe(true);
    mode = 'ok';
    expect((await ingest({ name: 'next.txt', content: story })).articles).toHaveLength(1);
    expect(made).toHaveLength(2);
  });

  it("reports a crashed worker as that file's error", async () => {
    const ingest = createIngest(() => new FakeWorker('crash') as unknown as Worker);
    expect(await ingest({ name: 'c.txt', content: story })).toEqual({ articles: [], errors: ['c.txt: could not be read (out of memory)'] });
  });
});
