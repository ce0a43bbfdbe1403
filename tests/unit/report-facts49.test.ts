/**
 * facts49: in the clause check (lib/engine/report.ts `untoldClauses`), a clause is told only by a unit of the other article
 * that is about the same actor, as align() itself pairs units (align.ts `differentActors`). "… and Ravel Construction has
 * denied any blame for the flood" is not told by "Dana Reyes has also denied any blame for the flood": the same words,
 * another actor. Text written for the test (the long flood story: the check runs only in long stories).
 */
import { describe, expect, it } from 'vitest';
import { CLAUSE_ACTORS } from '../../lib/engine/report';
import { FLOOD_STORY, longArticle } from '../data/engine/flood-story';
import { reportAgainst } from '../data/engine/report-against';
import { withFlags } from '../data/with-flags';
import type { NovelSpan } from '../../lib/types';

const marked = (text: string, novel: NovelSpan[] | undefined) => (novel ?? []).map((s) => text.slice(s.start, s.end));
const onMain = <T>(f: () => T): T => withFlags(CLAUSE_ACTORS, { on: false }, f);

const BOTH = 'Dana Reyes has repeatedly denied that the dam was weak and Ravel Construction has denied any blame for the flood.';
const tribune = longArticle('tribune', [...FLOOD_STORY, BOTH], 2);
const REYES = ['Dana Reyes has repeatedly denied that the dam was weak.', 'Reyes has also denied any blame for the flood.'];

describe("the clause check: another actor's sentence does not tell a clause", () => {
  const gazette = longArticle('gazette', [...FLOOD_STORY, ...REYES], 1);

  it("the builder's denial is added when the article read has only the mayor's", () => {
    const card = reportAgainst(gazette, [tribune]).added.find((a) => a.text === BOTH);
    expect(card).toBeDefined();
    expect(marked(BOTH, card!.novel)).toEqual(['and Ravel Construction has denied any blame for the flood.']);
    // On main the mayor's denial of blame told the builder's: the sentence was shared.
    expect(onMain(() => reportAgainst(gazette, [tribune]).added.map((a) => a.text))).not.toContain(BOTH);
  });

  it('and left out when the tribune is read against the gazette', () => {
    const left = reportAgainst(tribune, [gazette]).leftOut.find((l) => l.text === BOTH);
    expect(left).toBeDefined();
    expect(marked(BOTH, left!.novel)).toEqual(['and Ravel Construction has denied any blame for the flood.']);
  });

  it("is not added when the article read tells the builder's denial too", () => {
    const told = longArticle('gazette', [...FLOOD_STORY, ...REYES, 'Ravel Construction has denied any blame for the flood.'], 1);
    expect(reportAgainst(told, [tribune]).added.map((a) => a.text)).not.toContain(BOTH);
  });
});
