// @vitest-environment happy-dom
/**
 * Issue 11 items 2 and 4, as a reader sees them: an article whose outlet is unknown is named by its
 * own short title (never a row of identical "Unknown outlet"s) and is a source of its own in counts;
 * the same wire story in several outlets (near-copies) is one source in "in N of M outlets" and is
 * shown as "near-copy of …". One function names sources (lib/outlets.ts sourceLabel) and one keys
 * them (sourceKey); the report, the side panel, the trace and the CLI use them.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { Sidebar, type SidebarActions } from '../../components/sidebar/Sidebar';
import { TraceView } from '../../components/sidebar/TraceView';
import { compareArticle, MemoryIndex } from '../../lib/engine';
import { copyOfEach, nearCopyPairs, sourceGroupKeys } from '../../lib/engine/copy';
import { shortTitle, sourceKey, sourceLabel, sourceLabels } from '../../lib/outlets';
import { groupBySource, traceQuote } from '../../lib/quotes/trace';
import { buildView, outletList, relatedSummary } from '../../lib/sidebar/view';
import { initialState, reduce } from '../../lib/sidebar/store';
import type { Article, Report } from '../../lib/types';
import { byPrefix, loadSet } from '../data/engine/fixtures';
import { mountPoint } from './dom-helpers';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('sourceLabel / sourceKey', () => {
  it.each([
    [{ outlet: 'Reuters', title: 'Ferry sinks', id: 'a' }, 'Reuters'],
    [{ outlet: '  Radio Sur ', title: 'x', id: 'a' }, 'Radio Sur'],
    [{ outlet: null, title: 'Trump Caves To Democrats, Agrees To Reopen The Government', id: 'a' }, '“Trump Caves To Democrats, Agrees To…”'],
    [{ outlet: '', title: 'Short title', id: 'a' }, '“Short title”'],
    // A title that is a quotation keeps one pair of marks (audit70: the panel read ““This is just not what happens…”).
    [{ outlet: null, title: '“This is just not what happens to a person on a cross,” said a forensic investigator', id: 'a' }, '“This is just not what happens…”'],
    [{ outlet: null, title: '"Fire!"', id: 'a' }, '“Fire!”'],
    [{ outlet: null, title: '   ', id: 'x17' }, 'article x17'],
  ])('%o → %s', (a, label) => expect(sourceLabel(a)).toBe(label));

  it('one outlet is one key whatever its spelling; each unknown-outlet article is its own key', () => {
    expect(sourceKey({ outlet: 'The  Guardian', id: 'a' })).toBe(sourceKey({ outlet: 'the guardian', id: 'b' }));
    expect(sourceKey({ outlet: null, id: 'a' })).not.toBe(sourceKey({ outlet: null, id: 'b' }));
    expect(sourceKey({ outlet: ' ', id: 'a' })).toBe(sourceKey({ outlet: null, id: 'a' }));
  });

  it('an article stored with its outlet as a known host reads as that outlet, one source with its pages', () => {
    expect(sourceLabel({ outlet: 'foxnews.com', title: 'x', id: 'a' })).toBe('Fox News');
    expect(sourceKey({ outlet: 'news.bbc.co.uk', id: 'a' })).toBe(sourceKey({ outlet: 'BBC', id: 'b' }));
    // A host the table does not know stays as it was stored.
    expect(sourceLabel({ outlet: 'citynotes.example', title: 'x', id: 'a' })).toBe('citynotes.example');
  });

  it('two unknown-outlet articles never read the same, even with the same first words or the same title', () => {
    const items = [
      { id: 'a', outlet: null, title: 'Storm closes the port of Valmora for two days' },
      { id: 'b', outlet: null, title: 'Storm closes the port of Valmora for a week' },
      { id: 'c', outlet: null, title: 'Storm closes the port of Valmora for a week' },
      { id: 'd', outlet: 'Radio Sur', title: 'Storm closes the port of Valmora for a week' },
      { id: 'e', outlet: 'Radio Sur', title: 'Another story' },
    ];
    const labels = sourceLabels(items);
    expect(labels[0]).toBe('“Storm closes the port of Valmora for two days”');
    expect(new Set(labels.slice(0, 3)).size).toBe(3);
    expect(labels[1]).toContain('(b)');
    // One outlet is one source: its articles share its name.
    expect(labels[3]).toBe('Radio Sur');
    expect(labels[4]).toBe('Radio Sur');
    expect(shortTitle('One two three four five six seven')).toBe('One two three four five six…');
  });
});

describe('near-copies grouped as one source', () => {
  const wire = 'The port of Valmora will stay closed until Friday after a storm damaged two cranes, the harbour master said on Tuesday. Ships were told to wait offshore. Dock workers were sent home with pay while engineers inspect the quay.';
  const own = 'Valmora residents cleared fallen trees on Tuesday as the storm moved north. The mayor said schools would reopen on Thursday.';
  const art = (id: string, outlet: string | null, body: string, date: string | null = null) => ({
    id,
    outlet,
    date,
    units: body.split(/(?<=\.)\s+/).map((t, i) => ({ i, text: t })),
  });

  it('joins copies of one wire story transitively, and outlets by name; the later copy points at the original', () => {
    const items = [
      art('read', 'Coastline Daily', own),
      art('ap1', 'Harbor Watch Wire', wire, '2026-03-10'),
      art('ap2', 'Radio Sur', wire + ' Radio Sur adds a line of its own at the end.', '2026-03-11'),
      art('ap3', null, 'Reporting by our desk. ' + wire, '2026-03-12'),
      art('other', 'Coastline Daily', 'A second piece from the same outlet on the storm. The storm damaged two cranes in the night.'),
    ];
    const pairs = nearCopyPairs(items as unknown as Article[]);
    expect(pairs.map((p) => `${p.a}-${p.b}`)).toEqual(['1-2', '1-3', '2-3']);
    const keys = sourceGroupKeys(items, pairs);
    expect(new Set(keys.slice(1, 4)).size).toBe(1); // three outlets, one wire story: one source
    expect(keys[4]).toBe(keys[0]); // same outlet as the article read
    expect(new Set(keys).size).toBe(2);
    expect(copyOfEach(items, pairs)).toEqual([null, null, 'ap1', 'ap1', null]);
  });

  it('a copy dated before its partner is the original, whatever the order', () => {
    const items = [art('late', 'A', wire, '2026-03-12'), art('early', 'B', wire + ' Extra words here for once.', '2026-03-10')];
    expect(copyOfEach(items, nearCopyPairs(items as unknown as Article[]))).toEqual(['early', null]);
  });
});

let harbor: Article[];
let h4: Report;
beforeAll(async () => {
  harbor = await loadSet('harbor');
  h4 = await compareArticle(byPrefix(harbor, 'h4'), new MemoryIndex(harbor));
});

describe('a report with a wire story run by two outlets (harbor: h2 Harbor Watch Wire, h1 Coastline Daily)', () => {
  it('counts the wire and its copy once: the spill is in 3 of 3 outlets, not 4 of 4', () => {
    const spill = h4.shared.find((f) => /12,000 liters/.test(f.text))!;
    expect(spill.sources.map((s) => s.id.slice(0, 2)).sort()).toEqual(['h1', 'h2', 'h3']);
    expect(spill.count).toBe(3); // Radio Sur, the wire story (h1 + h2), The Valmora Tribune
    expect(spill.total).toBe(3);
    const h1 = h4.related.find((r) => r.id.startsWith('h1'))!;
    const h2 = h4.related.find((r) => r.id.startsWith('h2'))!;
    expect(h1.sourceKey).toBe(h2.sourceKey);
    expect([h1.copyOf, h2.copyOf].filter(Boolean)).toHaveLength(1);
    for (const f of h4.added) expect(f.outlets!).toBeLessThanOrEqual(f.total!);
    for (const f of h4.added) expect(f.total).toBe(2);
  });

  it('the view says "near-copy of …" and counts the pair as one outlet', () => {
    const view = buildView(h4);
    expect(view.relatedCount).toBe(3);
    expect(view.outletCount).toBe(2);
    expect(relatedSummary(view)).toBe('3 related articles from 2 outlets, near-copies counted once');
    const copy = view.sources.find((s) => s.copyOf)!;
    expect(['Coastline Daily', 'Harbor Watch Wire']).toContain(copy.copyOf);
    expect(copy.copyOf).not.toBe(copy.name);
    for (const item of view.added) expect(item.count).toBeLessThanOrEqual(item.total);
  });

  it('the side panel shows it', () => {
    const root = document.createElement('div');
    document.body.append(root);
    let s = reduce(initialState, { type: 'start', tabId: 1, url: null });
    s = reduce(s, { type: 'extracted', article: byPrefix(harbor, 'h4') });
    s = reduce(s, { type: 'corpus', count: 5, inCorpus: null });
    s = reduce(s, { type: 'report', report: h4 });
    const actions = new Proxy({}, { get: () => vi.fn() }) as unknown as SidebarActions;
    act(() => render(<Sidebar state={s} actions={actions} />, root));
    expect(text(root.querySelector('.px-summary'))).toBe('3 related articles from 2 outlets, near-copies counted once');
    expect(text(root)).toMatch(/near-copy of (Coastline Daily|Harbor Watch Wire)/);
    render(null, root);
    root.remove();
  });
});

describe('unknown outlets in the report and the trace', () => {
  const unknown = () => harbor.map((a) => (a.id.startsWith('h5') ? a : { ...a, outlet: null }));

  it('"Missing from" names each unknown-outlet article by its title and counts each as an outlet', async () => {
    const arts = unknown();
    const r = await compareArticle(byPrefix(arts, 'h3'), new MemoryIndex(arts));
    const view = buildView(r);
    // h1 and h2 are copies (one source); h4 is another: 2 other outlets, never 1.
    expect(view.outletCount).toBe(2);
    const names = view.sources.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.every((n) => n.startsWith('“'))).toBe(true);
    for (const item of view.leftOut) {
      const list = outletList(item.missingFrom);
      expect(list).not.toContain('Unknown outlet');
      expect(item.count).toBe(new Set(item.missingFrom.map((m) => m.key)).size);
    }
  });

  it('a trace counts each unknown-outlet article as its own outlet, and a wire copy with its original', async () => {
    const arts = unknown();
    const h1 = byPrefix(arts, 'h1');
    const q = h1.quotes.find((x) => x.kind === 'direct' && x.text.split(/\s+/).length >= 6);
    expect(q, 'h1 has a direct quote').toBeTruthy();
    const t = await traceQuote(q!.text, new MemoryIndex(arts), { from: byPrefix(arts, 'h3') });
    const ids = new Set(t.occurrences.map((o) => o.id.slice(0, 2)));
    expect(ids.has('h1') && ids.has('h2')).toBe(true);
    const groups = groupBySource(t.occurrences);
    // h1 and h2 (the wire and its copy) are one source; every other article its own.
    expect(groups.length).toBe(ids.size - 1);
    expect(groups.map((g) => g.outlet).every((n) => n !== 'Unknown outlet')).toBe(true);
  });
});

const mount = mountPoint();

describe('TraceView heading', () => {
  it('"Found in 4 places, 4 outlets" when four articles of unknown outlet carry the quote', () => {
    const occ = (id: string, title: string) => ({
      id,
      title,
      outlet: null,
      date: null,
      url: null,
      text: 'it must be everyone',
      kind: 'exact' as const,
      score: 1,
      i: 0,
      speaker: null,
      diff: [{ op: 'equal' as const, text: 'it must be everyone' }],
    });
    const trace = {
      quote: 'it must be everyone',
      speaker: null,
      occurrences: [occ('a', 'Bukele responds to Clinton'), occ('b', 'Bukele pushes back'), occ('c', 'In a succinct message'), occ('d', 'President Bukele of El Salvador')],
      origin: null,
    };
    act(() => render(<TraceView trace={trace} loading={false} error={null} onBack={vi.fn()} />, mount()));
    expect(text(mount().querySelector('.px-tr-subheading'))).toBe('Found in 4 places, 4 outlets');
    expect([...mount().querySelectorAll('.px-tr-outlet-name')].map(text)).toEqual([
      '“Bukele responds to Clinton”',
      '“Bukele pushes back”',
      '“In a succinct message”',
      '“President Bukele of El Salvador”',
    ]);
  });
});

describe('copy shares computed once per story', () => {
  it('equal copiedShares for every pair, and nearCopyPairs finds exactly the pairs isNearCopy accepts', async () => {
    const { copiedShares, isNearCopy, storySources } = await import('../../lib/engine/copy');
    const seeds = await loadSet('seeds');
    for (const set of [seeds, harbor, [...seeds, ...harbor]]) {
      const [read, ...rest] = set;
      const s = storySources(read!, rest);
      rest.forEach((r, k) => expect(s.withRead[k]).toEqual(copiedShares(read!, r)));
      const brute: string[] = [];
      for (let a = 0; a < set.length; a++) for (let b = a + 1; b < set.length; b++) if (isNearCopy(copiedShares(set[a]!, set[b]!))) brute.push(`${a}-${b}`);
      expect(nearCopyPairs(set).map((p) => `${p.a}-${p.b}`)).toEqual(brute);
    }
  });
});
