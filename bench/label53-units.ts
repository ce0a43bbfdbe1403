/**
 * Prints every unit of a labelled BASIL set in full, with the report's per-unit fact flag (F / -), for labelling by
 * reading (label53). Runs ingestion and reportFeatures only: no compare, no score.
 *   npx tsx bench/label53-units.ts basil-hunter
 */
import { articleFeatures, reportFeatures } from '../lib/engine/features.ts';
import { basilMissing, loadBasilSet } from '../tests/data/engine/basil-sets.ts';

const name = process.argv[2] ?? '';
const arts = loadBasilSet(name);
if (!arts) {
  console.log(`${name}: skipped, ${basilMissing() ?? 'not a BASIL set'}`);
  process.exit(0);
}
for (const a of arts) {
  const feats = reportFeatures(a, articleFeatures(a));
  console.log(`\n=== ${a.id} (${a.outlet}, ${a.date ?? 'no date'}) ${a.title}`);
  for (const u of a.units) console.log(`${feats[u.i]!.fact ? 'F' : '-'} ${a.id.slice(0, 2)}#${u.i} ${u.text}`);
}
