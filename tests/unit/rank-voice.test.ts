/**
 * cards41: a line in the writer's own voice — an aside, an opinion, a line to the reader ("Honestly, I can't believe
 * anyone thought this was a good idea!") — states no fact of its own; shown as "left out by others" or "added" it is
 * noise a reader must wade through. It comes after every other card of its section (lib/engine/rank.ts
 * `writerVoiceUnits`, `rankReport` with the articles compared). Someone's quoted words in the first person are a fact
 * (what they said) and keep their place. A story written for the test: the Gazette's blog and the Herald on a town
 * council vote.
 */
import { describe, expect, it } from 'vitest';
import { rankReport, writerVoice, writerVoiceUnits } from '../../lib/engine/rank';
import { sentenceArticle } from '../data/engine/sentence-article';
import { twoOutlets } from '../data/engine/two-outlet-report';

const GAZETTE = [
  'The Brennock town council voted on Tuesday to raise water rates from July.',
  'Honestly, I cannot believe anyone thought this was a good idea!',
  'The utility said several water mains had burst during the cold winter.',
  '“I will not pay a cent more,” said Mary Cole, who has lived in Brennock for forty years.',
];
const HERALD = [
  'Brennock will charge more for water from July after a council vote on Tuesday.',
  'You have to wonder who thought this was fair.',
  'Households will see the new rates on their autumn bills.',
];

// Article order; the aside comes first by position and is as far from the Herald's lines as the burst mains.
const { report, articles } = twoOutlets({ id: 'gazette', outlet: 'Gazette', sentences: GAZETTE }, { id: 'herald', outlet: 'Herald', sentences: HERALD }, [1, 2, 3], [1, 2]);

describe("left out and added: the writer's own aside comes last", () => {
  const ranked = rankReport(report, articles);

  it('the burst mains and the resident\'s quoted words come before the blogger\'s aside', () => {
    const order = ranked.leftOut.map((l) => l.i);
    expect(order[order.length - 1]).toBe(1);
    expect(order.slice(0, 2).sort()).toEqual([2, 3]);
  });

  // Two cards of equal weight; the line to the reader comes first in the Herald.
  it("the Herald's word on the bills comes before its line to the reader", () => {
    expect(ranked.added.map((a) => a.sources[0]!.i)).toEqual([2, 1]);
  });

  it('no card appears or disappears', () => {
    expect(ranked.leftOut.map((l) => l.i).sort()).toEqual([1, 2, 3]);
    expect(ranked.added).toHaveLength(2);
  });

  it('the writer\'s voice is read outside quotations, embedded posts and titles', () => {
    expect(writerVoiceUnits(articles[0])).toEqual(new Set([1]));
    expect(writerVoiceUnits(articles[1])).toEqual(new Set([1]));
    expect(writerVoice('“I will not pay,” she said.')).toEqual({ first: false, second: false, exclaim: false, lead: false, aside: false });
    expect(writerVoice('The band played The Captain and Me in full.').first).toBe(false);
    expect(writerVoice('The C.I.A. director flew to Pyongyang.').first).toBe(false);
    const post = sentenceArticle('post', ['I love that they trademarked it.', 'The state spent $449,000 on the campaign.'], {
      units: [
        { i: 0, text: 'I love that they trademarked it.', p: 0, start: 0, end: 32, kind: 'embed' },
        { i: 1, text: 'The state spent $449,000 on the campaign.', p: 1, start: 34, end: 75, kind: 'body' },
      ],
    });
    expect(writerVoiceUnits(post).size).toBe(0);
    // A quotation running over the sentences of a paragraph: the middle sentence has no mark of its own.
    const run = sentenceArticle('run', ['x'], {
      units: [
        { i: 0, text: '“We met in Davos,” Trump said. “It went well.', p: 0, start: 0, end: 1, kind: 'body' },
        { i: 1, text: 'I have a tremendous respect for the prime minister.', p: 0, start: 0, end: 1, kind: 'body' },
        { i: 2, text: 'And I think the feeling is mutual.”', p: 0, start: 0, end: 1, kind: 'body' },
      ],
    });
    expect(writerVoiceUnits(run).size).toBe(0);
  });
});
