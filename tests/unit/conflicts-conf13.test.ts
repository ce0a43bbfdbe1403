/**
 * conf13: a figure the other side's bound or vague word admits agrees with it ("within 20 miles" / "17 miles",
 * "scores of" / "around 50"); two durations of two named things are two quantities ("a 30-day program" / "90
 * days of treatment"); a quote that only spells out an initialism, puts one preposition for another or drops
 * "right" before "here" is worded, not changed (docs/notes/conf13.md). Short texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { quoteDifference } from '../../lib/engine/conflicts';
import { quantities } from '../../lib/nlp';
import { conflict } from './conflict-helpers';

const quote = (a: string, b: string) => quoteDifference({ text: a, speaker: 'Dana Reyes' }, { text: b, speaker: 'Reyes' });

describe('a bound agrees with a figure it admits', () => {
  it('reads "within" as an upper bound', () => {
    const [d] = quantities('A shell landed within 12 miles of Port Elin.');
    expect(d!.qualifier).toBe('within');
    expect(d!.text).toBe('within 12');
  });

  it('"within 12 miles" and "9 miles" of one town agree', () => {
    expect(conflict('One shell landed within 12 miles of Port Elin.', 'The shell hit a farm 9 miles from Port Elin.')).toBeNull();
  });

  it('"within 12 miles" and "15 miles" still disagree', () => {
    expect(conflict('One shell landed within 12 miles of Port Elin.', 'The shell hit a farm 15 miles from Port Elin.')).toBe('number: within 12 vs 15');
  });

  it('"no less than" is a lower bound that holds its value, not "less than"', () => {
    expect(conflict('No less than 200 miners were trapped.', 'Rescuers said 200 miners were trapped.')).toBeNull();
    expect(conflict('No less than 200 miners were trapped.', 'Rescuers said 150 miners were trapped.')).toBe('number: No less than 200 vs 150');
  });

  it('"as many as" admits a smaller figure, not a larger one', () => {
    expect(conflict('As many as 300 miners were trapped.', 'Rescuers said 250 miners were trapped.')).toBeNull();
    expect(conflict('As many as 300 miners were trapped.', 'Rescuers said 350 miners were trapped.')).toBe('number: As many as 300 vs 350');
  });

  it('a duration "within" a span keeps its anchor', () => {
    const [d] = quantities('The ministry must reply within 30 days of the request.');
    expect(d!.anchor).toBe('within|');
  });
});

describe('a vague word agrees with a figure it holds', () => {
  it('"scores of" and "around 60" agree', () => {
    expect(conflict('The guide is printed in scores of languages.', 'The guide is printed in around 60 languages.')).toBeNull();
  });

  it('"scores of" and "about 20" disagree', () => {
    expect(conflict('The guide is printed in scores of languages.', 'The guide is printed in about 20 languages.')).toBe('number: scores vs about 20');
  });

  it('a vague word and a bound agree when both can be true, and disagree when the bound cannot meet it (vague42)', () => {
    expect(conflict('Hundreds of miners were trapped.', 'More than 300 miners were trapped.')).toBeNull();
    expect(conflict('Hundreds of miners were trapped.', 'Fewer than 100 miners were trapped.')).toBe('number: Hundreds vs Fewer than 100');
  });
});

describe('a duration is the length of what it names', () => {
  it('reads the noun a hyphenated duration is written before', () => {
    expect(quantities('She finished a 45-day course at the clinic.')[0]!.measures).toBe('cours');
    expect(quantities('The 31-year-old nurse left.')[0]!.measures).toBeUndefined();
  });

  it('a course and a treatment ordered are two quantities', () => {
    expect(conflict('Mara Quill finished a 45-day course at the clinic.', 'A judge ordered Mara Quill to serve 120 days of treatment.')).toBeNull();
  });

  it('one sentence told two ways still disagrees', () => {
    expect(conflict('Mara Quill was given a 45-day sentence.', 'Mara Quill was given a 60-day sentence.')).toBe('number: 45 vs 60');
  });
});

describe('a quote worded, not changed', () => {
  it('an initialism spelled out is one name', () => {
    expect(quote('we urge all NPA members to vote for the plan today', 'we urge all National Pilots Association members to vote for the plan today')).toBeNull();
  });

  it('initials that are not the other words still differ', () => {
    expect(quote('we urge all NPA members to vote for the plan today', 'we urge all union members to vote for the plan today')).not.toBeNull();
  });

  it('one preposition for another, and "right" before "here", are wording', () => {
    expect(quote('Our staff, including right here in the harbor office, will be heard', 'Our staff, including here at the harbor office, will be heard')).toBeNull();
  });

  it('opposite directions still differ', () => {
    expect(quote('we will move the tanks to the border tomorrow morning', 'we will move the tanks from the border tomorrow morning')).not.toBeNull();
  });

  it('"right" as a judgment still differs', () => {
    expect(quote('it was the right decision for the whole team', 'it was the decision for the whole team')).not.toBeNull();
  });
});
