/**
 * facts61 (scratch analysis, kept for the note): every pair the report's alignment accepts on the 17 dev sets
 * (bench/facts-otherfact.ts `edgeMeasures`), split by whether exactly one of the two units is negated (features.ts
 * `negated`), and by the labels' verdict (one fact / two). Prints the counts and, with --list, the negation-differs pairs.
 *   npx tsx bench/facts61-neg.ts [--list]
 */
import { edgeMeasures } from './facts-otherfact.ts';
import { BASIL_DEV_SETS, DEV_SETS } from './facts-causes.ts';
import { opposedPolarity, sentenceUnit } from '../lib/engine/align.ts';
import { unitFeatures } from '../lib/engine/features.ts';

const neg = (t: string) => unitFeatures(sentenceUnit(t)).negated;
const rows = await edgeMeasures([...DEV_SETS, ...BASIL_DEV_SETS]);
const t: Record<string, number> = {};
for (const r of rows) {
  const k = `${opposedPolarity(r.ta, r.tb) ? 'OPPOSED' : neg(r.ta) !== neg(r.tb) ? 'neg-differs' : 'neg-same'} ${r.strong ? 'strong' : 'weak'} ${r.same ? 'one-fact' : 'two-facts'} ${BASIL_DEV_SETS.includes(r.set) ? 'basil' : 'nine'}`;
  t[k] = (t[k] ?? 0) + 1;
  if (process.argv.includes('--list') && opposedPolarity(r.ta, r.tb)) console.log(`[${r.set}] ${r.same ? 'ONE' : 'TWO'} s=${r.m.s!.toFixed(3)}\n   "${r.ta.slice(0, 130)}"\n   "${r.tb.slice(0, 130)}"`);
}
for (const [k, v] of Object.entries(t).sort()) console.log(`${k}\t${v}`);
