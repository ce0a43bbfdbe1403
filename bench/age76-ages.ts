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
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import { quantities } from '../lib/nlp/index.ts';
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
/** An age, then at least one word, then a person noun, letters, spaces and hyphens only between (a superset of what age76 reads). */
const AGE = new RegExp(`\\b(?:years?|months?)[\\s-]old\\s+(?!(?:${NOUNS.replace(/ /g, '|')})s?\\b)[A-Za-z]+(?:[\\s-]+[A-Za-z]+)*?\\s+(?:${NOUNS.replace(/ /g, '|')}|men|women|children)s?\\b`, 'i');

/** An event to read: one of its articles gives an age with words between it and a person noun. */
function candidate(articles: Article[]): boolean {
  return articles.some((a) => a.units.some((u) => AGE.test(u.text)));
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

const personsDir = argv.includes('--persons') ? argv[argv.indexOf('--persons') + 1] : null;
const quantitiesThere = personsDir ? ((await import(`${personsDir}/lib/nlp/index.ts`)) as { quantities: typeof quantities }).quantities : null;
let read = 0;
let all = 0;
let shown = 0;
let ages = 0;
for (const [event, articles] of events()) {
  all++;
  if (!candidate(articles)) continue;
  read++;
  if (argv.includes('--count')) {
    console.log(`event ${event} (${articles.length} articles)`);
    continue;
  }
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
console.log(quantitiesThere ? `${read} events read of ${all}; ${ages} ages on them, ${shown} read with another person` : `${read} events read of ${all}; ${shown} conflicts shown`);
