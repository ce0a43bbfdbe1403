// @vitest-environment happy-dom
/**
 * hedge67: an Added card whose fact this article may tell in other words — the card's words are here, spread over its
 * sentences, though no one sentence aligns with it (rank.ts `MAY_TELL`, fitted on the dev card sheets) — keeps its
 * place and says "This article may tell it in other words." instead of standing as a plain absence; a card whose words
 * are not here says nothing. Reports are the engine's own on the deal story (tests/data/engine/sentence-article.ts),
 * with one line added to the Tribune; the view is buildView's, drawn by Sections.
 */
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { AddedSection, type FactCallbacks } from '../../components/sidebar/Sections';
import { buildView } from '../../lib/sidebar/view';
import { reportAgainst } from '../data/engine/report-against';
import { dealStory, sentenceArticle } from '../data/engine/sentence-article';
import { mountPoint } from './dom-helpers';

const cb: FactCallbacks = { onShow: () => {}, onTrace: () => {}, quotesAt: () => [], scroll: null };
const mount = mountPoint();
const { gazette, tribune, herald } = dealStory();

/** The lines under the Added card of this sentence when the Tribune also prints `extra` (null: none). */
function linesOf(extra: string, sentence: string): string | null {
  const t = sentenceArticle('tribune', [...tribune.units.map((u) => u.text), extra], { outlet: 'Tribune', date: '2012-03-01' });
  act(() => render(h(AddedSection, { items: buildView(reportAgainst(gazette, [t, herald])).added, cb }), mount()));
  const card = [...mount().querySelectorAll('li.px-fact')].find((li) => li.querySelector('.px-fact-text')!.textContent!.includes(sentence));
  expect(card, `an Added card for "${sentence}"`).toBeDefined();
  return [...card!.querySelectorAll('.px-twin')].map((p) => p.textContent).join(' / ') || null;
}

describe('an Added card this article may tell in other words says so', () => {
  const CASH = 'The chip maker will pay for the start-up largely in cash, and the purchase of the servers maker should be done in the year.';
  const FOUNDED = 'The company was founded in 1998 by two engineers in a garage.';
  it.each([
    // [the Tribune's added line, the card's sentence, its lines] — the Gazette tells the cash part and the closing in
    // two sentences of its own; it says nothing of the founding, and nothing of the analysts' view (the Herald's).
    [CASH, 'The chip maker will pay', 'This article may tell it in other words.'],
    [FOUNDED, 'The company was founded', null],
    [CASH, 'Analysts said the move', null],
  ] as const)('%#: "%s"', (extra, sentence, lines) => {
    expect(linesOf(extra, sentence)).toBe(lines);
  });
});
