// @vitest-environment happy-dom
/**
 * ui63: one sentence of this article standing both in Left out and in Shared says why on each card (audit62 §4 cause 7):
 * the Left-out card "Told by X: that is why it is in Shared too" (a marked one: "That is why it is in Shared too", its
 * line above naming who tells the rest), the Shared card "Missing from Y[, and in part from Z]: see Left out by others".
 * A sentence in one section only says nothing of the kind. Reports are the engine's own, on stories written for the
 * tests (tests/unit/clausecard-card.test.tsx's deal told by three outlets; the flood story against a near-copy); the view is buildView's.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { LeftOutSection, SharedSection, type FactCallbacks } from '../../components/sidebar/Sections';
import { buildView, inLeftOutLead, inSharedLead, type Source } from '../../lib/sidebar/view';
import { FLOOD_STORY as story, longArticle as long, TWO_FACTS } from '../data/engine/flood-story';
import { reportAgainst } from '../data/engine/report-against';
import { dealStory } from '../data/engine/sentence-article';
import { mountPoint } from './dom-helpers';

const cb: FactCallbacks = { onShow: () => {}, onTrace: () => {}, quotesAt: () => [], scroll: null };
const mount = mountPoint();

const { gazette, tribune, herald } = dealStory();
const STORIES = {
  deal: () => reportAgainst(gazette, [tribune, herald]),
  'deal, Tribune alone': () => reportAgainst(gazette, [tribune]),
  /** The flood story against a near-copy of it: a near-copy's telling is not "reported by other outlets" (not in Shared). */
  'flood, near-copy': () =>
    reportAgainst(long('gazette', [story[0]!, story[1]!, TWO_FACTS, story[3]!, 'A bakery in Dorval gave four hundred loaves.'], 1), [long('tribune', story, 2)]),
};

/** The "why in both" line of the card with this sentence in this section, or null when the card has none. */
function lineOf(report: ReturnType<typeof reportAgainst>, section: 'left-out' | 'shared', sentence: string): string | null {
  const view = buildView(report);
  act(() =>
    render(
      section === 'left-out' ? <LeftOutSection items={view.leftOut} cb={cb} /> : <SharedSection items={view.shared} cb={cb} />,
      mount(),
    ),
  );
  const card = [...mount().querySelectorAll('li.px-fact')].find((li) => li.querySelector('.px-here')!.textContent!.replace(/\[[^\]:]*: |\]/g, '').includes(sentence));
  expect(card, `a ${section} card for "${sentence}"`).toBeDefined();
  return card!.querySelector('.px-twin')?.textContent ?? null;
}

describe('a sentence in Left out and in Shared says why on both cards', () => {
  it.each([
    // [story, section, the card's sentence, the line a reader reads (null: none)]
    ['deal', 'left-out', 'close in the second quarter', 'Told by Tribune: that is why it is in Shared too.'],
    ['deal', 'shared', 'close in the second quarter', 'Missing from Herald: see Left out by others.'],
    ['deal', 'left-out', 'The deal cost Orvanta', 'That is why it is in Shared too.'],
    ['deal', 'shared', 'The deal cost Orvanta', 'Missing from Herald, and in part from Tribune: see Left out by others.'],
    ['deal, Tribune alone', 'left-out', 'The deal cost Orvanta', 'That is why it is in Shared too.'],
    ['deal, Tribune alone', 'shared', 'The deal cost Orvanta', 'Missing in part from Tribune: see Left out by others.'],
    // Told by both other outlets (Shared only), told by none (Left out only), told by a near-copy only: no line.
    ['deal', 'shared', 'Kestrel builds small servers', null],
    ['flood, near-copy', 'left-out', 'bakery in Dorval', null],
    ['flood, near-copy', 'left-out', 'The mayor ordered the evacuation', null],
  ] as const)('%s, %s: "%s…" reads %j', (name, section, sentence, line) => {
    expect(lineOf(STORIES[name](), section, sentence)).toBe(line);
  });

  it('never names on the line an outlet the card itself says lacks the whole sentence (the engine aligns it and calls it missing)', () => {
    const src = (name: string): Source => ({ id: name.toLowerCase(), title: name, outlet: name, name, key: name, copyOf: null, date: null, url: null, relation: 'same-story' });
    const [t, h] = [src('Tribune'), src('Herald')];
    // What buildView gives when the Herald is both aligned with the sentence and said to lack all of it: named nowhere.
    expect(inSharedLead({ toldBy: [t] })).toBe('Told by Tribune: that is why it is in Shared too.');
    expect(inSharedLead({ toldBy: [] })).toBeNull();
    expect(inLeftOutLead({ missing: { whole: [], part: [] } })).toBeNull();
    expect(inLeftOutLead({ missing: { whole: [h], part: [] } })).toBe('Missing from Herald: see Left out by others.');
  });
});
