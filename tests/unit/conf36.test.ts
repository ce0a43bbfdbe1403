/**
 * conf36: a poll's margin of error is one survey's, not an amount two outlets can disagree on unless both name that
 * survey's pollster (docs/notes/conf36.md: four of the seven false reports of blind round 16, PolNeAR's 2016 campaign
 * news, were two polls' margins). Short texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { figureValues, quantities } from '../../lib/nlp';
import { conflict } from './conflict-helpers';

describe('a margin of error', () => {
  it('is read after "plus or minus", "±" and "margin of error"', () => {
    for (const t of [
      'The margin of sampling error is plus or minus five percentage points.',
      'The survey has a margin of error of 3.5 points.',
      'Support for the measure stood at 52 percent, ± 4 points.',
    ])
      expect(quantities(t).filter((q) => q.margin).length, t).toBe(1);
  });
  it('the polled figure itself is not a margin', () => {
    const [share] = quantities('Support for the measure stood at 52 percent, plus or minus 4 points.');
    expect(share!.text).toBe('52');
    expect(share!.margin).toBeUndefined();
  });
  it('two unnamed polls\' margins are not a conflict', () => {
    expect(conflict('The margin of sampling error is plus or minus five percentage points.', 'The margin of error is plus or minus 3.8 percentage points.')).toBeNull();
  });
  it('a margin is not the share it qualifies', () => {
    expect(conflict('The governor leads by four percentage points in the state.', 'The margin of error is plus or minus three percentage points in the state.')).toBeNull();
  });
  it('two margins of one named pollster still disagree', () => {
    expect(conflict('A Marist poll found a margin of error of plus or minus four percentage points.', 'A Marist poll found a margin of error of plus or minus three percentage points.')).toBe('number: four vs three');
  });
  it('two leads of one race still disagree (a lead is no margin of error)', () => {
    expect(conflict('The governor leads the race by four percentage points.', 'The governor leads the race by seven percentage points.')).toBe('number: four vs seven');
  });
  it('figureValues, the story vectors\' reading, is unchanged by it', () => {
    const t = 'The margin of sampling error is plus or minus five percentage points.';
    expect(figureValues(t).map((q) => [q.kind, q.value, q.text])).toEqual(quantities(t).map((q) => [q.kind, q.value, q.text]));
  });
});
