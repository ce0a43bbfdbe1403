/**
 * The report's shape on the labelled stories: per reading, how many added units the related
 * articles hold, how many cards they make once grouped across outlets, and how many of those cards
 * more than one outlet carries; left-out and shared cards. The sidebar shows 5 cards per section.
 *   npx tsx bench/report-shape.ts
 */
import { loadCorpusDir } from '../cli/load.ts';
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';

for (const dir of ['seeds', 'tests/data/engine/harbor', 'tests/data/engine/doobie', 'tests/data/engine/plague']) {
  const { articles } = await loadCorpusDir(dir);
  const index = new MemoryIndex(articles);
  console.log(`\n${dir}`);
  console.log('| reading | related | added units | added cards | cards in 2+ outlets | left-out cards | shared cards |');
  console.log('|---|---|---|---|---|---|---|');
  for (const a of articles) {
    const r = await compareArticle(a, index);
    const units = r.added.reduce((n, c) => n + c.sources.length, 0);
    const multi = r.added.filter((c) => (c.outlets ?? 1) > 1).length;
    console.log(`| ${a.id} | ${r.related.length} | ${units} | ${r.added.length} | ${multi} | ${r.leftOut.length} | ${r.shared.length} |`);
  }
}
