// @vitest-environment happy-dom
/**
 * conf46: (1) a unit conversion in parentheses is the figure before it in other units, never a second figure of its
 * own: "30,000 pounds (13,608 kilograms)" where "pounds" reads as a currency, "55 kg (120 pounds)", "a 250-pound
 * (113-kilogram) bear"; two roundings of one conversion are no disagreement (four tests fail on 9b5bf0b; the
 * second is the guard). (2) Cards flagged "check" (maybe not of
 * one thing) are listed but not counted in the section's headline count nor in the jump line's. Short texts written
 * for the test.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ConflictsSection, SectionJump, checkCount, type FactCallbacks } from '../../components/sidebar/Sections';
import { quantities } from '../../lib/nlp';
import { buildView } from '../../lib/sidebar/view';
import { twoTellings } from '../data/engine/sentence-article';
import { mountPoint } from './dom-helpers';

const lead = 'A research ship left Honolulu this week to recover debris from the wrecked freighter Mara off the coast of Oahu.';
const last = 'The crew expects to return to port in about three weeks, the university said.';
const reportOf = twoTellings(lead, last, ['Ship sails to recover freighter debris', 'Research ship heads out for freighter debris']);
const figures = async (here: string, there: string) =>
  (await reportOf(here, there)).conflicts.filter((c) => c.kind !== 'quote').map((c) => [c.sides?.[0]?.here, c.sides?.[0]?.there]);
const cargo = (lb: string, kg: string) => `The voyage carries ${lb} pounds (${kg} kilograms) of salvage equipment and a small submarine.`;

describe('a unit conversion in parentheses is not a second figure', () => {
  it('one weight in pounds, its kilograms rounded two ways: no conflict', async () => {
    expect(await figures(cargo('30,000', '13,608'), cargo('30,000', '13,600'))).toEqual([]);
  });
  it('two weights in pounds still disagree (guard)', async () => {
    const plain = (lb: string) => `The voyage carries ${lb} pounds of salvage equipment and a small submarine.`;
    expect(await figures(plain('30,000'), plain('40,000'))).toEqual([['30,000', '40,000']]);
  });
  it('"pounds" after kilograms, and hyphenated units, restate the figure before them', () => {
    const restated = (t: string) => quantities(t).filter((q) => q.restates).map((q) => q.text);
    expect(restated('He weighs 55 kilograms (120 pounds) now.')).toEqual(['120']);
    expect(restated('Rangers moved a 250-pound (113-kilogram) bear.')).toEqual(['113']);
  });
});

describe('cards to check are not counted in the headline count', () => {
  const mount = mountPoint();
  const cb: FactCallbacks = { onShow: () => undefined, onTrace: () => undefined, quotesAt: () => [], scroll: null };
  const hale = 'Former Dunmore mayor John Hale, who led the county through the floods of 1998, has died at the age of 81.';
  const family = 'Hale is survived by his wife and three children, and a memorial is planned at the county hall.';
  const flagged = () =>
    twoTellings(hale, family, ['Former Dunmore mayor John Hale dies at 81', 'John Hale, former Dunmore mayor, dies at 81'])(
      'Hale died on Tuesday at his home in Dunmore, his family said.',
      'Hale died on Thursday at his home in Dunmore, his family said.',
    ).then(buildView);
  const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  it('a section with one flagged card reads 0 and "+1 to check", and lists the card', async () => {
    const view = await flagged();
    expect(view.conflicts.map((c) => c.check)).toEqual([true]);
    act(() => render(<ConflictsSection items={view.conflicts} cb={cb} />, mount()));
    expect(text(mount().querySelector('.px-section-title'))).toBe('Possible conflicts 0 +1 to check');
    expect(mount().querySelectorAll('li.px-fact')).toHaveLength(1);
  });
  it('the jump line counts the stated cards and still links the section', async () => {
    const view = await flagged();
    const n = checkCount(view.conflicts);
    act(() => render(<SectionJump counts={{ added: 0, 'left-out': 0, conflicts: view.conflicts.length - n, 'near-copies': 0, shared: 0 }} checks={{ conflicts: n }} />, mount()));
    expect(text(mount().querySelector('a[href="#px-h-conflicts"]'))).toBe('Possible conflicts 0 +1 to check');
  });
});
