/**
 * furn66: two ranking rules a reader sees in the order of the cards (lib/engine/rank.ts).
 *
 * An unfinished line — no full stop: a photo caption, a byline, a teaser glued to its headline and time — is page
 * furniture the crawl kept, not a sentence of the story (audit65: itv.com's teaser ranked first as "the lead of itv.com",
 * a Voice of America photo caption third). Its card comes after every other card of its section (`unfinishedLine`). A
 * schedule line ("June 24 -- …") and a post signed by its author are no furniture and keep their place.
 *
 * A source group (one outlet's several articles, near-copies) leaves a sentence out only when none of its articles tells
 * it, as the panel counts it (audit65); the left-out ranking now weighs a card by those groups too, so a sentence the
 * panel says one outlet leaves out no longer ranks as if two did. Stories written for the test.
 */
import { describe, expect, it } from 'vitest';
import { rankReport, unfinishedLine } from '../../lib/engine/rank';
import { buildView, leftOutBadge } from '../../lib/sidebar/view';
import type { Report } from '../../lib/types';
import { twoOutlets } from '../data/engine/two-outlet-report';

describe('an unfinished line is no sentence of the story', () => {
  it.each([
    ['A police officer talks with one of the mayor’s guards at the entrance of the Brennock town hall', true],
    ['The new water rates are now online and the council is also sending letters Brennock rates vote shown across town 6.28PM, Thu Nov 18 2004', true],
    ['by Lt Jane Roe for the Brennock Herald', true],
    ['June 24 -- Brennock Town Hall, Brennock, VT', false],
    ['The council should have asked us first. — Jane Roe (@janeroe) August 9, 2015', false],
    ['The Brennock town council voted on Tuesday to raise water rates from July.', false],
    ['“We will not pay a cent more,” Mary Cole said: “not one.”', false],
  ] as const)('%s → %s', (line, unfinished) => {
    expect(unfinishedLine(line)).toBe(unfinished);
  });
});

const GAZETTE = [
  'The Brennock town council voted on Tuesday to raise water rates from July.',
  'A police officer talks with Mayor Ann Hale at the entrance of the Brennock town hall',
  'The utility said several water mains had burst during the cold winter.',
];
const HERALD = [
  'Brennock will charge more for water from July after a council vote on Tuesday.',
  'Mayor Ann Hale and council members walk out of the chamber after the vote in Brennock',
  'Households will see the new rates on their autumn bills.',
];

describe('an unfinished line comes after every other card of its section', () => {
  it.each([
    // [each side's photo caption, the order of the Herald's added units, the order of the Gazette's left-out units]
    ['unfinished', '', [2, 1], [2, 1]],
    // The same lines with a full stop: sentences, ranked by their weight (they name the mayor and come first).
    ['with a full stop', '.', [1, 2], [1, 2]],
  ] as const)('the captions %s', (_, stop, added, leftOut) => {
    const here = [GAZETTE[0]!, GAZETTE[1]! + stop, GAZETTE[2]!];
    const there = [HERALD[0]!, HERALD[1]! + stop, HERALD[2]!];
    const { report, articles } = twoOutlets({ id: 'gazette', outlet: 'Gazette', sentences: here }, { id: 'herald', outlet: 'Herald', sentences: there }, [1, 2], [1, 2]);
    const ranked = rankReport(report, articles);
    expect(ranked.added.map((a) => a.sources[0]!.i)).toEqual(added);
    expect(ranked.leftOut.map((l) => l.i)).toEqual(leftOut);
  });
});

/**
 * The Gazette against two Herald articles and a Post. Unit 1 (the closing date, far down the page) is left out by the
 * Post and by one Herald article; unit 2 (the buyer's bank, higher up) by the Post only.
 */
function dealReport(heraldLateTells: boolean): Report {
  const units = ['Orvanta is buying Kestrel Systems.', 'Orvanta said it hopes to close the purchase by the end of June.', 'The bank advising Orvanta is Harlow & Co.'];
  const related = (id: string, outlet: string, key: string) => ({ id, title: outlet, outlet, sourceKey: key, date: null, url: null, score: 0.8, relation: 'same-story' as const, copied: { ofThis: 0, ofThat: 0 }, units: [{ i: 0, text: units[0]!, matches: [0] }] });
  const lacking = (ids: string[]) => ({ missingFrom: ids, outlets: new Set(ids.map((id) => (id === 'post' ? 'post' : 'herald'))).size, total: 2, closest: ids.map((id) => ({ id, i: 0, s: 0.05 })) });
  return {
    article: { id: 'gazette', title: 'Gazette', outlet: 'Gazette', date: null, url: null, units: [{ i: 0, text: units[0]!, coveredBy: ['herald-a', 'herald-b', 'post'] }, { i: 1, text: units[1]!, coveredBy: [] }, { i: 2, text: units[2]!, coveredBy: [] }] },
    related: [related('herald-a', 'Herald', 'herald'), related('herald-b', 'Herald', 'herald'), related('post', 'Post', 'post')],
    shared: [],
    leftOut: [
      { i: 2, text: units[2]!, ...lacking(['herald-a', 'herald-b', 'post']) },
      { i: 1, text: units[1]!, ...lacking(heraldLateTells ? ['herald-a', 'post'] : ['herald-a', 'herald-b', 'post']) },
    ],
    added: [],
    conflicts: [],
  };
}

describe('a left-out card is weighed by the outlets the panel says leave it out', () => {
  it.each([
    // The Herald's other article tells the closing date: only the Post leaves it out, as its badge says, so it ranks
    // below the bank, which both outlets leave out and which stands higher on the page (main: first, weighed as if both outlets left it out).
    [true, ['The bank advising Orvanta is Harlow & Co. — only here', 'Orvanta said it hopes to close the purchase by the end of June. — left out by 1 of 2 other outlets']],
    // Both Herald articles lack it: both outlets leave both sentences out, and the closing date keeps its place.
    [false, ['Orvanta said it hopes to close the purchase by the end of June. — only here', 'The bank advising Orvanta is Harlow & Co. — only here']],
  ] as const)("the Herald's second article tells the closing date: %s", (tells, lines) => {
    const view = buildView(rankReport(dealReport(tells)));
    expect(view.leftOut.map((x) => `${x.text} — ${leftOutBadge(x)}`)).toEqual(lines);
  });
});
