/**
 * audit68: a sentence an article tells twice makes one card, its first copy's (lib/engine/report.ts `TWICE`). audit67's
 * berclair: localmemphis.com told its lead twice, as a teaser and again after its dateline ("MEMPHIS, TN
 * (localmemphis.com)--…"); the first copy was aligned with the page, the second with nothing, and ranked first of
 * "Others added" though the page tells it. Text written for the test: the Herald tells a detail of its own as a teaser
 * and again after its dateline; the Gazette tells the story and a detail of its own twice.
 */
import { describe, expect, it } from 'vitest';
import { TWICE } from '../../lib/engine/report';
import { FLOOD_STORY } from '../data/engine/flood-story';
import { reportAgainst } from '../data/engine/report-against';
import { sentenceArticle } from '../data/engine/sentence-article';
import { withFlags } from '../data/with-flags';

const DETAIL = 'Volunteers filled four thousand sandbags at the Lorton fire station.';
const TEASER = 'A farmer lost two hundred sheep to the river near Carrow.';
const herald = sentenceArticle('herald', [TEASER, ...FLOOD_STORY, `LORTON, VA (herald.com)--${TEASER}`], { outlet: 'Herald', title: 'Valley flood' });
const gazette = sentenceArticle('gazette', [...FLOOD_STORY, DETAIL, 'Officials thanked residents for their help.', DETAIL], { outlet: 'Gazette', title: 'Lorton under water' });

describe('a sentence told twice by one article', () => {
  it.each([
    ['the Herald\'s teaser repeated after its dateline is one Added card', () => reportAgainst(gazette, [herald]).added.map((a) => a.text.replace(/^.*--/, '')), TEASER, 1],
    ['the Gazette\'s detail told twice is one Left-out card', () => reportAgainst(gazette, [herald]).leftOut.map((l) => l.text), DETAIL, 1],
  ] as const)('%s', (_, cards, text, n) => {
    expect(cards().filter((t) => t === text)).toHaveLength(n);
    // Without the rule, the copy makes a card of its own.
    expect(withFlags(TWICE, { on: false }, cards).filter((t) => t === text)).toHaveLength(n + 1);
  });
});
