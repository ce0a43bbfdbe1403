// @vitest-environment happy-dom
/**
 * twin64: a sentence the engine both aligns with another outlet's and calls missing there is told "in part", never "lacks
 * all", on both of its cards. Left out ↔ Shared: an outlet listed under the sentence's Shared card that the Left-out card
 * counts as lacking it (twin63's overruled articles: on the dev sets they tell all of it 9, part 8, none 7) "may tell part
 * of it". Others added ↔ Shared: another outlet's sentence on an unmarked Added card that a Shared card shows beside a
 * sentence of this article (the 40 of bench/data/twin64.tsv: this article tells it all 16, part 15, none 9) — "this
 * article may tell part of it". Reports are the engine's own on the deal story told by three outlets
 * (tests/data/engine/sentence-article.ts), with the fitted coverage decision and with one that calls every sentence the
 * alignment finds told "missing" (so every aligned pair is such a twin); the view is buildView's, drawn by Sections.
 */
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { AddedSection, LeftOutSection, SharedSection, type FactCallbacks } from '../../components/sidebar/Sections';
import type { CoverageModel } from '../../lib/engine/coverage';
import { buildView, leftOutHint, type Source } from '../../lib/sidebar/view';
import { reportAgainst } from '../data/engine/report-against';
import { dealStory, sentenceArticle } from '../data/engine/sentence-article';
import { mountPoint } from './dom-helpers';

const cb: FactCallbacks = { onShow: () => {}, onTrace: () => {}, quotesAt: () => [], scroll: null };
const mount = mountPoint();
/** A decision that calls every sentence the alignment finds told "missing" (twin63's worst case of the fitted one). */
const ALWAYS_MISSING: CoverageModel = { covered: { features: [], weights: [], bias: 10, threshold: 0.5 }, missing: null };
const { gazette, tribune, herald } = dealStory();
const DECISIONS = { fitted: undefined, 'always missing': ALWAYS_MISSING };
/** A second Tribune article that does not tell the closing date: the Tribune has one article lacking it, one listed beside it. */
const tribuneBrief = sentenceArticle('tribune-brief', ['Orvanta, the chip maker, is buying the server start-up Kestrel Systems.'], { outlet: 'Tribune', date: '2012-03-01' });

/** What the card with this sentence in this section reads: its twin lines (" / "-joined, null: none) and, for Left out, its badge and outlets line. */
function cardOf(decision: keyof typeof DECISIONS, section: 'added' | 'left-out' | 'shared', sentence: string, brief = false): { twin: string | null; outlets?: string } {
  const view = buildView(reportAgainst(gazette, [tribune, herald, ...(brief ? [tribuneBrief] : [])], DECISIONS[decision]));
  const drawn =
    section === 'added' ? h(AddedSection, { items: view.added, cb }) : section === 'left-out' ? h(LeftOutSection, { items: view.leftOut, cb }) : h(SharedSection, { items: view.shared, cb });
  act(() => render(drawn, mount()));
  const card = [...mount().querySelectorAll('li.px-fact')].find((li) =>
    li.querySelector(section === 'added' ? '.px-fact-text' : '.px-here')!.textContent!.replace(/\[[^\]:]*: |\]/g, '').includes(sentence),
  );
  expect(card, `a ${section} card for "${sentence}"`).toBeDefined();
  const twin = [...card!.querySelectorAll('.px-twin')].map((p) => p.textContent).join(' / ');
  // Left out: the badge, then the outlets it names ("only here · Missing from …").
  const outlets = card!.querySelector('.px-outlets') && card!.querySelector('.px-fact-meta')!.textContent!.replace(/\s+/g, ' ').trim();
  return { twin: twin || null, ...(outlets ? { outlets } : {}) };
}

