/**
 * facts11: a figure that measures the fact — a share, or a duration anchored by a preposition — is a
 * second fact when the other article never gives it (report.ts `isMeasure`, `novelDetails`), as money
 * and counts of 10 or more were, and a person's age. Any other duration written as a modifier ("a
 * 12-minute video") describes a thing and is not. Text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { foldedText, isMeasure, novelDetails } from '../../lib/engine/report';
import { quantities } from '../../lib/nlp';
import { datelineLength } from '../../lib/nlp/actors';
import { sentenceArticle } from '../data/engine/sentence-article';
import { reportAgainst } from '../data/engine/report-against';

const other = sentenceArticle('o', ['Port officials closed the Harlow bridge after the crash.', 'Unemployment rose in Pell County last spring, the state said.']);

describe('measures the other article never gives (isMeasure)', () => {
  it('a share and an anchored duration are second facts; a modifier duration, a small count and a year are not', () => {
    const o = foldedText(other);
    expect(novelDetails('Port officials closed the Harlow bridge for 36 hours after the crash.', o)).toEqual(['36']);
    expect(novelDetails('Unemployment rose to 7.5 percent in Pell County last spring.', o)).toEqual(['7.5']);
    expect(novelDetails('Port officials released a 12-minute video of the crash.', o)).toEqual([]);
    expect(novelDetails('Port officials closed the Harlow bridge in 2019 after three crashes.', o)).toEqual([]);
    const kinds = (t: string) => quantities(t).map((q) => [q.kind, isMeasure(q, t)]);
    expect(kinds('treated within 24 hours')).toEqual([['duration', true]]);
    expect(kinds('three days after the crash')).toEqual([['duration', true]]);
    expect(kinds('a 12-minute video')).toEqual([['duration', false]]);
    expect(kinds('spent two years in jail')).toEqual([['duration', false]]);
    // An age is a measure of the person.
    expect(kinds('a 55-year old man')).toEqual([['duration', true]]);
    expect(novelDetails('A 41-year-old port official was hurt in the crash on the Harlow bridge.', o)).toEqual(['41']);
  });

  it('a figure the other article gives is no second fact', () => {
    const told = sentenceArticle('t', ['Port officials closed the Harlow bridge for 36 hours after the crash.']);
    expect(novelDetails('The Harlow bridge stayed shut for 36 hours, port officials said.', foldedText(told))).toEqual([]);
  });

  it('the report adds an aligned sentence for its duration, marking only the duration', () => {
    const read = sentenceArticle('r', [
      'Port officials closed the Harlow bridge after the crash on Tuesday.',
      'Two lorries collided on the bridge in heavy fog, police said.',
      'The driver of one lorry was taken to hospital with minor injuries.',
    ]);
    const there = sentenceArticle('x', [
      'Port officials closed the Harlow bridge for 36 hours after the crash on Tuesday.',
      'Two lorries collided on the bridge in heavy fog, police said.',
      'The driver of one lorry was taken to hospital with minor injuries.',
    ]);
    const rep = reportAgainst(read, [there]);
    const card = rep.added.find((a) => a.sources.some((s) => s.id === there.id && s.i === 0));
    expect(card).toBeDefined();
    const t = card!.text;
    expect(card!.novel?.map((n) => t.slice(n.start, n.end))).toEqual(['36']);
    // The other two sentences are shared, not added.
    expect(rep.added.flatMap((a) => a.sources.map((s) => s.i))).toEqual([0]);
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
});
