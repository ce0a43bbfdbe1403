// @vitest-environment happy-dom
/**
 * The sidebar draws a comparison Report the way a reader needs it: sections, counts in words,
 * outlets by name ("Unknown outlet" when not known), facts that point into the page, plain
 * messages for every state, and text only (nothing from a page or the corpus becomes HTML).
 */
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Sidebar, NOT_ARTICLE_MESSAGE } from '../../components/sidebar/Sidebar';
import { SourceName } from '../../components/sidebar/bits';
import type { SidebarActions } from '../../components/sidebar/Sidebar';
import type { SidebarState } from '../../lib/sidebar/store';
import { initialState, reduce } from '../../lib/sidebar/store';
import type { Report } from '../../lib/types';
import { DEATHS, ID, PAYMENT, SIXTY_MINUTES_002, fixtureArticle, fixtureReport } from './sidebar-fixture';

let root: HTMLElement;
let actions: { [K in keyof SidebarActions]: Mock<SidebarActions[K]> };

beforeEach(() => {
  root = document.createElement('div');
  document.body.appendChild(root);
  actions = {
    retry: vi.fn(),
    compareAnyway: vi.fn(),
    openCorpusManager: vi.fn(),
    addToCorpus: vi.fn(),
    scrollTo: vi.fn(),
    setHighlight: vi.fn(),
    trace: vi.fn(),
  };
});

afterEach(() => {
  render(null, root);
  root.remove();
});

function readyState(report: Report = fixtureReport(), extra: Partial<SidebarState> = {}): SidebarState {
  let s = reduce(initialState, { type: 'start', tabId: 7, url: report.article.url });
  s = reduce(s, { type: 'extracted', article: fixtureArticle() });
  s = reduce(s, { type: 'corpus', count: 5, inCorpus: null });
  s = reduce(s, { type: 'report', report });
  return { ...s, ...extra };
}

function show(state: SidebarState) {
  act(() => {
    render(<Sidebar state={state} actions={actions} />, root);
  });
}

const section = (name: string) => {
  const el = root.querySelector<HTMLElement>(`[data-section="${name}"]`);
  if (!el) throw new Error(`no section ${name}`);
  return el;
};
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const buttonNamed = (within: Element, name: string | RegExp) => {
  const found = [...within.querySelectorAll('button')].find((b) =>
    typeof name === 'string' ? text(b) === name : name.test(text(b)),
  );
  if (!found) throw new Error(`no button ${name}`);
  return found;
};

