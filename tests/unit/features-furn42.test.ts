/**
 * furn42: page furniture met on the card sheets is no fact of the report (lib/engine/features.ts `photoCaptionForm`'s
 * 'credit inside', 'shown in photo', 'place date', 'link'; docs/notes/furn42.md). Text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { featuresOf, isPhotoCaption, reportFeatures } from '../../lib/engine/features';
import { sentenceArticle } from '../data/engine/sentence-article';

describe("a gallery's label, credit and caption glued into one unit is a caption", () => {
  it('a two-agency picture credit anywhere in the unit', () => {
    expect(isPhotoCaption('Enlarge image Millbrook Votes Again Dana Roe/AFP/Getty Images Voters queue outside the town hall in Millbrook.')).toBe(true);
    expect(isPhotoCaption('Rescuers search the river bank near the bridge (DANA ROE/AFP/Getty Images)')).toBe(true);
  });
  it('an agency named in a sentence stays a fact', () => {
    expect(isPhotoCaption('The photographer Dana Roe, who works for AFP and Getty Images, was hurt in the crowd.')).toBe(false);
  });
});

describe("the agency's caption formulas", () => {
  it('a picture "shown in this … photo", a present-tense caption ending on a place and a date with no weekday', () => {
    expect(isPhotoCaption('A model of the new bridge over the Mill River is shown in this March 4, 2019 photo released by the county.')).toBe(true);
    expect(isPhotoCaption('Two residents are pictured in this photo provided by the family.')).toBe(true);
    expect(isPhotoCaption('The mayor leaves the county courthouse during a break in Millbrook, Ohio March 25, 2019.')).toBe(true);
  });
  it('a sentence that tells an event at a place and a date, or that a photo shows something, stays a fact', () => {
    expect(isPhotoCaption('The bridge closed in Millbrook, Ohio March 25, 2019.')).toBe(false);
    expect(isPhotoCaption('The crack in the pier can be seen in this photo taken by a diver.')).toBe(false);
    expect(isPhotoCaption('Residents said the mayor "leaves in Millbrook, Ohio March 25, 2019."')).toBe(false);
  });
});

describe('a bracketed title is a link to another article', () => {
  it('a unit that is only a title in square brackets is no fact of the report', () => {
    const a = sentenceArticle('a', [
      'The county closed the Mill River bridge on Monday after inspectors found a crack in a pier.',
      '[Millbrook’s $3 million bridge plan aims to end the river crossing delays by next year]',
      'Drivers will be sent through Oak Street until the repairs are done.',
    ]);
    expect(reportFeatures(a, featuresOf(a)).map((f) => f.fact)).toEqual([true, false, true]);
  });
  it('a bracket inside a sentence (an editor\'s insertion) stays a fact', () => {
    expect(isPhotoCaption('“[The bridge] will be closed for a month,” the engineer said.')).toBe(false);
  });
});
