/**
 * furn35: page furniture is no fact of the report (lib/engine/features.ts `isPromotion`, `photoCaptionForm`'s graphic,
 * gallery and pipe-credit labels) and an embedded post's signature is no detail of the post's fact (lib/nlp/actors.ts
 * `postSignatureLength`, read by lib/engine/report.ts `novelDetails`). Text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { featuresOf, isPhotoCaption, isPromotion, reportFeatures } from '../../lib/engine/features';
import { foldedText, novelDetails } from '../../lib/engine/report';
import { postSignatureLength } from '../../lib/nlp/actors';
import { sentenceArticle } from '../data/engine/sentence-article';

describe('a promotion or service line speaks to the reader about the site, not about the story', () => {
  it('subscription, app and share lines are promotions', () => {
    expect(isPromotion('Get our morning briefing in your inbox every weekday.')).toBe(true);
    expect(isPromotion('Watch the council meeting live on the Channel 9 mobile app and join us on Facebook.')).toBe(true);
    expect(isPromotion('Read or Share this story: http://example.com/r/abc123')).toBe(true);
    expect(isPromotion('Add River Flooding as an interest to stay up to date on the latest news and video from Example News.')).toBe(true);
    expect(isPromotion('Stay with Channel 9 for updates on this developing story.')).toBe(true);
  });
  it('a sentence of the story about an app or a sign-up stays a fact', () => {
    expect(isPromotion('The county said 400 residents signed up for the new flood alert app on Monday.')).toBe(false);
    expect(isPromotion('Residents can sign up for the flood alerts, the mayor told us on Tuesday.')).toBe(false);
    expect(isPromotion('“Download the app and stay off the bridge,” the sheriff told residents.')).toBe(false);
    expect(isPromotion('The mayor, Jane Roe, closed the bridge on March 4, 2019, after the river rose above the deck.')).toBe(false);
    expect(isPromotion('Stay-at-home orders in the county get weekly updates from the health office.')).toBe(false);
    // The outlet reporting what it was told, in the present tense: news about a network, not an offer.
    expect(isPromotion('A Twitter spokesperson tells us the company is reviewing the policy.')).toBe(false);
    expect(isPromotion('Our data team says the app now has 3 million users in the county.')).toBe(false);
  });
  it('an embedded post is someone\'s words, not the page\'s promotion', () => {
    expect(isPromotion('Join us at noon to hear the plan for the new bridge. — County Roads (@CountyRoadsJR) March 4, 2019')).toBe(false);
  });
  it('the report drops the promotion and keeps the story\'s sentences', () => {
    const a = sentenceArticle('a', [
      'The river rose above the deck of the Route 9 bridge on Monday night.',
      'Get our morning briefing in your inbox every weekday.',
      'The county closed the bridge and opened a detour through Millbrook.',
    ]);
    expect(reportFeatures(a, featuresOf(a)).map((f) => f.fact)).toEqual([true, false, true]);
  });
});

describe('graphic, gallery and credit labels are captions', () => {
  it('"Map locates …", "Chart shows …", a gallery counter with player controls, a credit after a pipe', () => {
    expect(isPhotoCaption('Map locates the towns along the river where the water rose on Monday.')).toBe(true);
    expect(isPhotoCaption('Chart shows how the river rose over the week.')).toBe(true);
    expect(isPhotoCaption('3 of 12 Full Screen Autoplay Close Skip Ad × Crews clear the road View Photos The county closed the bridge.')).toBe(true);
    expect(isPhotoCaption('| Getty Images County closes the Route 9 bridge after the flood')).toBe(true);
  });
  it('a sentence telling what a map or a count shows stays a fact', () => {
    expect(isPhotoCaption('A map released by the county shows the towns along the river that flooded.')).toBe(false);
    expect(isPhotoCaption('3 of 12 bridges in the county were closed on Monday, officials said.')).toBe(false);
  });
});

describe("an embedded post's signature says who posted it and when, not what it tells", () => {
  const post = 'The bridge on Route 9 is closed until further notice. — Dana Roe - County Roads (@CountyRoadsDR) March 4, 2019';
  it('the signature is found at the end of the post', () => {
    expect(post.slice(0, post.length - postSignatureLength(post))).toBe('The bridge on Route 9 is closed until further notice.');
  });
  it('a sentence with a name and a date has none', () => {
    expect(postSignatureLength('The county engineer, Dana Roe, closed the bridge on Route 9 on March 4, 2019.')).toBe(0);
    expect(postSignatureLength('The bridge was closed by Dana Roe (the county engineer) on March 4, 2019.')).toBe(0);
  });
  it('so a post whose sentence the other article tells carries no second fact in its signature', () => {
    const other = sentenceArticle('b', ['The bridge on Route 9 is closed until further notice, the county said.']);
    expect(novelDetails(post, foldedText(other))).toEqual([]);
  });
});

describe('"you" alone does not make a promotion', () => {
  it('an explainer telling what an app lets you do stays a fact', () => {
    expect(isPromotion('The new county app lets you see which roads are closed and how long the detours take.')).toBe(false);
  });
});
