// @vitest-environment happy-dom
/**
 * audit66: a card whose sentence, read alone, names no one shows what it leans on (lib/sidebar/view.ts `leanedOn`): the
 * whole sentence when it is a piece of one cut at semicolons (the NYT's "Top Republicans were mostly mute, though a
 * handful — including …;" / "Senator John McCain of Arizona, …;" / "and Senator Ben Sasse … urged the president …", three
 * Left-out cards on the putin reading), else the sentence before it in its article when it opens on a pronoun or in lower
 * case ("Their ambitions will face a stern test …", chelsea) — a heading, and a sentence that leans too, passed over. A card that reads alone
 * shows nothing more. Reports are the engine's own on the deal story (tests/data/engine/sentence-article.ts) with
 * sentences written for the test; the lines are the ones the panel draws.
 */
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { AddedSection, LeftOutSection, type FactCallbacks } from '../../components/sidebar/Sections';
import { buildView } from '../../lib/sidebar/view';
import { reportAgainst } from '../data/engine/report-against';
import { dealStory, sentenceArticle } from '../data/engine/sentence-article';
import { mountPoint } from './dom-helpers';

const cb: FactCallbacks = { onShow: () => {}, onTrace: () => {}, quotesAt: () => [], scroll: null };
const mount = mountPoint();

const { gazette, tribune, herald } = dealStory();
const LIST = ['Two banks advised on the deal: Harlow Bank acted for Orvanta;', 'and Merrit & Co for Kestrel.'];
const FOUNDERS = 'Its two founders, both former Orvanta engineers, will join the chip maker as vice presidents.';
const page = sentenceArticle('gazette', [...gazette.units.map((u) => u.text), 'Board seats', FOUNDERS, ...LIST], { outlet: 'Gazette', date: '2012-03-01' });
const tribuneMore = sentenceArticle('tribune', [...tribune.units.map((u) => u.text), 'Kestrel was founded in 2009 in a Leeds garage.', 'It now employs 140 people across three offices.', 'Its servers run the payroll of nine banks.'], {
  outlet: 'Tribune',
  date: '2012-03-01',
});
const view = buildView(reportAgainst(page, [tribuneMore, herald]));

/** The card (Left out: this article's; Added: the others') whose sentence starts so, drawn, and its muted line under the text (null: none). */
function leansLine(section: 'left-out' | 'added', start: string): string | null {
  act(() => render(section === 'left-out' ? h(LeftOutSection, { items: view.leftOut, cb }) : h(AddedSection, { items: view.added, cb }), mount()));
  const card = [...mount().querySelectorAll('li.px-fact')].find((li) => li.querySelector(section === 'left-out' ? '.px-here' : '.px-fact-text')!.textContent!.includes(start));
  expect(card, `a ${section} card for "${start}"`).toBeDefined();
  return card!.querySelector('.px-context')?.textContent ?? null;
}

describe('a card that names no one when read alone shows what it leans on', () => {
  it.each([
    // [section, the card's sentence starts, the line under it (null: none)]
    // Each piece of a sentence cut at semicolons shows the whole sentence.
    ['left-out', 'Two banks advised', `Part of: ${LIST.join(' ')}`],
    ['left-out', 'and Merrit & Co', `Part of: ${LIST.join(' ')}`],
    // "Its two founders": the sentence before, past the heading "Board seats".
    ['left-out', 'Its two founders', `Follows: ${gazette.units.at(-1)!.text}`],
    // Another outlet's "It now employs …": the sentence before it in that outlet's article.
    ['added', 'It now employs', 'Follows: Kestrel was founded in 2009 in a Leeds garage.'],
    // …and "Its servers …", past "It now employs …" (itself leaning), to the sentence that names Kestrel.
    ['added', 'Its servers', 'Follows: Kestrel was founded in 2009 in a Leeds garage.'],
    // Sentences that read alone: nothing more.
    ['added', 'Kestrel was founded', null],
    ['left-out', gazette.units.at(-1)!.text.slice(0, 30), null],
  ] as const)('%s card "%s…"', (section, start, line) => {
    expect(leansLine(section, start)).toBe(line);
  });
});
