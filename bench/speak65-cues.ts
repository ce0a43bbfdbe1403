/**
 * speak65: the data-counted line of MORE_SPEECH_VERBS re-counted on more annotated text. speak14 counted PolNeAR's train
 * compartment only (840 articles); its dev and test compartments were read since as speaker samples (polnear9-sealed,
 * polnear10-sealed: dev samples from speak10 on), so their hand-annotated attributions may be counted too. The count and the
 * floors are speak14's, unchanged (bench/speakers-cues.ts: `cueCounts`, `wordCounts`, `admitted`, CHOSEN: count ≥ 3, rate ≥
 * 0.25); only the text they are counted on grows.
 *
 *   npx tsx bench/speak65-cues.ts        # the words each compartment and all three admit at the chosen floors
 */
import { loadPolnear, type Compartment, type PolnearDoc } from './data/polnear.ts';
import { admitted, CHOSEN, cueCounts, wordCounts } from './speakers-cues.ts';

const parts = (['train', 'dev', 'test'] as Compartment[]).map((c) => [c, loadPolnear(c)] as const);
if (parts.some(([, d]) => !d)) {
  console.log('speak65-cues: skipped, the PolNeAR mirror is absent (fetch github:networkdynamics/PolNeAR)');
  process.exit(0);
}
const show = (name: string, docs: PolnearDoc[]) => {
  const counts = cueCounts(docs);
  const all = wordCounts(docs);
  const words = admitted(counts, all, CHOSEN.count, CHOSEN.rate);
  console.log(`${name} (${docs.length} articles): ${words.map((w) => `${w} ${counts.get(w)}/${all.get(w) ?? 0}`).join(', ') || '(none)'}`);
  const near = [...counts].filter(([w, c]) => c >= 2 && !words.includes(w)).sort((a, b) => b[1] - a[1]).slice(0, 30);
  console.log(`  below the floors (count ≥ 2): ${near.map(([w, c]) => `${w} ${c}/${all.get(w) ?? 0}`).join(', ')}`);
};
for (const [c, d] of parts) show(c, d!);
show('train + dev + test', parts.flatMap(([, d]) => d!));
