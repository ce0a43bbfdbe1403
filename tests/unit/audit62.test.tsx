// @vitest-environment happy-dom
/**
 * audit62: the quote trace names where a quote first appeared as a reader knows it — an outlet, or "This article" when
 * the earliest dated article is the page the quote was selected in — never by a corpus id ("url_8ddd980a6c6ab2a2").
 */
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { TraceView } from '../../components/sidebar/TraceView';
import type { Occurrence, Trace } from '../../lib/types';
import { mountPoint } from './dom-helpers';

const mount = mountPoint();

const fox: Occurrence = {
  id: 'fox-1',
  title: 'Noem doubles down',
  outlet: 'Fox News',
  date: '2019-11-20',
  url: null,
  text: 'the whole point of this ad campaign is to raise awareness',
  kind: 'exact',
  score: 1,
  i: 4,
  speaker: 'Kristi Noem',
  diff: [{ op: 'equal', text: 'the whole point of this ad campaign is to raise awareness' }],
};

const trace = (occurrences: Occurrence[], origin: Trace['origin']): Trace => ({
  quote: 'the whole point of this ad campaign is to raise awareness',
  speaker: 'Kristi Noem',
  occurrences,
  origin,
});

describe('the trace names its origin as a reader knows it', () => {
  it.each([
    ['the page itself, the only dated article', trace([], { id: 'url_8ddd980a6c6ab2a2', date: '2019-11-19', primary: null }), 'This article, Nov 19, 2019'],
    ['the page itself, dated before another outlet', trace([fox], { id: 'url_8ddd980a6c6ab2a2', date: '2019-11-19', primary: null }), 'This article, Nov 19, 2019'],
    ['another outlet', trace([fox], { id: 'fox-1', date: '2019-11-20', primary: null }), 'Fox News, Nov 20, 2019'],
  ])('%s', (_, t, expected) => {
    act(() => {
      render(<TraceView trace={t} loading={false} error={null} onBack={vi.fn()} />, mount());
    });
    const origin = (mount().querySelector('[data-field="origin"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
    expect(origin).toBe(expected);
    expect(origin).not.toMatch(/url_/);
  });
});

