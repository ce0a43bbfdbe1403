/**
 * mark54: the part of a card marked "only this is new / missing elsewhere" must be a part the other outlet lacks, not a
 * phrase the clause splitter cut off its own predicate. A verbless opening (the sentence's subject or a fronted phrase)
 * or a relative pronoun whose verb lies past the cut is not marked; when it was the only mark, the card shows the whole
 * sentence unmarked. The card decisions do not change. Text written for the test (the long flood story: the clause check
 * runs only in long stories).
 */
import { describe, expect, it } from 'vitest';
import { foldedText, markableDetails, novelSpans } from '../../lib/engine/report';
import { predications } from '../../lib/nlp/clauses';
import type { NovelSpan } from '../../lib/types';
import { FLOOD_STORY, longArticle } from '../data/engine/flood-story';
import { reportAgainst } from '../data/engine/report-against';

const marked = (text: string, novel: NovelSpan[] | null | undefined) => (novel ?? []).map((s) => text.slice(s.start, s.end));

describe('novelSpans: a phrase cut off its predicate is not marked', () => {
  it('a verbless opening phrase is not marked; alone, nothing is', () => {
    const s = 'The harbour trust’s dredging, mooring and lighting budget passed the council on Tuesday.';
    const cl = predications(s);
    expect(cl.length).toBeGreaterThan(1); // the splitter cuts ", mooring" as if it opened a participle clause
    expect(novelSpans(s, [cl[0]!], [])).toBeNull();
  });

  it('a subject cut off before its relative clause is not marked, the relative clause with its verb is', () => {
    const s = '“Councillor Ada Marsh, who spent two years blocking the dredging plan, should be forced to resign!”';
    const subject = { start: 0, end: s.indexOf(','), text: s.slice(0, s.indexOf(',')) };
    const relStart = s.indexOf('who');
    const rel = { start: relStart, end: s.indexOf(',', relStart), text: s.slice(relStart, s.indexOf(',', relStart)) };
    expect(marked(s, novelSpans(s, [subject, rel], []))).toEqual(['who spent two years blocking the dredging plan']);
  });

  it('a relative pronoun whose verb lies past the cut is not marked; a verbless apposition later in the sentence is', () => {
    const s = 'The mayor named Ada Marsh, her longtime adviser and friend, to run the shelter at Dorval.';
    const a = s.indexOf('her');
    const appo = { start: a, end: s.indexOf(',', a), text: s.slice(a, s.indexOf(',', a)) };
    expect(marked(s, novelSpans(s, [appo], []))).toEqual(['her longtime adviser and friend']);
    const t = 'She said the council has a chairman, who in her view beyond any doubt, misled the town about the dam.';
    const w = t.indexOf('who');
    const rel = { start: w, end: t.indexOf(',', w), text: t.slice(w, t.indexOf(',', w)) };
    expect(novelSpans(t, [rel], [])).toBeNull();
  });

  it('a fronted phrase the other outlet never uses is no detail to mark; a name in the same sentence still is', () => {
    const s = 'In a speech earlier this month, the mayor thanked Ada Marsh and Tom Reyes at Dorval.';
    const other = foldedText(longArticle('gazette', FLOOD_STORY, 1));
    expect(markableDetails(s, other, ['In a speech earlier this month', 'Ada Marsh', 'Tom Reyes'])).toEqual(['Ada Marsh', 'Tom Reyes']);
  });
});

describe('the report: a card marks no noun phrase as news, and its decision stands', () => {
  const LIST = "The flood board's dredging, mooring and lighting plan for Lorton passed the council on Tuesday.";
  const tribune = longArticle('tribune', [...FLOOD_STORY, LIST], 2);
  const gazette = longArticle('gazette', [...FLOOD_STORY, 'The council passed a flood plan for Lorton on Tuesday.'], 1);

  it('the card keeps its place but marks nothing (on main "The flood board\'s dredging" was marked as the new part)', () => {
    const card = reportAgainst(gazette, [tribune]).added.find((a) => a.text === LIST);
    expect(card).toBeDefined();
    expect(card!.novel).toBeUndefined();
    const left = reportAgainst(tribune, [gazette]).leftOut.find((l) => l.text === LIST);
    expect(left).toBeDefined();
    expect(left!.novel).toBeUndefined();
    // A second clause with a verb of its own is still the part the other outlet lacks.
    const TWO = 'The council passed a flood plan for Lorton on Tuesday, and the coast guard has rescued two fishermen near Kesh.';
    const t2 = longArticle('tribune', [...FLOOD_STORY, TWO], 2);
    const card2 = reportAgainst(gazette, [t2]).added.find((a) => a.text === TWO);
    expect(card2).toBeDefined();
    expect(marked(TWO, card2!.novel)).toEqual(['and the coast guard has rescued two fishermen near Kesh.']);
  });
});
