/**
 * Do the CLI's report and the side panel list the same Shared facts (ui33)? For every article of the seeds, of
 * the NewsWCL50 development events (dnc, ukvisit, pompeo, caravan) and of Multi-News's **dev** stories (last
 * hex digit of the id even), read against its own set (texts read at run time from the mirrors, nothing
 * committed): the panel's Shared cards (buildView), the number the CLI's readable report heads its SHARED
 * section with (cli/compare.ts `readable`), and `report.shared` (what the CLI listed before ui33).
 *
 *   nice npx tsx bench/ui33-shared.ts [--no-multinews]
 *
 * Never the held-out NewsWCL50 events nor Multi-News's held half.
 */
import { compareArticle, MemoryIndex } from '../lib/engine/index';
import { loadSet } from '../tests/data/engine/fixtures';
import { loadNewsWclSet } from '../tests/data/engine/newswcl';
import { buildView } from '../lib/sidebar/view';
import { readable } from '../cli/compare';
import { multiNewsArticles, multiNewsStories } from './data/multinews';
import type { Article } from '../lib/types';

const sets: Array<[string, Article[]]> = [['seeds', await loadSet('seeds')]];
for (const n of ['dnc', 'ukvisit', 'pompeo', 'caravan']) {
  const a = loadNewsWclSet(n);
  if (a) sets.push([n, a]);
}
if (!process.argv.includes('--no-multinews')) {
  for (const s of multiNewsStories() ?? []) {
    if (parseInt(s.id.slice(-1), 16) % 2 !== 0) continue; // dev half only
    const arts = multiNewsArticles(s, 99);
    if (arts.length > 1) sets.push([`mn-${s.id.slice(0, 8)}`, arts]);
  }
}
let readings = 0;
let before = 0;
let after = 0;
let facts = 0;
for (const [name, arts] of sets) {
  const index = new MemoryIndex(arts);
  for (const a of arts) {
    const report = await compareArticle(a, index);
    if (!report.related.length) continue;
    readings++;
    const panel = buildView(report).shared.length;
    const cli = Number(/^SHARED with other outlets \((\d+)\):/m.exec(readable(report, a))?.[1] ?? NaN);
    if (report.shared.length !== panel) {
      before++;
      facts += report.shared.length - panel;
      console.log(`${name.padEnd(12)} ${a.id.slice(0, 16).padEnd(16)} panel ${panel} report.shared ${report.shared.length} cli ${cli}`);
    }
    if (cli !== panel) after++;
  }
}
console.log(`${sets.length} sets, ${readings} readings; CLI SHARED ≠ panel Shared: before (report.shared) ${before} readings (${facts} facts), now ${after}`);
