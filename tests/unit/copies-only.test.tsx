// @vitest-environment happy-dom
/**
 * A wire story whose only other copy in the corpus is the same text on another site (audit77, Multi-News
 * dev 676c95b1): the panel must not say both "the other outlets report every fact of this article" and
 * "no fact of this article appears elsewhere", with a legend of 0 and 0. With no other outlet's own
 * reporting to compare with, Left out says so, Shared says the facts appear elsewhere only in articles
 * that reuse this one's text, and the legend counts them as only in this article or its near-copies.
 */
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Sidebar, type SidebarActions } from '../../components/sidebar/Sidebar';
import { compareArticle, MemoryIndex } from '../../lib/engine';
import { initialState, reduce } from '../../lib/sidebar/store';
import type { Article, Report } from '../../lib/types';
import { sentenceArticle } from '../data/engine/sentence-article';
import { mountPoint } from './dom-helpers';

const WIRE = [
  'A freight train carrying grain derailed near the town of Holbeck on Tuesday, spilling 14 cars down an embankment.',
  'No one was hurt, the rail operator said, but the line between Holbeck and Marston will stay closed until Friday.',
  'Crews from the county fire service spent the night clearing grain from a creek that runs below the tracks.',
  'The operator said inspectors would examine a section of track that was replaced in the spring.',
];
const TAIL = 'A second train was rerouted through Marston while the line was closed, the county said.';

const mount = mountPoint();
const actions = Object.fromEntries(
  ['retry', 'compareAnyway', 'openCorpusManager', 'addToCorpus', 'scrollTo', 'setHighlight', 'trace'].map((k) => [k, vi.fn()]),
) as unknown as SidebarActions;
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const section = (name: string) => text(mount().querySelector(`[data-section="${name}"]`));

async function panel(page: Article, corpus: Article[]): Promise<Report> {
  const report = await compareArticle(page, new MemoryIndex(corpus));
  let s = reduce(initialState, { type: 'start', tabId: 1, url: null });
  s = reduce(s, { type: 'extracted', article: page });
  s = reduce(s, { type: 'corpus', count: corpus.length, inCorpus: null });
  s = reduce(s, { type: 'report', report });
  act(() => render(<Sidebar state={s} actions={actions} />, mount()));
  return report;
}

describe('a page whose only related article is a near-copy of it', () => {
  it('says its facts are told only in reused text, not that other outlets report every fact', async () => {
    const page = sentenceArticle('courier', WIRE, { outlet: 'Courier', title: 'Grain train derails near Holbeck' });
    const copy = sentenceArticle('ledger', WIRE, { outlet: 'Ledger', title: 'Freight train derails near Holbeck' });
    const report = await panel(page, [page, copy]);
    expect(report.related.map((r) => [r.id, r.relation])).toEqual([['ledger', 'near-copy']]);
    expect(section('left-out')).toContain("Nothing left out: the related articles reuse this article's text (Near-copies), so they tell its facts in its own words");
    expect(section('left-out')).not.toContain('report every fact');
    expect(section('shared')).toContain('4 facts of this article appear elsewhere only in articles that reuse its text');
    expect(section('shared')).not.toContain('No fact of this article appears elsewhere');
    // The highlight legend counts them as what they are: only in this article or its near-copies.
    expect(text(mount().querySelector('#px-legend'))).toBe('Only in this article or its near-copies (4) Also reported elsewhere (0)');
  });

  it('keeps the usual words once another outlet reports the story in its own text', async () => {
    const page = sentenceArticle('courier', WIRE, { outlet: 'Courier', title: 'Grain train derails near Holbeck' });
    const copy = sentenceArticle('ledger', WIRE, { outlet: 'Ledger', title: 'Freight train derails near Holbeck' });
    const own = sentenceArticle(
      'gazette',
      [
        'Fourteen grain cars of a freight train left the rails near Holbeck on Tuesday and slid down an embankment.',
        'The rail operator said no one was injured and that the Holbeck to Marston line would reopen on Friday.',
        TAIL,
      ],
      { outlet: 'Gazette', title: 'Holbeck derailment closes line' },
    );
    const report = await panel(page, [page, copy, own]);
    expect(report.related.map((r) => r.id).sort()).toEqual(['gazette', 'ledger']);
    expect(section('left-out')).not.toContain("reuse this article's text");
    expect(section('shared')).not.toContain('only in its near-copies');
  });
});
