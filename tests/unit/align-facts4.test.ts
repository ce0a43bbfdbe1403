/**
 * Causes of report errors found on real multi-outlet coverage (dev sets plague, ukvisit, dnc, meth;
 * docs/notes/facts4.md), each with cases written for the test: a figure that replaces the other
 * outlet's figure is a discrepancy, not a second fact; an abbreviated month is a date, not a name;
 * an initial or "Jr." shared by two people does not make them one actor; a quotation sharing only a
 * three-word story phrase with another person's sentence is not the same quotation; the rest of a
 * headline's paragraph is the headline.
 */
import { describe, expect, it } from 'vitest';
import { differentActors, sameQuotation, weighPairs } from '../../lib/engine/align';
import { articleFeatures, reportFeatures } from '../../lib/engine/features';
import { entityRuns, foldedText, novelDetails, replacesFigure } from '../../lib/engine/report';
import { quantities } from '../../lib/nlp';
import { actorsDisagree, mainActors } from '../../lib/nlp/actors';
import type { Report } from '../../lib/types';
import { sentenceArticle } from '../data/engine/sentence-article';
import { reportAgainst } from '../data/engine/report-against';

const addedTexts = (r: Report) => r.added.map((a) => a.text);

describe('a figure that replaces the other outlet\'s figure', () => {
  const ferry = sentenceArticle('ferry-a', [
    'A ferry carrying commuters ran aground off the coast of Halden on Tuesday morning.',
    'The coast guard said about 40 people were taken to hospital with minor injuries.',
    'The operator suspended all crossings on the route until further notice.',
  ]);
  const ferryB = sentenceArticle('ferry-b', [
    'A commuter ferry ran aground near Halden on Tuesday, the coast guard said.',
    'More than 120 passengers were taken to hospital with minor injuries, the coast guard said.',
    'The operator has suspended crossings on the route until further notice.',
  ]);
  const ferryC = sentenceArticle('ferry-c', [
    'A commuter ferry ran aground near Halden on Tuesday, the coast guard said.',
    'The coast guard said 40 passengers were taken to hospital with minor injuries and 15 crew members were rescued by helicopter.',
    'The operator has suspended crossings on the route until further notice.',
  ]);

  it('is one fact told with another number: not "added", not "left out"', () => {
    const r = reportAgainst(ferry, [ferryB]);
    expect(addedTexts(r).some((t) => t.includes('More than 120'))).toBe(false);
    expect(r.leftOut.map((l) => l.i)).not.toContain(1);
  });
  it('a second figure beside the shared one is still a second fact ("40 … and 15 crew")', () => {
    const r = reportAgainst(ferry, [ferryC]);
    expect(addedTexts(r).some((t) => t.includes('15 crew members'))).toBe(true);
  });
  it('one for one only: two counts here against one there are not a replacement', () => {
    const own = quantities('There were 3,400 cases reported worldwide in five years, with 610 deaths.');
    const there = [quantities('Cases have been reported in 12 countries.')];
    expect(replacesFigure(own.find((q) => q.value === 3400)!, own, there)).toBe(false);
    const single = quantities('The fire destroyed more than 300 homes.');
    expect(replacesFigure(single[0]!, single, [quantities('The fire destroyed 180 homes.')])).toBe(true);
    // A toll told as a share is the same measure as a count.
    const share = quantities('The famine killed up to 30 percent of the population.');
    expect(replacesFigure(single[0]!, single, [share])).toBe(true);
    // A sum of money never replaces a count.
    expect(replacesFigure(single[0]!, single, [quantities('Repairs will cost $2 million.')])).toBe(false);
  });
  it('without counterparts, a figure the other article never gives is a second fact', () => {
    const other = sentenceArticle('o', ['The fire destroyed homes on the hill.']);
    expect(novelDetails('The fire destroyed more than 300 homes.', foldedText(other))).toEqual(['more than 300']);
    expect(novelDetails('The fire destroyed more than 300 homes.', foldedText(other), foldedText(other).figures, [quantities('The fire destroyed 180 homes.')])).toEqual([]);
  });
});

describe('an abbreviated month before a day is a date, not a name', () => {
  it('"Dec. 6", "(Nov. 18)", "Sept. 30" are left out of the names; "Jan" as a name stays', () => {
    expect(entityRuns('Tickets go on sale Friday, Dec. 6 at the Fillmore box office.').flat()).not.toContain('dec');
    expect(entityRuns('The band played the Orpheum on Monday night (Nov. 18) in Memphis, Tennessee.').flat()).not.toContain('nov');
    expect(entityRuns('Voters in Sept. 30 polls backed Jan Novak for mayor.').flat()).toEqual(expect.arrayContaining(['jan', 'novak']));
  });
  it.each([
    ['Chelsea beat Arsenal on Feb 23 at Stamford Bridge.', 'feb'],
    ['The strike began on Sept 11 and lasted a week.', 'sept'],
    ['The plant closed in Dec. 2019 after the merger.', 'dec'],
  ])('without its stop, as wires write it: %s', (text, month) => {
    expect(entityRuns(text).flat()).not.toContain(month);
  });
  it('so a date and one new place are not "two names the other outlet never gives"', () => {
    const other = sentenceArticle('o', ['The band will tour in the spring, with tickets sold by Ticketmaster.']);
    expect(novelDetails('Ticketmaster sells tickets for the Memphis show on Dec. 6.', foldedText(other))).toEqual([]);
    const match = sentenceArticle('m', ['Chelsea beat Arsenal on Saturday in the league.']);
    expect(novelDetails('Chelsea beat Arsenal on Feb 23 at Stamford Bridge.', foldedText(match))).toEqual([]);
  });
});

