/**
 * rank66: an Added card is ranked by its own sentence (lib/engine/rank.ts `RANK_RULES.lend`). A card groups other
 * outlets' sentences, and a grouped one may tell another fact (audit66: BBC's Mourinho line ranked first as "the lead
 * of The Telegraph", because the Telegraph's lead — the draw itself, the page's own lead — was grouped under it). Where
 * the card's sentence stands in its own article — the sentence the card shows — now sets its place and its "the lead
 * of …" line. A report written for the test: the Gazette read against the Herald and the Post.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RANK_RULES, rankReport } from '../../lib/engine/rank';
import type { Report } from '../../lib/types';

const HERALD = ['Brennock council raised water rates on Tuesday.', 'Mayor Ann Hale said the vote was tight.', 'Tom Reid chairs the Brennock water board.'];
const POST = ['The vote came after a long debate.', 'Rates rise in July.', 'Bills go out in August.', 'Some homes pay less.', 'Pipes are old.', 'Leaks are common.', 'Repairs take weeks.', 'Mayor Ann Hale had asked the board to wait.'];

/** Two Added cards: one grouping `sources` (its text the first one's), one the Herald's second sentence alone. */
function report(sources: Array<{ id: string; i: number }>): Report {
  const units = (texts: string[], lead: boolean) => texts.map((text, i) => ({ i, text, matches: lead && i === 0 ? [0] : [] }));
  const related = (id: string, texts: string[]) => ({ id, title: id, outlet: id === 'herald' ? 'Herald' : 'Post', sourceKey: id, date: null, url: null, score: 0.8, relation: 'same-story' as const, copied: { ofThis: 0, ofThat: 0 }, units: units(texts, id === 'herald') });
  const card = (sources: Array<{ id: string; i: number }>, text: string) => ({ text, sources, outlets: sources.length, total: 2 });
  return {
    article: { id: 'gazette', title: 'Gazette', outlet: 'Gazette', date: null, url: null, units: [{ i: 0, text: 'Water will cost more in Brennock after Tuesday’s council vote.', coveredBy: ['herald'] }] },
    related: [related('herald', HERALD), related('post', POST)],
    shared: [],
    leftOut: [],
    added: [
      card(sources, (sources[0]!.id === 'post' ? POST : HERALD)[sources[0]!.i]!),
      card([{ id: 'herald', i: 1 }], HERALD[1]!),
    ],
    conflicts: [],
  };
}

describe("an Added card's place and its \"lead of\" line are its own sentence's", () => {
  // Since audit67 an absence claim's place is not weighed (RANK_RULES.place false: tests/unit/audit67.test.ts); rank66's
  // rule holds whenever it is.
  beforeAll(() => void (RANK_RULES.place = true));
  afterAll(() => void (RANK_RULES.place = false));
  it.each([
    // [the first card's sources, the Added lines in order, the first card's reason]
    ["the Herald's lead grouped under the Post's eighth sentence", [{ id: 'post', i: 7 }, { id: 'herald', i: 0 }], [HERALD[1], POST[7]], undefined],
    ["the Post's eighth sentence alone", [{ id: 'post', i: 7 }], [HERALD[1], POST[7]], undefined],
    ["the Herald's lead shown, the Post's sentence grouped under it", [{ id: 'herald', i: 0 }, { id: 'post', i: 7 }], [HERALD[0], HERALD[1]], 'the lead of Herald'],
  ] as const)('%s', (_, sources, order, why) => {
    const ranked = rankReport(report([...sources]));
    expect(ranked.added.map((a) => a.text)).toEqual(order);
    expect(ranked.added[0]!.why).toBe(why);
  });
});
