/**
 * furn36: more page furniture that is no fact of the report (lib/engine/features.ts `photoCaptionForm`'s gallery caption
 * under its date stamp, `isPromotion`'s form status line, `isBareAttribution`) and a dateline naming a hyphenated place
 * (lib/nlp/actors.ts `datelineLength`, read by lib/engine/report.ts `novelDetails`). Text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { featuresOf, isBareAttribution, isPhotoCaption, isPromotion, reportFeatures } from '../../lib/engine/features';
import { foldedText, novelDetails } from '../../lib/engine/report';
import { datelineLength } from '../../lib/nlp/actors';
import { sentenceArticle } from '../data/engine/sentence-article';

describe("a gallery's caption under its date stamp is a caption", () => {
  it('the full date, then at once a sentence in the present', () => {
    expect(isPhotoCaption('June 3, 2019 A firefighter carries a child out of the school in Millbrook as the water rises.')).toBe(true);
    expect(isPhotoCaption('Sept. 14, 2021 Volunteers stack sandbags along River Road as the water rises.')).toBe(true);
  });
  it("a story's lead under a glued stamp tells a past, and a timeline sets its entry off: facts", () => {
    expect(isPhotoCaption('June 3, 2019 A firefighter carried two children out of the flooded school, officials said.')).toBe(false);
    expect(isPhotoCaption('June 3, 2019: The county closes the Route 9 bridge after the flood.')).toBe(false);
    expect(isPhotoCaption('June 3, 2019 — The county closes the Route 9 bridge after the flood.')).toBe(false);
    expect(isPhotoCaption('On June 3, 2019 the county closes the Route 9 bridge for good.')).toBe(false);
  });
});

describe("a form's status line is the site speaking, not the story", () => {
  it('a sentence with no subject about a sign-up or a log-in', () => {
    expect(isPromotion('Could not subscribe, try again later Invalid Email')).toBe(true);
    expect(isPromotion('Unable to sign in right now, please check your password')).toBe(true);
  });
  it('a sentence of the story about a subscription, or a subjectless line on no channel, stays a fact', () => {
    expect(isPromotion('The county could not subscribe residents to the flood alerts before the storm.')).toBe(false);
    expect(isPromotion('Could not be reached for comment on Monday.')).toBe(false);
  });
});

describe('a sentence that only says who told it is no fact', () => {
  it('an attribution split from its sentence, a station\'s credit before its video, a credit line', () => {
    expect(isBareAttribution('Millbrook police told WKRX 4.')).toBe(true);
    expect(isBareAttribution("Channel 9's Dana Roe reports.")).toBe(true);
    expect(isBareAttribution('Staff writer Dana Roe contributed to this report.')).toBe(true);
  });
  it('a verb of telling followed by what was told, a passive, a noun or a clause before it: facts', () => {
    expect(isBareAttribution('Police said he shot himself.')).toBe(false);
    expect(isBareAttribution('The driver called 911.')).toBe(false);
    expect(isBareAttribution('No injuries were reported.')).toBe(false);
    expect(isBareAttribution('She filed two reports.')).toBe(false);
    expect(isBareAttribution('Two died, police told WKRX.')).toBe(false);
    expect(isBareAttribution('President Lee called Prime Minister Roe.')).toBe(false);
  });
  it('the report drops it and keeps the sentence before it', () => {
    const a = sentenceArticle('a', [
      'A man was shot outside the Millbrook library on Monday night and taken to the county hospital.',
      'Millbrook police told WKRX 4.',
      'The library will stay closed on Tuesday while officers search the grounds.',
    ]);
    expect(reportFeatures(a, featuresOf(a)).map((f) => f.fact)).toEqual([true, false, true]);
  });
});

describe('a dateline names a hyphenated place as any other', () => {
  it('its length takes the whole place', () => {
    const line = 'WINSTON-SALEM, N.C. — Two bridges were closed on Monday.';
    expect(line.slice(datelineLength(line))).toBe('Two bridges were closed on Monday.');
    const station = 'NORTH MIAMI-DADE (WKRX) – Two people were hurt.';
    expect(station.slice(datelineLength(station))).toBe('Two people were hurt.');
  });
  it('a sentence opening with a hyphenated capital word has none', () => {
    expect(datelineLength('COVID-19 cases rose again in the county, officials said.')).toBe(0);
    expect(datelineLength('US-UK talks resumed on Monday - both sides said so.')).toBe(0);
  });
  it("so the place and the station's letters are no second fact of a lead the other article tells", () => {
    const lead = 'NORTH MIAMI-DADE, FLA. (WKRX) - Crews are at the scene after eight people were shot at the park.';
    const other = sentenceArticle('b', ['Crews are at the scene after eight people were shot at the park, police said.']);
    expect(novelDetails(lead, foldedText(other))).toEqual([]);
  });
});
