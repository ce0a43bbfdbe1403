/**
 * bench/eval.ts with facts33's bridge on (bench/facts33-experiment.patch applied first; not shipped):
 *   git apply bench/facts33-experiment.patch
 *   BRIDGE=strong-clause npx tsx bench/facts33-eval.ts --only=seeds,harbor,doobie,plague,dnc,ukvisit,meth,pompeo,caravan
 *   git apply -R bench/facts33-experiment.patch
 * BRIDGE: off | strong-clause | strong-any | all-clause | all-any (which alignments count; whether the two must meet on
 * one clause of the third article's unit). Every other argument is bench/eval.ts's.
 */
import * as reportModule from '../lib/engine/report.ts';

const ext = reportModule as unknown as { BRIDGE?: { edges: 'off' | 'strong' | 'all'; sameClause: boolean } };
if (!ext.BRIDGE) {
  console.log('the bridge is not in lib/engine/report.ts: `git apply bench/facts33-experiment.patch` first (`git apply -R` it after)');
  process.exit(0);
}
const [edges, clause] = (process.env.BRIDGE ?? 'off').split('-');
ext.BRIDGE.edges = edges === 'strong' || edges === 'all' ? edges : 'off';
ext.BRIDGE.sameClause = clause === 'clause';
await import('./eval.ts');
