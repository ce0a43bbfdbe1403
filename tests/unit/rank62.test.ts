/**
 * rank62: a marked Added card ("only the marked part is new") is ranked as sure as rank34's s = 0 only when a name run
 * or a measure is marked; a card whose marks are all clauses is read by its nearest sentence here, like an unmarked
 * card (audit62 / marks62: clause-only marked cards were the least often right, 6 R / 5 P / 14 W). A story written for
 * the test: the Gazette and the Herald on a town council raising water rates.
 */
import { describe, expect, it } from 'vitest';
import { rankReport } from '../../lib/engine/rank';
import { novelSpans } from '../../lib/engine/report';
import type { NovelSpan, Report } from '../../lib/types';

const GAZETTE = ['The Brennock town council voted on Tuesday to raise water rates by 12 percent from July.', 'Most residents who spoke at the hearing opposed it.'];
const HERALD = [
  'Brennock will charge 12 percent more for water from July after a council vote on Tuesday.',
  'Most residents who spoke at the hearing were against the rise, and the meeting ran late.',
  'A second reservoir is planned north of town for the next decade.',
];

function report(marks: NovelSpan[]): Report {
  return {
    article: { id: 'gazette', title: 'Water rates', outlet: 'Gazette', date: null, url: null, units: GAZETTE.map((text, i) => ({ i, text, coveredBy: [] })) },
    related: [
      {
        id: 'herald', title: 'Water bills', outlet: 'Herald', date: null, url: null, score: 0.8, relation: 'same-story', copied: { ofThis: 0, ofThat: 0 },
        units: HERALD.map((text, i) => ({ i, text, matches: i < 2 ? [i] : [] })),
      },
    ],
    shared: [],
    conflicts: [],
    // The hearing line comes first in the Herald and carries the same features as the reservoir line: by care alone it
    // ranks first. Its counterpart here (the Gazette's hearing line) is close.
    added: [
      { text: HERALD[1]!, sources: [{ id: 'herald', i: 1 }], outlets: 1, total: 1, novel: marks, closest: { i: 1, s: 0.3 } },
      { text: HERALD[2]!, sources: [{ id: 'herald', i: 2 }], outlets: 1, total: 1, closest: { i: 0, s: 0.06 } },
    ],
    leftOut: [],
  };
}

const clause: NovelSpan = { start: 63, end: 87 };
describe('a marked added card ranks as sure as a wholly new one only when a name or a measure is marked', () => {
  it.each([
    ['only a clause marked ("the meeting ran late"): read by its close counterpart, after the reservoir', [clause], [HERALD[2], HERALD[1]]],
    ['a name or measure marked too: sure, first as the article orders it', [clause, { start: 4, end: 13, detail: true as const }], [HERALD[1], HERALD[2]]],
  ])('%s', (_, marks, order) => {
    expect(rankReport(report(marks)).added.map((a) => a.text)).toEqual(order);
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
