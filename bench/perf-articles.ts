/**
 * The article mix the perf benches derive and time (perf35, perf36, perf45, perf46): the seeds, tests/data's sets,
 * the zyte pages (ZYTE_HTML_DIR) and `zipf` Zipf articles (ids from 9000).
 */
import { zipfArticles } from './synthetic.ts';
import { loadSet, loadZyte } from '../tests/data/engine/fixtures.ts';
import type { Article } from '../lib/types.ts';

export async function perfArticles(zipf: number): Promise<Article[]> {
  const arts: Article[] = [];
  for (const set of ['seeds', 'harbor', 'distractors', 'page', 'doobie', 'plague'] as const) arts.push(...(await loadSet(set)));
  arts.push(...loadZyte(Infinity, process.env.ZYTE_HTML_DIR ?? '/work/shared/data/zyte-article-extraction/html'));
  arts.push(...zipfArticles(zipf, { from: 9000 }));
  return arts;
}
