/**
 * conf7: a number conflict must be one quantity said of one thing, and a quote's number written two ways
 * is no wording difference (docs/notes/conf7.md). Short texts written for the test, after the causes the
 * reader audit and the blind round 7 found (two counts of one head said of different things: "four
 * seasons as director" / "19 seasons with the team", "14 others trapped" / "two others missing").
 */
import { describe, expect, it } from 'vitest';
import { align, DEFAULT_ALIGN } from '../../lib/engine/align';
import { quoteDifference } from '../../lib/engine/conflicts';
import { conflict } from './conflict-helpers';
import { featuresOf, unitIdf, weighAll } from '../../lib/engine/story';
import type { Article } from '../../lib/types';
import { sentenceArticle } from '../data/engine/sentence-article';

function conflictsBetween(x: Article, y: Article): string[] {
  const fx = featuresOf(x);
  const fy = featuresOf(y);
  const idf = unitIdf([fx, fy]);
  return align(weighAll(fx, idf), weighAll(fy, idf), DEFAULT_ALIGN).conflicts.map((c) => c.about);
}

const opening = 'The Hawks named Dana Ruiz their new general manager on Monday after a long search.';
const closing = 'Ruiz will be introduced at a news conference at the arena on Wednesday afternoon.';

describe('a count is one quantity only when both outlets say it of the same thing', () => {
  // Each: a sentence, another outlet's count of the same head said of another thing (no conflict), and one said of
  // the same thing (a conflict).
  it.each([
    [
      'years in two different jobs',
      'Ruiz spent four seasons as the team’s director of scouting before she was promoted to assistant general manager.',
      'Ruiz has spent 19 seasons with the Hawks and was promoted to assistant general manager.',
      'Ruiz spent five seasons as the director of scouting before she was promoted.',
      'number: four vs five',
    ],
    [
      'people trapped and people missing',
      'The quake killed six children and left 14 others trapped when a mosque collapsed.',
      'The quake killed six children and left two others missing in a landslide.',
      'The quake killed six children and left 12 others trapped under the mosque.',
      'number: 14 vs 12',
    ],
  ])('%s are two counts, not a disagreement; the same thing counted differently is one', (_what, here, otherThing, sameThing, expected) => {
    expect(conflict(here, otherThing)).toBeNull();
    expect(conflict(here, sameThing)).toBe(expected);
  });

  it('the same job counted differently still is', () => {
    const a = sentenceArticle('a', [opening, 'Ruiz spent four seasons as the team’s director of scouting before she was promoted to assistant general manager.', closing]);
    const b = sentenceArticle('b', [opening, 'Ruiz spent six seasons as the team’s director of scouting before she was promoted to assistant general manager.', closing]);
    expect(conflictsBetween(a, b)).toEqual(['number: four vs six']);
  });

  it('a figure whose head is followed by other words is still compared when only one side says of what', () => {
    const x = 'Charles opened the second half with an 86 yard rushing touchdown.';
    const y = 'Charles opened the second half with an 84-yard scamper.';
    expect(conflict(x, y)).toBe('number: 86 vs 84');
  });
});

describe('two records told alike are not one record misreported', () => {
  it('two players\' lines that differ in every figure are no conflict', () => {
    const x = 'The rookie finished with 716 yards rushing and five touchdowns.';
    const y = 'The veteran finished his third season with just 404 yards and two touchdowns.';
    expect(conflict(x, y)).toBeNull();
  });

  it('one figure different among figures that agree is', () => {
    const x = 'Charles finished with 226 yards and two touchdowns.';
    const y = 'Charles finished with 226 yards and three touchdowns.';
    expect(conflict(x, y)).toBe('number: two vs three');
  });
});

describe('a number in a quote written two ways is the same words', () => {
  it('"11th hour" and "eleventh - hour" are one wording', () => {
    const q = (text: string) => ({ text, speaker: 'Salazar' });
    expect(quoteDifference(q('By rolling back this 11th hour regulation, we protect the species'), q('By rolling back this eleventh - hour regulation, we protect the species'))).toBeNull();
    expect(quoteDifference(q('It was the 21st attempt'), q('It was the twenty-first attempt'))).toBeNull();
  });

  it('two different ordinals are a difference', () => {
    const q = (text: string) => ({ text, speaker: 'Salazar' });
    expect(quoteDifference(q('It was the 11th attempt to pass the rule'), q('It was the twelfth attempt to pass the rule'))).not.toBeNull();
  });
});

describe('two quotations are one utterance only when one covers the other', () => {
  it('a short phrase two different quotes share is no wording conflict', () => {
    const a = { text: 'The coverage brought undeserved negative attention', speaker: 'Lena Park' };
    const b = { text: 'undeserved attention for the players who did nothing wrong', speaker: 'Park' };
    expect(quoteDifference(a, b)).toBeNull();
  });

  it('one statement with its clauses in another order is still one utterance', () => {
    const a = { text: 'If the inspectors are convinced that abuse is taking place at the camp, we are prepared to fully cooperate', speaker: 'Ana Ruiz' };
    const b = { text: 'we are ready to fully cooperate if the inspectors are convinced that abuse is happening at the camp', speaker: 'Ruiz' };
    expect(quoteDifference(a, b)?.diff.filter((p) => p.op !== 'equal').map((p) => p.text.trim())).toEqual(['taking place', 'happening']);
  });

  it('an excerpt worded differently needs both speakers named', () => {
    const whole = { text: 'We will rebuild the old bridge before the winter comes', speaker: 'Ana Ruiz' };
    const cut = (speaker: string | null) => ({ text: 'repair the old bridge before the winter', speaker });
    expect(quoteDifference(whole, cut(null))).toBeNull();
    expect(quoteDifference(whole, cut('Ruiz'))).not.toBeNull();
  });

  it('a whole quote worded differently is still a conflict without speakers', () => {
    const d = quoteDifference({ text: 'how many kids did you kill today', speaker: null }, { text: 'how many kids will you kill today', speaker: null });
    expect(d?.diff.filter((p) => p.op !== 'equal').map((p) => p.text.trim())).toEqual(['did', 'will']);
  });
});
