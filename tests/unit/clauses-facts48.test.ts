/**
 * facts48: a new subject after "and" runs up to its verb with no comma between (lib/nlp/clauses.ts
 * CLAUSE_RULES.subjectComma), and a relative clause inside the subject whose first comma opens a list ends at the comma
 * before the main verb (CLAUSE_RULES.embeddedList). "The ferry, which served Lorton, Dorval and Kesh, has sunk" was cut
 * before "and Kesh": the list's last item went with the main predicate, so the clause check read "and Kesh, has sunk
 * off the coast" and the card marked Kesh as news. Text written for the test (the long flood story: the check runs only
 * in long stories).
 */
import { describe, expect, it } from 'vitest';
import { CLAUSE_RULES, predications } from '../../lib/nlp/clauses';
import { FLOOD_STORY, longArticle } from '../data/engine/flood-story';
import { reportAgainst } from '../data/engine/report-against';
import { withFlags } from '../data/with-flags';
import { isAttribution } from '../../lib/engine/report';
import type { NovelSpan } from '../../lib/types';

const texts = (s: string) => predications(s).map((c) => c.text);
const onMain = <T>(f: () => T): T => withFlags(CLAUSE_RULES, { subjectComma: false, embeddedList: false }, f);
const marked = (text: string, novel: NovelSpan[] | undefined) => (novel ?? []).map((s) => text.slice(s.start, s.end));

describe('predications: a list is not cut at its "and"', () => {
  it('the last item of a list closed by a comma stays in the list', () => {
    const s = 'The ferry, which served Lorton, Dorval and Kesh, has sunk off the coast.';
    expect(texts(s)).toEqual(['The ferry', 'which served Lorton, Dorval and Kesh', 'has sunk off the coast.']);
    expect(texts('Volunteers, accompanied by relatives, neighbours and the police, carried sandbags to the bridge.')).toEqual([
      'Volunteers, accompanied by relatives, neighbours and the police, carried sandbags to the bridge.',
    ]);
    for (const c of predications(s)) expect(s.slice(c.start, c.end)).toBe(c.text);
  });

  it('a new subject with its own verb after "and" is still cut', () => {
    expect(texts('The mayor has ordered the evacuation and the coast guard has rescued two fishermen.')).toEqual([
      'The mayor has ordered the evacuation',
      'and the coast guard has rescued two fishermen.',
    ]);
  });
});

describe('the report: the sinking is the part the other outlet lacks, not "and Kesh"', () => {
  const JOINED = 'The ferry, which served Lorton, Dorval and Kesh, has sunk off the coast near the harbour.';
  const tribune = longArticle('tribune', [...FLOOD_STORY, JOINED], 2);
  const gazette = longArticle('gazette', [...FLOOD_STORY, 'For forty years the ferry served Lorton, Dorval and Kesh.'], 1);

  it('added: the card marks the sinking and leaves the ferry route unmarked', () => {
    const card = reportAgainst(gazette, [tribune]).added.find((a) => a.text === JOINED);
    expect(card).toBeDefined();
    expect(marked(JOINED, card!.novel)).toEqual(['has sunk off the coast near the harbour.']);
    // On main the list's last item went with the sinking, and the card marked Kesh, which the gazette tells, as news.
    const main = onMain(() => reportAgainst(gazette, [tribune]).added.find((a) => a.text === JOINED));
    expect(marked(JOINED, main!.novel)).toEqual(['and Kesh, has sunk off the coast near the harbour.']);
  });
});

describe('the report: what was said after "saying" is a fact, not an attribution', () => {
  const SAID = 'The mayor ordered the evacuation of the riverside district, saying the dam had cracked.';
  const tribune = longArticle('tribune', [FLOOD_STORY[0]!, FLOOD_STORY[1]!, SAID, FLOOD_STORY[3]!], 2);

  it('"saying the dam had cracked" is added when the article read tells the evacuation but not the crack (on main it was taken for "who says")', () => {
    expect(isAttribution('saying the dam had cracked.')).toBe(false);
    expect(isAttribution('officials said on Monday')).toBe(true);
    expect(isAttribution('saying so.')).toBe(true);
    const read = longArticle('gazette', FLOOD_STORY, 1);
    const card = reportAgainst(read, [tribune]).added.find((a) => a.text === SAID);
    expect(card).toBeDefined();
    expect(marked(SAID, card!.novel)).toEqual(['saying the dam had cracked.']);
    expect(reportAgainst(tribune, [read]).leftOut.map((l) => l.text)).toContain(SAID);
  });

  it('is not added when the article read tells the crack too', () => {
    const read = longArticle('gazette', [...FLOOD_STORY, 'The dam had cracked, the mayor said.'], 1);
    expect(reportAgainst(read, [tribune]).added.map((a) => a.text)).not.toContain(SAID);
  });
});
