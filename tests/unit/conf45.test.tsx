// @vitest-environment happy-dom
/**
 * conf45: two dates are shown as "check — maybe not of one event", never as a stated disagreement. On every fresh
 * round two weekdays or months were more often two events of one story than one event dated twice (docs/notes/conf45.md:
 * rounds 1-15 1 of 3 true, rounds 22-24 1 of 7). The card stays in the report: nothing is hidden. Short texts written
 * for the test.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ConflictsSection, type FactCallbacks } from '../../components/sidebar/Sections';
import { buildView } from '../../lib/sidebar/view';
import { twoTellings } from '../data/engine/sentence-article';
import { mountPoint } from './dom-helpers';

const lead = 'Former Dunmore mayor John Hale, who led the county through the floods of 1998, has died at the age of 81.';
const last = 'Hale is survived by his wife and three children, and a memorial is planned at the county hall.';
const reportOf = twoTellings(lead, last, ['Former Dunmore mayor John Hale dies at 81', 'John Hale, former Dunmore mayor, dies at 81']);
const died = ['Hale died on Tuesday at his home in Dunmore, his family said.', 'Hale died on Thursday at his home in Dunmore, his family said.'] as const;
const compare = async (here: string, there: string) => {
  const report = await reportOf(here, there);
  return report.conflicts.filter((c) => c.kind !== 'quote').map((c) => [c.kind, c.sides?.[0]?.here, c.sides?.[0]?.there, c.check]);
};

describe('a conflict of two dates is one to check', () => {
  it('two weekdays of one death: reported, flagged check', async () => {
    expect(await compare(...died)).toEqual([
      ['date', 'Tuesday', 'Thursday', true],
    ]);
  });
  it('a count both sides give one named owner stays stated (guard)', async () => {
    expect(await compare('Hale served 12 years as mayor of Dunmore, his family said.', 'Hale served 14 years as mayor of Dunmore, his family said.')).toEqual([
      ['number', '12', '14', undefined],
    ]);
  });
});

describe('the card of two dates', () => {
  const mount = mountPoint();
  const cb: FactCallbacks = { onShow: () => undefined, onTrace: () => undefined, quotesAt: () => [], scroll: null };
  it('says the days may date two events, not that the outlets disagree', async () => {
    const view = buildView(await reportOf(...died));
    act(() => render(<ConflictsSection items={view.conflicts} cb={cb} />, mount()));
    const about = (mount().querySelector('li.px-fact .px-conflict-about')?.textContent ?? '').replace(/\s+/g, ' ').trim();
    expect(about).toBe('check Different dates, maybe not of one event: Tribune: Tuesday · Coastline: Thursday');
  });
});
