// @vitest-environment happy-dom
/**
 * The retention setting in the corpus manager: labelled fields, saved as typed, out-of-range values
 * refused in words, "Tidy now" only for a saved setting, the outcome in words; the storage line says
 * the trash is included.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ManagePanel } from '../../components/options/ManagePanel';
import { RetentionPanel, retentionSummary } from '../../components/options/RetentionPanel';
import { checkPolicy, RETENTION_OFF, type RetentionPolicy } from '../../lib/store/retention';
import { mountPoint } from './dom-helpers';

const mount = mountPoint();
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const q = <T extends Element>(sel: string) => mount().querySelector(sel) as T;
const button = (name: string) => [...mount().querySelectorAll('button')].find((b) => text(b) === name) as HTMLButtonElement;

function show(policy: RetentionPolicy | null, over: Partial<Parameters<typeof RetentionPanel>[0]> = {}) {
  const props = {
    policy,
    onSave: vi.fn(async (p: RetentionPolicy) => void checkPolicy(p)),
    onApply: vi.fn(),
    busy: false,
    message: null,
    trashDays: 30,
    ...over,
  };
  act(() => render(<RetentionPanel {...props} />, mount()));
  return props;
}

describe('RetentionPanel', () => {
  it('is off by default: nothing to tidy, every field labelled', () => {
    show(RETENTION_OFF);
    expect((q<HTMLInputElement>('#px-retention-days-on')).checked).toBe(false);
    expect((q<HTMLInputElement>('#px-retention-days')).disabled).toBe(true);
    expect(button('Tidy now').disabled).toBe(true);
    expect(button('Save').disabled).toBe(true);
    for (const id of ['px-retention-days-on', 'px-retention-max-on']) expect(mount().querySelector(`label[for="${id}"]`)).toBeTruthy();
    expect(q('#px-retention-days').getAttribute('aria-label')).toBeTruthy();
    expect(text(mount())).toContain('pinned articles are always kept');
  });

  it('saves what the reader chose, and shows a refused value in words', async () => {
    const props = show(RETENTION_OFF);
    const days = q<HTMLInputElement>('#px-retention-days');
    await act(() => {
      const on = q<HTMLInputElement>('#px-retention-days-on');
      on.checked = true;
      on.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(() => {
      days.value = '14';
      days.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(button('Save').disabled).toBe(false);
    expect(button('Tidy now').disabled).toBe(true); // unsaved changes: save first
    await act(async () => button('Save').click());
    expect(props.onSave).toHaveBeenLastCalledWith({ days: 14, maxArticles: null });
    expect(text(q('[role="status"]'))).toBe('Saved.');
    // Out of range: the browser's own check (min/max/step) stops the form; an empty box gets our words.
    expect(days.min).toBe('1');
    await act(() => {
      days.value = '';
      days.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => button('Save').click());
    expect(text(q('[role="alert"]'))).toMatch(/whole number from 1 to 3,650/);
  });

  it('"Tidy now" applies a saved setting, and the outcome is said in words', () => {
    const props = show({ days: 30, maxArticles: null });
    expect((q<HTMLInputElement>('#px-retention-days')).value).toBe('30');
    act(() => button('Tidy now').click());
    expect(props.onApply).toHaveBeenCalledTimes(1);
    expect(retentionSummary({ trashed: ['a', 'b'], count: 120, overLimit: 0 })).toEqual({
      text: 'Moved 2 feed articles to the trash. 120 articles in the corpus.',
      error: false,
    });
    expect(retentionSummary({ trashed: [], count: 12, overLimit: 2 }).text).toBe(
      'Nothing to remove. The corpus still holds 2 more than the limit: the rest are seeds, your own or pinned articles. 12 articles in the corpus.',
    );
    expect(retentionSummary({ error: 'disk full' })).toEqual({ text: 'Could not tidy the corpus: disk full', error: true });
  });
});

describe('the storage line', () => {
  it('says the trash is counted in the storage used', () => {
    const props = { count: 10, storage: { usage: 2_500_000, quota: 100_000_000 }, onExport: vi.fn(), onImportFile: vi.fn(), onReset: vi.fn(async () => {}), busy: false };
    act(() => render(<ManagePanel {...props} trashCount={3} />, mount()));
    expect(text(mount())).toContain('2.5 MB of 100 MB available (the trash\'s 3 articles included)');
    act(() => render(<ManagePanel {...props} trashCount={0} />, mount()));
    expect(text(mount())).not.toContain('trash');
  });
});
