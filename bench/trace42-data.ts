/**
 * trace42: a fresh sealed draw of selections for "Trace quote" (same rules as bench/trace30-data.ts, salt `trace42`,
 * ids `Q001`…), from the stories of two or more capped articles that no trace label file has touched (trace30, trace31,
 * trace32, trace39: their `story` columns). Over NewsWCL50, ECB+ and both Multi-News halves that leaves 28 stories, of
 * which 8 (all Multi-News) hold a direct quote of ≥ 6 words; the round-robin draw takes DRAW42 selections from them.
 * The index for scoring is trace31's (every capped story of the three sources + seeds + zyte pages). Read at run time
 * from the mirrors; nothing of the text committed. One fresh set (split `fresh`).
 */
import { readFileSync } from 'node:fs';
import { draw, loadStories, type Selection, type Story } from './trace30-data.ts';

export const DRAW42 = 40;

/** Stories any earlier trace label drew from. */
function labelledStories(): Set<string> {
  const out = new Set<string>();
  for (const f of ['trace30', 'trace31', 'trace32', 'trace39'])
    for (const l of readFileSync(`bench/data/${f}-labels.tsv`, 'utf8').trim().split('\n').slice(1)) out.add(l.split('\t')[2]!);
  return out;
}

/** `all`: every capped story (the index, as trace31's); `fresh`: the unlabelled stories of ≥ 2 articles. */
export function loadStories42(): { all: Story[]; fresh: Story[] } {
  const all = loadStories({ mn: 'all' });
  const seen = labelledStories();
  const fresh = all.filter((s) => s.articles.length >= 2 && !seen.has(s.key));
  return { all, fresh };
}

export function draw42(fresh: Story[]): Selection[] {
  return draw(fresh, DRAW42, 'trace42', 'Q', 2).map((s) => ({ ...s, split: 'fresh' as const }));
}
