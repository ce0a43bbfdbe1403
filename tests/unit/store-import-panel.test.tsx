// @vitest-environment happy-dom
/** The import panel's progress line for a long import: article progress of a bundle, and Cancel. */
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { ImportPanel } from '../../components/options/ImportPanel';
import { mountPoint } from './dom-helpers';

describe('import progress and cancel', () => {
  const mount = mountPoint();
  const noop = () => undefined;

  it('shows the articles of a bundle being written and a Cancel button while busy; none once done', () => {
    const onCancel = vi.fn();
    render(
      <ImportPanel accept=".json" onFiles={noop} onUrl={noop} urlBusy={false} results={[]} onCancel={onCancel}
        progress={{ done: 0, total: 1, articles: { done: 500, total: 10000 } }} />,
      mount(),
    );
    expect(mount().textContent).toContain('Importing 0 of 1 file (500 of 10000 articles)');
    const cancel = [...mount().querySelectorAll('button')].find((b) => b.textContent === 'Cancel import')!;
    cancel.click();
    expect(onCancel).toHaveBeenCalledTimes(1);
    render(
      <ImportPanel accept=".json" onFiles={noop} onUrl={noop} urlBusy={false} results={[]} onCancel={onCancel}
        progress={{ done: 1, total: 1, articles: { done: 10000, total: 10000 } }} />,
      mount(),
    );
    expect(mount().textContent).toContain('Imported 1 of 1 file');
    expect([...mount().querySelectorAll('button')].some((b) => b.textContent === 'Cancel import')).toBe(false);
  });

  it('says how far the pass preparing articles for compare is while it runs (perf44); nothing otherwise', () => {
    render(
      <ImportPanel accept=".json" onFiles={noop} onUrl={noop} urlBusy={false} results={[]} progress={{ done: 1, total: 1 }} preparing={{ done: 250, total: 9000 }} />,
      mount(),
    );
    expect(mount().textContent).toContain('Preparing 250 of 9000 articles for compare');
    render(<ImportPanel accept=".json" onFiles={noop} onUrl={noop} urlBusy={false} results={[]} progress={{ done: 1, total: 1 }} preparing={null} />, mount());
    expect(mount().textContent).not.toContain('Preparing');
  });
});
