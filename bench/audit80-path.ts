/**
 * audit80: which path relates each of this audit's pages' articles (docs/notes/audit80.md §2) — the story model's own
 * decision (story.ts `findRelated`) and the panel's (compare.ts `relatedStory`: the model, then closure), with the
 * Multi-News events dated as the harness dates them (bench/audit80-shots.ts `mnDated`) and undated as earlier audits read
 * them. Each event's page against the panel's corpus (audit70 `panelReadings`).
 *
 *   ZYTE_HTML_DIR= npx tsx bench/audit80-path.ts
 *
 * Multi-News and GVC texts are not redistributable: ids and scores to stdout only.
 */
import { findRelated } from '../lib/engine/story.ts';
import { relatedStory } from '../lib/engine/compare.ts';
import { MemoryIndex } from '../lib/engine/index.ts';
import { panelReadings } from './audit70-shots.ts';
import { LOADERS } from './audit80-shots.ts';
import type { Article } from '../lib/types.ts';
const evs = Object.entries(LOADERS).map(([name, l]) => ({ name, articles: l()! }));
for (const undated of [false, true]) {
  const use = undated ? evs.map((e) => ({ ...e, articles: e.name.startsWith('mn') ? e.articles.map((a) => ({ ...a, date: null })) : e.articles })) : evs;
  for (const r of panelReadings(use, 'a80')) {
    const [page, ...corpus] = r.own as Article[];
    const idx = new MemoryIndex(corpus);
    const model = (await findRelated(page!, idx, {})).candidates.filter((c) => c.related).map((c) => `${c.article.id}(${c.score.toFixed(3)})`);
    const all = (await relatedStory(page!, idx)).filter((c) => c.related).map((c) => c.article.id);
    console.log(undated ? 'undated' : 'dated', r.event, 'model:', model.join(' '), '| panel:', all.join(' '));
  }
}
