/**
 * audit78: a statement closed by a tag question ("…, right?", "…, isn't it?") is a statement. An interview transcript gives
 * a speaker's answers unquoted, and a speaker often ends them with a tag; main read every such unit as a question, so no
 * fact, and the outlet whose transcript says it was named as lacking it (docs/notes/audit77.md §4 cause 3: ABC's Matt Damon
 * interview, "I do believe that there's a spectrum of behavior, right?"). A real question still states nothing.
 */
import { describe, expect, it } from 'vitest';
import { isQuestion } from '../../lib/engine/features';
import { twoTellings } from '../data/engine/sentence-article';

const LEAD = 'Mayor Lena Ortiz spoke on Tuesday about the Harbor Street bridge, shut since March after inspectors found cracks in two of its piers.';
const LAST = 'The city expects the repaired bridge to reopen to traffic in the spring, Ortiz said.';
const HERE = 'Ortiz said the repairs would cost the city about $4 million.';
const report = twoTellings(LEAD, LAST, ['Mayor on the Harbor Street bridge', 'Interview: Mayor Lena Ortiz on the bridge']);
const leftOut = async (there: string) => (await report(HERE, there)).leftOut.map((f) => f.text);

describe('a statement ending in a tag question', () => {
  it('is a fact the other outlet is counted for: the page\'s sentence is not "missing from" the transcript that says it', async () => {
    for (const there of [
      'The repairs are going to cost the city about $4 million, right?',
      'The repairs are going to cost the city about $4 million, aren\'t they?',
      'And the repairs will cost the city about $4 million, you know?',
    ])
      expect(await leftOut(there), there).not.toContain(HERE);
  });
  it('while a question asked is no fact: the page\'s sentence stays left out', async () => {
    for (const there of [
      'Are the repairs going to cost the city about $4 million?',
      'How much will the repairs cost the city, $4 million?',
      'Will the repairs cost the city about $4 million, right?',
    ])
      expect(await leftOut(there), there).toContain(HERE);
  });
  it('reads the tag from the sentence\'s shape, not from a list of tags', () => {
    for (const s of ['It was a mistake, wasn\'t it?', 'There was nothing left, was there?', 'You know what I mean, don\'t you think?', 'They won, is it not?'])
      expect(isQuestion(s), s).toBe(false);
    for (const s of ['Who knew, right?', 'Nice, right?', 'If that is true, why?', 'Going to have Thanksgiving with the troops, Mr. Secretary?', 'What do you think of the new team, Show Trackers?'])
      expect(isQuestion(s), s).toBe(true);
  });
});
