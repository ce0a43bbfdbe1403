/**
 * How the side panel's trace view groups a quote's occurrences (components/sidebar/TraceView.tsx), in
 * a module without the engine: lib/quotes/trace.ts (which re-exports it) imports the engine, and the
 * panel's first script must not load it (it loads it only to trace or to compare in its own page).
 */
import { sourceKey, sourceLabels } from '../outlets';
import type { Occurrence } from '../types';

/**
 * Occurrences grouped by source, in the order of their best occurrence: one group per outlet
 * (lib/outlets.ts sourceKey); an article of unknown outlet is a source of its own, named by its short
 * title (sourceLabels), never merged with other unknown-outlet articles. `outlet` is the group's name
 * as the reader sees it; near-copies of each other (occurrence.sourceKey, set by traceQuote) are one
 * group, and `copies` names the other outlets that run the copy. The number of groups is the "N
 * outlets" of a trace.
 */
export function groupBySource(occurrences: Occurrence[]): Array<{ key: string; outlet: string; copies: string[]; items: Occurrence[] }> {
  const articles = [...new Map(occurrences.map((o) => [o.id, o])).values()];
  const labels = new Map(sourceLabels(articles).map((l, k) => [articles[k]!.id, l]));
  const groups = new Map<string, { key: string; outlet: string; copies: string[]; items: Occurrence[] }>();
  for (const o of occurrences) {
    const key = o.sourceKey ?? sourceKey(o);
    const label = labels.get(o.id)!;
    const g = groups.get(key) ?? { key, outlet: label, copies: [], items: [] };
    // Near-copies in other outlets: named beside the group's outlet ("near-copy in …").
    if (label !== g.outlet && !g.copies.includes(label)) g.copies.push(label);
    g.items.push(o);
    groups.set(key, g);
  }
  return [...groups.values()];
}
