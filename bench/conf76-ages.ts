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
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import type { Article } from '../lib/types.ts';
import { isDev } from './audit30-cards.ts';
import { MN_PER_STORY } from './conflicts-data.ts';
import { loadBasil } from './data/basil.ts';
import { gvcArticles, gvcIncidentsInOrder, gvcItems } from './data/gvc.ts';
import { multiNewsArticles, multiNewsStories } from './data/multinews.ts';

const argv = process.argv.slice(2);
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : null;
/** Person nouns an age may describe (lib/nlp/quantities.ts PERSON_NOUNS, copied so the filter needs no lib code). */
const NOUNS = 'man woman boy girl baby infant child toddler teen teenager son daughter mother father wife husband brother sister student resident suspect victim gunman shooter driver';
const AGE = new RegExp(`\\b(?:years?|months?)[\\s-]old\\s+(${NOUNS.replace(/ /g, '|')})s?\\b`, 'gi');
const HALF = /(?:and[\s-]a[\s-]half|½|\d[\s-]1\/2)[\s-](?:years?|months?)[\s-]old/i;

/** An event to read: two of its articles give ages of two different nouns, or one writes an age with a half. */
function candidate(articles: Article[]): boolean {
  const text = (a: Article) => a.units.map((u) => u.text).join('\n');
  if (articles.some((a) => HALF.test(text(a)))) return true;
  const nouns = articles.map((a) => new Set([...text(a).matchAll(AGE)].map((m) => m[1]!.toLowerCase())));
  return nouns.some((x, i) => nouns.some((y, j) => i < j && [...x].some((p) => [...y].some((q) => p !== q))));
}

function* events(): Generator<[string, Article[]]> {
  if (!only || only === 'mn') {
    const stories = multiNewsStories() ?? [];
    for (const s of stories) {
      if (!isDev(s.id)) continue;
      const own = multiNewsArticles(s, MN_PER_STORY);
      if (own.length >= 2) yield [`mn-${s.id.slice(0, 8)}`, own];
    }
  }
  if (!only || only === 'gvc') {
    const items = gvcItems() ?? [];
    for (const { incident, picked } of gvcIncidentsInOrder(items, 'dev')) {
      if (picked.length < 2) continue;
      yield [`gvc-${incident}`, gvcArticles(picked.slice(0, 4)).map((d) => d.article)];
    }
  }
  if (!only || only === 'basil') {
    const byTriplet = new Map<string, Article[]>();
    for (const d of loadBasil() ?? []) byTriplet.set(d.triplet, [...(byTriplet.get(d.triplet) ?? []), d.article]);
    for (const [t, own] of byTriplet) if (own.length >= 2) yield [`basil-${t.slice(0, 8)}`, own];
  }
}

let read = 0;
let all = 0;
let shown = 0;
for (const [event, articles] of events()) {
  all++;
  if (!candidate(articles)) continue;
  read++;
  if (argv.includes('--count')) {
    console.log(`event ${event} (${articles.length} articles)`);
    continue;
  }
  const index = new MemoryIndex(articles);
  for (const a of articles) {
    const r = await compareArticle(a, index);
    for (const c of r.conflicts) {
      shown++;
      const there = c.there.map((t) => `${t.id}#${t.i}: ${t.text}`).join('\n      ');
      console.log(`${event} ${c.check ? 'check' : 'differs'} ${c.about}\n   here  ${a.id}#${c.here.i}: ${c.here.text}\n   there ${there}`);
    }
  }
}
console.log(`${read} events read of ${all}; ${shown} conflicts shown`);
