/**
 * facts7: a second fact inside a sentence. The clause splitter (lib/nlp/clauses.ts) and the report's
 * clause check (report.ts `untoldClauses`, REPORT_ALIGN.clauses). Text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { predications } from '../../lib/nlp/clauses';
import { REPORT_ALIGN } from '../../lib/engine/align';
import { sentenceArticle } from '../data/engine/sentence-article';
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
 * The clause check is measured but not shipped (lib/engine/fitted/align.ts CLAUSE_TOLD = null: leave one
 * set out says it does not generalise). These tests switch it on as `bench/eval.ts --clauses=2,mutual,0`
 * does, and check what it does when on, and that it is off in the shipped report.
 */
describe('the report: with the clause check on, an aligned sentence is told only when each of its clauses is', () => {
  const read = sentenceArticle('gazette', [
    'Flooding closed the main road into Lorton on Monday.',
    'The river rose two metres overnight after heavy rain.',
    'The mayor ordered the evacuation of the riverside district.',
    'Schools in the valley will stay shut until Thursday.',
  ]);
  // The second clause shares the story's words (river, Lorton) but is a fact the gazette never tells.
  const twoFacts = 'The mayor ordered the evacuation of the riverside district, and the coast guard has rescued two fishermen near Lorton.';
  const other = (extra: string, more: string[] = []) =>
    sentenceArticle('tribune', [
      'Flooding closed the main road into Lorton on Monday morning.',
      'The river rose two metres overnight after three days of rain.',
      extra,
      'Schools in the valley will stay shut until Thursday.',
      ...more,
    ]);
  const withCheck = <T>(f: () => T): T => {
    REPORT_ALIGN.clauses = { minContent: 2, floor: 'mutual', fresh: 0 };
    try {
      return f();
    } finally {
      delete REPORT_ALIGN.clauses;
    }
  };

  it('is off in the shipped report (CLAUSE_TOLD = null)', () => {
    expect(REPORT_ALIGN.clauses).toBeUndefined();
  });

  it('a sentence whose second clause the reading article never tells is added; without the check it is not', () => {
    const o = other(twoFacts);
    expect(withCheck(() => reportAgainst(read, [o])).added.map((a) => a.text)).toContain(twoFacts);
    // Without the check the sentence aligns on its first clause and its second fact is lost
    // (every content word of the second clause is not new: novelClauses does not see it).
    expect(reportAgainst(read, [o]).added.map((a) => a.text)).not.toContain(twoFacts);
  });

  it('a sentence whose both clauses the reading article tells is not added', () => {
    const read2 = sentenceArticle('gazette', [...read.units.map((u) => u.text), 'The coast guard rescued two fishermen near Lorton.']);
    const r = withCheck(() => reportAgainst(read2, [other(twoFacts)]));
    expect(r.added.map((a) => a.text)).not.toContain(twoFacts);
  });
});
