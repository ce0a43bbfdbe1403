/**
 * audit67: an absence claim is not weighed by where it stands (lib/engine/rank.ts `RANK_RULES.place` off). Another
 * outlet's lead, or this article's, tells the story both articles tell — the story match rests on those lines — so a
 * card claiming one of them is new or left out is the likeliest to be a rewording (audit66 / 67: dnc's HuffPost lead
 * ranked third as "the lead of HuffPost", caravan's and chelsea's leads "only here"). A report written for the test:
 * the Gazette read against the Herald, each card a sentence the other side lacks, the lead and a later line alike
 * in what they carry; the later line comes first in the report so a tie cannot decide.
 */
import { describe, expect, it } from 'vitest';
import { rankReport } from '../../lib/engine/rank';
import type { Report } from '../../lib/types';

const HERALD = ['Brennock council raised water rates on Tuesday.', 'Rates rise in July.', 'Bills go out in August.', 'Some homes pay less.', 'Pipes are old.', 'Leaks are common.', 'Repairs take weeks.', 'Brennock council also closed the east pool on Tuesday.'];
const GAZETTE = ['Water will cost more in Brennock after the council voted on Tuesday.', 'The vote was close.', 'Bills arrive monthly.', 'Meters are read in spring.', 'The plant is on Mill Road.', 'Its manager is new.', 'Mayor Ann Hale will open the library only at weekends.'];

function report(): Report {
  const units = (texts: string[]) => texts.map((text, i) => ({ i, text, matches: [] as number[] }));
  return {
    article: { id: 'gazette', title: 'Gazette', outlet: 'Gazette', date: null, url: null, units: GAZETTE.map((text, i) => ({ i, text, coveredBy: [] })) },
    related: [{ id: 'herald', title: 'Herald', outlet: 'Herald', sourceKey: 'herald', date: null, url: null, score: 0.8, relation: 'same-story', copied: { ofThis: 0, ofThat: 0 }, units: units(HERALD) }],
    shared: [],
    added: [7, 0].map((i) => ({ text: HERALD[i]!, sources: [{ id: 'herald', i }], outlets: 1, total: 1 })),
    leftOut: [6, 0].map((i) => ({ i, text: GAZETTE[i]!, missingFrom: ['herald'], outlets: 1, total: 1 })),
    conflicts: [],
  };
}

describe('an absence claim is not lifted by its place', () => {
  const ranked = rankReport(report());
  it.each([
    ["Added: the Herald's later line before its lead", ranked.added, HERALD[7]],
    ["Left out: the Gazette's later line before its lead", ranked.leftOut, GAZETTE[6]],
  ] as const)('%s, and no card says "lead"', (_, cards, first) => {
    expect(cards[0]!.text).toBe(first);
    expect(cards.map((c) => c.why ?? '').join(' ')).not.toMatch(/lead/);
  });
});
