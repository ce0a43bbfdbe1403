/**
 * furn68: a gallery's or video player's controls glued to a caption, a report's credit line, a caption dated "on" a
 * date with no weekday and a unit that is only a web address are no facts of the report, so never an Added or Left-out
 * card (lib/engine/features.ts `pageFurnitureForm`, `photoCaptionForm`; docs/notes/furn68.md). Text written for the
 * test, in the shapes the dev card sheets showed.
 */
import { describe, expect, it } from 'vitest';
import { featuresOf, reportFeatures } from '../../lib/engine/features';
import { sentenceArticle } from '../data/engine/sentence-article';

const LEAD = 'The Brennock town council voted on Tuesday to raise water rates from July.';
const TAIL = 'Households will see the new rates on their autumn bills.';
/** Whether `line`, between a story's lead and its last sentence, is one of the report's facts. */
const isFact = (line: string) => {
  const a = sentenceArticle('a', [LEAD, line, TAIL]);
  return reportFeatures(a, featuresOf(a)).map((f) => f.fact);
};

describe('page furniture the crawl kept is no fact of the report', () => {
  it.each([
    ['Hide Caption 3 of 12 Photos: Water rates in Brennock Council members leave the chamber after the vote on Tuesday.'],
    ['Jo Roe/Brennock Herald 1 of 12 • • • 1 of 12 Show Caption Council members leave the chamber after the vote.'],
    ['JUST WATCHED Brennock raises water rates Replay More Videos ...'],
    ['MUST WATCH Brennock raises water rates 02:38'],
    ['CLOSE The Brennock town council says the new rates will pay for burst water mains.'],
    ['Roe reported from Brennock, Vermont.'],
    ['Jo Roe reports for the Channel 4 News at 5 on Tuesday, March 8, 2016.'],
    ['Associated Press writer Al Poe contributed to this report from Montpelier, Vermont.'],
    ['Some information for this report provided by AP and Reuters.'],
    ['Originally published on Brennock Science.'],
    ['Jo Roe can be reached at jroe@example.com.'],
    ['Council members walk out of the chamber after the vote in Brennock on March 8, 2016.'],
    ['http://www.example.com/news/brennock-raises-water-rates-20160308.html'],
  ])('%s', (line) => {
    expect(isFact(line)).toEqual([true, false, true]);
  });

  it.each([
    ['The council will close the Brennock bridge for repairs on Monday, the mayor said.'],
    ['The Associated Press reported from Brennock that two water mains burst on Tuesday.'],
    ['As Jo Roe reports for the Herald, the vote was the council’s third this year.'],
    ['Residents with questions can email the council at rates@example.com.'],
    ['“Jo Roe can be reached at jroe@example.com,” the council’s notice said.'],
    ['Council members walked out of the chamber after the vote in Brennock on March 8, 2016.'],
    ['The new rates are listed at http://www.example.com/rates with the council’s reasons.'],
  ])('a sentence of the story stays a fact: %s', (line) => {
    expect(isFact(line)).toEqual([true, true, true]);
  });
});
