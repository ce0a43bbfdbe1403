/**
 * Index keys for story matching, stored in the corpus's multi-entry index (`*keys`).
 * First version: the article's most frequent content words. The engine owns and refines this.
 */
import type { Article } from '../types';

const STOP = new Set(
  'about above after again against also among been before being below between both could does doing down during each either from further have having here hers herself himself however into itself just more most much must other over same should some such than that their theirs them themselves then there these they this those through under until very were what when where which while whom will with within without would your yours said says their there'.split(
    ' ',
  ),
);

export function indexKeys(article: Pick<Article, 'title' | 'text'>, max = 40): string[] {
  const counts = new Map<string, number>();
  const words = `${article.title}\n${article.text}`.toLowerCase().match(/\p{L}[\p{L}\p{N}'’-]*/gu) ?? [];
  for (const w of words) {
    if (w.length < 4 || STOP.has(w)) continue;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, max)
    .map(([w]) => `w:${w}`);
}
