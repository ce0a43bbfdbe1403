/**
 * trace31: a fresh draw of selections for "Trace quote" (same rules as bench/trace30-data.ts, salt `trace31`, ids
 * `T001`…), from stories no trace30 label touches: the Multi-News held half (`_id`'s last hex digit odd) and the ECB+
 * events trace30 did not draw from (the `story` column of bench/data/trace30-labels.tsv). The index for scoring holds
 * every capped story of all three sources (both Multi-News halves). Read at run time; nothing of the text committed.
 * The selections are one fresh set (split `fresh`), not split into dev / held.
 */
import { readFileSync } from 'node:fs';
import { multiNewsStories } from './data/multinews.ts';
import { draw, loadStories, type Selection, type Story } from './trace30-data.ts';

export const DRAW31 = 100;

/** Stories trace30's labels drew from. */
function trace30Stories(file = 'bench/data/trace30-labels.tsv'): Set<string> {
  return new Set(readFileSync(file, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t')[2]!));
}

/** Keys of the Multi-News held-half stories (`_id`'s last hex digit odd). */
function oddMultiNewsKeys(): Set<string> {
  const out = new Set<string>();
  for (const s of multiNewsStories() ?? []) if (parseInt(s.id.slice(-1), 16) % 2 === 1) out.add(`mn-${s.id.slice(0, 8)}`);
  return out;
}

/** `all`: every capped story (the index); `fresh`: the stories trace31 draws from. */
export function loadStories31(): { all: Story[]; fresh: Story[] } {
  const all = loadStories({ mn: 'all' });
  const seen = trace30Stories();
  const odd = oddMultiNewsKeys();
  const fresh = all.filter((s) => !seen.has(s.key) && (s.key.startsWith('mn-') ? odd.has(s.key) : s.key.startsWith('ecb-')));
  return { all, fresh };
}

export function draw31(fresh: Story[]): Selection[] {
  return draw(fresh, DRAW31, 'trace31', 'T').map((s) => ({ ...s, split: 'fresh' as const }));
}
