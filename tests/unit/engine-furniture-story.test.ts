/**
 * A page that is all site furniture relates to nothing (lib/engine/repeats.ts `withoutFurnitureRelations`): a crawl
 * notice a site prints in place of articles of many stories is no story of anyone's, while a report carrying a
 * furniture line among its facts keeps its relations. Texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { MemoryIndex } from '../../lib/engine';
import { withoutFurnitureRelations } from '../../lib/engine/repeats';
import type { StoryCandidate } from '../../lib/engine';
import type { Article, CorpusIndex } from '../../lib/types';
import { FLOOD_STORY } from '../data/engine/flood-story';
import { sentenceArticle } from '../data/engine/sentence-article';

const ARCHIVE = 'Pagekeeper Archive';
const NOTICE = [
  'This page was captured by the Pagekeeper crawler and may be incomplete.',
  'The original publisher has not reviewed this copy of the page.',
  'Pages captured on this date are kept for fifteen years under the archive policy.',
];
const APP = 'Get breaking news on your phone with the Harwick Gazette app, free in every app store.';

const notice = (id: string) => sentenceArticle(id, NOTICE, { outlet: ARCHIVE });
const gazette = (id: string, s: string[]) => sentenceArticle(id, [...s, APP], { outlet: 'Harwick Gazette' });
const flood = gazette('g-flood', [...FLOOD_STORY, 'Police said the footbridge at Marsh Lane was also swept away.']);
const post = sentenceArticle('p-flood', [FLOOD_STORY[0]!, FLOOD_STORY[1]!, 'Volunteers filled sandbags outside the town hall in Lorton.'], { outlet: 'Evening Post' });
const gazetteOthers = [
  gazette('g-bakery', ['A bakery opened on Queen Street on Saturday.', 'Its owner trained in Lyon for six years.']),
  gazette('g-budget', ['The council approved a budget of 40 million pounds on Tuesday.', 'Two councillors voted against it.']),
];
// The archive's notice stands in for articles of three other stories.
const copies = ['a-bakery', 'a-budget', 'a-concert'].map(notice);
const page = notice('a-flood');

// The decision's output as closure leaves it: only `article` and `related` are read by the step.
const story = (...as: Array<[Article, boolean]>) => as.map(([article, related]) => ({ article, related }) as unknown as StoryCandidate);
const relatedIds = (cs: StoryCandidate[]) => cs.filter((c) => c.related).map((c) => c.article.id);

describe('an all-furniture side relates to nothing', () => {
  const corpus = new MemoryIndex([flood, post, page, ...gazetteOthers, ...copies]);

  it('drops a relation to a page that is only the crawl notice, keeping the real report', async () => {
    const out = await withoutFurnitureRelations(flood, story([post, true], [page, true]), corpus);
    expect(relatedIds(out)).toEqual(['p-flood']);
  });

  it('relates a page that is only the crawl notice to nothing', async () => {
    const out = await withoutFurnitureRelations(page, story([flood, true], [post, true]), corpus);
    expect(relatedIds(out)).toEqual([]);
  });

  it('keeps a report whose furniture line is one of its units (the app prompt under other stories)', async () => {
    const out = await withoutFurnitureRelations(post, story([flood, true]), corpus);
    expect(relatedIds(out)).toEqual(['g-flood']);
  });

  it('needs the notice under two articles of other stories, and the corpus counts', async () => {
    const few = new MemoryIndex([flood, post, page, copies[0]!]);
    expect(relatedIds(await withoutFurnitureRelations(flood, story([post, true], [page, true]), few))).toEqual(['p-flood', 'a-flood']);
    // The notice's copies inside the story found are not counted as outside it.
    const inside = await withoutFurnitureRelations(flood, story([page, true], [copies[0]!, true], [copies[1]!, true]), new MemoryIndex([flood, page, ...copies.slice(0, 2)]));
    expect(relatedIds(inside)).toEqual(['a-flood', 'a-bakery', 'a-budget']);
    const blind: CorpusIndex = new Proxy(corpus, { get: (t, p) => (p === 'repeatCounts' ? undefined : Reflect.get(t, p, t)) });
    expect(relatedIds(await withoutFurnitureRelations(flood, story([post, true], [page, true]), blind))).toEqual(['p-flood', 'a-flood']);
  });
});
