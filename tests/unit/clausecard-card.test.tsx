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
import { buildView } from '../../lib/sidebar/view';
import { FLOOD_STORY as story, longArticle as long, TWO_FACTS } from '../data/engine/flood-story';
import { reportAgainst } from '../data/engine/report-against';
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
});
