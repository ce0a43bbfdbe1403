/**
 * rank34: the first five cards weigh how sure the engine is of the absence a card claims (lib/engine/rank.ts
 * `sureAbsent`). A card whose fact the other side plainly tells in other words — its nearest sentence there is close
 * (the report's `closest`) — ranks below an equally weighted card with no counterpart. A story written for the test:
 * the Gazette and the Herald on a town council raising water rates.
 */
import { describe, expect, it } from 'vitest';
import { rankReport, sureAbsent, toldElsewhere } from '../../lib/engine/rank';
import { novelSpans } from '../../lib/engine/report';
import type { NovelSpan, Report } from '../../lib/types';

const GAZETTE = [
  'The Brennock town council voted on Tuesday to raise water rates by 12 percent from July.',
  'Council members said the increase would pay for new pipes under the old market district.',
  'Residents who spoke at the hearing mostly opposed the increase.',
  'The vote passed after a public hearing that ran late into the evening.',
  'The utility said several water mains had burst during the cold winter.',
  'A lakeside park will reopen in the spring after repairs to its paths.',
];
const HERALD = [
  'Brennock will charge 12 percent more for water from July after a council vote on Tuesday.',
  'The money will fund new pipes under the market district, council members said.',
  // As a nearest sentence at s 0.21 does, it shares some of the Gazette's words (cards40: those count too).
  'Most residents who spoke at the hearing were against the rise.',
  'A second reservoir is planned north of town for the next decade.',
  'The town library will extend its opening hours over the summer.',
];

/** The Gazette's report against the Herald, before ranking: sections in article order, as buildReport gives them. */
function report(added: Report['added'], leftOut: Report['leftOut'], gazette = GAZETTE, herald = HERALD): Report {
  return {
    article: { id: 'gazette', title: 'Water rates', outlet: 'Gazette', date: null, url: null, units: gazette.map((text, i) => ({ i, text, coveredBy: [] })) },
    related: [
      {
        id: 'herald', title: 'Water bills', outlet: 'Herald', date: null, url: null, score: 0.8, relation: 'same-story', copied: { ofThis: 0, ofThat: 0 },
        units: herald.map((text, i) => ({ i, text, matches: i < 2 ? [i] : [] })),
      },
    ],
    shared: [],
    conflicts: [],
    added,
    leftOut,
  };
}

describe('a card the other side tells in other words ranks below an equally weighted card with no counterpart', () => {
  it('left out: the hearing\'s opposition, told by the Herald as "most residents … were against the rise", ranks below the burst mains', () => {
    // Both sentences carry the same features (no figure, quote, consequence or name) and are left out by the one
    // other outlet; the opposition comes first in the article, so by care alone it would rank first.
    const r = report([], [
      { i: 2, text: GAZETTE[2]!, missingFrom: ['herald'], outlets: 1, total: 1, closest: [{ id: 'herald', i: 2, s: 0.21 }] },
      { i: 4, text: GAZETTE[4]!, missingFrom: ['herald'], outlets: 1, total: 1, closest: [{ id: 'herald', i: 0, s: 0.06 }] },
    ]);
    const ranked = rankReport(r);
    expect(ranked.leftOut.map((l) => l.i)).toEqual([4, 2]);
    expect(ranked.leftOut.map((l) => l.rank)).toEqual([1, 2]);
  });

  it('added: the Herald\'s "most residents … were against the rise", which the Gazette tells, ranks below its reservoir plan', () => {
    const r = report(
      [
        { text: HERALD[2]!, sources: [{ id: 'herald', i: 2 }], outlets: 1, total: 1, closest: { i: 2, s: 0.21 } },
        { text: HERALD[3]!, sources: [{ id: 'herald', i: 3 }], outlets: 1, total: 1, closest: { i: 0, s: 0.06 } },
      ],
      [],
    );
    expect(rankReport(r).added.map((a) => a.text)).toEqual([HERALD[3], HERALD[2]]);
  });

  it('the order is only changed, never the cards: every card is still there, once', () => {
    const added: Report['added'] = HERALD.slice(2).map((text, k) => ({ text, sources: [{ id: 'herald', i: k + 2 }], outlets: 1, total: 1, closest: { i: k, s: 0.05 * k } }));
    const leftOut: Report['leftOut'] = GAZETTE.slice(2).map((text, k) => ({ i: k + 2, text, missingFrom: ['herald'], outlets: 1, total: 1, closest: [{ id: 'herald', i: k, s: 0.22 - 0.05 * k }] }));
    const ranked = rankReport(report(added, leftOut));
    expect([...ranked.added.map((a) => a.text)].sort()).toEqual([...added.map((a) => a.text)].sort());
    expect([...ranked.leftOut.map((l) => l.i)].sort()).toEqual([2, 3, 4, 5]);
  });
});

