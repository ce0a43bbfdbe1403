/**
 * facts11: which figures the other article never gives make a second fact (report.ts `isMeasure`,
 * `novelDetails`): money and counts of 10 or more; shares, durations and ages were measured and ship
 * off. A dateline's place names are where the story was filed, not a detail the other article lacks
 * (lib/nlp/actors.ts `datelineLength`). Text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { foldedText, isMeasure, novelDetails } from '../../lib/engine/report';
import { quantities } from '../../lib/nlp';
import { datelineLength } from '../../lib/nlp/actors';
import { sentenceArticle } from '../data/engine/sentence-article';

const other = sentenceArticle('o', ['Port officials closed the Harlow bridge after the crash.', 'Unemployment rose in Pell County last spring, the state said.']);

describe('figures the other article never gives (isMeasure, the shipped rule)', () => {
  it('an amount of money or a count of 10 or more is a second fact; a share, a duration, a small count and a year are not', () => {
    const o = foldedText(other);
    expect(novelDetails('Port officials closed the Harlow bridge after the crash, which cost $4 million.', o)).toEqual(['$4 million']);
    expect(novelDetails('Port officials closed the Harlow bridge after the crash hurt 14 people.', o)).toEqual(['14']);
    // Measured on the dev sets and not carried to the held-out ones (docs/notes/facts11.md): off.
    expect(novelDetails('Port officials closed the Harlow bridge for 36 hours after the crash.', o)).toEqual([]);
    expect(novelDetails('Unemployment rose to 7.5 percent in Pell County last spring.', o)).toEqual([]);
    expect(novelDetails('Port officials released a 12-minute video of the crash.', o)).toEqual([]);
    expect(novelDetails('Port officials closed the Harlow bridge in 2019 after three crashes.', o)).toEqual([]);
    const kinds = (t: string) => quantities(t).map((q) => [q.kind, isMeasure(q, t)]);
    expect(kinds('a 12-minute video')).toEqual([['duration', false]]);
  });

  it('a figure the other article gives is no second fact', () => {
    const told = sentenceArticle('t', ['Port officials closed the Harlow bridge after the crash hurt 14 people.']);
    expect(novelDetails('The crash on the Harlow bridge hurt 14 people, port officials said.', foldedText(told))).toEqual([]);
  });
});

describe('a dateline is where the story was filed, no second fact (datelineLength)', () => {
  it('the place names of a dateline are not details the other article lacks', () => {
    const o = foldedText(sentenceArticle('d', ['President Trump sent the CIA director Mike Pompeo to meet Kim Jong Un.']));
    const text = 'WEST PALM BEACH, Fla. — President Trump sent the CIA director Mike Pompeo to meet Kim Jong Un.';
    expect(novelDetails(text, o)).toEqual([]);
    // Written inside the sentence, the same places are details.
    expect(novelDetails('President Trump, at West Palm Beach in Fla., sent the CIA director Mike Pompeo to meet Kim Jong Un.', o)).toEqual(expect.arrayContaining(['west palm beach', 'fla']));
  });

  it('reads the usual dateline forms, and no sentence that only opens with a capitalised name', () => {
    const cut = (t: string) => t.slice(0, datelineLength(t));
    expect(cut('WASHINGTON (Reuters) - The Democratic Party sued')).toBe('WASHINGTON (Reuters) - ');
    expect(cut('SIOUX FALLS, S.D. – People across the nation')).toBe('SIOUX FALLS, S.D. – ');
    expect(cut('LONDON — Theresa May said')).toBe('LONDON — ');
    expect(cut('NASA - the agency said')).toBe('');
    expect(cut('The U.S. - Mexico border was closed')).toBe('');
  });

  // audit69: local outlets type the dash as two hyphens, or close it up.
  it.each(['FORT MYERS, Fla. -- ', 'FORT MYERS, Fla. (WINK)--', 'FORT MYERS, Fla.– '])('the places of a dateline typed "%s" are not details the other article lacks', (dateline) => {
    const o = foldedText(sentenceArticle('d', ['President Trump sent the CIA director Mike Pompeo to meet Kim Jong Un.']));
    expect(novelDetails(`${dateline}President Trump sent the CIA director Mike Pompeo to meet Kim Jong Un.`, o)).toEqual([]);
  });

  it('an all-capitals transcript line has no dateline', () => {
    expect(datelineLength('THE DETECTIVES DID NOT LEAVE -- UNTIL AROUND 6:30 P.M.')).toBe(0);
  });
});
