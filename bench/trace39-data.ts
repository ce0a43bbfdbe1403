/**
 * trace39: a fresh draw of selections for "Trace quote" (same rules as bench/trace30-data.ts, salt `trace39`, ids
 * `R001`…), from events no trace label has touched: the Multi-News stories (both halves) and ECB+ events told by
 * **exactly two** capped articles. trace30 and trace31 drew only from stories of ≥ 3 articles (their `minArticles`),
 * trace32 from GVC, so none of these was drawn, sheeted or judged for a trace. The index for scoring is trace31's
 * (every capped story of NewsWCL50, ECB+ and both Multi-News halves, + seeds + zyte pages). Read at run time from the
 * mirrors; nothing of the text committed. One fresh set (split `fresh`).
 */
import { readFileSync } from 'node:fs';
import { draw, loadStories, type Selection, type Story } from './trace30-data.ts';

export const DRAW39 = 80;

/** Stories any earlier trace label drew from (trace30, trace31). */
function labelledStories(): Set<string> {
  const out = new Set<string>();
  for (const f of ['bench/data/trace30-labels.tsv', 'bench/data/trace31-labels.tsv'])
    for (const l of readFileSync(f, 'utf8').trim().split('\n').slice(1)) out.add(l.split('\t')[2]!);
  return out;
}

/** `all`: every capped story (the index, as trace31's); `fresh`: the two-article stories trace39 draws from. */
export function loadStories39(): { all: Story[]; fresh: Story[] } {
  const all = loadStories({ mn: 'all' });
  const seen = labelledStories();
  const fresh = all.filter((s) => s.articles.length === 2 && !seen.has(s.key) && (s.key.startsWith('mn-') || s.key.startsWith('ecb-')));
  return { all, fresh };
}

export function draw39(fresh: Story[]): Selection[] {
  return draw(fresh, DRAW39, 'trace39', 'R', 2).map((s) => ({ ...s, split: 'fresh' as const }));
}
