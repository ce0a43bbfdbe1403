/**
 * The dev coverage bench/conf76-ages.ts and bench/age76-ages.ts read (Multi-News dev stories, up to MN_PER_STORY sources
 * each; GVC dev incidents, one article per outlet, up to four; BASIL's 100 triplets), read from the mirrors at run time,
 * nothing kept; and the report's conflicts on one event, each article compared against a MemoryIndex of its event.
 */
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import type { Article } from '../lib/types.ts';
import { isDev } from './audit30-cards.ts';
import { MN_PER_STORY } from './conflicts-data.ts';
import { loadBasil } from './data/basil.ts';
import { gvcArticles, gvcIncidentsInOrder, gvcItems } from './data/gvc.ts';
import { multiNewsArticles, multiNewsStories } from './data/multinews.ts';

/** Person nouns an age may describe (lib/nlp/quantities.ts PERSON_NOUNS, copied so the scripts' filters need no lib code). */
export const NOUNS = 'man woman boy girl baby infant child toddler teen teenager son daughter mother father wife husband brother sister student resident suspect victim gunman shooter driver';

/** The events, by name, of one source (`only`: mn, gvc or basil) or of all three. */
export function* devEvents(only: string | null | undefined): Generator<[string, Article[]]> {
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

/** Prints every conflict the report shows on the event, with its figures and both sentences; returns how many. */
export async function printConflicts(event: string, articles: Article[]): Promise<number> {
  const index = new MemoryIndex(articles);
  let shown = 0;
  for (const a of articles) {
    const r = await compareArticle(a, index);
    for (const c of r.conflicts) {
      shown++;
      const there = c.there.map((t) => `${t.id}#${t.i}: ${t.text}`).join('\n      ');
      console.log(`${event} ${c.check ? 'check' : 'differs'} ${c.about}\n   here  ${a.id}#${c.here.i}: ${c.here.text}\n   there ${there}`);
    }
  }
  return shown;
}

/**
 * The events `candidate` takes, counted in `seen` (all read, how many taken); with `countOnly` each taken event is printed
 * by name and not yielded (the scripts' `--count`).
 */
export function* candidateEvents(
  only: string | null | undefined,
  candidate: (articles: Article[]) => boolean,
  seen: { all: number; read: number },
  countOnly: boolean,
): Generator<[string, Article[]]> {
  for (const [event, articles] of devEvents(only)) {
    seen.all++;
    if (!candidate(articles)) continue;
    seen.read++;
    if (countOnly) console.log(`event ${event} (${articles.length} articles)`);
    else yield [event, articles];
  }
}
