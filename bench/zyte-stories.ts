/**
 * Which of the 181 real zyte pages does story matching relate to each other? (They were crawled
 * over a few days and hold real same-story clusters.) Prints each page with its related pages and
 * the probability that they are the same story (lib/engine/story.ts), and the name cosine.
 *   npx tsx bench/zyte-stories.ts
 */
import { findRelated, MemoryIndex } from '../lib/engine/index.ts';
import { loadSet, loadZyte } from '../tests/data/engine/fixtures.ts';

const seeds = await loadSet('seeds');
const distractors = await loadSet('distractors');
const harbor = await loadSet('harbor');
const zyte = loadZyte();
const index = new MemoryIndex([...seeds, ...distractors, ...harbor, ...zyte]);
let n = 0;
for (const a of zyte) {
  const { candidates } = await findRelated(a, index);
  const related = candidates.filter((c) => c.related);
  if (!related.length) continue;
  n++;
  console.log(`${a.title.slice(0, 70)}`);
  for (const c of related) console.log(`    p ${c.score.toFixed(2)} doc ${c.docScore.toFixed(2)} names ${c.names.toFixed(2)}  ${c.article.title.slice(0, 70)}`);
}
console.log(`${n} of ${zyte.length} pages relate to another article`);
