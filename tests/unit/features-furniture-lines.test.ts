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
    ['Hide Caption 3 of 12 Photos: Water rates in Brennock Council members leave the chamber after the vote on Tuesday.', false],
    ['Jo Roe/Brennock Herald 1 of 12 • • • 1 of 12 Show Caption Council members leave the chamber after the vote.', false],
    ['JUST WATCHED Brennock raises water rates Replay More Videos ...', false],
    ['MUST WATCH Brennock raises water rates 02:38', false],
    ['CLOSE The Brennock town council says the new rates will pay for burst water mains.', false],
    ['Roe reported from Brennock, Vermont.', false],
    ['Jo Roe reports for the Channel 4 News at 5 on Tuesday, March 8, 2016.', false],
    ['Associated Press writer Al Poe contributed to this report from Montpelier, Vermont.', false],
    ['Some information for this report provided by AP and Reuters.', false],
    ['Originally published on Brennock Science.', false],
    ['Jo Roe can be reached at jroe@example.com.', false],
    ['Council members walk out of the chamber after the vote in Brennock on March 8, 2016.', false],
    ['http://www.example.com/news/brennock-raises-water-rates-20160308.html', false],
    // Sentences of the story in the same words stay facts.
    ['The council will close the Brennock bridge for repairs on Monday, the mayor said.', true],
    ['The Associated Press reported from Brennock that two water mains burst on Tuesday.', true],
    ['As Jo Roe reports for the Herald, the vote was the council’s third this year.', true],
    ['Residents with questions can email the council at rates@example.com.', true],
    ['“Jo Roe can be reached at jroe@example.com,” the council’s notice said.', true],
    ['Council members walked out of the chamber after the vote in Brennock on March 8, 2016.', true],
    ['The new rates are listed at http://www.example.com/rates with the council’s reasons.', true],
  ] as const)('%s → a fact: %s', (line, fact) => {
    expect(isFact(line)).toEqual([true, fact, true]);
  });
});
