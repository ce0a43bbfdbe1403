/**
 * facts16: with ClauseTold.againstClauses (OFF as shipped: the dev gain did not carry to the held-out sets,
 * docs/notes/facts16.md), a clause the other outlet tells inside a sentence of its own is told (report.ts
 * `untoldClauses`). The clause check runs in long stories only (matrices above FLOOR_GROWTH.cells), so the
 * articles are the flood story made long (tests/data/engine/flood-story.ts). Text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { REPORT_ALIGN } from '../../lib/engine/align';
import { CLAUSE_TO_CLAUSE_RAISE, CLAUSE_TOLD } from '../../lib/engine/fitted/align';
import { FLOOD_STORY, longArticle } from '../data/engine/flood-story';
import { reportAgainst } from '../data/engine/report-against';
import { withFlags } from '../data/with-flags';

// The tribune joins a second clause to the evacuation.
const JOINED = 'The mayor ordered the evacuation of the riverside district, which lies below the old stone dam at Kesh.';
const tribune = longArticle('tribune', [FLOOD_STORY[0]!, FLOOD_STORY[1]!, JOINED, FLOOD_STORY[3]!], 2);
// The gazette tells the evacuation alone, and where the district lies inside a sentence about something else.
const gazette = (folded: string) => longArticle('gazette', [...FLOOD_STORY, folded], 1);
// Told in fewer words, after a longer clause about the rescue boats: diluted, the whole sentence stays under the floor.
const FOLDED = 'Rescue boats and volunteer crews from three neighbouring towns waited at the Wexley bridge all through the night with blankets and hot food for the families, since the district lies just beneath the stone dam.';

/** The report with the clause check's `againstClauses` at `raise` (undefined: off, as shipped). */
const withRaise = <T>(raise: number | undefined, f: () => T): T =>
  withFlags(REPORT_ALIGN, { clauses: { ...REPORT_ALIGN.clauses!, againstClauses: raise } }, f);
const on = <T>(f: () => T): T => withRaise(CLAUSE_TO_CLAUSE_RAISE, f);

describe('the clause check with againstClauses: a clause told inside another sentence of the article read', () => {
  it('as shipped, a clause is compared with whole sentences there only', () => {
    expect(REPORT_ALIGN.clauses).toEqual(CLAUSE_TOLD);
    expect(reportAgainst(gazette(FOLDED), [tribune]).added.map((a) => a.text)).toContain(JOINED);
  });

  it('is not added, in either reading, when the article read tells it as a clause of its own sentence', () => {
    const read = gazette(FOLDED);
    expect(on(() => reportAgainst(read, [tribune]).added.map((a) => a.text))).not.toContain(JOINED);
    expect(on(() => reportAgainst(tribune, [read]).leftOut.map((a) => a.text))).not.toContain(JOINED);
    expect(on(() => reportAgainst(read, [tribune]).shared.map((a) => a.text))).toContain(FLOOD_STORY[2]);
    // Compared with whole sentences only, the folded clause is too diluted to count as told.
    expect(withRaise(undefined, () => reportAgainst(read, [tribune]).added.map((a) => a.text))).toContain(JOINED);
    // A clause-to-clause match must clear the raised floor: raised far enough, the folded clause no longer tells it.
    expect(withRaise(0.2, () => reportAgainst(read, [tribune]).added.map((a) => a.text))).toContain(JOINED);
  });

  it('is still added when the article read tells the evacuation but not where the district lies', () => {
    const read = gazette('Rescue boats and volunteer crews from three neighbouring towns waited at the Wexley bridge all through the night with blankets and hot food for the families, since the river was still rising.');
    expect(on(() => reportAgainst(read, [tribune]).added.map((a) => a.text))).toContain(JOINED);
    expect(on(() => reportAgainst(tribune, [read]).leftOut.map((a) => a.text))).toContain(JOINED);
  });
});