describe('an initial, a suffix or a party letter does not make two people one actor', () => {
  const a = 'Martin J. Okafor Jr., a former aide to the mayor who is named in the complaint, called it a smear.';
  const b = 'Dana Whitfield, spokeswoman for the Paul J. Harlan Jr. for Mayor committee, dismissed the complaint as baseless.';
  const [actA] = mainActors([a]);
  const [actB] = mainActors([b]);
  it('Okafor and Whitfield disagree although "J." and "Jr." are in both sentences', () => {
    expect(actA).toBeTruthy();
    expect(actB).toBeTruthy();
    expect(actorsDisagree(actA!, a, actB!, b)).toBe(true);
  });
  it('the same person named again is still one actor', () => {
    const c = 'Mr. Okafor said the complaint was a smear.';
    expect(actorsDisagree(actA!, a, mainActors([c])[0]!, c)).toBe(false);
  });
  it('an actor written only in short words keeps them ("U.S." / "the U.S. envoy")', () => {
    const u = 'The U.S. imposed new tariffs on steel.';
    const v = 'Washington said the U.S. would not back down.';
    const [au] = mainActors([u]);
    expect(au).toBeTruthy();
    expect(actorsDisagree(au!, u, mainActors([v])[0] ?? null, v)).toBe(false);
  });
});

describe('a quotation is the same quotation only when four or more words run alike', () => {
  const pairs = weighPairs([
    [
      '"The port strike will show the city that dock workers can no longer be ignored," the union leader said.',
      'For the mayor, the port strike is a test of her promise to keep the harbour open.',
    ],
    [
      'The union said in a statement: "We will stay out until the port authority restores the night shift."',
      'Union leaders said they would stay out until the port authority restores the night shift.',
    ],
  ]);
  const [union, mayor] = pairs[0]!;
  const [quoted, reported] = pairs[1]!;
  it('"the port strike" in a quote and in a sentence about the mayor: two people, two statements', () => {
    expect(sameQuotation(union!, mayor!)).toBe(false);
    expect(differentActors(union!, new Set(['union']), mayor!, new Set(['mayor', 'jansen']))).toBe(true);
  });
  it('reported speech that repeats the quote word for word is the same statement', () => {
    expect(sameQuotation(quoted!, reported!)).toBe(true);
  });
});

describe('the rest of the headline\'s paragraph is the headline', () => {
  // A two-sentence headline whose title kept the first sentence, then the body (one paragraph per line).
  const a = sentenceArticle('paper', [
    'City Council Approves the Harbour Tunnel.',
    "Here's What It Means for Drivers.",
    'The council voted 9 to 4 on Tuesday to build the tunnel.',
  ], { title: 'City Council Approves the Harbour Tunnel' });
  // sentenceArticle gives one paragraph per sentence: put the second sentence in the headline's paragraph.
  const units = a.units.map((u) => (u.i === 1 ? { ...u, p: 0 } : u));
  const b = { ...a, units };
  const f = reportFeatures(b, articleFeatures(b));
  it('"Here\'s What It Means for Drivers." beside the repeated headline is not a fact; the body is', () => {
    expect(f.map((x) => x.fact)).toEqual([false, false, true]);
  });
  it('a paragraph of its own after the headline that opens the story (a dateline) stays a fact', () => {
    const c = sentenceArticle('paper2', [
      'City Council Approves the Harbour Tunnel.',
      'HARLOW, Essex — The mayor said work would start in the spring.',
      'The council voted 9 to 4 on Tuesday to build the tunnel.',
    ], { title: 'City Council Approves the Harbour Tunnel' });
    expect(reportFeatures(c, articleFeatures(c)).map((x) => x.fact)).toEqual([false, true, true]);
    // Without the dateline it is the standfirst, not a fact (facts12: tests/unit/report-facts12.test.ts).
    const d = sentenceArticle('paper3', [
      'City Council Approves the Harbour Tunnel.',
      'The mayor said work would start in the spring.',
      'The council voted 9 to 4 on Tuesday to build the tunnel.',
    ], { title: 'City Council Approves the Harbour Tunnel' });
    expect(reportFeatures(d, articleFeatures(d)).map((x) => x.fact)).toEqual([false, false, true]);
  });
});
