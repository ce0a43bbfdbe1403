// @vitest-environment happy-dom
/**
 * audit62: the quote trace names where a quote first appeared as a reader knows it — an outlet, or "This article" when
 * the earliest dated article is the page the quote was selected in — never by a corpus id ("url_8ddd980a6c6ab2a2");
 * and a marked Added card ("only the marked part is new: this article tells the rest") is no longer ranked as the
 * surest card of its section: it is as sure as its nearest sentence in this article says, like any other.
 */
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { TraceView } from '../../components/sidebar/TraceView';
import { rankReport } from '../../lib/engine/rank';
import type { Occurrence, Report, Trace } from '../../lib/types';
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

describe('a marked Added card whose rest this article tells ranks by that telling', () => {
  // The Gazette's page and the Herald's two added sentences: the first tells the Gazette's pipes line and adds when the
  // work starts (marked), the second is new whole. Same features; the marked one stands first in the Herald.
  const HERE = ['The council voted to replace the pipes under the market district.', 'The vote came after a long hearing.'];
  const THERE = ['The council will replace the pipes under the market district, work that starts next spring.', 'A second reservoir is planned north of town.'];
  const report: Report = {
    article: { id: 'gazette', title: 'Pipes', outlet: 'Gazette', date: null, url: null, units: HERE.map((text, i) => ({ i, text, coveredBy: [] })) },
    related: [
      {
        id: 'herald', title: 'Pipes', outlet: 'Herald', date: null, url: null, score: 0.8, relation: 'same-story', copied: { ofThis: 0, ofThat: 0 },
        units: THERE.map((text, i) => ({ i, text, matches: i === 0 ? [0] : [] })),
      },
    ],
    shared: [],
    conflicts: [],
    added: [
      { text: THERE[0]!, sources: [{ id: 'herald', i: 0 }], outlets: 1, total: 1, novel: [{ start: THERE[0]!.indexOf('work'), end: THERE[0]!.length - 1 }], closest: { i: 0, s: 0.45 } },
      { text: THERE[1]!, sources: [{ id: 'herald', i: 1 }], outlets: 1, total: 1, closest: { i: 1, s: 0.05 } },
    ],
    leftOut: [],
  };

  it('comes after the wholly new sentence', () => {
    expect(rankReport(report).added.map((a) => a.sources[0]!.i)).toEqual([1, 0]);
  });
});
