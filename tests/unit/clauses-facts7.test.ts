/**
 * facts7: a second fact inside a sentence. The clause splitter (lib/nlp/clauses.ts) and the report's
 * clause check (report.ts `untoldClauses`, REPORT_ALIGN.clauses). Text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { predications } from '../../lib/nlp/clauses';
import { REPORT_ALIGN } from '../../lib/engine/align';
import { CLAUSE_TOLD, FLOOR_GROWTH } from '../../lib/engine/fitted/align';
import { sentenceArticle } from '../data/engine/sentence-article';
import { FLOOD_STORY, longArticle, TWO_FACTS } from '../data/engine/flood-story';
import { reportAgainst } from '../data/engine/report-against';

const texts = (s: string) => predications(s).map((c) => c.text);

describe('predications: where a sentence makes a second predication', () => {
  it('cuts a coordinated clause with its own subject and verb, a fronted subordinate clause, a participial tail, a relative clause and a semicolon', () => {
    expect(texts('The council has denied the claim and the union has vowed to strike.')).toEqual(['The council has denied the claim', 'and the union has vowed to strike.']);
    expect(texts('Though the mayor did not comment, the council approved the budget.')).toEqual(['Though the mayor did not comment', 'the council approved the budget.']);
    expect(texts('Two bridges were closed in Lorton, stranding hundreds of commuters.')).toEqual(['Two bridges were closed in Lorton', 'stranding hundreds of commuters.']);
    expect(texts('The firm hired Dana Reyes, who ran the port for a decade.')).toEqual(['The firm hired Dana Reyes', 'who ran the port for a decade.']);
    expect(texts('The plant closed in May; its workers were moved to Dorval.')).toEqual(['The plant closed in May', 'its workers were moved to Dorval.']);
  });

  it('keeps lists, appositions and a shared subject\'s second verb in one clause; offsets index the sentence', () => {
    for (const s of ['Lorton, Dorval and Kesh were flooded by the storm.', 'Dana Reyes, the port director, was arrested and charged with fraud.', 'The ferry left at noon, including its crew of six.']) expect(texts(s)).toEqual([s]);
    const s = 'The council has denied the claim and the union has vowed to strike.';
    for (const c of predications(s)) expect(s.slice(c.start, c.end)).toBe(c.text);
  });
});

/**
 * The shipped check (lib/engine/fitted/align.ts CLAUSE_TOLD) runs only in matrices above
 * FLOOR_GROWTH.cells (fact units here × there): long stories. A flood story written for the test, made
 * long with background sentences that share its words (tests/data/engine/flood-story.ts).
 */

describe('the report: an aligned sentence is told only when each of its clauses is (long stories)', () => {
  const readSentences = FLOOD_STORY;
  // The second clause shares the story's words (Lorton, two) but is a fact the gazette never tells.
  const twoFacts = TWO_FACTS;
  const otherSentences = (extra: string) => [
    'Flooding closed the main road into Lorton on Monday morning.',
    'The river rose two metres overnight after three days of rain.',
    extra,
    'Schools in the valley will stay shut until Thursday.',
  ];
  const long = longArticle;

  it('the shipped check is on, for matrices above FLOOR_GROWTH.cells', () => {
    expect(REPORT_ALIGN.clauses).toEqual(CLAUSE_TOLD);
    expect(CLAUSE_TOLD?.minCells).toBe(FLOOR_GROWTH.cells);
  });

  it('a sentence whose second clause the reading article never tells is added; without the check it is not', () => {
    const read = long('gazette', readSentences, 1);
    const other = long('tribune', otherSentences(twoFacts), 2);
    expect(reportAgainst(read, [other]).added.map((a) => a.text)).toContain(twoFacts);
    // Without the check the sentence aligns on its first clause and its second fact is lost
    // ("Lorton" and "two" are story words: novelClauses, which needs every content word new, misses it).
    const saved = REPORT_ALIGN.clauses;
    delete REPORT_ALIGN.clauses;
    try {
      expect(reportAgainst(read, [other]).added.map((a) => a.text)).not.toContain(twoFacts);
    } finally {
      REPORT_ALIGN.clauses = saved;
    }
  });

  it('a sentence whose both clauses the reading article tells is not added', () => {
    const read = long('gazette', [...readSentences, 'The coast guard rescued two fishermen near Lorton.'], 1);
    const other = long('tribune', otherSentences(twoFacts), 2);
    const r = reportAgainst(read, [other]);
    expect(r.added.map((a) => a.text)).not.toContain(twoFacts);
    expect(r.shared.map((s) => s.text)).toContain('The mayor ordered the evacuation of the riverside district.');
  });

  it('a short story (a matrix below FLOOR_GROWTH.cells) is not checked', () => {
    const read = sentenceArticle('gazette', readSentences);
    const other = sentenceArticle('tribune', otherSentences(twoFacts));
    expect(reportAgainst(read, [other]).added.map((a) => a.text)).not.toContain(twoFacts);
  });
});