describe('how sure an absence is', () => {
  it('falls as the other side\'s nearest sentence comes closer', () => {
    expect(toldElsewhere(0.05)).toBeLessThan(toldElsewhere(0.15));
    expect(toldElsewhere(0.15)).toBeLessThan(toldElsewhere(0.3));
    expect(toldElsewhere(0)).toBeGreaterThan(0);
    expect(toldElsewhere(1)).toBeLessThan(1);
  });

  it('an article that tells the sentence but for a marked name or figure is no doubt about it: its aligned sentence is not a rewording', () => {
    // The Herald tells the vote and the hearing but not that it ran late: its nearest sentence is the aligned one.
    const marked = { i: 3, text: GAZETTE[3]!, missingFrom: ['herald'], outlets: 1, total: 1, novel: [{ start: 40, end: 71, detail: true as const }], partly: [{ id: 'herald', novel: [{ start: 40, end: 71, detail: true as const }] }], closest: [{ id: 'herald', i: 2, s: 0.4 }] };
    const whole = { ...marked, novel: undefined, partly: undefined };
    expect(sureAbsent(marked)).toBeCloseTo(1 - toldElsewhere(0));
    expect(sureAbsent(whole)).toBeLessThan(sureAbsent(marked));
  });

  it('a sentence left out by two outlets, one of which tells it in other words, is surer than one both tell in other words', () => {
    const one = { i: 2, text: GAZETTE[2]!, missingFrom: ['herald', 'tribune'], outlets: 2, total: 2, closest: [{ id: 'herald', i: 2, s: 0.21 }, { id: 'tribune', i: 1, s: 0.05 }] };
    const both = { ...one, closest: [{ id: 'herald', i: 2, s: 0.21 }, { id: 'tribune', i: 1, s: 0.21 }] };
    expect(sureAbsent(one)).toBeGreaterThan(sureAbsent(both));
    expect(sureAbsent(one)).toBeLessThan(sureAbsent({ ...one, closest: [] }));
  });
});

/**
 * rank62: a marked Added card ("only the marked part is new") is ranked as sure as rank34's s = 0 only when a name run
 * or a measure is marked; a card whose marks are all clauses is read by its nearest sentence here, like an unmarked
 * card (audit62 / marks62: clause-only marked cards were the least often right, 6 R / 5 P / 14 W). The same story,
 * two shorter tellings.
 */
const GAZETTE62 = ['The Brennock town council voted on Tuesday to raise water rates by 12 percent from July.', 'Most residents who spoke at the hearing opposed it.'];
const HERALD62 = [
  'Brennock will charge 12 percent more for water from July after a council vote on Tuesday.',
  'Most residents who spoke at the hearing were against the rise, and the meeting ran late.',
  'A second reservoir is planned north of town for the next decade.',
];

/** rank62: the Herald's hearing line marked (`marks`) beside a wholly new reservoir line. */
function marked(marks: NovelSpan[]): Report {
  // The hearing line comes first in the Herald and carries the same features as the reservoir line: by care alone it
  // ranks first. Its counterpart here (the Gazette's hearing line) is close.
  const added: Report['added'] = [
    { text: HERALD62[1]!, sources: [{ id: 'herald', i: 1 }], outlets: 1, total: 1, novel: marks, closest: { i: 1, s: 0.3 } },
    { text: HERALD62[2]!, sources: [{ id: 'herald', i: 2 }], outlets: 1, total: 1, closest: { i: 0, s: 0.06 } },
  ];
  return report(added, [], GAZETTE62, HERALD62);
}

