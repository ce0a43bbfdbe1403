/**
 * conf76: every conflict the report shows on the events of real dev coverage where an age could be read otherwise by
 * conf76 — two articles of the event give ages of two different person nouns ("three-year-old son" / "2-year-old
 * toddler"), or an article writes an age with a half ("two and a half year old", "2½-year-old", "4 1/2-year-old").
 * Other events cannot move: conf76 changes only how ages of two nouns are compared and how an age with a half is read.
 * Sources (read from the mirrors at run time, nothing kept): Multi-News dev stories (bench/audit30-cards.ts `isDev`, up
 * to MN_PER_STORY sources each), GVC dev incidents (`gvcSplitOf`, one article per outlet, up to four), BASIL (all 100
 * triplets). Each article of an event is compared against a MemoryIndex of its event (`compareArticle`), and each
 * conflict printed with its figures and both sentences. The event filter reads the texts only (no lib code), so the same
 * script on main's export reads the same events: run it on both and diff.
 *   npx tsx bench/conf76-ages.ts [--only mn|gvc|basil] [--count]  > OUT.txt
 */
import type { Article } from '../lib/types.ts';
import { candidateEvents, NOUNS, printConflicts } from './conf76-events.ts';

const argv = process.argv.slice(2);
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : null;
const AGE = new RegExp(`\\b(?:years?|months?)[\\s-]old\\s+(${NOUNS.replace(/ /g, '|')})s?\\b`, 'gi');
const HALF = /(?:and[\s-]a[\s-]half|½|\d[\s-]1\/2)[\s-](?:years?|months?)[\s-]old/i;

/** An event to read: two of its articles give ages of two different nouns, or one writes an age with a half. */
function candidate(articles: Article[]): boolean {
  const text = (a: Article) => a.units.map((u) => u.text).join('\n');
  if (articles.some((a) => HALF.test(text(a)))) return true;
  const nouns = articles.map((a) => new Set([...text(a).matchAll(AGE)].map((m) => m[1]!.toLowerCase())));
  return nouns.some((x, i) => nouns.some((y, j) => i < j && [...x].some((p) => [...y].some((q) => p !== q))));
}

const seen = { all: 0, read: 0 };
let shown = 0;
for (const [event, articles] of candidateEvents(only, candidate, seen, argv.includes('--count'))) {
  shown += await printConflicts(event, articles);
}
console.log(`${seen.read} events read of ${seen.all}; ${shown} conflicts shown`);