describe('the report', () => {
  it('heads with the title, the outlet, the date and how many related articles and outlets', () => {
    show(readyState());
    const head = root.querySelector('header')!;
    expect(text(head.querySelector('h1'))).toBe(fixtureReport().article.title);
    expect(text(head)).toContain('Fox News');
    expect(head.querySelector('time')?.getAttribute('datetime')).toBe('2025-12-23');
    expect(text(head.querySelector('time'))).toMatch(/Dec(ember)? 23, 2025/);
    // 000 and 004 have no known outlet: each counts as its own.
    expect(text(head)).toContain('4 related articles from 4 outlets');
  });

  it('says "Unknown outlet" for an article whose outlet is not known', () => {
    const report = fixtureReport();
    report.article.outlet = null;
    show(readyState(report));
    expect(text(root.querySelector('header'))).toContain('Unknown outlet');
    // A related article of unknown outlet is named by its title, never "Unknown outlet".
    expect(text(section('near-copies'))).toContain('Bukele Responds to Hillary Clinton’s CECOT Criticism');
    expect(root.querySelector('main')!.textContent).not.toContain('Unknown outlet');
  });

  it('lists what others added, once per fact, with outlets, counts and source sentences', () => {
    show(readyState());
    const added = section('added');
    expect(text(added.querySelector('h2'))).toMatch(/^Others added 3$/);
    const items = [...added.querySelectorAll('ol > li')];
    // The most widely reported first.
    expect(items.map((li) => text(li.querySelector('.px-fact-text')))).toEqual([SIXTY_MINUTES_002, DEATHS, PAYMENT]);
    expect(text(items[1]!)).toContain('in 1 of 4 other outlets');
    expect(text(items[1]!)).toContain('Gazeta Sur');
    // One fact told by two outlets: once, with both, and each outlet's own sentence.
    const sixty = items[0]!;
    expect(text(sixty)).toContain('in 2 of 4 other outlets');
    expect([...sixty.querySelectorAll('.px-source .px-outlet')].map(text)).toEqual([
      'Gazeta Sur',
      "Bukele responds to Hillary Clinton about 'brutality' In Cecot",
    ]);
    expect(text(sixty)).toContain("'60 Minutes' unexpectedly postponed");
    const link = sixty.querySelector<HTMLAnchorElement>('a[href="https://gazetasur.example/bukele-cecot"]');
    expect(link).not.toBeNull();
    expect(link!.rel).toContain('noopener');
  });

  it('says whose words a card shows: the outlet whose sentence is the card says the sentence at the top is its own, the others quote theirs', () => {
    show(readyState());
    const sixty = [...section('added').querySelectorAll('ol > li')].find((li) => text(li.querySelector('.px-fact-text')) === SIXTY_MINUTES_002)!;
    const [gazeta, other] = [...sixty.querySelectorAll('.px-source-item')];
    expect(text(gazeta!.querySelector('.px-outlet'))).toBe('Gazeta Sur');
    expect(gazeta!.querySelector('blockquote')).toBeNull(); // not repeated…
    expect(text(gazeta!)).toContain('The sentence at the top is its own.'); // …but said (ui63: never "In the words above")
    expect(text(other!.querySelector('blockquote'))).toContain("'60 Minutes'");
    expect(text(other!)).not.toContain('at the top is its own');
    expect(text(section('added')).match(/The sentence at the top is its own/g)).toHaveLength(3); // one per card: each card is its first outlet's sentence
  });

  it('opens with one link per section and its count, each leading to that section (Shared opens)', () => {
    show(readyState());
    const nav = root.querySelector<HTMLElement>('nav[aria-label="Sections of the report"]')!;
    expect(nav).not.toBeNull();
    const links = [...nav.querySelectorAll('a')];
    expect(links.map(text)).toEqual(['Others added 3', 'Left out by others 2', 'Possible conflicts 1', 'Near-copies 1', 'Shared 2']);
    for (const [k, name] of ['added', 'left-out', 'conflicts', 'near-copies', 'shared'].entries()) {
      const target = root.querySelector(links[k]!.getAttribute('href')!)!;
      expect(target.closest('[data-section]')!.getAttribute('data-section')).toBe(name);
      // The count on the link is the count the section heads with.
      expect(text(section(name).querySelector('h2'))).toBe(text(links[k]!));
    }
    const shared = section('shared').querySelector('details')!;
    expect(shared.open).toBe(false);
    act(() => {
      links[4]!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    });
    expect(shared.open).toBe(true);
  });

  it('names an empty section with its 0 but does not link it: the link would lead only to "none"', () => {
    const report = fixtureReport();
    report.conflicts = [];
    show(readyState(report));
    const nav = root.querySelector<HTMLElement>('nav[aria-label="Sections of the report"]')!;
    expect([...nav.querySelectorAll('li')].map(text)).toEqual(['Others added 3', 'Left out by others 2', 'Possible conflicts 0', 'Near-copies 1', 'Shared 2']);
    expect([...nav.querySelectorAll('a')].map(text)).toEqual(['Others added 3', 'Left out by others 2', 'Near-copies 1', 'Shared 2']);
    expect(nav.querySelector('[href="#px-h-conflicts"]')).toBeNull();
    // The section itself is still there and says so, with the same count.
    expect(text(section('conflicts').querySelector('h2'))).toBe('Possible conflicts 0');
  });

  it('lists what others left out, with which outlets omit it, and shows it in the page on click', () => {
    show(readyState());
    const leftOut = section('left-out');
    expect(text(leftOut.querySelector('h2'))).toBe('Left out by others 2');
    const [judge, branded] = [...leftOut.querySelectorAll('ol > li')];
    expect(text(judge!)).toContain('A federal judge on Monday ordered');
    expect(text(judge!)).toContain('only here');
    expect(text(judge!.querySelector('.px-outlets'))).toBe(
      // Articles of unknown outlet are named by their title.
      'Missing from “Bukele Responds to Hillary Clinton’s CECOT…”, The Daily Ledger, Gazeta Sur and “Bukele responds to Hillary Clinton about…”',
    );
    expect(text(branded!)).toContain('left out by 3 of 4 other outlets');
    act(() => buttonNamed(judge!, /A federal judge/).click());
    expect(actions.scrollTo).toHaveBeenCalledWith(8);
  });

  it('keeps Shared collapsed, with "in N of M outlets" counts', () => {
    show(readyState());
    const shared = section('shared');
    const details = shared.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(text(shared.querySelector('summary'))).toBe('Shared 2');
    expect(text(shared)).toContain('in 5 of 5 outlets');
    expect(text(shared)).toContain('in 4 of 5 outlets');
  });

  it('names an article once when several of its sentences carry the same fact, with its most similar sentence', () => {
    const report = fixtureReport();
    report.shared[0]!.sources = [
      { id: ID.copy, i: 9, s: 0.31 },
      { id: ID.copy, i: 6, s: 0.64 },
      { id: ID.plain, i: 7, s: 0.5 },
    ];
    show(readyState(report));
    const first = section('shared').querySelector('ol > li')!;
    const items = [...first.querySelectorAll('.px-source-item')];
    expect(items.map((li) => text(li.querySelector('.px-outlet')))).toEqual([
      'Bukele Responds to Hillary Clinton’s CECOT Criticism',
      'The Daily Ledger',
    ]);
    const quoted = [...items[0]!.querySelectorAll('blockquote')].map(text);
    const unit = (i: number) => report.related.find((r) => r.id === ID.copy)!.units.find((u) => u.i === i)!.text.slice(0, 40);
    expect(quoted).toHaveLength(1);
    expect(quoted[0]).toContain(unit(6));
    expect(quoted[0]).not.toContain(unit(9));
  });

  it('shows conflicts here against there, and near-copies with the copied share', () => {
    show(readyState());
    const conflicts = section('conflicts');
    // Out of sample about half of the reported differences are two different things (docs/notes/conf9.md,
    // label16.md): the section says they are possible conflicts and asks the reader to read both sentences.
    expect(text(conflicts.querySelector('h2, h3')!)).toContain('Possible conflicts');
    expect(text(conflicts)).toContain('read both sentences');
    // A report without sides (older): its description without the kind's prefix.
    expect(text(conflicts)).toContain('hundreds vs more than 200');
    expect(text(conflicts)).not.toContain('number:');
    expect(text(conflicts)).toContain('Here');
    expect(text(conflicts)).toContain('more than 200 Venezuelans');
    act(() => buttonNamed(conflicts, /Bukele solidified/).click());
    expect(actions.scrollTo).toHaveBeenCalledWith(7);

    const copies = section('near-copies');
    const items = copies.querySelectorAll('li');
    expect(items).toHaveLength(1);
    expect(text(items[0]!)).toContain("reuses 92% of this article's text");
    expect(text(items[0]!)).toContain('Bukele Responds to Hillary Clinton’s CECOT Criticism');
  });

  it('offers to trace the quotes of this article', () => {
    show(readyState());
    const shared = section('shared');
    const trace = shared.querySelector<HTMLButtonElement>('button[aria-label^="Trace quote"]')!;
    expect(trace.getAttribute('aria-label')).toBe('Trace quote: The only condition is straightforward: it must be everyone.');
    act(() => trace.click());
    expect(actions.trace).toHaveBeenCalledWith('The only condition is straightforward: it must be everyone.');
  });

  it('toggles highlights in the page and explains the marks with a legend', () => {
    show(readyState());
    const toggle = root.querySelector<HTMLInputElement>('input[role="switch"]')!;
    expect(text(toggle.closest('label'))).toBe('Highlight in page');
    expect(toggle.checked).toBe(false);
    act(() => toggle.click());
    expect(actions.setHighlight).toHaveBeenCalledWith(true);
    const legend = root.querySelector('#px-legend')!;
    // The page marks what the cards say: the judge's order is told by nobody, "branded" only by the
    // near-copy 000 (not independent coverage): the two Left-out cards; the two Shared cards.
    expect(text(legend)).toBe('Only in this article or its near-copies (2) Also reported elsewhere (2)');
  });

  it('gives the legend and the sections the same counts: "only in this article" is the part of "Left out by others" no one tells', () => {
    const report = fixtureReport();
    // The Daily Ledger now tells the "branded" sentence: left out by two others, no longer only here.
    report.leftOut[1]!.missingFrom = [ID.spanish, ID.other];
    report.shared.push({ i: 4, text: report.article.units[4]!.text, sources: [{ id: ID.plain, i: 4 }], count: 2, total: 5 });
    // A heading-like unit that no other outlet has but that is no card (not a fact): never marked.
    report.article.units[0]!.coveredBy = [];
    show(readyState(report));
    const legend = text(root.querySelector('#px-legend'));
    const only = Number(legend.match(/Only in this article[^(]*\((\d+)\)/)![1]);
    const elsewhere = Number(legend.match(/Also reported elsewhere \((\d+)\)/)![1]);
    expect(only).toBe(1);
    expect(elsewhere).toBe(section('shared').querySelectorAll('.px-facts > li').length);
    expect(text(section('left-out'))).toContain('Of these 2, 1 is only in this article or its near-copies; the other 1 is told by some of the other outlets.');
    const badges = [...section('left-out').querySelectorAll('.px-badge')].map(text);
    expect(badges.filter((b) => b === 'only here')).toHaveLength(only);
  });

  it('says plainly when no left-out fact is only in this article (not "0 are only in this article")', () => {
    const report = fixtureReport();
    // Each left-out sentence is now told by some other outlet: left out by some, only here by none.
    for (const f of report.leftOut) f.missingFrom = [ID.spanish];
    show(readyState(report));
    const line = text(section('left-out').querySelector('.px-section-split'));
    expect(line).toContain('told by some of the other outlets');
    expect(line).not.toMatch(/\b0 (is|are) only/);
    expect(text(root.querySelector('#px-legend'))).toMatch(/Only in this article[^(]*\(0\)/);
  });

  it('offers to add the page to the corpus, and says when it is already there', () => {
    show(readyState());
    act(() => buttonNamed(root, 'Add this page to the corpus').click());
    expect(actions.addToCorpus).toHaveBeenCalled();

    show(readyState(fixtureReport(), { inCorpus: ID.here }));
    expect(text(root)).toContain('This page is in your corpus');
    expect([...root.querySelectorAll('button')].some((b) => text(b) === 'Add this page to the corpus')).toBe(false);
  });

  it('never turns page or corpus text into HTML', () => {
    const report = fixtureReport();
    const evil = 'Officials said <img src=x onerror="window.__pwned=1"> nothing <b>bold</b>.';
    report.article.title = '<script>window.__pwned=1</script>Title';
    report.leftOut[0]!.text = evil;
    report.added[0]!.text = evil;
    report.related[1]!.outlet = '<i>Outlet</i>';
    show(readyState(report));
    expect(root.querySelector('img, script, b, i')).toBeNull();
    expect(text(section('left-out'))).toContain(evil);
    expect(text(section('added'))).toContain(evil);
    expect(text(root.querySelector('h1'))).toBe('<script>window.__pwned=1</script>Title');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('does not link URLs that are not http(s)', () => {
    show(readyState());
    expect(root.querySelector('a[href^="javascript:"]')).toBeNull();
    // The article stays named, as text.
    expect(text(section('added'))).toContain("Bukele responds to Hillary Clinton about 'brutality' In Cecot");
  });

  it('makes every section a labelled landmark with a heading', () => {
    show(readyState());
    const sections = [...root.querySelectorAll('section[aria-labelledby]')];
    expect(sections.length).toBe(5);
    for (const s of sections) {
      const heading = root.querySelector(`#${s.getAttribute('aria-labelledby')}`);
      expect(heading?.tagName).toBe('H2');
    }
    for (const b of root.querySelectorAll('button')) expect(text(b) || b.getAttribute('aria-label')).toBeTruthy();
  });
});

describe('a fact told elsewhere only by a near-copy of this article', () => {
  it('is no Shared card ("reported by other outlets" would be this article\'s own words), stays Left out, and both counts agree', () => {
    const report = fixtureReport();
    // Unit 4 ("branded…") is told by 000, a near-copy of this article, and by no other outlet.
    report.shared.push({ i: 4, text: report.article.units[4]!.text, sources: [{ id: ID.copy, i: 6 }], count: 1, total: 4 });
    show(readyState(report));
    const shared = section('shared');
    expect(shared.querySelectorAll('.px-facts > li')).toHaveLength(2);
    expect(text(shared)).not.toContain('branded');
    expect(text(section('left-out'))).toContain('branded');
    expect(text(root.querySelector('#px-legend'))).toBe('Only in this article or its near-copies (2) Also reported elsewhere (2)');
    expect(text(root.querySelector('nav[aria-label="Sections of the report"]'))).toContain('Shared 2');
  });
});

describe('a source of unknown outlet with a long title', () => {
  it('is named by the first words of its title on a card, the whole title on hover', () => {
    const title =
      'Residents of the harbour district woke on Tuesday to find the old ferry terminal closed, its gates chained and a notice from the port authority taped to the glass';
    const source = { id: 'x1', title, outlet: 'Unknown outlet', name: '“Residents of the harbour district woke on…”', key: 'x1', copyOf: null, date: null, url: null, relation: 'same-story' as const };
    act(() => render(<SourceName source={source} />, root));
    const name = root.querySelector<HTMLElement>('.px-outlet')!;
    expect(text(name)).toBe('Residents of the harbour district woke on Tuesday to find the old…');
    expect(name.title).toBe(title);
    expect(text(root)).toContain('undated');
  });
});

describe('when each source was published', () => {
  it('dates every source where a card names it, "undated" when it has none', () => {
    show(readyState());
    const added = section('added');
    // 004 is dated Dec 24; the near-copy 000 has no date.
    const items = [...added.querySelectorAll('.px-source-item')].map(text);
    expect(items.some((t) => /Dec(ember)? 24, 2025/.test(t))).toBe(true);
    expect(text(section('near-copies'))).toContain('undated');
    expect(text(root)).not.toMatch(/published \d+ \w+ (earlier|later)/);
  });

  it('says when a source was published months before this article, on its cards and where it is said to leave a fact out', () => {
    const report = fixtureReport();
    report.related.find((r) => r.id === ID.plain)!.date = '2025-05-20';
    report.related.find((r) => r.id === ID.spanish)!.date = '2025-12-27'; // 4 days later: one event's news
    show(readyState(report));
    const shared = section('shared');
    expect(text(shared)).toContain('The Daily Ledger');
    expect(text(shared)).toContain('published 7 months earlier');
    expect(text(section('left-out'))).toContain('The Daily Ledger (published 7 months earlier)');
    expect(text(root)).not.toContain('Gazeta Sur (published');
    expect(text(section('added'))).not.toMatch(/published \d+ \w+ later/);
  });

  it('on an undated article, says so, and says when its related articles lie far apart', () => {
    const report = fixtureReport();
    report.article.date = null;
    report.related.find((r) => r.id === ID.plain)!.date = '2016-03-02';
    report.related.find((r) => r.id === ID.spanish)!.date = '2018-04-05';
    report.related.find((r) => r.id === ID.other)!.date = '2018-04-03';
    show(readyState(report, { article: { ...fixtureArticle(), date: null } }));
    const head = root.querySelector('header')!;
    expect(text(head)).toContain('Fox News · undated');
    expect(text(head)).toMatch(/This article has no date, and its related articles were published 2 years apart \(Mar(ch)? 2, 2016 to Apr(il)? 5, 2018\): some may tell another event\./);
    // No page date: no source is said to be earlier or later than it.
    expect(text(root)).not.toMatch(/published \d+ \w+ (earlier|later)/);

    // Dated sources within a week of each other: no warning.
    report.related.find((r) => r.id === ID.plain)!.date = '2018-04-01';
    show(readyState(report, { article: { ...fixtureArticle(), date: null } }));
    expect(text(root.querySelector('header'))).not.toContain('no date');
  });
});

describe('states', () => {
  it('are said to a screen reader through one polite region that was there before them; the report\'s arrival too; an error is an alert', () => {
    const regions = () => [...root.querySelectorAll('[role="status"], [aria-live]')].filter((el) => !el.closest('.px-tools'));
    show(initialState);
    const [region] = regions();
    expect(regions()).toHaveLength(1);
    let s = reduce(initialState, { type: 'start', tabId: 1, url: null });
    show(s);
    expect(regions()).toEqual([region]);
    expect(text(region!)).toContain('Reading the article on this page');
    show(reduce(s, { type: 'not-article', reason: "this is the site's home page (14 headline links)" }));
    expect(regions()).toEqual([region]);
    expect(text(region!)).toContain(NOT_ARTICLE_MESSAGE);
    show(readyState());
    expect(regions()).toEqual([region]);
    // The header's line under the title, said as the report shows.
    expect(text(root.querySelector('.px-summary'))).toMatch(/^\d+ related articles from \d+ outlets/);
    expect(text(region!)).toBe(`Compared: ${text(root.querySelector('.px-summary'))}.`);
    s = reduce(s, { type: 'error', message: 'The corpus could not be opened.' });
    show(s);
    expect(regions()).toEqual([region]);
    expect(text(region!)).toBe('');
    expect(text(root.querySelector('[role="alert"]'))).toContain('The corpus could not be opened.');
  });

  it('shows progress while extracting and comparing', () => {
    let s = reduce(initialState, { type: 'start', tabId: 1, url: null });
    show(s);
    expect(text(root.querySelector('[role="status"]'))).toContain('Reading the article on this page');
    expect(text(root)).toContain('Step 1 of 3');
    s = reduce(s, { type: 'step', step: 'comparing', detail: 'Looking through 4 articles in your corpus…' });
    show(s);
    expect(text(root)).toContain('Comparing with other coverage');
    expect(text(root)).toContain('Step 3 of 3 — Looking through 4 articles in your corpus…');
    expect(root.querySelector('progress')).not.toBeNull();
  });

  it('says when the page is not a news article', () => {
    const s = reduce(reduce(initialState, { type: 'start', tabId: 1, url: null }), {
      type: 'not-article',
      reason: 'too little text',
    });
    show(s);
    expect(text(root)).toContain(NOT_ARTICLE_MESSAGE);
    expect(NOT_ARTICLE_MESSAGE).toBe('This page does not look like a news article.');
    act(() => buttonNamed(root, 'Check again').click());
    expect(actions.retry).toHaveBeenCalled();
  });

  it('says plainly when the page cannot be reached', () => {
    const s = reduce(initialState, { type: 'unreachable', detail: 'Receiving end does not exist' });
    show(s);
    expect(text(root)).toContain('Parallax cannot read this page.');
    expect(text(root)).toContain('chrome://');
  });

  it('points to the corpus manager when the corpus is empty', () => {
    let s = reduce(initialState, { type: 'start', tabId: 1, url: null });
    s = reduce(s, { type: 'extracted', article: fixtureArticle() });
    s = reduce(s, { type: 'empty-corpus' });
    show(s);
    expect(text(root)).toContain('Your corpus is empty.');
    act(() => buttonNamed(root, 'Open the corpus manager').click());
    expect(actions.openCorpusManager).toHaveBeenCalled();
    act(() => buttonNamed(root, 'Add this page to the corpus').click());
    expect(actions.addToCorpus).toHaveBeenCalled();
  });

  it('points to the corpus manager when nothing related is found', () => {
    const report = fixtureReport();
    const lonely: Report = {
      ...report,
      related: [],
      shared: [],
      added: [],
      leftOut: [],
      conflicts: [],
      article: { ...report.article, units: report.article.units.map((u) => ({ ...u, coveredBy: [] })) },
    };
    show(readyState(lonely));
    expect(text(root)).toContain('No related coverage yet.');
    expect(text(root)).toContain('None of the 5 other articles in your corpus tells this story.');
    expect(root.querySelector('[data-section]')).toBeNull();
    act(() => buttonNamed(root, 'Open the corpus manager').click());
    expect(actions.openCorpusManager).toHaveBeenCalled();

    show(readyState(lonely, { corpusCount: 1, inCorpus: ID.here }));
    expect(text(root)).toContain('This page is the only article in your corpus.');
  });

  it('shows errors with a way to try again', () => {
    const s = reduce(reduce(initialState, { type: 'start', tabId: 1, url: null }), {
      type: 'error',
      message: 'The corpus could not be opened: QuotaExceededError',
    });
    show(s);
    expect(root.querySelector('[role="alert"]')).not.toBeNull();
    expect(text(root)).toContain('The corpus could not be opened: QuotaExceededError');
    act(() => buttonNamed(root, 'Try again').click());
    expect(actions.retry).toHaveBeenCalled();
  });
});

describe('ranked, grouped cards', () => {
  /** The fixture with `n` added facts, ranked by the engine in reverse of their order. */
  function manyAdded(n: number): Report {
    const report = fixtureReport();
    report.added = Array.from({ length: n }, (_, k) => ({
      text: `Added fact number ${k + 1}.`,
      sources: [{ id: ID.spanish, i: 16 }],
      outlets: 1,
      total: 4,
      rank: n - k,
      ...(k === n - 1 ? { why: 'the lead of Gazeta Sur · gives a figure (454)' } : {}),
    }));
    report.added.sort((a, b) => a.rank! - b.rank!);
    return report;
  }

  it('shows the top 5 of a section in the engine\'s rank order, and says why where the engine does', () => {
    show(readyState(manyAdded(12)));
    const added = section('added');
    expect(text(added.querySelector('h2'))).toBe('Others added 12');
    const items = [...added.querySelectorAll('ol > li')];
    expect(items).toHaveLength(5);
    expect(text(items[0]!.querySelector('.px-fact-text'))).toBe('Added fact number 12.');
    expect(text(items[0]!.querySelector('.px-why'))).toBe('Why it ranks high: the lead of Gazeta Sur · gives a figure (454)');
    expect(items[1]!.querySelector('.px-why')).toBeNull();
  });

  it('"Show all N" is a button that opens the whole list and closes it again', () => {
    show(readyState(manyAdded(12)));
    const added = section('added');
    const more = buttonNamed(added, 'Show all 12');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(more.getAttribute('aria-controls')).toBe(added.querySelector('ol')!.id);
    act(() => more.click());
    expect(added.querySelectorAll('ol > li')).toHaveLength(12);
    const less = buttonNamed(added, 'Show the top 5');
    expect(less.getAttribute('aria-expanded')).toBe('true');
    act(() => less.click());
    expect(added.querySelectorAll('ol > li')).toHaveLength(5);
  });

  it('an open long list keeps its close button at hand, and closing it scrolls back to the button', () => {
    show(readyState(manyAdded(40)));
    const added = section('added');
    const scrolled: Element[] = [];
    const had = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'scrollIntoView');
    HTMLElement.prototype.scrollIntoView = function (this: HTMLElement) {
      scrolled.push(this);
    };
    try {
      act(() => buttonNamed(added, 'Show all 40').click());
      expect(scrolled).toEqual([]); // opening moves nothing
      const less = buttonNamed(added, 'Show the top 5');
      expect(less.classList.contains('px-show-all--open')).toBe(true);
      act(() => less.click());
      const more = buttonNamed(added, 'Show all 40');
      expect(more.classList.contains('px-show-all--open')).toBe(false);
      expect(scrolled).toEqual([more]);
    } finally {
      if (had) Object.defineProperty(HTMLElement.prototype, 'scrollIntoView', had);
      else delete (HTMLElement.prototype as { scrollIntoView?: unknown }).scrollIntoView;
    }
  });

  it('a section of 5 or fewer has no "Show all" button', () => {
    show(readyState());
    expect([...section('added').querySelectorAll('button')].some((b) => /Show all/.test(text(b)))).toBe(false);
  });

  it('marks a fact another outlet tells in other words', () => {
    const report = fixtureReport();
    report.shared[1]!.sources = [{ id: ID.plain, i: 4, told: 'differently' }];
    show(readyState(report));
    expect(text(section('shared'))).toContain('Same fact, in other words');
  });

  it('names each article of unknown outlet by its own title, so two are never both "Unknown outlet"', () => {
    show(readyState());
    const names = [...root.querySelectorAll('main .px-source .px-outlet')].map(text);
    expect(names).toContain('Bukele Responds to Hillary Clinton’s CECOT Criticism');
    expect(names).toContain("Bukele responds to Hillary Clinton about 'brutality' In Cecot");
    expect(names).not.toContain('Unknown outlet');
  });
});

describe('after "Compare anyway", "Check again" or "Try again"', () => {
  const URL = 'https://news.example/latest';
  const working = () => reduce(initialState, { type: 'start', tabId: 7, url: URL });
  const refused = () => reduce(working(), { type: 'not-article', reason: "this is the site's home page (14 headline links)" });
  /** The reader presses a state's button from the keyboard: focus on it, then click; the panel starts working. */
  const press = (name: string) => {
    const button = buttonNamed(root, name);
    button.focus();
    expect(document.activeElement).toBe(button);
    act(() => button.click());
    show(working()); // the button is gone with its state
  };

  it('the focus goes to the report\'s first heading (the article\'s title) once it shows, not to the top of the page', () => {
    show(refused());
    press('Compare anyway');
    expect(actions.compareAnyway).toHaveBeenCalledTimes(1);
    show(readyState());
    const h1 = root.querySelector('header h1');
    expect(text(h1)).toBe(fixtureReport().article.title);
    expect(document.activeElement).toBe(h1);
  });

  it('the focus goes to the new state\'s message when the page is refused again, or the comparison fails', () => {
    show(refused());
    press('Check again');
    expect(actions.retry).toHaveBeenCalledTimes(1);
    show(refused());
    expect(text(document.activeElement)).toBe(NOT_ARTICLE_MESSAGE);
    show(reduce(working(), { type: 'error', message: 'The corpus could not be opened.' }));
    press('Try again');
    show(reduce(working(), { type: 'error', message: 'The corpus could not be opened.' }));
    expect(text(document.activeElement)).toBe('The comparison did not work.');
  });

  it('leaves the focus where the reader put it meanwhile, and does not move it on a change the reader did not ask for', () => {
    const elsewhere = document.createElement('button');
    document.body.appendChild(elsewhere);
    try {
      show(refused());
      press('Compare anyway');
      elsewhere.focus();
      show(readyState());
      expect(document.activeElement).toBe(elsewhere);
      // A new page loaded by itself (the reader followed a link): the focus stays on the page's body.
      elsewhere.blur();
      show(working());
      show(refused());
      expect(document.activeElement).toBe(document.body);
    } finally {
      elsewhere.remove();
    }
  });
});
