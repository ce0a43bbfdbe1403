import { describe, expect, it } from 'vitest';
import { ambiguousFigures, quoteDifference } from '../../lib/engine/conflicts';
import { quantities } from '../../lib/nlp';
import { conflict, conflictIn, units } from './conflict-helpers';

// docs/notes/conf5.md: the causes of missed and false conflicts read on the dev half of
// bench/data/conflicts-labels.json, each with text written for the test.

describe('a figure whose article gives several of its kind', () => {
  const A = ['Jamaal Charles ran for 226 yards against the Colts.', "Charles' big day included an 86-yard touchdown run on the first play of the second half."];
  const B = ['Charles ran for 226 yards, including an 84-yard scamper on the first play of the second half.'];

  it('is compared with one whose clause tells the same thing', () => {
    // Both articles give two yard figures: the head alone does not say which run a figure is.
    expect(ambiguousFigures(units(...A)).has('count|yard')).toBe(true);
    expect(conflictIn(A, 1, B, 0)).toBe('number: 86 vs 84');
  });

  it('is not compared with one told of another moment', () => {
    const C = ['Jamaal Charles ran for 226 yards against the Colts.', "Charles' big day included an 86-yard touchdown run late in the third quarter."];
    expect(conflictIn(C, 1, B, 0)).toBeNull();
    // Two players' points told with the same stock phrase are not one quantity.
    // ("a game-high" / "a team-high" … "to go with" share three words: fewer than CLAUSE_SHARED.)
    const D = ['Stephen Curry posted a game-high 29 points to go with eight rebounds.', 'The guard scored 11 points and had two rebounds in the first half.'];
    const E = ['Hansbrough averaged a team-high 22.8 points to go with 7.2 rebounds.', 'He scored 20 points and grabbed nine rebounds on Thursday.'];
    expect(conflictIn(D, 0, E, 0)).toBeNull();
  });
});

describe('counts over two places', () => {
  it('are two quantities', () => {
    expect(quantities('killed 170,000 people in the province')[0]!.scope).toEqual(['provinc']);
    expect(conflict('The tsunami killed 170,000 people in the province.', 'The tsunami killed about 230,000 people across Asia.')).toBeNull();
    expect(conflict('The flu killed 12,000 people worldwide.', 'The flu killed 16,000 people in the state.')).toBeNull();
  });
  it('over one place, or with no place named, still disagree', () => {
    expect(conflict('The tsunami killed 170,000 people in the province.', 'The tsunami killed 130,000 people in the province.')).toBe('number: 170,000 vs 130,000');
    expect(conflict('The tsunami killed 170,000 people in the province.', 'The tsunami killed 130,000 people.')).toBe('number: 170,000 vs 130,000');
    // "in the attack" is no place: the count is still compared.
    expect(conflict('Five people were killed in the attack.', 'At least 24 people were killed in the bombing.')).toBe('number: Five vs At least 24');
  });
});

describe('dates are not amounts', () => {
  it('"Sept. 11" is a date, not a count of anything', () => {
    expect(quantities('the Sept. 11 attacks').map((q) => q.kind)).toEqual(['day']);
    expect(conflict('He spoke about the Sept. 11 attacks.', 'He spoke about 12 attacks.')).toBeNull();
    // The count in "the 19 Sept. 11 hijackers" is still a count of hijackers.
    expect(conflict('The 19 Sept. 11 hijackers trained in Florida.', 'The 20 hijackers trained in Florida.')).toBe('number: 19 vs 20');
  });

  it('two weekdays for one event by one actor disagree; for two events they do not', () => {
    expect(conflict('The Pentagon ordered troops on Wednesday to get the vaccine.', 'The Pentagon ordered troops on Tuesday to get the vaccine.')).toBe('date: Wednesday vs Tuesday');
    expect(conflict('The Pentagon ordered troops on Wednesday to get the vaccine.', 'The Pentagon briefed reporters on Tuesday.')).toBeNull();
  });
});

describe("a quote's changed word", () => {
  it('is a difference; a letter or a plural is spelling', () => {
    const d = quoteDifference({ text: 'We will not back down from this fight.', speaker: 'Ana Ruiz' }, { text: 'We will never back down from this fight.', speaker: 'Ruiz' });
    expect(d?.diff.filter((p) => p.op !== 'equal').map((p) => p.text.trim())).toEqual(['not', 'never']);
    expect(quoteDifference({ text: 'a global transport system collapse', speaker: null }, { text: 'a global transport systems collapse', speaker: null })).toBeNull();
  });
});

describe('the card tells the figures the report compared', () => {
  it('names the figure of the same clause, not another of the same head', async () => {
    const { compareArticle, MemoryIndex } = await import('../../lib/engine');
    const { sentenceArticle } = await import('../data/engine/sentence-article');
    const first = 'The cargo ship Meridian ran aground off the port of Valmora late on Tuesday night after losing power in a storm.';
    const last = 'Salvage teams began pumping fuel from the damaged hull of the Meridian on Wednesday morning.';
    const a = sentenceArticle('tribune', [first, 'The Meridian drifted 400 metres overnight before its anchor held.', 'The ship came to rest 86 metres from the northern breakwater of the harbour entrance.', last], { outlet: 'Tribune', title: 'Cargo ship Meridian runs aground off Valmora' });
    const b = sentenceArticle('coastline', [first, 'The Meridian drifted 400 metres overnight, coming to rest 84 metres from the northern breakwater of the harbour entrance.', last], { outlet: 'Coastline', title: 'Cargo ship Meridian aground off Valmora' });
    const report = await compareArticle(a, new MemoryIndex([a, b]));
    const figures = report.conflicts.filter((c) => c.kind === 'number');
    expect(figures.map((c) => c.sides)).toEqual([[{ id: 'coastline', i: 1, here: '86', there: '84' }]]);
  });
});
