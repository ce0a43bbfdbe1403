/**
 * facts50: a subject that joins a name to someone unnamed ("Harlan Quarry, and lawyers for the other defendants, …") is a
 * group, not the named actor alone (lib/engine/align.ts `groupSubject`), so the actor check does not keep two outlets'
 * "did not comment" sentences apart because each names a different member of the group. A subject of names only keeps
 * its actor, and the check still holds there. Text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { GROUP_SUBJECT } from '../../lib/engine/align';
import { FLOOD_STORY } from '../data/engine/flood-story';
import { reportAgainst } from '../data/engine/report-against';
import { sentenceArticle } from '../data/engine/sentence-article';
import { withFlags } from '../data/with-flags';

const onMain = <T>(f: () => T): T => withFlags(GROUP_SUBJECT, { on: false }, f);

const SUED = 'Families in Lorton sued the quarry and the council over the flood on Friday.';
const QUARRY = 'Harlan Quarry, and lawyers for the other defendants, did not immediately respond to requests for comment on the lawsuit.';
const COUNCIL = 'Lorton Council officials and several other defendants did not immediately comment on the lawsuit.';
const tribune = sentenceArticle('tribune', [...FLOOD_STORY, SUED, QUARRY]);
const gazette = sentenceArticle('gazette', [...FLOOD_STORY, SUED, COUNCIL]);

describe('the actor check: a name joined to an unnamed party is a group', () => {
  it('"did not respond" is told by the other outlet\'s "did not comment" of the same defendants', () => {
    const rep = reportAgainst(tribune, [gazette]);
    expect(rep.leftOut.map((l) => l.text)).not.toContain(QUARRY);
    expect(reportAgainst(gazette, [tribune]).added.map((a) => a.text)).not.toContain(QUARRY);
    // On main the quarry (the tribune's subject) and the council (the gazette's) were two actors: left out and added.
    expect(onMain(() => reportAgainst(tribune, [gazette]).leftOut.map((l) => l.text))).toContain(QUARRY);
    expect(onMain(() => reportAgainst(gazette, [tribune]).added.map((a) => a.text))).toContain(QUARRY);
  });

  it('a subject of two names keeps its actors: another named party\'s silence is still left out', () => {
    const named = 'Harlan Quarry and Lorton Council did not immediately respond to requests for comment on the lawsuit.';
    const mayor = 'Mayor Ada Brandt did not immediately comment on the lawsuit.';
    const a = sentenceArticle('tribune', [...FLOOD_STORY, SUED, named]);
    const b = sentenceArticle('gazette', [...FLOOD_STORY, SUED, mayor]);
    expect(reportAgainst(a, [b]).leftOut.map((l) => l.text)).toContain(named);
  });
});
