/**
 * How often the report says two outlets' leads differ: for each audited reading (bench/audit14-cards.ts)
 * and each related article R, whether the lead here (first fact unit) is left out by R while R's lead
 * is added — the two leads neither aligned nor reworded (docs/notes/audit14.md, cause 1: the story's
 * main fact told with the story's own words, which its unit IDF weighs least). Read the pairs it
 * prints: a follow-up article's lead is another fact, rightly.
 *   npx tsx bench/audit14-leads.ts 1a 1b 3a …
 */
import { loadSet } from '../tests/data/engine/fixtures.ts';
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import { auditReading, ecbEvents } from './audit14-data.ts';

const byStory = ecbEvents();
const seeds = await loadSet('seeds');
let pairs = 0;
let apart = 0;
for (const ev of process.argv.slice(2)) {
  const reading = auditReading(byStory, ev, seeds);
  if (!reading) continue;
  const { own } = reading;
  const r = await compareArticle(reading.read, new MemoryIndex(reading.corpus));
  const lead = r.article.units.find((u) => u.fact !== false);
  if (!lead) continue;
  for (const R of r.related) {
    if (R.relation === 'near-copy' || !own.some((a) => a.id === R.id)) continue;
    const theirs = R.units.find((u) => u.fact !== false);
    if (!theirs) continue;
    pairs++;
    const left = r.leftOut.some((f) => f.i === lead.i && f.missingFrom.includes(R.id));
    const added = r.added.some((f) => f.sources.some((s) => s.id === R.id && s.i === theirs.i));
    if (left && added) {
      apart++;
      console.log(`${ev} ${own[0]!.id}#${lead.i} / ${R.id}#${theirs.i}\n   ${lead.text.slice(0, 140)}\n   ${theirs.text.slice(0, 140)}`);
    }
  }
}
console.log(`${apart} of ${pairs} (reading, same-event related article) pairs: lead here left out by R and R's lead added`);
