/**
 * report81: the part of a sentence another outlet lacks is reported and marked (issue 8 item 2).
 * A fact the report takes as told differently (report.ts `mutualBest`, `sameFactPairs`, the two-sentence union) is read
 * for a second fact as an aligned pair is: on main such a sentence was shared in full and the hospital and town only one
 * outlet names vanished from the report. The marks stand on whole words (report82): a name the engine reads folded ("hbo") was
 * found inside "neighbor" and the name itself left unmarked. Text written for this test.
 */
import { describe, expect, it } from 'vitest';
import { compareArticle, MemoryIndex } from '../../lib/engine';
import { sentenceArticle } from '../data/engine/sentence-article';

const LEAD = 'Nora Baldwin, 31, was struck by a falling branch in Elm Park on Sunday.';
const report = async (here: string, there: string, lead = LEAD) => {
  const a = sentenceArticle('tribune', [`Police said ${lead}`, here, 'The park was closed on Monday.'], { outlet: 'Tribune', title: 'Woman dies after park accident' });
  const b = sentenceArticle('coastline', [lead, there, 'The city closed the park on Monday.'], { outlet: 'Coastline', title: 'Woman dies after park accident' });
  return compareArticle(a, new MemoryIndex([a, b]));
};
const marks = (f: { text: string; novel?: ReadonlyArray<{ start: number; end: number }> } | undefined) => (f?.novel ?? []).map((s) => f!.text.slice(s.start, s.end));

describe('a fact told differently, with names only this outlet gives', () => {
  const HERE = 'Nora was taken to Brennan Hospital in Lake Falls and flown to Saint Clare Medical Center in Millbrook, where she died later that night.';
  const THERE = 'Baldwin was taken to the hospital, where she later died.';
  // Both outlets place the park in Lake County: "Lake" is a name both write, so "Lake Falls" is not marked (a word of a name the other writes).
  const COUNTY = 'Nora Baldwin, 31, was struck by a falling branch in Elm Park in Lake County on Sunday.';

  it('is shared, told differently, and left out for the part the other outlet lacks, marked', async () => {
    const r = await report(HERE, THERE, COUNTY);
    expect(r.shared.find((f) => f.text === HERE)?.sources).toEqual([expect.objectContaining({ id: 'coastline', told: 'differently' })]);
    const card = r.leftOut.find((f) => f.text === HERE);
    expect(card?.missingFrom).toEqual(['coastline']);
    expect(marks(card)).toEqual(expect.arrayContaining(['Saint Clare Medical Center', 'Millbrook']));
    expect(marks(card).join(' ')).not.toMatch(/Nora|taken|died/);
  });

  it('is read the other way too: added for the same part, never added whole', async () => {
    const a = sentenceArticle('coastline', [COUNTY, THERE, 'The city closed the park on Monday.'], { outlet: 'Coastline', title: 'Woman dies after park accident' });
    const b = sentenceArticle('tribune', [`Police said ${COUNTY}`, HERE, 'The park was closed on Monday.'], { outlet: 'Tribune', title: 'Woman dies after park accident' });
    const r = await compareArticle(a, new MemoryIndex([a, b]));
    const card = r.added.find((f) => f.text === HERE);
    expect(marks(card)).toEqual(expect.arrayContaining(['Saint Clare Medical Center', 'Millbrook']));
    expect(marks(card).join(' ')).not.toMatch(/Nora|taken|died/);
    expect(r.leftOut.some((f) => f.text === THERE)).toBe(false);
  });

  it('while the same fact told differently with nothing more is not left out', async () => {
    const r = await report('Nora was taken to a hospital, where she died later that night.', THERE, COUNTY);
    expect(r.leftOut).toEqual([]);
  });
});

describe('a name the other outlet lacks is marked where it stands, never inside another word', () => {
  const HERE = 'Her neighbor told HBO and Netflix that the branch had been cracked for months.';

  it('marks "HBO" itself, not the letters inside "neighbor"', async () => {
    const r = await report(HERE, 'Her neighbor told reporters that the branch had been cracked for months.');
    const card = r.leftOut.find((f) => f.text === HERE);
    expect(card?.missingFrom).toEqual(['coastline']);
    expect(marks(card)).toEqual(['HBO', 'Netflix']);
  });

  it('a letter of any script counts as part of a word: "ANA" is not the start of "Anaïs"', async () => {
    const here = 'Anaïs told ANA and Netflix that the branch had been cracked for months.';
    const r = await report(here, 'Anaïs told reporters that the branch had been cracked for months.');
    expect(marks(r.leftOut.find((f) => f.text === here))).toEqual(['ANA', 'Netflix']);
  });
});
