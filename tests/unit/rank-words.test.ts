/**
 * cards40: a "Left out by others" card whose sentence the other outlet tells in other words spread over several of its
 * sentences — no one sentence near, but the card's words are all there — ranks below an equally weighted card whose
 * words that outlet lacks (lib/engine/rank.ts `sureAbsent` with the related articles' words, `toldWithWords`).
 * A story written for the test: the Gazette and the Herald on a town council vote.
 */
import { describe, expect, it } from 'vitest';
import { contained, rankReport, reportWords, sureAbsent, toldWithWords } from '../../lib/engine/rank';
import type { Report } from '../../lib/types';

const GAZETTE = [
  'The Brennock town council voted on Tuesday to raise water rates from July.',
  'The vote passed after a public hearing that ran late into the evening.',
  'The utility said several water mains had burst during the cold winter.',
  'The pipes had been old for a long time by then.',
  'The frost cracked pipes laid down decades ago.',
];
const HERALD = [
  'Brennock will charge more for water from July after a council vote on Tuesday.',
  'The public hearing ran late.',
  'By evening the vote had passed.',
  'The town library will extend its opening hours over the summer.',
];

function report(leftOut: Report['leftOut']): Report {
  return {
    article: { id: 'gazette', title: 'Water rates', outlet: 'Gazette', date: null, url: null, units: GAZETTE.map((text, i) => ({ i, text, coveredBy: i === 0 ? ['herald'] : [] })) },
    related: [
      {
        id: 'herald', title: 'Water bills', outlet: 'Herald', date: null, url: null, score: 0.8, relation: 'same-story', copied: { ofThis: 0, ofThat: 0 },
        units: HERALD.map((text, i) => ({ i, text, matches: i === 0 ? [0] : [] })),
      },
    ],
    shared: [],
    added: [],
    conflicts: [],
    leftOut,
  };
}

describe('left out: the Herald tells the vote after a late hearing over two sentences', () => {
  // Both cards carry the same features (no figure, quote, consequence or name), are left out by the one other outlet
  // and have a nearest sentence there as far (s 0.08); the hearing comes first in the article, so by care and s alone
  // it would rank first. Its words are all in the Herald; the burst mains' are not.
  const cards: Report['leftOut'] = [
    { i: 1, text: GAZETTE[1]!, missingFrom: ['herald'], outlets: 1, total: 1, closest: [{ id: 'herald', i: 1, s: 0.08 }] },
    { i: 2, text: GAZETTE[2]!, missingFrom: ['herald'], outlets: 1, total: 1, closest: [{ id: 'herald', i: 0, s: 0.08 }] },
  ];

  it('the burst mains, which the Herald never mentions, come first', () => {
    const ranked = rankReport(report(cards));
    expect(ranked.leftOut.map((l) => l.i)).toEqual([2, 1]);
    expect(ranked.leftOut.map((l) => l.rank)).toEqual([1, 2]);
  });

  it('no card appears or disappears', () => {
    expect(rankReport(report(cards)).leftOut.map((l) => l.i).sort()).toEqual([1, 2]);
  });

  it('how sure the absence is falls with the share of the sentence\'s words the other article has', () => {
    const words = reportWords(report(cards));
    expect(contained(GAZETTE[1]!, words('herald'))).toBeGreaterThan(contained(GAZETTE[2]!, words('herald')));
    expect(sureAbsent(cards[0]!, words)).toBeLessThan(sureAbsent(cards[1]!, words));
    expect(toldWithWords(0.08, 0.2)).toBeLessThan(toldWithWords(0.08, 0.8));
  });
});

describe('left out: words every page has are no evidence the Herald tells a sentence (hedge68)', () => {
  // Neither sentence has a content word in the Herald (pipes, old, frost, decades); the first shares its "the", "had",
  // "for", "a", "by" with it. Equal in weight and in s, they keep the article's order.
  const cards: Report['leftOut'] = [3, 4].map((i) => ({ i, text: GAZETTE[i]!, missingFrom: ['herald'], outlets: 1, total: 1, closest: [{ id: 'herald', i: 1, s: 0.08 }] }));

  it('the old pipes, told nowhere in the Herald, keep their place above the frost', () => {
    expect(rankReport(report(cards)).leftOut.map((l) => l.i)).toEqual([3, 4]);
    expect(contained(GAZETTE[3]!, reportWords(report(cards))('herald'))).toBe(0);
  });
});
