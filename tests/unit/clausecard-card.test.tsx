// @vitest-environment happy-dom
/**
 * clausecard: the card marks the part of its sentence the other side lacks (a <mark>, with words a
 * screen reader hears and a line saying only that part is new), and a card whose whole sentence is
 * new marks nothing. The report is the engine's own, on the long flood story written for
 * the tests (tests/data/engine/flood-story.ts); the view is the sidebar's (buildView).
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { AddedSection, LeftOutSection, type FactCallbacks } from '../../components/sidebar/Sections';
import { buildView, leftOutBadge, leftOutHint, type Source } from '../../lib/sidebar/view';
import { FLOOD_STORY as story, longArticle as long, TWO_FACTS } from '../data/engine/flood-story';
import { reportAgainst } from '../data/engine/report-against';
import { dealStory } from '../data/engine/sentence-article';
import { mountPoint } from './dom-helpers';

const twoFacts = TWO_FACTS;
const withTwoFacts = [story[0]!, story[1]!, twoFacts, story[3]!];
const ALONE = 'A bakery in Dorval gave four hundred loaves of bread to the volunteers at the shelter.';

const cb: FactCallbacks = { onShow: () => {}, onTrace: () => {}, quotesAt: () => [], scroll: null };
const mount = mountPoint();
const show = (vnode: preact.ComponentChild) => act(() => render(vnode, mount()));
const cardOf = (text: string) => [...mount().querySelectorAll('li.px-fact')].find((li) => li.textContent!.replace(/\[[^\]:]*: |\]/g, '').includes(text)) as HTMLElement | undefined;

describe('a card with a second fact marks only that part', () => {
  it('added: the untold clause is in a <mark>, the rest of the sentence is plain text, and a line says only that part is new', () => {
    const view = buildView(reportAgainst(long('gazette', story, 1), [long('tribune', [...withTwoFacts, ALONE], 2)]));
    show(<AddedSection items={view.added} cb={cb} />);
    const card = cardOf('coast guard has rescued');
    expect(card).toBeDefined();
    const marks = [...card!.querySelectorAll('mark')];
    expect(marks.length).toBeGreaterThan(0);
    const markedText = marks.map((m) => m.textContent).join(' ');
    expect(markedText).toContain('coast guard has rescued two fishermen');
    expect(markedText).not.toContain('evacuation');
    expect(markedText).toContain('[new: '); // what a screen reader hears around the part
    expect(card!.querySelector('.px-fact-text')!.textContent).toContain('The mayor ordered the evacuation');
    expect(card!.textContent).toContain('Only the marked part is new');
    const alone = cardOf('bakery in Dorval');
    expect(alone).toBeDefined();
    expect(alone!.querySelector('mark')).toBeNull();
    expect(alone!.textContent).not.toContain('Only the marked part');
  });

  it('left out: the sentence of this article marks the clause the others never tell, inside its show-in-page button', () => {
    const view = buildView(reportAgainst(long('gazette', [...withTwoFacts, ALONE], 1), [long('tribune', story, 2)]));
    show(<LeftOutSection items={view.leftOut} cb={cb} />);
    const card = cardOf('coast guard has rescued');
    expect(card).toBeDefined();
    const mark = card!.querySelector('button.px-here mark');
    expect(mark?.textContent).toContain('coast guard has rescued two fishermen');
    expect(mark?.textContent).toContain('[missing elsewhere: ');
    expect(card!.textContent).toContain('Only the marked part is missing elsewhere');
    const alone = cardOf('bakery in Dorval');
    expect(alone!.querySelector('mark')).toBeNull();
  });

  it('left out by one outlet that tells the rest and one that lacks it all: the card marks the part and names both', () => {
    const { gazette: read, tribune, herald } = dealStory();
    const view = buildView(reportAgainst(read, [tribune, herald]));
    show(<LeftOutSection items={view.leftOut} cb={cb} />);
    const card = cardOf('The deal cost Orvanta');
    expect(card).toBeDefined();
    const mark = card!.querySelector('button.px-here mark');
    expect(mark?.textContent).toContain('$290 million');
    expect(mark?.textContent).not.toContain('$410 million');
    expect(card!.querySelector('.px-novel-hint')!.textContent).toBe(
      '1 of these 2 outlets (Tribune) tells the rest but not the marked part; 1 (Herald) leaves out the whole sentence.',
    );
    expect(card!.textContent).not.toContain('the other outlets tell the rest');
    expect(card!.querySelector('.px-fact-meta')!.textContent).toContain('marked part only here');
    expect(card!.textContent).toContain('Missing from Tribune and Herald');
    // A sentence one outlet lacks as a whole: no marks, no line on marks (only ui63's "in Shared too"), the count as before.
    const whole = cardOf('close in the second quarter');
    expect(whole!.querySelector('mark')).toBeNull();
    expect(whole!.querySelector('.px-novel-hint:not(.px-twin)')).toBeNull();
    expect(whole!.querySelector('.px-fact-meta')!.textContent).toContain('left out by 1 of 2 other outlets');
  });
});

describe('the line under a marked left-out card (leftOutHint, leftOutBadge)', () => {
  const src = (name: string, key = name): Source => ({ id: name.toLowerCase(), title: name, outlet: name, name, key, copyOf: null, date: null, url: null, relation: 'same-story' });
  const novel = [{ start: 0, end: 4 }];
  it('names who tells the rest and who lacks it all; outlets lacking different marked parts are told apart from one lacking them all', () => {
    const [a, b, c] = [src('Tribune'), src('Herald'), src('Courier')];
    expect(leftOutHint({ novel, partFrom: [a!, b!], wholeFrom: [c!], lacksAllMarked: true })).toBe(
      '2 of these 3 outlets (Tribune and Herald) tell the rest but not the marked part; 1 (Courier) leaves out the whole sentence.',
    );
    expect(leftOutHint({ novel, partFrom: [a!], wholeFrom: [b!, c!], lacksAllMarked: false })).toBe(
      '1 of these 3 outlets (Tribune) tells the rest but not all of the marked parts; 2 (Herald and Courier) leave out the whole sentence.',
    );
    expect(leftOutHint({ novel, partFrom: [a!, b!], wholeFrom: [], lacksAllMarked: false })).toBe(
      'Only marked parts are missing elsewhere: the other outlets tell the rest, each lacking some of them.',
    );
    expect(leftOutHint({ novel: undefined, partFrom: undefined, wholeFrom: undefined })).toBeNull();
  });

  it('an outlet the Shared card counts but whose missing part could not be marked is not said to tell the rest: it may tell part of it', () => {
    const rel = (id: string, outlet: string) => ({ id, title: outlet, outlet, date: null, url: null, score: 0.9, relation: 'same-story' as const, copied: { ofThis: 0, ofThat: 0 }, units: [] });
    const view = buildView({
      article: { id: 'x', title: 'X', outlet: 'X', date: null, url: null, units: [] },
      related: [rel('tribune', 'Tribune'), rel('herald', 'Herald')],
      shared: [{ i: 0, text: 'Four boats sank near the pier.', sources: [{ id: 'herald', i: 3 }], count: 2, total: 3 }],
      added: [],
      leftOut: [
        { i: 0, text: 'Four boats sank near the pier.', missingFrom: ['tribune', 'herald'], novel: [{ start: 16, end: 29 }], partly: [{ id: 'tribune', novel: [{ start: 16, end: 29 }] }, { id: 'herald', novel: [] }] },
      ],
      conflicts: [],
    });
    const item = view.leftOut[0]!;
    expect(item.partFrom?.map((s) => s.outlet)).toEqual(['Tribune']);
    expect(item.nearFrom?.map((s) => s.outlet)).toEqual(['Herald']);
    expect(leftOutHint(item)).not.toContain('tell the rest but not all of the marked parts');
  });

  it('an older report (marks, no per-outlet parts) reads as before: every outlet lacks only the marked part', () => {
    const view = buildView({
      article: { id: 'x', title: 'X', outlet: 'X', date: null, url: null, units: [] },
      related: [{ id: 'tribune', title: 'T', outlet: 'Tribune', date: null, url: null, score: 0.9, relation: 'same-story', copied: { ofThis: 0, ofThat: 0 }, units: [] }],
      shared: [],
      added: [],
      leftOut: [{ i: 0, text: 'Four boats sank.', missingFrom: ['tribune'], novel: [{ start: 0, end: 4 }] }],
      conflicts: [],
    });
    const item = view.leftOut[0]!;
    expect(item.wholeFrom).toEqual([]);
    expect(leftOutHint(item)).toBe('Only the marked part is missing elsewhere: the other outlets tell the rest.');
    expect(leftOutBadge(item)).toBe('marked part only here');
    expect(leftOutBadge({ count: 1, total: 2 })).toBe('left out by 1 of 2 other outlets');
    expect(leftOutBadge({ count: 2, total: 2 })).toBe('only here');
    // Two outlets each lacking another marked part: no part is missing everywhere.
    expect(leftOutBadge({ count: 2, total: 2, novel, lacksAllMarked: false })).toBe('parts left out by 2 of 2 other outlets');
  });
});
