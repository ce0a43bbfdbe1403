// @vitest-environment happy-dom
/**
 * ui14: an *Others added* or *Left out* card rests on an absence; it says which sentence of the other
 * side comes closest, so the reader can check it (lib/engine/report.ts `nearestUnit`, lib/sidebar/view.ts
 * `closestLines`, components/sidebar/Sections.tsx). A story written for the test: the Gazette says
 * Orvanta closes its Millbrook plant, the Herald that Orvanta moves its Millbrook design office —
 * two facts sharing the story's words — and each has a sentence the other lacks entirely.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { AddedSection, LeftOutSection, type FactCallbacks } from '../../components/sidebar/Sections';
import { buildView, closestHint, closestLines, closestSummary, CLOSEST_RULE } from '../../lib/sidebar/view';
import { compareArticle, MemoryIndex } from '../../lib/engine/index';
import type { Report } from '../../lib/types';
import { loadSet } from '../data/engine/fixtures';
import { reportAgainst } from '../data/engine/report-against';
import { sentenceArticle } from '../data/engine/sentence-article';
import { mountPoint } from './dom-helpers';

const art = (id: string, s: string[]) => sentenceArticle(id, s, { outlet: id[0]!.toUpperCase() + id.slice(1), date: '2012-03-01' });
const PLANT = 'Orvanta will close its Millbrook assembly plant in March, cutting 300 jobs.';
const OFFICE = 'Orvanta also plans to move its Millbrook design office to Denver next year.';
const STAFF = 'The Millbrook office employs 40 designers, Orvanta said.';
const ROWING = 'A lakeside stadium will host the national rowing finals next June.';
const gazette = art('gazette', [
  'Chip maker Orvanta agreed on Wednesday to buy the server start-up Kestrel Systems for $410 million.',
  'Kestrel builds small servers that use far less power than racks of standard machines.',
  PLANT,
  'Orvanta expects the purchase to close in the second quarter of the year.',
  ROWING,
]);
const herald = art('herald', [
  'Orvanta will buy server start-up Kestrel Systems for $410 million, the chip maker said on Wednesday.',
  'Kestrel servers use far less power than standard machines, the company says.',
  OFFICE,
  STAFF,
  'The purchase should close in the second quarter, Orvanta said.',
  'Analysts said the move puts Orvanta in direct competition with larger rivals in data centres.',
]);
const report = reportAgainst(gazette, [herald]);
const leftOut = (text: string) => report.leftOut.find((l) => l.text === text)!;
const added = (text: string) => report.added.find((a) => a.text === text)!;

describe('the report names the nearest sentence of the other side (display only)', () => {
  it('a left-out sentence: per article leaving it out, that article’s sentence sharing the most with it', () => {
    const plant = leftOut(PLANT);
    expect(plant.missingFrom).toEqual(['herald']);
    expect(plant.closest).toHaveLength(1);
    expect(plant.closest![0]).toMatchObject({ id: 'herald', i: 2 }); // the design office, not the lead or the staff count
    expect(herald.units[plant.closest![0]!.i]!.text).toBe(OFFICE);
  });

  it('an added sentence: this article’s sentence nearest to it, and the nearer of two added sentences scores higher', () => {
    const office = added(OFFICE);
    const staff = added(STAFF);
    expect(office.closest?.i).toBe(2);
    expect(staff.closest?.i).toBe(2);
    expect(gazette.units[2]!.text).toBe(PLANT);
    expect(office.closest!.s).toBeGreaterThan(staff.closest!.s);
    // The same pair read from both sides has one similarity.
    expect(office.closest!.s).toBe(leftOut(PLANT).closest![0]!.s);
  });

  it('on every reading of the seeds, each closest sentence is a fact unit of the article it names, with 0 < s ≤ 1', async () => {
    const seeds = await loadSet('seeds');
    let lines = 0;
    for (const a of seeds) {
      const r = await compareArticle(a, new MemoryIndex(seeds.filter((b) => b !== a)));
      const units = new Map(r.related.map((x) => [x.id, x.units]));
      for (const l of r.leftOut) {
        for (const c of l.closest ?? []) {
          expect(l.missingFrom).toContain(c.id);
          expect(units.get(c.id)![c.i]!.fact).not.toBe(false);
          expect(c.s).toBeGreaterThan(0);
          expect(c.s).toBeLessThanOrEqual(1);
          lines++;
        }
      }
      for (const f of r.added) {
        if (!f.closest) continue;
        expect(r.article.units[f.closest.i]!.fact).not.toBe(false);
        expect(f.closest.s).toBeGreaterThan(0);
        lines++;
      }
    }
    expect(lines).toBeGreaterThan(20);
  });
});

describe('the view shows a closest line only where the fitted rule keeps it', () => {
  const view = buildView(report);
  const item = <T extends { text: string }>(xs: T[], text: string) => xs.find((x) => x.text === text)!;

  it('a near sentence is shown; a far one (nothing of the story in common) is not', () => {
    expect(leftOut(PLANT).closest![0]!.s).toBeGreaterThanOrEqual(CLOSEST_RULE.cut);
    expect(item(view.leftOut, PLANT).closest?.map((s) => [s.source.name, s.text])).toEqual([['Herald', OFFICE]]);
    expect(item(view.added, OFFICE).closest).toEqual({ i: 2, text: PLANT });
    // The rowing finals share nothing with the Herald's sentences: the nearest is far below the cut.
    expect(leftOut(ROWING).closest?.[0]?.s ?? 0).toBeLessThan(CLOSEST_RULE.cut);
    expect(item(view.leftOut, ROWING).closest).toBeUndefined();
    expect(added(STAFF).closest!.s).toBeLessThan(CLOSEST_RULE.cut);
    expect(item(view.added, STAFF).closest).toBeUndefined();
  });

  const related = (id: string, outlet: string, units: string[], matched: number[] = []) => ({
    id,
    title: id,
    outlet,
    date: null,
    url: `https://${id}.example/story`,
    score: 0.9,
    relation: 'same-story' as const,
    copied: { ofThis: 0, ofThat: 0 },
    units: units.map((text, i) => ({ i, text, matches: matched.includes(i) ? [0] : [] })),
  });
  const written: Report = {
    article: { id: 'x', title: 'X', outlet: 'Gazette', date: null, url: null, units: [{ i: 0, text: 'Four boats sank in the bay on Monday, and two crew were missing.', coveredBy: [] }] },
    related: [
      related('t1', 'Tribune', ['Boats went down in the bay.', 'Crews searched the bay.']),
      related('t2', 'Tribune', ['Four boats were lost on Monday.']),
      related('h1', 'Herald', ['The harbour reopened on Tuesday.', 'Two boats sank on Monday.'], [1]),
    ],
    shared: [],
    added: [
      { text: 'A second storm is due on Friday.', sources: [{ id: 't1', i: 1 }], closest: { i: 0, s: 0.3 } },
      { text: 'Four boats sank, the Tribune said, near the pier.', sources: [{ id: 't2', i: 0 }], novel: [{ start: 39, end: 48 }], closest: { i: 0, s: 0.5 } },
    ],
    leftOut: [
      {
        i: 0,
        text: 'Four boats sank in the bay on Monday, and two crew were missing.',
        missingFrom: ['t1', 't2', 'h1'],
        novel: [{ start: 38, end: 63 }],
        partly: [{ id: 'h1', novel: [{ start: 38, end: 63 }] }],
        closest: [
          { id: 't1', i: 0, s: 0.2 },
          { id: 't2', i: 0, s: 0.4 },
          { id: 'h1', i: 1, s: 0.6 },
        ],
      },
    ],
    conflicts: [],
  };

  it('one line per outlet lacking the whole sentence (its nearer article), none for an outlet that tells the rest', () => {
    const v = buildView(written);
    // The Herald tells the rest (it lacks only the marked part): no line. The Tribune's two articles: the nearer one.
    expect(v.leftOut[0]!.closest?.map((s) => [s.source.name, s.source.id, s.text])).toEqual([['Tribune', 't2', 'Four boats were lost on Monday.']]);
    expect(closestSummary(v.leftOut[0]!)).toBe('Closest in Tribune');
    // Lines are read off the report: rule null gives every whole-sentence line with its flag.
    expect(closestLines(written, written.leftOut[0]!, null).map((l) => [l.id, l.free])).toEqual([
      ['t1', true],
      ['t2', true],
    ]);
  });

  it('an added card: shown for a whole new sentence, not for a marked one (this article tells the rest); `free` reads the alignment', () => {
    const v = buildView(written);
    expect(v.added.find((a) => a.text.startsWith('A second storm'))!.closest).toEqual({ i: 0, text: written.article.units[0]!.text });
    expect(v.added.find((a) => a.text.startsWith('Four boats sank'))!.closest).toBeUndefined();
    expect(closestLines(written, written.added[0]!, null)).toEqual([{ id: 't1', i: 0, s: 0.3, free: true }]);
    // A unit here aligned with a sentence of the card's article tells that other fact: not free.
    const aligned: Report = { ...written, related: [related('t1', 'Tribune', ['Boats went down in the bay.', 'Crews searched the bay.'], [0]), ...written.related.slice(1)] };
    expect(closestLines(aligned, written.added[0]!, null)[0]!.free).toBe(false);
  });

  it('an older report (no closest) shows no line and reads as before', () => {
    const older: Report = { ...written, added: written.added.map(({ closest: _c, ...a }) => a), leftOut: written.leftOut.map(({ closest: _c, ...l }) => l) };
    const v = buildView(older);
    expect(v.leftOut[0]!.closest).toBeUndefined();
    expect(v.added.every((a) => a.closest === undefined)).toBe(true);
    expect(v.leftOut[0]!.wholeFrom?.map((s) => s.id)).toEqual(['t1', 't2']);
  });
});

describe('the card draws the line collapsed, linked like the other sentences', () => {
  const mount = mountPoint();
  const show = (vnode: preact.ComponentChild) => act(() => render(vnode, mount()));
  const cardOf = (text: string) => [...mount().querySelectorAll('li.px-fact')].find((li) => li.querySelector('.px-here-text, .px-fact-text')?.textContent === text) as HTMLElement | undefined;
  const view = buildView(report);

  it('left out: "Closest in Herald", closed until opened, with the Herald’s sentence under its linked name', () => {
    show(<LeftOutSection items={view.leftOut} cb={{ onShow: () => {}, onTrace: () => {}, quotesAt: () => [], scroll: null }} />);
    const card = cardOf(PLANT)!;
    const details = card.querySelector('details.px-closest') as HTMLDetailsElement;
    expect(details).not.toBeNull();
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')!.textContent).toBe('Closest in Herald');
    expect(details.querySelector('.px-closest-hint')!.textContent).toBe(closestHint('left-out', 1));
    expect(details.querySelector('blockquote.px-sentence')!.textContent).toBe(OFFICE);
    expect(details.querySelector('.px-source')!.textContent).toContain('Herald');
    // The far card has no line at all.
    expect(cardOf(ROWING)!.querySelector('details.px-closest')).toBeNull();
  });

  it('added: "Closest in this article" holds a button that takes the reader to that sentence in the page', () => {
    const shown: number[] = [];
    show(<AddedSection items={view.added} cb={{ onShow: (i) => shown.push(i), onTrace: () => {}, quotesAt: () => [], scroll: null }} />);
    const card = cardOf(OFFICE)!;
    const details = card.querySelector('details.px-closest')!;
    expect(details.querySelector('summary')!.textContent).toBe('Closest in this article');
    const button = details.querySelector('button.px-here') as HTMLButtonElement;
    expect(button.textContent).toContain(PLANT);
    act(() => button.click());
    expect(shown).toEqual([2]);
    expect(cardOf(STAFF)!.querySelector('details.px-closest')).toBeNull();
  });
});