const clause: NovelSpan = { start: 63, end: 87 };
describe('a marked added card ranks as sure as a wholly new one only when a name or a measure is marked', () => {
  it.each([
    ['only a clause marked ("the meeting ran late"): read by its close counterpart, after the reservoir', [clause], [HERALD62[2], HERALD62[1]]],
    ['a name or measure marked too: sure, first as the article orders it', [clause, { start: 4, end: 13, detail: true as const }], [HERALD62[1], HERALD62[2]]],
  ])('%s', (_, marks, order) => {
    expect(rankReport(marked(marks)).added.map((a) => a.text)).toEqual(order);
  });
});

describe('a mark knows its kind', () => {
  const text = 'Mayor Ann Voss said the Harlow Pumping Station would close for 3 weeks, and the meeting ran late.';
  it.each([
    ['a clause of novelClauses', ['and the meeting ran late'], [{ start: 72, end: 96 }]],
    ['a name run', ['Harlow Pumping Station'], [{ start: 24, end: 46, detail: true }]],
    ['a measure merged into an untold clause', ['3 weeks'], [{ start: 47, end: 70, detail: true }]],
  ])('%s', (_, details, spans) => {
    const untold = details[0] === '3 weeks' ? [{ start: 47, end: 70, text: 'would close for 3 weeks' }] : [];
    expect(novelSpans(text, untold, details, new Set(['and the meeting ran late']))).toEqual(spans);
  });
});

/**
 * cards63: the same for a Left-out card. An article said to tell the sentence but for a marked part is as sure a
 * teller-of-the-rest as rank34's p(0) says only when a name run or a measure is marked; when only clauses are marked it
 * is read by its nearest sentence, as an article lacking the whole sentence is (pooled over 7 dev sheets, left-out top
 * 5 strict 0.54 → 0.56, docs/notes/cards63.md).
 */
const GAZETTE63 = [
  'The Brennock town council voted on Tuesday to raise water rates by 12 percent from July.',
  'The vote followed a public hearing at Harlow Hall at which most residents opposed the rise, and the meeting ran late.',
  'A lakeside park will reopen in the spring after repairs to its paths.',
];
const HERALD63 = [
  'Brennock will charge 12 percent more for water from July after a council vote on Tuesday.',
  'Most residents who spoke at the public hearing before the vote opposed the rise.',
];

/** The Gazette's hearing line, which the Herald tells but for its marked part (`marks`), beside the park line it lacks. */
function leftMarked(marks: NovelSpan[]): Report {
  const r = report([], [], GAZETTE63, HERALD63);
  r.leftOut = [
    { i: 1, text: GAZETTE63[1]!, missingFrom: ['herald'], outlets: 1, total: 1, novel: marks, partly: [{ id: 'herald', novel: marks }], closest: [{ id: 'herald', i: 1, s: 0.45 }] },
    { i: 2, text: GAZETTE63[2]!, missingFrom: ['herald'], outlets: 1, total: 1, closest: [{ id: 'herald', i: 0, s: 0.04 }] },
  ];
  return r;
}

const span = (part: string, detail?: true): NovelSpan => {
  const start = GAZETTE63[1]!.indexOf(part);
  return { start, end: start + part.length, ...(detail ? { detail } : {}) };
};
const lateClause = span('and the meeting ran late');
describe('a left-out card told elsewhere but for a marked part ranks as sure as a wholly missing one only when a name or a measure is marked', () => {
  it.each([
    ['only a clause marked ("the meeting ran late"): read by the Herald\'s close hearing line, after the park', [lateClause], [2, 1]],
    ['a name marked too ("Harlow Hall"): sure, first as the article orders it', [span('Harlow Hall', true), lateClause], [1, 2]],
  ])('%s', (_, marks, order) => {
    expect(rankReport(leftMarked(marks)).leftOut.map((l) => l.i)).toEqual(order);
  });
});
