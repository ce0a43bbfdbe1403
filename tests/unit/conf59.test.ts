/**
 * conf59: a figure card to check whose two sentences both name a weekday or month, none the same day and no two of them
 * one night ("late Friday" / "early Saturday"), tells two days' events — not shown (conf56's marker, 0 true of 17 such
 * cards over rounds 1–40; conf52's one-night reading keeps a night told across midnight as one day). A card whose
 * sentences share a day, or where one names none, or whose days are its own figures, is still shown.
 *
 * Short texts invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { twoTellings } from '../data/engine/sentence-article';

const lead = 'Two textile mills of the Harlow valley reported quarterly earnings this week, both lower than a year ago.';
const last = 'The figures are unaudited, the two mills said in statements filed with the exchange.';
const tellings = twoTellings(lead, last, ['Harlow mills report a quiet quarter', 'Two Harlow mills post quarterly results']);
const cards = async (here: string, there: string) =>
  (await tellings(here, there)).conflicts.filter((c) => c.kind !== 'quote').map((x) => [x.sides?.[0]?.here, x.sides?.[0]?.there, !!x.check]);
const note = (day: string, gain: string) => `NOTE: Net excludes a gain of ${gain} dlrs from the sale of a warehouse reported on ${day}.`;
const flood = (n: string, when: string) => `${n} people drowned ${when} when the Alder broke through the levee at Wendham, the police said.`;

describe('a figure to check told on two days is not shown', () => {
  it.each([
    ['a weekday and a month, none shared: hidden', note('Monday', '40,000'), note('March 3', '75,000'), []],
    ['two weekdays a day apart: hidden', flood('Four', 'on Friday'), flood('Six', 'on Saturday'), []],
    ['one night told late on the first day and early on the next: still a card', flood('Four', 'late Friday'), flood('Six', 'early Saturday'), [['Four', 'Six', true]]],
    ['"Friday night" / "early Saturday": still a card', flood('Four', 'on Friday night'), flood('Six', 'early Saturday'), [['Four', 'Six', true]]],
    ['the same weekday: still a card', note('Monday', '40,000'), note('Monday', '75,000'), [['40,000', '75,000', true]]],
    ['a day on one side only: still a card', note('Monday', '40,000'), 'NOTE: Net excludes a gain of 75,000 dlrs from the sale of a warehouse.', [['40,000', '75,000', true]]],
    ['two weekdays that are the card\'s own figures: the date card stays', note('Monday', '40,000'), note('Thursday', '75,000'), [['Monday', 'Thursday', true]]],
    ['"may" the verb is no month: still a card', 'Net may exclude a gain of 40,000 dlrs from the sale of a warehouse.', note('Thursday', '75,000'), [['40,000', '75,000', true]]],
  ])('%s', async (_name, here, there, expected) => {
    expect(await cards(here, there)).toEqual(expected);
  });
});
