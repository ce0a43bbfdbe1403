/**
 * Small helpers of the engine that the side panel's view reads (lib/sidebar/view.ts), in a module of
 * their own with no imports: the panel's first script then carries none of the engine, which it
 * loads only when it compares in its own page (entrypoints/sidepanel/App.tsx).
 */
import type { LeftOutFact } from '../types';

/**
 * News about one event is published within days: articles further apart than STORY_DAYS (when both
 * dates are known) are not the same story. Not fitted (the public development sets carry no
 * dates); a prior, kept wide so that follow-ups within the week still relate. Further apart, a pair the model accepts
 * relates only when the two agree on the event's details (story.ts followUp: an arrest, a charge, a trial months later).
 */
export const STORY_DAYS = 7;

export function daysApart(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  const x = Date.parse(a);
  const y = Date.parse(b);
  if (Number.isNaN(x) || Number.isNaN(y)) return null;
  return Math.abs(x - y) / 86_400_000;
}

/**
 * The articles of a left-out card's `missingFrom` that tell the sentence but for a marked part (`partly`; older
 * reports with `novel` and no `partly`: all of them). The others lack the whole sentence.
 */
export function partlyTold(fact: LeftOutFact): Set<string> {
  return new Set((fact.novel?.length ? fact.partly ?? fact.missingFrom.map((id) => ({ id })) : []).map((p) => p.id));
}
