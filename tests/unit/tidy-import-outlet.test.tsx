// @vitest-environment happy-dom
/**
 * Issue 11 item 2: plain-text and Markdown files that name no outlet can be given one in the import
 * dialog (one value for the batch), stored like any outlet and editable later; an outlet a file
 * names itself is kept.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ImportPanel } from '../../components/options/ImportPanel';
import { ingestFile } from '../../lib/ingest';
import { ingestWithOutlet, outletInput, withBatchOutlet } from '../../lib/outlets';
import { importFiles, type ImportSource } from '../../lib/store/import-files';
import { mountPoint } from './dom-helpers';
import { openTestCorpus } from './store-helpers';

const src = (name: string, content: string): ImportSource => ({ name, text: async () => content });

const plain = `Ferry timetable changes

The island ferry will run every two hours from Monday, the operator announced on its website.

Passengers should book ahead during the summer season, when demand is highest.
`;
const plain2 = `Bridge closed for repairs

The old bridge over the river will close for three weeks from Tuesday, the council said.

Drivers are asked to use the ring road while engineers replace the bearings.
`;
const namedMd = `---
title: Harbour strike ends
outlet: Harbour Gazette
---

The harbour strike ended on Friday after three weeks.

Dockworkers accepted the new offer in a vote on Thursday evening, the union said.
`;

describe('an outlet for a batch of imported files', () => {
  it('cleans what the reader typed: spaces folded, invisible characters gone, empty is none', () => {
    expect(outletInput('  The   Island\tTimes ')).toBe('The Island Times');
    expect(outletInput('Evil\u202eNews')).toBe('Evil News');
    expect(outletInput('   ')).toBeNull();
    expect(outletInput(null)).toBeNull();
    expect(outletInput('x'.repeat(300))!.length).toBe(100);
  });

  it('fills only articles that name no outlet', () => {
    const out = withBatchOutlet([{ outlet: null }, { outlet: 'Reuters' }], 'Island Times');
    expect(out.map((a) => a.outlet)).toEqual(['Island Times', 'Reuters']);
    expect(withBatchOutlet([{ outlet: null }], '  ')).toEqual([{ outlet: null }]);
  });

  it('stores the batch outlet on text files without one, keeps a named outlet, and the outlet can be edited later', async () => {
    const c = await openTestCorpus();
    const results = await importFiles(c, [src('ferry.txt', plain), src('bridge.txt', plain2), src('strike.md', namedMd)], {
      ingest: ingestWithOutlet(ingestFile, 'Island Times'),
    });
    expect(results.map((r) => r.status)).toEqual(['added', 'added', 'added']);
    const byTitle = new Map((await c.list()).map((r) => [r.title, r.outlet]));
    expect(byTitle.get('Ferry timetable changes')).toBe('Island Times');
    expect(byTitle.get('Bridge closed for repairs')).toBe('Island Times');
    expect(byTitle.get('Harbour strike ends')).toBe('Harbour Gazette');
    // Without a batch outlet nothing is invented.
    const d = await openTestCorpus();
    await importFiles(d, [src('ferry.txt', plain)]);
    expect((await d.list())[0]!.outlet).toBeNull();
    // Editable later, like any outlet.
    const ferry = (await c.list()).find((r) => r.title === 'Ferry timetable changes')!;
    await c.update(ferry.id, { outlet: 'Island Weekly' });
    expect((await c.get(ferry.id))!.outlet).toBe('Island Weekly');
  });

  it('works with an async ingestion (the options page reads files in a worker)', async () => {
    const async = ingestWithOutlet(async (f: { name: string; content: string }) => ingestFile(f), 'Island Times');
    const r = await async({ name: 'ferry.txt', content: plain });
    expect(r.articles[0]!.outlet).toBe('Island Times');
  });
});

const mount = mountPoint();

describe('ImportPanel outlet field', () => {
  const chooseFiles = (names: string[]) => {
    const input = mount().querySelector('#px-file-input') as HTMLInputElement;
    const files = names.map((n) => new File(['x'], n, { type: 'text/plain' }));
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
  };

  it('passes the typed outlet with the chosen files, and none when left empty', async () => {
    const onFiles = vi.fn();
    await act(() => render(<ImportPanel accept=".txt" onFiles={onFiles} onUrl={vi.fn()} urlBusy={false} progress={null} results={[]} />, mount()));
    const field = mount().querySelector('#px-import-outlet') as HTMLInputElement;
    // The field has a visible label a screen reader announces.
    expect(mount().querySelector('label[for="px-import-outlet"]')!.textContent).toContain('Outlet of these files');
    await act(() => chooseFiles(['a.txt']));
    expect(onFiles).toHaveBeenLastCalledWith([expect.any(File)]);
    await act(() => {
      field.value = '  Island Times ';
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => chooseFiles(['b.txt', 'c.md']));
    expect(onFiles).toHaveBeenLastCalledWith([expect.any(File), expect.any(File)], 'Island Times');
  });
});
