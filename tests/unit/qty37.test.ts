import { describe, expect, it } from 'vitest';
import { figureValues, quantities } from '../../lib/nlp';
import { indexKeys } from '../../lib/engine/keys';
import { figureSet } from '../../lib/engine/vectors';

// qty37: a number glued to its scale or currency is one amount; a broadcaster's channel number is no figure.
// Every text below was written for the test.
const read = (s: string) => quantities(s).map((q) => [q.kind, q.value, q.text]);

describe('a figure glued to its scale is one amount (qty37)', () => {
  it.each([
    ['The fund raised 2.6million from donors.', 'count', 2.6e6, '2.6million'],
    ['The deal is worth $5bn to the group.', 'money', 5e9, '$5bn'],
    ['Repairs cost £2.6m last year.', 'money', 2.6e6, '£2.6m'],
    ['A €3.4bn rescue was agreed.', 'money', 3.4e9, '€3.4bn'],
    ['A 5bn euro plan was tabled.', 'money', 5e9, '5bn'],
    ['He paid $300M for the label.', 'money', 3e8, '$300M'],
    ['A $250K bond was set.', 'money', 2.5e5, '$250K'],
    ['Debt reached $1.2tn by March.', 'money', 1.2e12, '$1.2tn'],
    ['The $US5bn loan was signed.', 'money', 5e9, '$US5bn'],
  ])('%s', (text, kind, value, written) => {
    const q = quantities(text).find((x) => x.kind !== 'month');
    expect([q?.kind, q?.value, q?.text]).toEqual([kind, value, written]);
    // Not a label (an id) and a separate figure of a million beside it, as before.
    expect(quantities(text).filter((x) => x.kind !== 'month')).toHaveLength(1);
  });

  it('reads a currency written before the figure with a space, and its scale', () => {
    expect(read('The lab charges US$1.2 trillion in fees.')).toEqual([['money', 1.2e12, '$1.2 trillion']]);
    expect(read('The state spent Rs 500 crore on roads.')).toEqual([['money', 5e9, '500 crore']]);
    expect(read('He paid Rs 300 for a bottle of air.')).toEqual([['money', 300, '300']]);
    expect(read('She gave Rs. 25 lakh to an agent.')).toEqual([['money', 2.5e6, '25 lakh']]);
    expect(read('A Rs500 fine was imposed.')).toEqual([['money', 500, 'Rs500']]);
  });

  it('leaves a letter glued to digits that is no scale as it was: a resolution, a model, a distance', () => {
    // No currency before them: "4K", "5300M", "100m" name other things than thousands and millions.
    expect(quantities('The 4K television sold out.')).toEqual([]);
    expect(quantities('It has a Radeon Pro 5300M card.').filter((q) => q.kind !== 'id')).toEqual([]);
    expect(quantities('She won the 100m final.')).toEqual([]);
    expect(quantities('The wall is 1.5m tall.').map((q) => q.kind)).toEqual(['id']);
  });

  it('gives the glued amount to the story keys and the story figures', () => {
    const text = 'The port was sold for $5bn to a fund.';
    const a = { title: 'Harbour sale', text, units: [{ i: 0, text, p: 0, start: 0, end: text.length, kind: 'body' as const }] };
    expect(indexKeys(a)).toContain('d:5000000000');
    expect(figureSet(a)).toContain(5e9);
  });
});

describe("a broadcaster's channel number is no figure (qty37)", () => {
  it.each([
    'A neighbour tells 21 News that he heard shots.',
    '21 News spoke with the family on Sunday.',
    'Channel 2 Action News reported the arrest.',
    'Police told KIRO 7 that the road was closed.',
    'WSB-TV 2 reported the fire first.',
    'Fox 5 reported the arrest first.',
    'The sheriff tells 7 Action News the boy is safe.',
    'CBS 58 reporter Sarah Diaz spoke with the owner.',
  ])('%s', (text) => {
    expect(quantities(text).filter((q) => !['weekday', 'month'].includes(q.kind))).toEqual([]);
    expect(figureValues(text).filter((q) => !['weekday', 'month'].includes(q.kind))).toEqual([]);
  });

  it('still reads a count next to a station: the figure the station reports', () => {
    expect(read('Fox 5 said 21 people were hurt.')).toEqual([['count', 21, '21']]);
    expect(read('He told 21 News that 14 shots were fired.')).toEqual([['count', 14, '14']]);
  });

  it('reads a line written in capitals as a line, not as call letters', () => {
    expect(read('WE ARE TOLD THERE WERE 16 PEOPLE INSIDE.')).toEqual([['count', 16, '16']]);
  });

  it('gives a station number no story key', () => {
    expect(indexKeys({ title: 'Shooting', text: 'A witness tells 21 News that the shooter fled. Watch 21 News at 11.' })).not.toContain('d:21');
  });
});
