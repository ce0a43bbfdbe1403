/**
 * trace32: a fresh draw of selections for "Trace quote" from the GVC / SemEval-2018 Task 5 local news (bench/data/gvc.ts;
 * unlicensed: read at run time from the mirror, nothing of the text committed, labels text-free). No trace set read it.
 *
 * Stories: the GVC incidents of the **dev half** (gvcSplitOf, docs/notes/story29.md §0; the held half is left to the
 * story benches), one article per outlet (pickPerOutlet), capped to CAP articles in fnv1a order of their ids (as
 * trace30). Selections come from incidents told by ≥ 2 outlets (source + ≥ 1 other). Same draw rules as trace30
 * (bench/trace30-data.ts draw: direct quotes of ≥ 6 words, round-robin over stories in fnv1a order, every 4th partial),
 * salt `trace32`, ids `G001`…, DRAW32 selections, one fresh set (split `fresh`).
 * The index for scoring: every capped dev-half incident (single-outlet ones too: other incidents are distractors).
 */
import { extractQuotes } from '../lib/quotes/extract.ts';
import { fnv1a } from './data/fnv.ts';
import { gvcArticles, gvcItems, gvcSplitOf, pickPerOutlet, type GvcItem } from './data/gvc.ts';
import { CAP, draw, type Selection, type Story } from './trace30-data.ts';

export const DRAW32 = 80;

/** `all`: every capped dev-half incident (the index); `fresh`: those with ≥ 2 articles (the draw's stories). */
export function loadStories32(): { all: Story[]; fresh: Story[] } {
  const items = gvcItems();
  if (!items) throw new Error('GVC mirror absent (fetch github:cltl/LongTailQATask)');
  const by = new Map<string, GvcItem[]>();
  for (const it of items) if (gvcSplitOf(it.incident) === 'dev') by.set(it.incident, [...(by.get(it.incident) ?? []), it]);
  const all: Story[] = [];
  for (const [incident, list] of by) {
    const arts = gvcArticles(pickPerOutlet(list)).map((d) => d.article);
    if (!arts.length) continue;
    const capped = [...arts].sort((x, y) => fnv1a(x.id) - fnv1a(y.id) || (x.id < y.id ? -1 : 1)).slice(0, CAP);
    all.push({ key: `gvc-${incident}`, split: 'dev', articles: capped.map((a) => ({ ...a, quotes: a.quotes?.length ? a.quotes : extractQuotes(a) })) });
  }
  all.sort((x, y) => fnv1a(x.key) - fnv1a(y.key) || (x.key < y.key ? -1 : 1));
  return { all, fresh: all.filter((s) => s.articles.length >= 2) };
}

export function draw32(fresh: Story[]): Selection[] {
  return draw(fresh, DRAW32, 'trace32', 'G', 2).map((s) => ({ ...s, split: 'fresh' as const }));
}
