/**
 * conf15: a figure's owner singles it out — an age in apposition ("Dana Reyes, 41,") is its name's age; a block
 * number belongs to its street; an age before a person noun is that person's; one age per person noun picks a
 * figure out of an article's several ages (docs/notes/conf15.md). Short texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { quantities } from '../../lib/nlp';
import { conflict, conflictIn } from './conflict-helpers';

describe('an age in apposition is its owner’s age', () => {
  it('reads "Name, N," as the age of the name, keeping the count other readers use', () => {
    const [q] = quantities('Dana Reyes, 41, was charged with assault.');
    expect(q!.owner).toBe('reyes');
    expect(q!.compareAs).toEqual({ kind: 'duration', head: 'year' });
    expect(q!.kind).toBe('count');
  });

  it('reads an age that ends the text', () => {
    expect(quantities('The man charged is Dana Reyes, 41.')[0]!.owner).toBe('reyes');
  });

  it('a semicolon closes an apposed age in a list of people', () => {
    const qs = quantities('Those killed were Lee Park, 23; and Omar Diaz, 50.');
    expect(qs.map((q) => q.owner)).toEqual(['park', 'diaz']);
  });

  it('is not read after a weekday, a month or without a closing comma', () => {
    expect(quantities('On Friday, 12 people were hurt.')[0]!.compareAs).toBeUndefined();
    expect(quantities('In Riverton, 12 people were hurt.')[0]!.compareAs).toBeUndefined();
    expect(quantities('The fire started on March 3, 2015, at night.').some((q) => q.compareAs)).toBe(false);
  });

  it('"Reyes, 41," and "42-year-old Dana Reyes" disagree', () => {
    expect(conflict('Dana Reyes, 41, was charged with assault on Monday.', 'Police arrested 42-year-old Dana Reyes on Monday.')).toBe('number: 41 vs 42');
  });

  it('two people’s ages in apposition are not compared', () => {
    expect(conflict('Dana Reyes, 41, was charged with assault.', 'Lee Park, 42, was charged with assault.')).toBeNull();
  });

  it('singles out one person’s age among an article’s several ages', () => {
    const A = ['Dana Reyes, 41, was charged in the shooting.', 'The victim, Lee Park, 23, was taken to a hospital.'];
    const B = ['Police arrested 42-year-old Dana Reyes.', 'Lee Park, 23, was shot in the leg.'];
    expect(conflictIn(A, 0, B, 0)).toBe('number: 41 vs 42');
    expect(conflictIn(A, 1, B, 0)).toBeNull();
  });
});

describe('an age in apposition to a person noun', () => {
  it('"the gunman, 59," and "the 58-year-old gunman" disagree', () => {
    expect(quantities('The gunman, 59, fired from a balcony.')[0]!.person).toBe('gunman');
    expect(conflict('The gunman, 59, fired from a balcony.', 'The 58-year-old gunman fired from a balcony.')).toBe('number: 59 vs 58');
  });

  it('a list of ages after a plural is not read as one age', () => {
    expect(quantities('The boys, 12, 13 and 15, were not hurt.').some((q) => q.compareAs)).toBe(false);
  });

  it('a noun that names no person is not read', () => {
    expect(quantities('The stores, 12, were closed.')[0]!.compareAs).toBeUndefined();
  });
});

describe('a block number belongs to its street', () => {
  it('two blocks of one street told two ways disagree, whoever the clause is about', () => {
    expect(conflict('Officers were sent to the 2400 block of Kessler Avenue around 2 a.m.', 'The shooting happened in the 2300 block of Kessler Avenue.')).toBe('number: 2400 vs 2300');
  });

  it('reads a four-digit block as a block, not a year, for conflicts only', () => {
    const [q] = quantities('The shooting happened in the 1700 block of Kessler Avenue.');
    expect(q!.kind).toBe('year');
    expect(q!.compareAs).toEqual({ kind: 'count', head: 'block' });
    expect(conflict('Officers were sent to the 1700 block of Kessler Avenue.', 'The shooting happened in the 1800 block of Kessler Avenue.')).toBe('number: 1700 vs 1800');
  });

  it('blocks of two streets are two places, even when both are a "West … Street"', () => {
    expect(conflict('Officers were sent to the 2400 block of West Kessler Street.', 'A second car was found in the 2300 block of West Orchard Street.')).toBeNull();
  });

  it('a block and a house number within it are not compared', () => {
    expect(conflict('Officers were sent to the 300 block of Kessler Avenue.', 'The family lives at 313 Kessler Avenue.')).toBeNull();
  });
});

describe('an age before a person noun is that person’s', () => {
  it('is not the clause subject’s', () => {
    const [q] = quantities('Detectives arrested the 35-year-old suspect at his home.');
    expect(q!.owner).toBeUndefined();
    expect(q!.subject).toBeUndefined();
    expect(q!.person).toBe('suspect');
  });

  it('one person noun with one age in each article singles out the figure', () => {
    const A = ['The 34-year-old suspect shot a 22-year-old man outside the store.'];
    const B = ['Detectives arrested the 35-year-old suspect after a 22-year-old man was shot.'];
    expect(conflictIn(A, 0, B, 0)).toBe('number: 34 vs 35');
  });

  it('one boy aged in each article, with no other person told alike, is not singled out', () => {
    const A = ['A 16-year-old boy shot another teenager at a house, police said.', 'His 40-year-old father was not home.'];
    const B = ['A shooting at a house left a 15-year-old boy with a head wound.', 'A 38-year-old neighbor called police.'];
    expect(conflictIn(A, 0, B, 0)).toBeNull();
  });

  it('a second noun aged as the figure may be the same person: no evidence of the same people', () => {
    const A = ['A 7-year-old boy shot himself in the hand at home.', 'The 7-year-old son of the owner was taken to a hospital.'];
    const B = ['A 9-year-old boy was shot in the leg.', 'A 7-year-old son of a neighbor was not hurt.'];
    expect(conflictIn(A, 0, B, 0)).toBeNull();
  });

  it('a noun an article gives two ages is not singled out', () => {
    const A = ['The 34-year-old suspect shot a 22-year-old man.', 'A second suspect, also a man, is 19.', 'A 30-year-old suspect was later released.'];
    const B = ['Detectives arrested the 35-year-old suspect after a 22-year-old man was shot.'];
    expect(conflictIn(A, 0, B, 0)).toBeNull();
  });

  it('ages of two person nouns are not matched across an ambiguous key', () => {
    const A = ['A 34-year-old woman shot a 22-year-old man outside the store.'];
    const B = ['Detectives arrested the 35-year-old suspect after a 22-year-old man was shot.'];
    expect(conflictIn(A, 0, B, 0)).toBeNull();
  });
});
