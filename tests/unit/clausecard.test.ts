/**
 * clausecard: a card whose sentence is in the report only because of a second fact carries the
 * parts the other side lacks (AddedFact.novel / LeftOutFact.novel, offsets in the card's text), and
 * a sentence wholly absent elsewhere carries none. Text written for the test (the long flood story
 * tests/data/engine/flood-story.ts: the clause check runs only in long stories).
 */
import { describe, expect, it } from 'vitest';
import { mergeSpans, novelSpans } from '../../lib/engine/report';
import type { NovelSpan } from '../../lib/types';
import { FLOOD_STORY as story, longArticle as long, TWO_FACTS } from '../data/engine/flood-story';
import { reportAgainst } from '../data/engine/report-against';

// The two clauses of TWO_FACTS, as the card marks them.
const FIRST = 'The mayor ordered the evacuation of the riverside district';
const SECOND = 'the coast guard has rescued two fishermen near Lorton';
const twoFacts = TWO_FACTS;
const withTwoFacts = [story[0]!, story[1]!, twoFacts, story[3]!];
const ALONE = 'A bakery in Dorval gave four hundred loaves of bread to the volunteers at the shelter.';

const marked = (text: string, novel: NovelSpan[] | undefined) => (novel ?? []).map((s) => text.slice(s.start, s.end)).join(' | ');

describe('the card carries the part of a sentence the other side lacks', () => {
  it('added: the untold clause is marked, the told one is not; a sentence new as a whole has no parts', () => {
    const r = reportAgainst(long('gazette', story, 1), [long('tribune', [...withTwoFacts, ALONE], 2)]);
    const card = r.added.find((a) => a.text === twoFacts);
    expect(card).toBeDefined();
    const parts = marked(card!.text, card!.novel);
    expect(parts).toContain('coast guard has rescued two fishermen');
    expect(parts).not.toContain('mayor');
    expect(parts).not.toContain('evacuation');
    const alone = r.added.find((a) => a.text === ALONE);
    expect(alone).toBeDefined();
    expect(alone!.novel).toBeUndefined();
  });

  it('left out: the clause the other outlet never tells is marked; a sentence it lacks entirely has no parts', () => {
    const r = reportAgainst(long('gazette', [...withTwoFacts, ALONE], 1), [long('tribune', story, 2)]);
    const card = r.leftOut.find((l) => l.text === twoFacts);
    expect(card).toBeDefined();
    const parts = marked(card!.text, card!.novel);
    expect(parts).toContain('coast guard has rescued two fishermen');
    expect(parts).not.toContain('evacuation');
    const alone = r.leftOut.find((l) => l.text === ALONE);
    expect(alone).toBeDefined();
    expect(alone!.novel).toBeUndefined();
  });

  it('left out by two outlets, one lacking the whole sentence: the part both lack is marked, and the card says which one tells the rest', () => {
    const partial = long('tribune', story, 2);
    const none = long('herald', [story[0]!, story[1]!, story[3]!], 3);
    const r = reportAgainst(long('gazette', withTwoFacts, 1), [partial, none]);
    const card = r.leftOut.find((l) => l.text === twoFacts);
    expect(card?.missingFrom).toEqual(['tribune', 'herald']);
    const parts = marked(card!.text, card!.novel);
    expect(parts).toContain('coast guard has rescued two fishermen');
    expect(parts).not.toContain('evacuation');
    // The tribune tells the evacuation and lacks only the rescue; the herald lacks the whole sentence.
    expect(card!.partly?.map((p) => p.id)).toEqual(['tribune']);
    expect(card!.partly![0]!.novel).toEqual(card!.novel);
  });

  it('left out by outlets that all lack the whole sentence: nothing is marked, nobody tells a part', () => {
    const none = long('herald', [story[0]!, story[1]!, story[3]!], 3);
    const r = reportAgainst(long('gazette', withTwoFacts, 1), [none]);
    const card = r.leftOut.find((l) => l.text === twoFacts);
    expect(card?.missingFrom).toEqual(['herald']);
    expect(card!.novel).toBeUndefined();
    expect(card!.partly).toBeUndefined();
  });

  it('left out by two outlets lacking different parts: the union of the parts is marked', () => {
    const lacksSecond = long('tribune', story, 2);
    const lacksFirst = long('herald', [story[0]!, story[1]!, 'The coast guard rescued two fishermen near Lorton.', story[3]!], 3);
    const one = reportAgainst(long('gazette', withTwoFacts, 1), [lacksSecond]).leftOut.find((l) => l.text === twoFacts);
    const both = reportAgainst(long('gazette', withTwoFacts, 1), [lacksSecond, lacksFirst]).leftOut.find((l) => l.text === twoFacts);
    expect(both?.missingFrom).toEqual(['tribune', 'herald']);
    // Each outlet lacks its own part: the card's marks are their union, each entry its own part.
    const own = both!.partly!.map((p) => [p.id, marked(both!.text, p.novel)] as const);
    expect(own.map(([id]) => id)).toEqual(['tribune', 'herald']);
    expect(own[0]![1]).toContain(SECOND);
    expect(own[0]![1]).not.toContain('mayor');
    expect(own[1]![1]).toContain(FIRST);
    expect(own[1]![1]).not.toContain('coast guard');
    const parts = marked(both!.text, both!.novel);
    expect(parts).toContain('coast guard has rescued two fishermen');
    expect(parts).toContain('mayor ordered the evacuation');
    expect(marked(one!.text, one!.novel)).not.toContain('mayor');
  });

  it('the decisions are the ones the report made before: the same cards with and without the parts', () => {
    const r = reportAgainst(long('gazette', story, 1), [long('tribune', [...withTwoFacts, ALONE], 2)]);
    expect(r.added.map((a) => a.text).sort()).toEqual([ALONE, twoFacts].sort());
  });
});

describe('novelSpans', () => {
  it('places each detail in the text (case aside), merges overlaps, and gives up when a detail is not in the text', () => {
    const t = 'Officials said the fund, run by Harbor Trust, paid $4 million to Kesh Marine.';
    const s = novelSpans(t, [], ['Harbor Trust', '$4 million', 'kesh marine'])!;
    expect(s.map((x) => t.slice(x.start, x.end))).toEqual(['Harbor Trust', '$4 million', 'Kesh Marine']);
    expect(novelSpans(t, [], ['Dorval'])).toBeNull();
    const q = "She shared a report called 'Surviving Cecot,' produced by ProPublica.";
    const at = q.indexOf("' produced");
    expect(novelSpans(q, [{ start: at, end: q.length, text: q.slice(at) }], [])!.map((x) => q.slice(x.start, x.end))).toEqual(['produced by ProPublica.']);
    expect(mergeSpans([{ start: 5, end: 9 }, { start: 0, end: 6 }, { start: 12, end: 14 }])).toEqual([{ start: 0, end: 9 }, { start: 12, end: 14 }]);
  });
});
