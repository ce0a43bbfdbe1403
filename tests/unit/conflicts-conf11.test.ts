/**
 * conf11: an article that gives several values of one kind and head ("ambiguous") still lets a figure be
 * compared when what both outlets say of it singles it out — their complements share a word that no
 * other value of the key in either article has (docs/notes/conf11.md) — an age is anchored at birth; a figure someone needs (a target) is not a figure that is.
 * Short texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { ambiguousFigures, figureConflict } from '../../lib/engine/conflicts';
import { quantities } from '../../lib/nlp';
import { conflict, conflictIn, units } from './conflict-helpers';

const flood = [
  'The 1998 flood killed 4,200 people in the province, officials said.',
  'At least 60 people were injured in the capital on Monday.',
];
const report = [
  'A flood killed 4,800 people in the province and many more across the region in 1998.',
  'Nine people died in a landslide on Tuesday.',
];

describe('an ambiguous key singled out by what both say of the figure', () => {
  it('both articles give several counts of people', () => {
    expect([...ambiguousFigures(units(...flood))]).toContain('count|person');
    expect([...ambiguousFigures(units(...report))]).toContain('count|person');
  });

  it('the one count of people killed in the province in each article disagrees', () => {
    expect(conflictIn(flood, 0, report, 0)).toBe('number: 4,200 vs 4,800');
  });

  it('not when the article gives another value said of the same thing', () => {
    const twice = [...flood, 'Later counts put it at 5,000 people in the province.'];
    expect(conflictIn(twice, 0, report, 0)).toBeNull();
  });

  it('not when the complements share no word', () => {
    expect(conflictIn(flood, 0, ['A flood killed 4,800 people across the region in 1998.', 'Nine people died in a landslide on Tuesday.'], 0)).toBeNull();
  });

  it('not without the articles’ figures: an ambiguous key alone is never compared', () => {
    const A = units(...flood);
    const B = units(...report);
    expect(figureConflict(A[0]!.f.figures, B[0]!.f.figures, { a: new Set(ambiguousFigures(A)), b: new Set(ambiguousFigures(B)) })).toBeNull();
  });
});

describe('an age', () => {
  it('is anchored at birth whatever preposition comes before it', () => {
    expect(quantities('Trial is set for 26-year-old Carl Mason of Fort Coffee.')[0]!.anchor).toBe('|old');
    expect(quantities('Jurors convicted 27-year-old Carl Mason.')[0]!.anchor).toBe('|old');
    expect(quantities('He served for 26 years in the army.')[0]!.anchor).toBe('for|');
  });

  it('one man’s two ages disagree though the article gives another person’s age', () => {
    expect(
      conflictIn(
        ['Jurors convicted 27-year-old Carl Mason in the death of 20-year-old Ann Lee.'],
        0,
        ['Trial is set for June 17 for 26-year-old Carl Mason of Fort Coffee.'],
        0,
      ),
    ).toBe('number: 27 vs 26');
  });

  it('one man’s two ages disagree when no unit names a main actor but both figures are his', () => {
    const a = quantities('The jury deliberated for hours before convicting 27-year-old Carl Mason in the death of 20-year-old Ann Lee.');
    const b = quantities('Trial is set for June 17 for 26-year-old Carl Mason of Fort Coffee.');
    expect(figureConflict(a, b, undefined, false)).toBe('number: 27 vs 26');
  });

  it('a one-word noun after "the N-year-old" is no owner: two Americans are two people', () => {
    expect(quantities('It was the third fight for the 41-year-old American.')[0]!.owner).toBeUndefined();
    expect(quantities('Trial is set for the 26-year-old Carl Mason.')[0]!.owner).toBe('mason');
    expect(figureConflict(quantities('It was the third fight for the 41-year-old American.'), quantities('The champion floored him, and the 40-year-old American never recovered.'), undefined, false)).toBeNull();
  });

  it('two people’s ages are not one age when no main actor is shared', () => {
    const a = quantities('The jury convicted 27-year-old Carl Mason on Thursday.');
    const b = quantities('The court heard from 26-year-old Ann Lee on Thursday.');
    expect(figureConflict(a, b, undefined, false)).toBeNull();
  });
});

describe('a target', () => {
  it('reads a figure someone needs as a target', () => {
    expect(quantities('Hale needed just nine points in the game to pass Ford.')[0]!.target).toBe(true);
    expect(quantities('Hale scored 20 points in the game.')[0]!.target).toBeUndefined();
  });

  it('what a player needed is not what he scored', () => {
    expect(conflict('Hale needed nine points in the game against Duke to pass Ford.', 'Hale scored 20 points in the game against Duke.')).toBeNull();
  });

  it('two outlets’ targets still disagree', () => {
    expect(conflict('Hale needed nine points in the game against Duke to pass Ford.', 'Hale needed 11 points in the game against Duke to pass Ford.')).toBe('number: nine vs 11');
  });
});

describe('a run of a sequence', () => {
  it('reads the word that names the run', () => {
    expect(quantities('Brady completed his first 17 passes.')[0]!.run).toBe('first');
    expect(quantities('Brady completed 29 of 34 passes.')[0]!.run).toBeUndefined();
  });

  it('a run is not the whole it is part of', () => {
    expect(conflict('Brady completed his first 17 passes against Denver.', 'Brady completed 29 passes against Denver.')).toBeNull();
  });

  it('two outlets’ runs named alike still disagree', () => {
    expect(conflict('Brady completed his first 17 passes against Denver.', 'Brady completed his first 15 passes against Denver.')).toBe('number: 17 vs 15');
  });
});
