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

/**
 * A small local corpus around the flood story: the Harwick Gazette's flood report (the story plus a detail of its own),
 * the Evening Post's shorter report of the same flood, and three Gazette articles of other stories (bakery, budget,
 * concert). `footer`, when given, ends every Gazette article (a site's repeated line: furniture).
 */
export function gazetteCorpus(footer?: string): { flood: Article; post: Article; others: Article[] } {
  const gazette = (id: string, s: string[]) => sentenceArticle(id, footer ? [...s, footer] : s, { outlet: 'Harwick Gazette' });
  return {
    flood: gazette('g-flood', [...FLOOD_STORY, 'Police said the footbridge at Marsh Lane was also swept away.']),
    post: sentenceArticle('p-flood', [FLOOD_STORY[0]!, FLOOD_STORY[1]!, FLOOD_STORY[2]!, 'Volunteers filled sandbags outside the town hall in Lorton.'], {
      outlet: 'Evening Post',
    }),
    others: [
      gazette('g-bakery', ['A bakery opened on Queen Street on Saturday.', 'Its owner trained in Lyon for six years.', 'The first hundred customers got a free loaf.']),
      gazette('g-budget', ['The council approved a budget of 40 million pounds on Tuesday.', 'Spending on parks rises by a tenth.', 'Two councillors voted against it.']),
      gazette('g-concert', ['The school choir sang at the cathedral on Friday night.', 'Three hundred parents filled the nave.', 'The choir will tour Norway in June.']),
    ],
  };
}
