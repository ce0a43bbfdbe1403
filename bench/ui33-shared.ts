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
import { buildView } from '../lib/sidebar/view';
import { readable } from '../cli/compare';
import { devSets, relatedReadings } from './ui-readings';

const sets = await devSets({ multiNews: !process.argv.includes('--no-multinews') });
let readings = 0;
let before = 0;
let after = 0;
let facts = 0;
for await (const { name, article: a, report } of relatedReadings(sets)) {
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
console.log(`${sets.length} sets, ${readings} readings; CLI SHARED ≠ panel Shared: before (report.shared) ${before} readings (${facts} facts), now ${after}`);
