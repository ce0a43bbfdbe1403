// @vitest-environment happy-dom
/**
 * cards60b: a card whose sentence lies inside a direct quote that does not name its speaker says who speaks it
 * (lib/engine/report.ts quoteSpeaker, from the quotes lib/quotes found at ingestion), on added, left-out and shared
 * cards, and the panel shows it as the quote trace does ("Said by …"). A story written for the test: two outlets on a
 * council's flood barriers, each with a quote running over two paragraphs.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { AddedSection, LeftOutSection, SharedSection } from '../../components/sidebar/Sections';
import { quoteSpeaker } from '../../lib/engine/report';
import { extractQuotes } from '../../lib/quotes/extract';
import { buildView } from '../../lib/sidebar/view';
import type { Article } from '../../lib/types';
import { reportAgainst } from '../data/engine/report-against';
import { sentenceArticle } from '../data/engine/sentence-article';
import { mountPoint } from './dom-helpers';

const art = (id: string, s: string[]): Article => {
  const a = sentenceArticle(id, s, { outlet: id[0]!.toUpperCase() + id.slice(1), date: '2024-03-01' });
  return { ...a, quotes: extractQuotes(a) };
};
const LEAD = 'The Millbrook council voted on Tuesday to spend $12 million on flood barriers along the Tane river.';
const DOE_1 = '“The river has flooded three times in five years, and every time the same streets go under,” said council member Jane Doe.';
const DOE_2 = '“We will build the barriers before the spring rains, and we will pay for them without raising local taxes.”';
const REYES_1 = '“Nobody on this council wanted to spend this money,” Mayor Tom Reyes said after the vote.';
const REYES_2 = '“But the insurers warned us that every home near the water would be uninsurable within a decade.”';
const PLAIN = 'Work on the barriers is expected to start in April and to last about two years.';
const SHARED_Q = '“This is the largest project the town has ever paid for,” she said.';
const TITLE = 'The plan follows a study called “Rivers Rising” that the county published last autumn.';
const gazette = art('gazette', [LEAD, REYES_1, REYES_2, PLAIN, 'Council member Jane Doe backed the plan.', SHARED_Q]);
const herald = art('herald', [LEAD, DOE_1, DOE_2, 'Council member Jane Doe backed the plan.', SHARED_Q, TITLE]);
const report = reportAgainst(gazette, [herald]);

describe('quoteSpeaker: who speaks a sentence, from the article’s quotes', () => {
  it.each([
    ['the second paragraph of a quote (its speaker named in the first)', herald, 2, 'Jane Doe'],
    ['a quoted sentence that names its speaker', herald, 1, null],
    ['a quote whose speaker is only a pronoun here', herald, 4, 'Jane Doe'],
    ['a sentence with no quote', gazette, 3, null],
    ['a writer’s sentence around a quoted title', herald, 5, null],
  ])('%s', (_, a, i, speaker) => {
    expect(quoteSpeaker(a, i)).toBe(speaker);
  });
});

describe('the report’s cards carry the speaker', () => {
  const added = (text: string) => report.added.find((c) => c.text === text);
  const leftOut = (text: string) => report.leftOut.find((c) => c.text === text);
  it.each([
    ['added: the second paragraph of a council member’s quote', () => added(DOE_2), 'Jane Doe'],
    ['left out: the second paragraph of the mayor’s quote', () => leftOut(REYES_2), 'Tom Reyes'],
    ['left out: the first paragraph, which names him', () => leftOut(REYES_1), undefined],
    ['left out: no quote', () => leftOut(PLAIN), undefined],
  ])('%s', (_, card, speaker) => {
    const c = card();
    expect(c).toBeDefined();
    expect(c!.speaker).toBe(speaker);
  });
  it('shared: this article’s telling and the other’s, each with its own speaker', () => {
    const s = report.shared.find((c) => c.text === SHARED_Q)!;
    expect(s.speaker).toBe('Jane Doe');
    expect(s.sources.find((x) => x.id === 'herald')?.speaker).toBe('Jane Doe');
  });
});

describe('the panel says who speaks a quoted card', () => {
  const view = buildView(report);
  const mount = mountPoint();
  const cb = { onShow: () => {}, onTrace: () => {}, quotesAt: () => [], scroll: null };
  const speakerOf = (li: Element | undefined) => li?.querySelector('.px-speaker')?.textContent ?? null;
  const card = (text: string) => [...mount().querySelectorAll('li.px-fact')].find((li) => li.textContent!.includes(text.slice(1, 30)));
  it.each([
    ['Others added', () => <AddedSection items={view.added} cb={cb} />, DOE_2, 'Said by Jane Doe'],
    ['Left out', () => <LeftOutSection items={view.leftOut} cb={cb} />, REYES_2, 'Said by Tom Reyes'],
    ['Left out, naming the speaker itself', () => <LeftOutSection items={view.leftOut} cb={cb} />, REYES_1, null],
    ['Left out, no quote', () => <LeftOutSection items={view.leftOut} cb={cb} />, PLAIN, null],
    ['Shared', () => <SharedSection items={view.shared} cb={cb} />, SHARED_Q, 'Said by Jane Doe'],
  ])('%s', (_, section, text, line) => {
    act(() => render(section(), mount()));
    expect(card(text)).toBeDefined();
    expect(speakerOf(card(text))).toBe(line);
  });
});