describe('a sentence both aligned and called missing reads "in part" on both of its cards', () => {
  it.each([
    // [decision, section, the card's sentence, its twin lines, its badge and outlets line (Left out)]
    // The fitted decision: ui63's lines, nobody both aligned and called missing; no Added card has a Shared twin.
    ['fitted', 'left-out', 'Orvanta expects the purchase to close', 'Told by Tribune: that is why it is in Shared too.', 'left out by 1 of 2 other outlets Missing from Herald'],
    ['fitted', 'shared', 'Orvanta expects the purchase to close', 'Missing from Herald: see Left out by others.', undefined],
    ['fitted', 'added', 'Analysts said the move', null, undefined],
    // Every aligned sentence called missing: the Tribune is listed under Shared and counted as leaving it out.
    ['always missing', 'left-out', 'Orvanta expects the purchase to close', 'In Shared too: Tribune may tell part of it.', 'left out by 2 of 2 other outlets Missing from Herald, and maybe only in part from Tribune'],
    ['always missing', 'left-out', 'Kestrel builds small servers', 'In Shared too: Tribune and Herald may tell part of it.', 'left out by 2 of 2 other outlets Missing maybe only in part from Tribune and Herald'],
    [
      'always missing',
      'shared',
      'Orvanta expects the purchase to close',
      'Missing from Herald, and maybe in part from Tribune: see Left out by others. / In Others added too, from Tribune: this article may not tell all of it.',
      undefined,
    ],
    [
      'always missing',
      'shared',
      'Kestrel builds small servers',
      'Missing maybe in part from Tribune and Herald: see Left out by others. / In Others added too, from Tribune and Herald: this article may not tell all of it.',
      undefined,
    ],
    ['always missing', 'added', 'The purchase should close in the second', 'This article has a sentence close to it (see Shared): it may tell part of it.', undefined],
    // A sentence no outlet's telling of which stands in Shared: no line.
    ['always missing', 'added', 'Analysts said the move', null, undefined],
    // With the Tribune's brief beside it (lacking the date), the Tribune is named once, as its listed article: main read
    // "Missing from Herald and Tribune, and maybe only in part from Tribune" (audit70).
    ['always missing', 'left-out', 'Orvanta expects the purchase to close', 'In Shared too: Tribune may tell part of it.', 'left out by 2 of 2 other outlets Missing from Herald, and maybe only in part from Tribune', true],
    [
      'always missing',
      'shared',
      'Orvanta expects the purchase to close',
      'Missing from Herald, and maybe in part from Tribune: see Left out by others. / In Others added too, from Tribune: this article may not tell all of it.',
      undefined,
      true,
    ],
  ] as const)('%s decision, %s: "%s…"', (decision, section, sentence, twin, outlets, brief?: boolean) => {
    expect(cardOf(decision, section, sentence, brief)).toEqual({ twin, ...(outlets ? { outlets } : {}) });
  });

  it('a marked card never says an outlet with a sentence under its Shared twin "leaves out the whole sentence"', () => {
    const src = (name: string): Source => ({ id: name.toLowerCase(), title: name, outlet: name, name, key: name, copyOf: null, date: null, url: null, relation: 'same-story' });
    const [t, h2, p] = [src('Tribune'), src('Herald'), src('Post')];
    const novel = [{ start: 0, end: 4 }];
    expect(leftOutHint({ novel, partFrom: [t], wholeFrom: [h2, p], lacksAllMarked: true, nearFrom: [p] })).toBe(
      '1 of these 3 outlets (Tribune) tells the rest but not the marked part; 1 (Herald) leaves out the whole sentence; 1 (Post) may tell part of it.',
    );
    expect(leftOutHint({ novel, partFrom: [t], wholeFrom: [p], lacksAllMarked: true, nearFrom: [p] })).toBe(
      '1 of these 2 outlets (Tribune) tells the rest but not the marked part; 1 (Post) may tell part of it.',
    );
    // Two Post articles, one listed under Shared: the Post is named once, as the one that may tell part (audit70).
    const p2 = { ...p, id: 'post-2' };
    expect(leftOutHint({ novel, partFrom: [t], wholeFrom: [h2, p, p2], lacksAllMarked: true, nearFrom: [p2] })).toBe(
      '1 of these 3 outlets (Tribune) tells the rest but not the marked part; 1 (Herald) leaves out the whole sentence; 1 (Post) may tell part of it.',
    );
  });
});
