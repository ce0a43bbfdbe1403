/**
 * conflict80 (docs/notes/conflict80.md): every conflict the report shows on the events of real dev coverage where two
 * months could be compared — two articles of the event each name a month (a capitalised month name; a bare "May" too).
 * Other events cannot move: conflict80 changes only when two months are compared. Sources as bench/conf76-ages.ts
 * (bench/conf76-events.ts: Multi-News dev stories, GVC dev incidents, BASIL; read from the mirrors at run time, nothing
 * kept). The event filter reads the texts only, so the same script on main's `git archive` reads the same events: run it
 * on both and diff; every date card that differs is read by hand.
 *   npx tsx bench/conflict80-months.ts [--only mn|gvc|basil] [--count] > OUT.txt
 */
import type { Article } from '../lib/types.ts';
import { candidateEvents, printConflicts } from './conf76-events.ts';

const argv = process.argv.slice(2);
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : null;
const MONTH = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;

/** An event to read: two of its articles each name a month. */
const candidate = (articles: Article[]) => articles.filter((a) => a.units.some((u) => MONTH.test(u.text))).length >= 2;

const seen = { all: 0, read: 0 };
let shown = 0;
for (const [event, articles] of candidateEvents(only, candidate, seen, argv.includes('--count'))) shown += await printConflicts(event, articles);
console.log(`${seen.read} of ${seen.all} events read; ${shown} conflicts shown`);
