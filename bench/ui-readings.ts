/**
 * The readings the panel benches walk (ui32-counts, ui33-shared): every article of the seeds, of the NewsWCL50
 * development events (dnc, ukvisit, pompeo, caravan) and, when asked, of Multi-News's **dev** stories (last hex
 * digit of the id even), each read against its own set (texts read at run time from the mirrors, nothing
 * committed), yielded with its report when it has related articles. Never the held-out NewsWCL50 events nor
 * Multi-News's held half.
 */
import { compareArticle, MemoryIndex } from '../lib/engine/index';
import { loadSet } from '../tests/data/engine/fixtures';
import { loadNewsWclSet } from '../tests/data/engine/newswcl';
import { multiNewsArticles, multiNewsStories } from './data/multinews';
import type { Article, Report } from '../lib/types';

export async function devSets(opts: { multiNews?: boolean } = {}): Promise<Array<[string, Article[]]>> {
  const sets: Array<[string, Article[]]> = [['seeds', await loadSet('seeds')]];
  for (const n of ['dnc', 'ukvisit', 'pompeo', 'caravan']) {
    const a = loadNewsWclSet(n);
    if (a) sets.push([n, a]);
  }
  if (opts.multiNews) {
    for (const s of multiNewsStories() ?? []) {
      if (parseInt(s.id.slice(-1), 16) % 2 !== 0) continue; // dev half only
      const arts = multiNewsArticles(s, 99);
      if (arts.length > 1) sets.push([`mn-${s.id.slice(0, 8)}`, arts]);
    }
  }
  return sets;
}

/** Each article of `sets` that relates to something in its own set, with its report. */
export async function* relatedReadings(sets: Array<[string, Article[]]>): AsyncGenerator<{ name: string; article: Article; report: Report }> {
  for (const [name, arts] of sets) {
    const index = new MemoryIndex(arts);
    for (const article of arts) {
      const report = await compareArticle(article, index);
      if (report.related.length) yield { name, article, report };
    }
  }
}
