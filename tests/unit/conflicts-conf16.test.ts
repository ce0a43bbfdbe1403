/**
 * conf16: counts and days an incident report gives that measure two things — a house number within its block, those
 * critically hurt among the hurt, a total against its parts, two people of one surname, one night dated on either side
 * of midnight (docs/notes/conf16.md). Short texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { quantities } from '../../lib/nlp';
import { conflict } from './conflict-helpers';

describe('a block is numbered by its hundreds', () => {
  it('a house number within the block agrees with the block', () => {
    expect(conflict('Officers were called to the 400 block of Maple Avenue on Monday.', 'The shots were fired on the 460-block of Maple Avenue on Monday.')).toBeNull();
  });
  it('two blocks of one street still disagree', () => {
    expect(conflict('Officers were called to the 400 block of Maple Avenue on Monday.', 'Officers were called to the 500 block of Maple Avenue on Monday.')).toBe('number: 400 vs 500');
  });
});

describe('those critically hurt are a part of the hurt', () => {
  it('reads how badly as a fate', () => {
    expect(quantities('Three others were critically injured.')[0]!.fate).toEqual(expect.arrayContaining(['critical', 'hurt']));
  });
  it('a count of the critically injured is not the count of the injured', () => {
    expect(conflict('The blast left three others critically injured.', 'The blast left four others injured.')).toBeNull();
  });
  it('two counts of the critically injured still disagree', () => {
    expect(conflict('The blast left three others critically injured.', 'The blast left four others critically injured.')).toBe('number: three vs four');
  });
});

describe('a total against its parts', () => {
  it('one killed and three injured are the four injured told loosely', () => {
    expect(conflict('Four people were injured in the crash on the bridge.', 'One person was killed and three people were injured in the crash on the bridge.')).toBeNull();
  });
  it('parts that do not add up to the other figure still disagree', () => {
    expect(conflict('Six people were injured in the crash on the bridge.', 'One person was killed and three people were injured in the crash on the bridge.')).toBe('number: Six vs three');
  });
  it('one count of the same fate is no part', () => {
    expect(conflict('Four people were injured in the crash on the bridge.', 'Three people were injured in the crash on the bridge.')).toBe('number: Four vs Three');
  });
});

describe('one surname, two given names', () => {
  it('reads the given names before the surname, titles left out', () => {
    expect(quantities('Dana Lee Reyes, 44, was charged.')[0]!.given).toEqual(['lee', 'dana']);
    expect(quantities('Officer Reyes, 44, was charged.')[0]!.given).toBeUndefined();
  });
  it('two people of one family are not compared', () => {
    expect(conflict('Dana Lee Reyes, 44, was charged in the deaths.', 'Police found 47-year-old Mia Reyes dead in the house.')).toBeNull();
  });
  it('one person named fully on both sides still disagrees', () => {
    expect(conflict('Dana Lee Reyes, 44, was charged in the deaths.', 'Police arrested 45-year-old Dana Reyes in the deaths.')).toBe('number: 44 vs 45');
  });
  it('a title and a given name are one person', () => {
    expect(conflict('Officer Dana Reyes, 44, was hurt in the crash.', 'Dana Reyes, 45, was hurt in the crash.')).toBe('number: 44 vs 45');
  });
});

describe('one night dated on either side of midnight', () => {
  it('"late Sunday" and "early Monday" are not compared', () => {
    expect(conflict('A deputy shot a man late Sunday after a call about a fight.', 'A deputy shot a man early Monday after a call about a fight.')).toBeNull();
    expect(conflict('A deputy shot a man Sunday night after a call about a fight.', 'A deputy shot a man on Monday after a call about a fight.')).toBeNull();
  });
  it('two days a day apart told without an edge still disagree, and so do days further apart', () => {
    expect(conflict('A deputy shot a man on Sunday after a call about a fight.', 'A deputy shot a man on Monday after a call about a fight.')).toBe('date: Sunday vs Monday');
    expect(conflict('A deputy shot a man late Saturday after a call about a fight.', 'A deputy shot a man early Monday after a call about a fight.')).toBe('date: Saturday vs Monday');
  });
});

describe('how badly is said of the count it follows', () => {
  it('"the most seriously injured of six people" is no count of the critically injured', () => {
    expect(quantities('The most seriously injured of six people wounded was well enough to talk.')[0]!.fate).not.toContain('critical');
    expect(conflict('Seven people were wounded in the shooting at the party.', 'The most seriously injured of six people wounded in the shooting at the party spoke to police.')).toBe('number: Seven vs six');
  });
});

describe('a part is a part only against a total', () => {
  it('two units that both split the group still disagree on a part', () => {
    expect(conflict('One man was killed and six people were hurt at the club.', 'One man was killed and five people were hurt at the club.')).toBe('number: six vs five');
  });
});
