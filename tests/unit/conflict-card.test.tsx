// @vitest-environment happy-dom
/**
 * The conflict card names both outlets and gives each its figure or wording ("Tribune: Three ·
 * Coastline: Two"), without the kind's prefix ("number:"), and marks the words of a quote that differ
 * in words, not colour alone ([removed: …] / [added: …], struck through / underlined). Reports made
 * by the engine from text written for the tests (lib/engine/conflicts.ts describeConflicts).
 */
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ConflictsSection, type FactCallbacks } from '../../components/sidebar/Sections';
import { compareArticle, MemoryIndex } from '../../lib/engine';
import { extractQuotes } from '../../lib/quotes/extract';
import { buildView } from '../../lib/sidebar/view';
import type { Article, Report } from '../../lib/types';
import { sentenceArticle } from '../data/engine/sentence-article';
import { mountPoint } from './dom-helpers';

const story = (id: string, outlet: string, injured: string, quote: string): Article => {
  const a = sentenceArticle(
    id,
    [
      'The cargo ship Meridian ran aground off the port of Valmora late on Tuesday night after losing power in a storm.',
      `${injured} crew members were injured when the vessel struck a sandbank and were taken to the city hospital.`,
      quote,
      'Salvage teams began pumping fuel from the damaged hull of the Meridian on Wednesday morning.',
      'The port authority said ferries to the islands would leave from the northern terminal until further notice.',
    ],
    { outlet, title: `Cargo ship Meridian runs aground off Valmora (${outlet})` },
  );
  return { ...a, quotes: extractQuotes(a) };
};

async function report(): Promise<Report> {
  const a = story('tribune', 'Tribune', 'Three', '“The channel will stay closed until the hull is stable and nothing more is leaking,” harbour master Ana Ruiz said.');
  const b = story('coastline', 'Coastline', 'Two', '“The channel will remain closed until the hull is stable and nothing more is leaking,” harbour master Ana Ruiz said.');
  return compareArticle(a, new MemoryIndex([a, b]));
}

const mount = mountPoint();
const cb: FactCallbacks = { onShow: () => undefined, onTrace: () => undefined, quotesAt: () => [], scroll: null };
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the conflict card', () => {
  it('names both outlets with their figure and their wording of the quote', async () => {
    const r = await report();
    expect(r.conflicts.map((c) => [c.kind, c.here.i])).toEqual([
      ['number', 1],
      ['quote', 2],
    ]);
    expect(r.conflicts[0]!.sides).toEqual([{ id: 'coastline', i: 1, here: 'Three', there: 'Two' }]);

    // No owner of the crew's count is named on either side (conf37): a figure to check, after the quote.
    expect(r.conflicts[0]!.check).toBe(true);
    expect(r.conflicts[1]!.check).toBeUndefined();

    const view = buildView(r);
    act(() => render(<ConflictsSection items={view.conflicts} cb={cb} />, mount()));
    const cards = [...mount().querySelectorAll('li.px-fact')];
    expect(cards).toHaveLength(2);
    const figures = text(cards[1]!.querySelector('.px-conflict-about'));
    expect(figures).toBe('check Different figures, maybe not of one thing: Tribune: Three · Coastline: Two');
    expect(text(cards[1]!)).not.toMatch(/number:/);

    const quote = cards[0]!.querySelector('.px-conflict-about')!;
    expect(text(quote)).toContain('differs Quoted in different words');
    const lines = [...quote.querySelectorAll('.px-conflict-wording')].map(text);
    expect(lines[0]).toBe('Tribune: “The channel will stay closed until the hull is stable and nothing more is leaking”');
    expect(lines[1]).toBe('Coastline: “The channel will [removed: stay ][added: remain ]closed until the hull is stable and nothing more is leaking”');
    // Marked by more than colour: struck through and underlined elements.
    expect(text(quote.querySelector('del'))).toBe('[removed: stay ]');
    expect(text(quote.querySelector('ins'))).toBe('[added: remain ]');
    // The sentences stay below, this article's first.
    expect(text(cards[0]!)).toContain('Here');
    expect(text(cards[0]!)).toContain('There');
  });

  it('states figures that name one owner as differing, first, and keeps the report order otherwise', async () => {
    const r = await report();
    // The same report with the crew's count read as owned on both sides: a plain "differs", in the report's order.
    const owned: Report = { ...r, conflicts: r.conflicts.map(({ check: _check, ...c }) => c) };
    const view = buildView(owned);
    expect(view.conflicts.map((c) => [c.kind, c.check ?? false])).toEqual([
      ['number', false],
      ['quote', false],
    ]);
    act(() => render(<ConflictsSection items={view.conflicts} cb={cb} />, mount()));
    const first = mount().querySelector('li.px-fact .px-conflict-about');
    expect(text(first)).toBe('differs Tribune: Three · Coastline: Two');
  });
});
