/**
 * conf59: a figure card to check whose two sentences both name a weekday or month, none the same day and no two of them
 * one night ("late Friday" / "early Saturday"), tells two days' events — not shown (conf56's marker, 0 true of 17 such
 * cards over rounds 1–40; conf52's one-night reading keeps a night told across midnight as one day). A card whose
 * sentences share a day, or where one names none, or whose days are its own figures, is still shown.
 *
 * One quotation written with a word in two standard forms is one utterance: the two past forms of one verb ("hung" /
 * "hanged"), dotted initials and the words they stand for ("U.N." / "United Nations"), a first name and its short form
 * before one surname ("Chris Harlan" / "Christian Harlan"). Another content word, or another first name, is still a card.
 *
 * Short texts invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { noCardButGuard } from '../data/engine/no-card';
import { quoteCardsBetween, twoTellings } from '../data/engine/sentence-article';

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

describe('one quotation with a word written two ways is one utterance', () => {
  const quoteCards = quoteCardsBetween(
    ['Protesters gathered outside the Harlow courthouse on Sunday, the third weekend of demonstrations over the mill closure.'],
    ['The county said it would review the closure plans at its next meeting.'],
    'Harlow protest over mill closure',
  );
  noCardButGuard(
    quoteCards,
    [
      ['two past forms of one verb (hung / hanged)', '“They hung a banner from the old mill gate and the U.N. envoy read it,” Chris Harlan said.', '“They hanged a banner from the old mill gate and the U.N. envoy read it,” Chris Harlan said.'],
      ['two past forms of one verb (learned / learnt)', '“We learned nothing from the county about the mill,” Harlan said.', '“We learnt nothing from the county about the mill,” Harlan said.'],
      ['dotted initials and their words', '“Even the U.N. envoy came down to the mill gate to listen,” Harlan said.', '“Even the United Nations envoy came down to the mill gate to listen,” Harlan said.'],
      ['a first name and its short form before one surname', '“Ask Chris Dowling what the mill paid his father,” Harlan said.', '“Ask Christian Dowling what the mill paid his father,” Harlan said.'],
    ],
    ['another first name is still told', '“Ask Chris Dowling what the mill paid his father,” Harlan said.', '“Ask Kevin Dowling what the mill paid his father,” Harlan said.'],
  );
  noCardButGuard(quoteCards, [], ['another verb is still told', '“They hung a banner from the old mill gate,” Harlan said.', '“They burned a banner at the old mill gate,” Harlan said.']);
});
