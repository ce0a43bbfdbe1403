/**
 * facts47: a relative clause inside the subject ("The president, who has long denied …, has attacked …") is cut off
 * from the main predicate that follows its closing comma (lib/nlp/clauses.ts CLAUSE_RULES.embedded), so the report's
 * clause check (report.ts `untoldClauses`) reads the main predicate on its own: a second fact there is no longer
 * hidden inside the relative clause's tail. Text written for the test (the long flood story: the check runs only in
 * long stories).
 */
import { describe, expect, it } from 'vitest';
import { CLAUSE_RULES, predications } from '../../lib/nlp/clauses';
import { FLOOD_STORY, longArticle } from '../data/engine/flood-story';
import { reportAgainst } from '../data/engine/report-against';
import { withFlags } from '../data/with-flags';

const texts = (s: string) => predications(s).map((c) => c.text);
const without = <T>(f: () => T): T => withFlags(CLAUSE_RULES, { embedded: false }, f);

describe('predications: a relative clause inside the subject', () => {
  it('ends at its closing comma when the main verb follows', () => {
    const s = 'The mayor, who has long opposed the dam, has asked the army to rebuild the Kesh bridge.';
    expect(texts(s)).toEqual(['The mayor', 'who has long opposed the dam', 'has asked the army to rebuild the Kesh bridge.']);
    expect(texts('Dana Reyes, who ran the port for a decade, quietly resigned on Friday.')).toEqual(['Dana Reyes', 'who ran the port for a decade', 'quietly resigned on Friday.']);
    for (const c of predications(s)) expect(s.slice(c.start, c.end)).toBe(c.text);
  });

  it('is cut as before when it ends the sentence or follows a verb; when its comma opens a list, it ends after the list (facts48)', () => {
    expect(texts('The firm hired Dana Reyes, who ran the port for a decade.')).toEqual(['The firm hired Dana Reyes', 'who ran the port for a decade.']);
    expect(texts('The council said the mayor, who was elected in May, has resigned.')).toEqual(['The council said the mayor', 'who was elected in May, has resigned.']);
    expect(texts('The ferry, which served Lorton, Dorval or Kesh, has sunk.')).toEqual(['The ferry', 'which served Lorton, Dorval or Kesh', 'has sunk.']);
  });
});

describe('the report: a second fact in the main predicate after a relative clause (long stories)', () => {
  // The tribune's sentence tells the evacuation in its relative clause, and a fact of its own in the main predicate,
  // which shares the story's words (two, Lorton: report.ts novelClauses, which needs every content word new, misses it).
  const MAIN = 'has sent two army trucks with sandbags to Lorton.';
  const JOINED = `The mayor, who ordered the evacuation of the riverside district, ${MAIN}`;
  const tribune = longArticle('tribune', [FLOOD_STORY[0]!, FLOOD_STORY[1]!, JOINED, FLOOD_STORY[3]!], 2);

  it('is added / left out when the article read tells the evacuation but not the trucks (on main, the predicate hid in the relative clause)', () => {
    const read = longArticle('gazette', FLOOD_STORY, 1);
    expect(reportAgainst(read, [tribune]).added.map((a) => a.text)).toContain(JOINED);
    expect(reportAgainst(tribune, [read]).leftOut.map((a) => a.text)).toContain(JOINED);
    expect(without(() => reportAgainst(read, [tribune]).added.map((a) => a.text))).not.toContain(JOINED);
  });

  it('is not added when the article read tells both', () => {
    const read = longArticle('gazette', [...FLOOD_STORY, `The mayor ${MAIN}`], 1);
    expect(reportAgainst(read, [tribune]).added.map((a) => a.text)).not.toContain(JOINED);
  });
});
