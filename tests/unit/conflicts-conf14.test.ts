/**
 * conf14: a remainder ("four other people") is a part of a group, not its total; what befell a count (shot,
 * dead, hurt) is part of what it measures (docs/notes/conf14.md). Short texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { quoteDifference, unitQuotes } from '../../lib/engine/conflicts';
import { quantities } from '../../lib/nlp';
import { conflict, conflictIn } from './conflict-helpers';

describe('a remainder is not a total', () => {
  it('reads "N other people" and "N others" as the rest of a group', () => {
    expect(quantities('A driver and three other people were taken to hospital.')[0]!.run).toBe('other');
    expect(quantities('Two others escaped through a window.')[0]!.run).toBe('other');
    expect(quantities('Four people escaped through a window.')[0]!.run).toBeUndefined();
  });

  it('"a driver and three other people" and "four people, including the driver" agree', () => {
    expect(conflict('A driver and three other people were taken to hospital after the crash.', 'Four people, including the driver, were taken to hospital after the crash.')).toBeNull();
  });

  it('two remainders still disagree', () => {
    expect(conflict('A driver and three other people were taken to hospital.', 'The driver and two other people were taken to hospital.')).toBe('number: three vs two');
  });

  it('two totals still disagree', () => {
    expect(conflict('Four people were taken to hospital after the crash.', 'Five people were taken to hospital after the crash.')).toBe('number: Four vs Five');
  });
});

describe('what befell a count is part of it', () => {
  it('reads the fate next to a count', () => {
    expect(quantities('He is charged with stabbing and shooting those five men.')[0]!.fate).toEqual(['shot']);
    expect(quantities('Rangers found two hikers dead near the ridge.')[0]!.fate).toEqual(['dead']);
    expect(quantities('Six people were wounded at the fair.')[0]!.fate).toEqual(['hurt']);
    expect(quantities('Six people were at the fair, police said.')[0]!.fate).toBeUndefined();
  });

  it('people shot and people found dead are two counts', () => {
    expect(conflict('He is charged with shooting those five men at a farm.', 'The rangers found four men dead at a farm.')).toBeNull();
  });

  it('two tolls of the dead still disagree', () => {
    expect(conflict('The rangers found four men dead at a farm.', 'A gunman killed five men at a farm.')).toBe('number: four vs five');
  });

  it('a count that says no fate compares with one that does', () => {
    expect(conflict('Five men were at the farm when the gunman opened fire.', 'Four men were killed at the farm.')).toBe('number: Five vs Four');
  });
});

describe("a figure's owner must be one", () => {
  it('a named owner against a doer the other side names apart', () => {
    expect(conflict('A guard shot at him and Varga fired two shots, missing the guards.', 'A guard fired one shot and missed, prompting Varga to fire back twice.')).toBeNull();
  });

  it('reads the doer past one adverb', () => {
    expect(quantities('A guard then fired one shot at Varga.')[0]!.doer).toBe('guard');
    expect(conflict('A guard shot at him and Varga fired two shots, missing the guards.', 'A guard then fired one shot at Varga and missed, prompting Varga to fire back.')).toBeNull();
  });

  it('one named owner on both sides still disagrees', () => {
    expect(conflict('Varga fired two shots at the guards.', 'Varga fired three shots at the guards, police said.')).toBe('number: two vs three');
  });

  it("an age written before a relation is that person's, not the possessor's", () => {
    const [q] = quantities('Lin Park, Reyes’ 35-year-old son, spoke to reporters.');
    expect(q!.owner).toBe('son');
    expect(conflict('Her husband, 64-year-old Anton Reyes, died at the scene.', 'Lin Park, Reyes’ 35-year-old son, spoke to reporters.')).toBeNull();
  });

  it('one person given two ages still disagrees', () => {
    expect(conflict('Her husband, 64-year-old Anton Varga, died at the scene.', 'The victim, 66-year-old Anton Varga, died at the scene.')).toBe('number: 64 vs 66');
  });
});

describe('a quote cut with an ellipsis, or a contraction written out, is worded alike', () => {
  const quote = (a: string, b: string) => quoteDifference({ text: a, speaker: 'Dana Reyes' }, { text: b, speaker: 'Reyes' });

  it('words one side has where the other writes an ellipsis are a cut', () => {
    expect(quote('we will find Mara Kell (sic) Kelly and she will answer for it', 'we will find Mara … Kelly and she will answer for it')).toBeNull();
    expect(quote('we will find Mara Kell Kelly and she will answer for it', 'we will find Mara ... Kelly and she will answer for it')).toBeNull();
  });

  it('a word replaced next to an ellipsis is still a change', () => {
    expect(quote('we will find Mara Kelly and she will answer for it', 'we will find Mara … Kelly and she will pay for it')).not.toBeNull();
  });

  it("a noun's 's written out as is or has is the same wording", () => {
    expect(quote('we want to make sure the town is protected and that nobody else gets hurt', 'we want to make sure the town’s protected and that nobody else gets hurt')).toBeNull();
    expect(quote('we think the river has risen past the old bridge by now', "we think the river's risen past the old bridge by now")).toBeNull();
  });

  it("a noun's 's against another verb is still a change", () => {
    expect(quote('we want to make sure the town was protected and that nobody else gets hurt', 'we want to make sure the town’s protected and that nobody else gets hurt')).not.toBeNull();
  });
});

describe('a quotation introduced as another one is a second text', () => {
  const article = (text: string) => {
    const start = text.indexOf('"') + 1;
    const end = text.lastIndexOf('"');
    return {
      text,
      units: [{ i: 0, start: 0, end: text.length, text }],
      quotes: [{ kind: 'direct', start, end, units: [0], speaker: null, text: text.slice(start, end) }],
    } as unknown as Parameters<typeof unitQuotes>[0];
  };

  it('marks a quotation the unit calls another one', () => {
    expect(unitQuotes(article('Another banner on the fence read: "No dogs past this gate or on the lawn."'), 0)[0]!.another).toBe(true);
    expect(unitQuotes(article('A banner on the fence read: "No dogs past this gate or on the lawn."'), 0)[0]!.another).toBeUndefined();
  });
});

describe('an age of one person named by one noun', () => {
  it('"a 3-month-old baby" and "a 4-month-old baby" disagree, with no actor named', () => {
    expect(quantities('A 3-month-old baby was hurt.')[0]!.person).toBe('baby');
    expect(conflictIn(['A 3-month-old baby was hurt in the crash.'], 0, ['The medics treated a 4-month-old baby at the scene.'], 0, false)).toBe('number: 3 vs 4');
  });

  it('two nouns are two people', () => {
    expect(conflictIn(['A 3-month-old baby was hurt in the crash.'], 0, ['The medics treated a 4-month-old puppy at the scene.'], 0, false)).toBeNull();
  });
});

describe('a place name before a person noun modifies it', () => {
  it('"a 9-year-old North End boy" is the boy\'s age, not North End\'s', () => {
    const [q] = quantities('A 9-year-old North End boy was hurt.');
    expect(q!.owner).toBeUndefined();
    expect(q!.person).toBe('boy');
    expect(conflictIn(['A 9-year-old North End boy was hurt in the crash.'], 0, ['The medics treated an 8-year-old boy at the scene.'], 0, false)).toBe('number: 9 vs 8');
  });

  it('a full name after an age is still its owner', () => {
    expect(quantities('The 27-year-old Dana Reyes pleaded guilty.')[0]!.owner).toBe('reyes');
  });
});
