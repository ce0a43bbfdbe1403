/**
 * facts49: every cut the clause splitter makes before an -ing word after a comma (lib/nlp/clauses.ts: "…, sparking fears"),
 * over the nine DEV sets and (with ZYTE_HTML_DIR) the zyte pages, with the three words after it, to read by eye which open a
 * participle clause and which are a subject or a modifier ("…, founding members … will reunite").
 *   npx tsx bench/facts49-ing.ts [--zyte]
 */
import { predications } from '../lib/nlp/clauses.ts';
import { loadZyte } from '../tests/data/engine/fixtures.ts';
import type { Article } from '../lib/types.ts';
import { DEV_SETS, loadSet } from './facts-causes.ts';

const groups: Array<[string, Article[]]> = [];
for (const name of DEV_SETS) {
  const arts = await loadSet(name);
  if (arts) groups.push([name, arts]);
}
if (process.argv.includes('--zyte')) groups.push(['zyte', loadZyte()]);
for (const [name, arts] of groups) {
  let n = 0;
  for (const a of arts)
    for (const u of a.units)
      for (const [k, c] of predications(u.text).entries()) {
        if (k === 0 || !/^\p{Ll}\S*ing\b/u.test(c.text)) continue;
        n++;
        console.log(`${name}\t${u.text.slice(Math.max(0, c.start - 40), c.start).replace(/\s+/g, ' ')} | ${c.text.slice(0, 60).replace(/\s+/g, ' ')}`);
      }
  console.log(`${name}: ${n} cuts before an -ing word`);
}
