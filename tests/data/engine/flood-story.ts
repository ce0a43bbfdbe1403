/**
 * A flood story written for the tests of the clause check (lib/engine/report.ts `untoldClauses`) and
 * of the cards' marked parts. The check runs only in long stories (matrices above FLOOR_GROWTH.cells),
 * so each article is made long with background sentences that share its words ("the council said the
 * valley …").
 */
import type { Article } from '../../../lib/types';
import { sentenceArticle } from './sentence-article';

const background = (seed: number, n: number) =>
  Array.from({ length: n }, (_, k) => `The council said the valley road number ${seed * 100 + k} would reopen after repairs to drain ${k + 1} of section ${seed}${k}.`);

/** An article of the sentences `s` followed by 20 background sentences of their own (`seed`). */
export const longArticle = (id: string, s: string[], seed: number): Article => sentenceArticle(id, [...s, ...background(seed, 20)]);

/** The four facts of the story, one sentence each. */
export const FLOOD_STORY = [
  'Flooding closed the main road into Lorton on Monday.',
  'The river rose two metres overnight after heavy rain.',
  'The mayor ordered the evacuation of the riverside district.',
  'Schools in the valley will stay shut until Thursday.',
];

/** The third fact with a second one joined to it; the second shares the story's words (Lorton, two). */
export const TWO_FACTS = 'The mayor ordered the evacuation of the riverside district, and the coast guard has rescued two fishermen near Lorton.';
