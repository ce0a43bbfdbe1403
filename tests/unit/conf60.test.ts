/**
 * conf60: two places' distances from one point, each set off by a comma after its place ("in Harwick, 132 miles south
 * of Alder City" / "in Denby, some 200km (125 miles) south of Alder City"), are two things, not one distance told two
 * ways: no card. The same place on both sides is still a card.
 *
 * A card that keeps other sides no longer shows a side to check told on two days (conf59's `daysApart`, per side): the
 * side told on another day goes, the side told on the same day stays; with no side left the card goes (conf59), and a
 * night told across midnight ("late Friday" / "early Saturday") stays one day (conf52).
 *
 * Short texts invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { compareArticle, MemoryIndex } from '../../lib/engine';
import { noCardButGuard } from '../data/engine/no-card';
import { figureCardsBetween, sentenceArticle } from '../data/engine/sentence-article';

describe('two places in apposition, each with its distance from one point, are two things', () => {
  const lead = 'Students marched on the state offices on Monday to demand news of the missing trainees.';
  const last = 'The state prosecutor said the search would go on through the week.';
  const cards = figureCardsBetween(lead, last, ['Marchers demand news of missing trainees', 'Trainees still missing as students march']);
  noCardButGuard(
    cards,
    [
      ['two towns, one point', 'The trainees studied at a college in Harwick, 132 miles south of Alder City.', 'The trainees studied at a college in Denby, some 200km (125 miles) south of Alder City.'],
      ['two towns, the first distance restated', 'Protesters broke windows in Harwick, 132 miles (212 kilometers) south of Alder City.', 'Protesters broke windows in Denby, 125 miles south of Alder City.'],
    ],
    ['one town, two distances', 'The trainees studied at a college in Denby, about 80 miles south of Alder City.', 'The trainees studied at a college in Denby, some 200km (125 miles) south of Alder City.'],
  );
});

describe('a side to check told on two days goes, the card keeps the others', () => {
  const lead = 'Two textile mills of the Harlow valley reported quarterly earnings this week, both lower than a year ago.';
  const last = 'The figures are unaudited, the two mills said in statements filed with the exchange.';
  const note = (day: string, gain: string) => `NOTE: Net excludes a gain of ${gain} dlrs from the sale of a warehouse reported on ${day}.`;
  const flood = (n: string, when: string) => `${n} people drowned ${when} when the Alder broke through the levee at Wendham, the police said.`;
  const cardSides = async (here: string, ...others: string[]) => {
    const a = sentenceArticle('tribune', [lead, here, last], { outlet: 'Tribune', title: 'Harlow mills report a quiet quarter' });
    const rest = others.map((t, n) => sentenceArticle(`other${n}`, [lead, t, last], { outlet: `Other ${n}`, title: 'Two Harlow mills post quarterly results' }));
    const report = await compareArticle(a, new MemoryIndex([a, ...rest]));
    return report.conflicts.filter((c) => c.kind !== 'quote').map((c) => c.there.map((t) => t.id).sort());
  };
  it.each([
    ['one side on another day, one on the same day: the card keeps the same day\'s', note('Monday', '40,000'), [note('March 3', '75,000'), note('Monday', '60,000')], [['other1']]],
    ['both sides on other days: no card (conf59)', note('Monday', '40,000'), [note('March 3', '75,000'), note('June 9', '60,000')], []],
    ['one night across midnight is one day: both sides stay (conf52)', flood('Four', 'late Friday'), [flood('Six', 'early Saturday'), flood('Five', 'late Friday')], [['other0', 'other1']]],
  ])('%s', async (_name, here, others, expected) => {
    expect(await cardSides(here, ...others)).toEqual(expected);
  });
});
