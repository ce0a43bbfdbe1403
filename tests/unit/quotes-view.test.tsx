// @vitest-environment happy-dom
/**
 * The trace view shows what a reader needs: the selection, who said it, where it appeared first
 * (with the embedded primary source), every outlet's wording with its word changes marked in words
 * as well as style, a plain sentence when the quote is nowhere else, and a way back.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { EMPTY_TRACE_MESSAGE, TraceView, type TraceViewProps } from '../../components/sidebar/TraceView';
import type { Occurrence, Trace } from '../../lib/types';
import { mountPoint } from './dom-helpers';

const mount = mountPoint();

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function occ(over: Partial<Occurrence>): Occurrence {
  return {
    id: 'a',
    title: 'A title',
    outlet: 'Fox News',
    date: '2025-12-23',
    url: null,
    text: 'The only condition is clear: it must be everyone',
    kind: 'variant',
    score: 0.59,
    i: 3,
    speaker: 'Nayib Bukele',
    diff: [
      { op: 'equal', text: 'The only condition is ' },
      { op: 'delete', text: 'straightforward' },
      { op: 'insert', text: 'clear' },
      { op: 'equal', text: ': it must be everyone' },
    ],
    ...over,
  };
}

const TRACE: Trace = {
  quote: 'The only condition is straightforward: it must be everyone.',
  speaker: 'Nayib Bukele',
  occurrences: [
    occ({ id: '004', outlet: null, title: 'Bukele responds' }),
    occ({ id: '000', outlet: 'Fox News', kind: 'exact', score: 1, text: 'The only condition is straightforward: it must be everyone.', diff: [{ op: 'equal', text: 'The only condition is straightforward: it must be everyone.' }] }),
    occ({ id: '002', outlet: null, text: 'The only condition is simple: they must be all of them', title: 'Bukele defends <b>prison</b>' }),
  ],
  origin: { id: '002', date: '2025-12-23', primary: 'We stand ready to release our entire prison population' },
};

function show(props: Partial<TraceViewProps>) {
  const all: TraceViewProps = { trace: TRACE, loading: false, error: null, onBack: vi.fn(), ...props };
  act(() => {
    render(<TraceView {...all} />, mount());
  });
  return all;
}

describe('TraceView', () => {
  it('shows the selection, the speaker and the origin with its primary source', () => {
    show({});
    expect(text(mount().querySelector('.px-tr-selection'))).toBe(TRACE.quote);
    expect(text(mount().querySelector('[data-field="speaker"]'))).toBe('Nayib Bukele');
    // The origin's outlet is unknown: it is named by its own title.
    expect(text(mount().querySelector('[data-field="origin"]'))).toContain('“Bukele defends <b>prison</b>”');
    expect(text(mount().querySelector('[data-field="origin"]'))).toMatch(/2025/);
    expect(text(mount().querySelector('.px-tr-primary blockquote'))).toBe('We stand ready to release our entire prison population');
  });

  it('groups occurrences by outlet; each article of unknown outlet is its own source, named by its title', () => {
    show({});
    const groups = [...mount().querySelectorAll<HTMLElement>('.px-tr-outlet')].map((g) => [g.dataset.outlet, g.querySelectorAll('li').length]);
    expect(groups).toEqual([
      ['“Bukele responds”', 1],
      ['Fox News', 1],
      ['“Bukele defends <b>prison</b>”', 1],
    ]);
    expect(mount().textContent).not.toContain('Unknown outlet');
    expect(text(mount().querySelector('.px-tr-subheading'))).toBe('Found in 3 places, 3 outlets');
  });

  it('marks removed and added words with <del>/<ins> and words for screen readers', () => {
    show({});
    const item = mount().querySelector('li[data-id="004"]')!;
    expect(text(item.querySelector('blockquote'))).toBe('The only condition is clear: it must be everyone');
    expect(text(item.querySelector('del'))).toBe('[removed: straightforward]');
    expect(text(item.querySelector('ins'))).toBe('[added: clear]');
    // An exact occurrence has nothing to mark.
    expect(mount().querySelector('li[data-id="000"] del, li[data-id="000"] ins')).toBeNull();
    expect(text(mount().querySelector('li[data-id="000"] .px-tr-kind'))).toBe('Same words');
  });

  it('gives every place its date or "undated", and does not claim a first appearance an undated copy may precede', () => {
    const trace: Trace = {
      quote: 'we will not stop',
      speaker: null,
      occurrences: [
        occ({ id: 'u', outlet: 'Daily Ledger', date: '2026-03-04', speaker: null, kind: 'exact', text: 'we will not stop', diff: [{ op: 'equal', text: 'we will not stop' }] }),
        occ({ id: 'h', outlet: 'Harbor Times', date: null, speaker: null, kind: 'exact', text: 'we will not stop', diff: [{ op: 'equal', text: 'we will not stop' }] }),
      ],
      origin: { id: 'u', date: '2026-03-04', primary: null },
    };
    show({ trace });
    expect(text(mount().querySelector('li[data-id="h"] .px-tr-occ-head'))).toBe('Same words · undated');
    expect(text(mount().querySelector('li[data-id="u"] .px-tr-occ-head'))).toMatch(/^Same words · Mar 4, 2026$/);
    const origin = text(mount().querySelector('[data-field="origin"]'));
    expect(origin).toMatch(/^Daily Ledger, Mar 4, 2026 \(the earliest date found; Harbor Times gives no date and may be earlier\)$/);
    // Every place dated: the origin is stated without the note.
    show({ trace: { ...trace, occurrences: [trace.occurrences[0]!, { ...trace.occurrences[1]!, date: '2026-03-05' }] } });
    expect(text(mount().querySelector('[data-field="origin"]'))).toBe('Daily Ledger, Mar 4, 2026');
    expect(mount().querySelector('[data-field="origin-undated"]')).toBeNull();
  });

  it('names the word changes as changes from the traced words (a trace may start from a card, not a selection)', () => {
    show({});
    expect(text(mount().querySelector('li[data-id="004"] .px-tr-changes-label'))).toBe('Changes from the traced words:');
    expect(mount().textContent).not.toContain('your selection');
    // The same words inside a longer passage: the marks show the passage's other words, not changes.
    const longer = occ({ id: 'L', kind: 'exact', text: 'They said it must be everyone.', diff: [{ op: 'insert', text: 'They said ' }, { op: 'equal', text: 'it must be everyone' }, { op: 'insert', text: '.' }] });
    show({ trace: { ...TRACE, quote: 'it must be everyone', occurrences: [longer] } });
    expect(text(mount().querySelector('li[data-id="L"] .px-tr-kind'))).toBe('Same words');
    expect(text(mount().querySelector('li[data-id="L"] .px-tr-changes-label'))).toBe('In a longer passage (its other words marked):');
  });

  it('renders corpus text as text, never as HTML', () => {
    show({ onOpen: vi.fn() });
    expect(mount().querySelector('b')).toBeNull();
    expect(mount().textContent).toContain('Bukele defends <b>prison</b>');
  });

  it('says plainly when the quote is nowhere else', () => {
    show({ trace: { quote: 'the handcuffs were so tight', speaker: 'Andry Blanco', occurrences: [], origin: null } });
    expect(text(mount().querySelector('.px-tr-empty'))).toBe(EMPTY_TRACE_MESSAGE);
    expect(EMPTY_TRACE_MESSAGE).toBe('This quote appears nowhere else in your corpus.');
    expect(text(mount().querySelector('[data-field="speaker"]'))).toBe('Andry Blanco');
  });

  it('shows loading and error states', () => {
    show({ trace: null, loading: true, selection: 'it must be everyone' });
    expect(text(mount().querySelector('[role="status"]'))).toMatch(/Tracing/);
    expect(text(mount().querySelector('.px-tr-selection'))).toBe('it must be everyone');
    show({ trace: null, error: 'Select at least two words to trace.' });
    expect(text(mount().querySelector('[role="alert"]'))).toContain('Select at least two words to trace.');
  });

  it('calls back: "Back to comparison" and opening an occurrence', () => {
    const onOpen = vi.fn();
    const props = show({ onOpen });
    const back = [...mount().querySelectorAll('button')].find((b) => text(b).includes('Back to comparison'))!;
    act(() => back.click());
    expect(props.onBack).toHaveBeenCalledOnce();
    const open = mount().querySelector<HTMLButtonElement>('li[data-id="000"] .px-link-button')!;
    act(() => open.click());
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ id: '000' }));
  });
});
