/**
 * cards43: a "Left out by others" card that the outlet said to leave it out tells in a third outlet's words — the
 * Courier aligns with the card, and the Herald holds the Courier's words though none of the card's — ranks below an
 * equally weighted card the Herald lacks in every wording (lib/engine/rank.ts `reportTellings`, `sureAbsent` with
 * tellings). A story written for the test: three papers on a water-rate vote.
 */
import { describe, expect, it } from 'vitest';
import { rankReport, reportTellings, reportWords, sureAbsent } from '../../lib/engine/rank';
import type { Report } from '../../lib/types';

const GAZETTE = [
  'The Brennock council voted on Tuesday to raise water rates from July.',
  'Bills for a typical household would climb sharply, officials conceded.',
  'The utility blamed pipes that cracked during the cold winter.',
];
const COURIER = [
  'Water rates in Brennock will rise from July after a council vote on Tuesday.',
  'The average family will pay about a fifth more each month, the finance office said.',
  'The utility blamed pipes that cracked during the cold winter.',
];
const HERALD_TELLS = [
  'Brennock will charge more for water from July after a council vote.',
  'The finance office said the average family would pay more each month.',
  'The town library will extend its summer opening hours.',
];
const HERALD_LACKS = [HERALD_TELLS[0]!, 'Councillors argued for an hour before the show of hands.', HERALD_TELLS[2]!];

function report(herald: string[]): Report {
  const related = (id: string, sentences: string[], matches: number[][]) => ({
    id, title: id, outlet: id, date: null, url: null, score: 0.8, relation: 'same-story' as const, copied: { ofThis: 0, ofThat: 0 },
    units: sentences.map((text, i) => ({ i, text, matches: matches[i]! })),
  });
  // Both cards: left out by the Herald alone, nearest sentence there as far (s 0.05), no figure, quote, consequence or
  // name; the household bills come first in the Gazette, so by care and s alone they rank first.
  const card = (i: number) => ({ i, text: GAZETTE[i]!, missingFrom: ['herald'], outlets: 1, total: 2, closest: [{ id: 'herald', i: 2, s: 0.05 }] });
  return {
    article: { id: 'gazette', title: 'Water rates', outlet: 'Gazette', date: null, url: null, units: GAZETTE.map((text, i) => ({ i, text, coveredBy: i === 0 ? ['courier', 'herald'] : ['courier'] })) },
    related: [related('courier', COURIER, [[0], [1], [2]]), related('herald', herald, [[0], [], []])],
    shared: [],
    added: [],
    conflicts: [],
    leftOut: [card(1), card(2)],
  };
}

describe('left out: the Herald tells the household bills in the Courier\'s words', () => {
  it('the cracked pipes, which the Herald tells in no wording, come first', () => {
    expect(rankReport(report(HERALD_TELLS)).leftOut.map((l) => l.i)).toEqual([2, 1]);
  });

  it('without the Courier\'s words in the Herald, the household bills are as sure an absence as the pipes', () => {
    // Since audit67 a card's place no longer parts two equally weighted cards, so the control reads the sureness itself.
    const sure = (herald: string[]) => {
      const r = report(herald);
      const words = reportWords(r);
      const tellings = reportTellings(r);
      return [1, 2].map((i) => sureAbsent(r.leftOut.find((l) => l.i === i)!, words, tellings.get(i)));
    };
    const [lacks1, lacks2] = sure(HERALD_LACKS);
    const [tells1, tells2] = sure(HERALD_TELLS);
    expect(Math.abs(lacks1! - lacks2!)).toBeLessThan(0.05);
    expect(tells1!).toBeLessThan(tells2! - 0.1);
  });

  it('the tellings of a unit are the related articles\' sentences aligned with it', () => {
    const told = reportTellings(report(HERALD_TELLS));
    expect(told.get(1)).toEqual([{ id: 'courier', text: COURIER[1] }]);
    expect(told.get(0)?.map((t) => t.id)).toEqual(['courier', 'herald']);
  });
});
