/**
 * Every conflict the engine reports on real and labelled coverage, for reading: the seeds, the
 * harbor set, and each zyte page that relates to another page (../shared present).
 *   npx tsx bench/conflicts.ts
 * Prints one line per conflict ("about" and both units) and the count, so a change to
 * lib/nlp/quantities.ts or lib/engine/conflicts.ts can be judged conflict by conflict.
 */
import { existsSync } from 'node:fs';
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import { loadSet, loadZyte, ZYTE_DIR } from '../tests/data/engine/fixtures.ts';

const sets = [await loadSet('seeds'), await loadSet('harbor')];
if (ZYTE_DIR && existsSync(ZYTE_DIR)) sets.push(loadZyte());
else console.log(`zyte pages (../shared/data/zyte-article-extraction) absent: seeds and harbor only`);
let n = 0;
for (const articles of sets) {
  const index = new MemoryIndex(articles);
  for (const a of articles) {
    const r = await compareArticle(a, index);
    for (const c of r.conflicts) {
      n++;
      const there = c.there.map((t) => `${t.id.slice(0, 12)}: ${t.text}`).join(' / ');
      console.log(`${c.about}\n   here  ${a.id.slice(0, 12)}: ${c.here.text}\n   there ${there}`);
    }
  }
}
console.log(`${n} conflicts reported`);
