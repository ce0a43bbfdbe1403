/**
 * story58: the terms behind the pair-specific signal, for a few dev pairs (page → candidate, Reuters dev pages only):
 * the terms the pair shares that no unrelated member of the page's pool carries (lib/engine/story.ts `Specific.n`).
 * Terminal only (terms, no text).
 *
 *   TMPDIR=… nice npx tsx bench/story58-terms.ts PAGE:CAND [PAGE:CAND …]
 */
import './story-model.ts';
import { findRelated } from '../lib/engine/index.ts';
import { storyVectorsOf } from '../lib/engine/story.ts';
import { reutersDenseDays } from './reuters-days.ts';

const pairs = process.argv.slice(2).map((x) => x.split(':') as [string, string]);
const dense = await reutersDenseDays('story58-terms', '1987-03-02', 14, { titles: true });
if (!dense) process.exit(0);
const byId = new Map(dense.span.map((a) => [a.id, a]));
for (const [p, q] of pairs) {
  const page = byId.get(p)!;
  if (dense.dayIndex(page.date!) > 6) throw new Error(`${p}: not a dev page`);
  const { candidates } = await findRelated(page, dense.index);
  const seen = new Set(candidates.filter((c) => !c.related).flatMap((c) => [...storyVectorsOf(c.article).doc.keys()]));
  const there = storyVectorsOf(byId.get(q)!).doc;
  const shared = [...storyVectorsOf(page).doc.keys()].filter((t) => there.has(t));
  console.log(`${p} → ${q}: related ${candidates.find((c) => c.article.id === q)?.related}; shared ${shared.length}; no unrelated member: ${shared.filter((t) => !seen.has(t)).join(' ')}`);
}
