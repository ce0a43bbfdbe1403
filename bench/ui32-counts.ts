/**
 * Do the panel's counts agree (ui32)? For every article of the seeds and of the NewsWCL50
 * development events (dnc, ukvisit, pompeo, caravan; read at run time from the mirror, nothing
 * committed) read against its own set: the highlight legend's "Only in this article" and "Also
 * reported elsewhere" counts (highlightCounts), the Left-out cards and those among them badged
 * "only here", and the Shared cards (buildView). Prints one line per reading and the readings where
 * the legend and the sections disagree.
 *
 *   nice npx tsx bench/ui32-counts.ts
 *
 * Never the held-out NewsWCL50 events (comey, tariffs, nktests, macron, mueller, netanyahu).
 */
import { buildView, highlightCounts, leftOutBadge } from '../lib/sidebar/view';
import { devSets, relatedReadings } from './ui-readings';

const sets = await devSets();
let readings = 0;
let uniqueOff = 0;
let sharedOff = 0;
for await (const { name, article: a, report } of relatedReadings(sets)) {
  readings++;
  const view = buildView(report);
  const legend = highlightCounts(report);
  const onlyHere = view.leftOut.filter((x) => leftOutBadge(x) === 'only here').length;
  // With near-copies the legend says "or its near-copies": a fact told only by a copy of this article counts too.
  const copies = view.nearCopies.length > 0;
  const uOk = copies ? legend.unique >= onlyHere && legend.unique <= view.leftOut.length : legend.unique === onlyHere;
  const sOk = legend.shared === view.shared.length;
  if (!uOk) uniqueOff++;
  if (!sOk) sharedOff++;
  console.log(
    `${name.padEnd(8)} ${a.id.slice(0, 14).padEnd(14)} legend only ${String(legend.unique).padStart(3)} elsewhere ${String(legend.shared).padStart(3)}` +
      ` | left out ${String(view.leftOut.length).padStart(3)} (only here ${String(onlyHere).padStart(3)}) shared ${String(view.shared.length).padStart(3)}` +
      `${copies ? ' near-copies' : ''}${uOk && sOk ? '' : '  DISAGREE'}`,
  );
}
console.log(`${readings} readings; legend "only" ≠ "only here" cards: ${uniqueOff}; legend "elsewhere" ≠ Shared cards: ${sharedOff}`);
