/**
 * age76: every conflict the report shows on the events of real dev coverage where an age's person noun could be read
 * otherwise by age76 — an article of the event writes an age, then words, then a person noun in one phrase ("a
 * 58-year-old white man", "a 21-year-old college student"). Same sources and method as bench/conf76-ages.ts (Multi-News
 * dev, GVC dev, BASIL; each article compared against a MemoryIndex of its event, every conflict printed with both
 * sentences); the event filter reads the texts only, so the same script on main's export reads the same events: run
 * it on both and diff.
 * `--persons DIR`: instead, every age (Quantity.person) on those events whose person this checkout reads otherwise than
 * the checkout at DIR (e.g. a `git archive` of main), with its sentence, and the count.
 *   npx tsx bench/age76-ages.ts [--only mn|gvc|basil] [--count] [--persons DIR] > OUT.txt
 */
import { quantities } from '../lib/nlp/index.ts';
import type { Article } from '../lib/types.ts';
import { candidateEvents, NOUNS, printConflicts } from './conf76-events.ts';

const argv = process.argv.slice(2);
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : null;
/** An age, then at least one word, then a person noun, letters, spaces and hyphens only between (a superset of what age76 reads). */
const AGE = new RegExp(`\\b(?:years?|months?)[\\s-]old\\s+(?!(?:${NOUNS.replace(/ /g, '|')})s?\\b)[A-Za-z]+(?:[\\s-]+[A-Za-z]+)*?\\s+(?:${NOUNS.replace(/ /g, '|')}|men|women|children)s?\\b`, 'i');

/** An event to read: one of its articles gives an age with words between it and a person noun. */
function candidate(articles: Article[]): boolean {
  return articles.some((a) => a.units.some((u) => AGE.test(u.text)));
}

const personsDir = argv.includes('--persons') ? argv[argv.indexOf('--persons') + 1] : null;
const quantitiesThere = personsDir ? ((await import(`${personsDir}/lib/nlp/index.ts`)) as { quantities: typeof quantities }).quantities : null;
const seen = { all: 0, read: 0 };
let shown = 0;
let ages = 0;
for (const [event, articles] of candidateEvents(only, candidate, seen, argv.includes('--count'))) {
  if (quantitiesThere) {
    for (const a of articles)
      for (const [i, u] of a.units.entries()) {
        const here = quantities(u.text).filter((q) => q.anchor === '|old');
        const there = quantitiesThere(u.text).filter((q) => q.anchor === '|old');
        ages += here.length;
        for (const [k, q] of here.entries()) {
          if (q.person === there[k]?.person && q.text === there[k]?.text) continue;
          shown++;
          console.log(`${event} ${a.id}#${i} "${q.text}": ${there[k]?.person ?? '-'} → ${q.person ?? '-'}\n   ${u.text}`);
        }
      }
    continue;
  }
  shown += await printConflicts(event, articles);
}
console.log(quantitiesThere ? `${seen.read} events read of ${seen.all}; ${ages} ages on them, ${shown} read with another person` : `${seen.read} events read of ${seen.all}; ${shown} conflicts shown`);
