/**
 * report82: the marks of a sentence told in part stand on whole words (issue 8 item 2; audit81 §4 cause 4).
 * A name the engine reads folded ("hbo") was searched as written before its own place: found inside "neighbor", the
 * card marked three letters of another word and left the name itself unmarked. Text written for this test.
 */
import { describe, expect, it } from 'vitest';
import { compareArticle, MemoryIndex } from '../../lib/engine';
import { sentenceArticle } from '../data/engine/sentence-article';

const LEAD = 'Nora Baldwin, 31, was struck by a falling branch in Elm Park on Sunday.';
const report = async (here: string, there: string) => {
  const a = sentenceArticle('tribune', [`Police said ${LEAD}`, here, 'The park was closed on Monday.'], { outlet: 'Tribune', title: 'Woman dies after park accident' });
  const b = sentenceArticle('coastline', [LEAD, there, 'The city closed the park on Monday.'], { outlet: 'Coastline', title: 'Woman dies after park accident' });
  return compareArticle(a, new MemoryIndex([a, b]));
};
const marks = (f: { text: string; novel?: ReadonlyArray<{ start: number; end: number }> } | undefined) => (f?.novel ?? []).map((s) => f!.text.slice(s.start, s.end));

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
