/**
 * cards42: a lead-in — the writer steering the reader through the text ("Here are the main points of the plan.", a
 * line ending in ":" that hands over to a list, "Let's look at …") — states no event of its own; shown as "left out by
 * others" or "added" it is noise. It comes after every fact card of its section (lib/engine/rank.ts `writerVoice`'s
 * `lead`, `rankReport` with the articles compared); someone's quoted words keep their place. A story written for the
 * test: the Courier and the Echo on a harbour plan.
 */
import { describe, expect, it } from 'vitest';
import { rankReport, writerVoice } from '../../lib/engine/rank';
import { twoOutlets } from '../data/engine/two-outlet-report';

const COURIER = [
  'Dunmore harbour board approved a plan on Monday to dredge the inner basin.',
  'Here are the main points of the Dunmore plan.',
  'The work will close the ferry berth for six weeks.',
  'Here is what the fishermen asked the board:',
];
const ECHO = [
  'Dunmore will dredge its inner basin after the harbour board approved the plan on Monday.',
  "Let's look at what the Dunmore plan means for the town.",
  'Two fishing boats will moor at Kilbrack quay while the basin is dredged.',
];

// Article order; each lead-in stands before a fact, names the town and is as far from the other side's lines: by
// weight alone it would come first.
const { report, articles } = twoOutlets({ id: 'courier', outlet: 'Courier', sentences: COURIER }, { id: 'echo', outlet: 'Echo', sentences: ECHO }, [1, 2, 3], [1, 2]);

describe('left out and added: a lead-in comes after the facts', () => {
  const ranked = rankReport(report, articles);

  it('the ferry berth closing comes first among the Courier\'s lines the Echo lacks', () => {
    expect(ranked.leftOut.map((l) => l.i)[0]).toBe(2);
    expect(ranked.leftOut.map((l) => l.i).sort()).toEqual([1, 2, 3]);
  });

  it("the Echo's boats at Kilbrack quay come before its \"let's look\" line", () => {
    expect(ranked.added.map((a) => a.sources[0]!.i)).toEqual([2, 1]);
  });

  it('a lead-in is read outside quotations; a line that tells an event is not one', () => {
    expect(writerVoice('Here are the main points of the Dunmore plan.').lead).toBe(true);
    expect(writerVoice('Here is what the fishermen asked the board:').lead).toBe(true);
    expect(writerVoice("Let's look at what the Dunmore plan means for the town.").lead).toBe(true);
    expect(writerVoice('“Let’s get it done,” the harbour master said.').lead).toBe(false);
    expect(writerVoice('Here, divers found the wreck in 1998.').lead).toBe(false);
    expect(writerVoice('The work will close the ferry berth for six weeks.').lead).toBe(false);
  });
});
