/**
 * audit65: a group of sources (near-copies, or one outlet's several articles: "near-copies counted once") leaves a sentence
 * out only when none of its articles tells it — as Shared counts the group telling it when any article does. On the Band
 * Aid reading a Left-out card said "left out by 2 of 3 other outlets · Missing from Sky News and BBC" beside "Told by
 * itv.com, …" (Sky News a near-copy of itv.com), and its Shared twin "in 3 of 4 outlets · Missing from Sky News and BBC".
 * Reports are the engine's own on the deal story (tests/data/engine/sentence-article.ts), with a second Herald article
 * that tells the closing date or does not, and a Post that lacks it; the lines are the ones the panel draws.
 */
import { describe, expect, it } from 'vitest';
import { buildView, inLeftOutLead, leftOutBadge, missingFromLine } from '../../lib/sidebar/view';
import { reportAgainst } from '../data/engine/report-against';
import { dealStory, sentenceArticle } from '../data/engine/sentence-article';

const { gazette, tribune, herald } = dealStory();
const CLOSE = 'Orvanta expects the purchase to close';
const more = (id: string, outlet: string, sentences: string[]) => sentenceArticle(id, sentences, { outlet, date: '2012-03-01', title: `${outlet}: ${sentences[0]}` });
const OTHERS = {
  /** The Herald's second article, telling the closing date. */
  heraldTells: more('herald-late', 'Herald', ['Chip maker Orvanta is buying Kestrel Systems, a server start-up.', 'Orvanta expects the purchase to close in the second quarter of the year, it said.']),
  /** The Herald's second article, without it. */
  heraldLacks: more('herald-brief', 'Herald', ['Chip maker Orvanta is buying Kestrel Systems, a server start-up, for $410 million.']),
  /** A third outlet without it. */
  post: more('post', 'Post', ['Orvanta, a chip maker, is buying the server start-up Kestrel Systems for $410 million, the companies said on Wednesday.']),
};

/** The closing date's Left-out card as the panel reads it (badge, then its outlets line; null: no such card) and its Shared twin's line. */
function closing(others: Array<keyof typeof OTHERS>): { leftOut: string | null; shared: string | null } {
  const view = buildView(reportAgainst(gazette, [tribune, herald, ...others.map((k) => OTHERS[k])]));
  const card = view.leftOut.find((x) => x.text.startsWith(CLOSE));
  const twin = view.shared.find((x) => x.text.startsWith(CLOSE));
  expect(twin, 'the Tribune tells it: a Shared card').toBeDefined();
  return { leftOut: card ? `${leftOutBadge(card)} · ${missingFromLine(card)}` : null, shared: inLeftOutLead(twin!) };
}

describe('an outlet with one article telling a sentence does not leave it out', () => {
  it.each([
    // [the articles beside the Tribune and the Herald, the Left-out card, its Shared twin's line]
    [[], 'left out by 1 of 2 other outlets · Missing from Herald', 'Missing from Herald: see Left out by others.'],
    // Both Herald articles lack it: one outlet, named once, counted once (main too).
    [['heraldLacks'], 'left out by 1 of 2 other outlets · Missing from Herald', 'Missing from Herald: see Left out by others.'],
    // The Herald's other article tells it: no outlet leaves it out, so no Left-out card (main: "left out by 1 of 2").
    [['heraldTells'], null, null],
    // …and with a Post lacking it, only the Post leaves it out (main: "left out by 2 of 3 · Missing from Herald and Post").
    [['heraldTells', 'post'], 'left out by 1 of 3 other outlets · Missing from Post', 'Missing from Post: see Left out by others.'],
  ] as const)('beside the Tribune and the Herald: %j', (others, leftOut, shared) => {
    expect(closing([...others])).toEqual({ leftOut, shared });
  });
});
