/**
 * cards63: a whole line in parentheses is the writer's aside — no fact of its own — and comes after every other card of
 * its section, as the writer's own voice does (cards41): NJ.com's "(We never did settle on one, unlike our 565
 * municipalities …)" was ranked first as "the lead of NJ.com · gives a figure (565)" (audit62 cause 4). A line that
 * only holds a parenthesis keeps its place. A story written for the test: the Gazette and the Herald on a state slogan.
 */
import { describe, expect, it } from 'vitest';
import { rankReport, writerVoice } from '../../lib/engine/rank';
import { twoOutlets } from '../data/engine/two-outlet-report';

const GAZETTE = ['South Dakota unveiled a new slogan for its anti-drug campaign on Monday.', 'The governor defended the campaign.'];
const NEWS = 'The campaign drew wide attention on social media.';

/** The Herald's second line (`line`, with a figure) and a plain news line after it, both cards the Gazette lacks. */
function added(line: string): string[] {
  const herald = ['South Dakota launched a new anti-drug slogan on Monday.', line, NEWS];
  const { report, articles } = twoOutlets({ id: 'gazette', outlet: 'Gazette', sentences: GAZETTE }, { id: 'herald', outlet: 'Herald', sentences: herald }, [], [1, 2]);
  return rankReport(report, articles).added.map((a) => a.text);
}

describe('a parenthesised aside comes after the news it interrupts', () => {
  it.each([
    ['a whole line in parentheses, with a figure: after the plain news line', '(We never did settle on one, unlike our 565 towns, which all have one.)', 'last'],
    ['the same, the stop after the parenthesis', '(We never did settle on one, unlike our 565 towns, which all have one).', 'last'],
    ['a line holding a parenthesis: first, by its figure and place', 'The state’s 565 towns (each with a motto of its own) never chose one.', 'first'],
    ['two parentheses, not one around the whole line: first', '(Updated) The state paid $449,000 for the campaign (a record).', 'first'],
  ])('%s', (_, line, where) => {
    const order = added(line);
    expect(order).toHaveLength(2);
    expect(order.indexOf(line)).toBe(where === 'first' ? 0 : 1);
    expect(writerVoice(line).aside).toBe(where === 'last');
  });
});
