/**
 * facts61: the predicate veto (lib/engine/align.ts `PredicateVeto`, shipped lib/engine/fitted/align.ts PREDICATE_VETO,
 * fitted on the nine dev sets by bench/fit-predicates.ts) refitted over all 17 dev sets (the nine + the BASIL eight),
 * leave one set out. Each point is one `bench/eval.ts --predicates=CAP,SHARE,CELLS` run over the 17 sets; the first point
 * is main's (cap 0.35, share 0.2, above 300 cells), so ties and "F1 off" in the printout are main's.
 *   CAPS=0.25,0.3,0.4,0.5 SHARES=0.1,0.2,0.3 CELLS=300 npx tsx bench/facts61-fit.ts
 * ("off" is a point too.) Each run takes ~1 min on an idle machine.
 */
import { reportFit, runDevGrid } from './dev-grid.ts';
import { BASIL_DEV_SETS, DEV_SETS } from './facts-causes.ts';

const list = (k: string, d: string) => (process.env[k] ?? d).split(',');
const grid: Array<{ name: string; args: string[] }> = [{ name: 'main 0.35,0.2,300', args: ['--predicates=0.35,0.2,300'] }, { name: 'off', args: ['--predicates=off'] }];
for (const cells of list('CELLS', '300'))
  for (const share of list('SHARES', '0.1,0.2,0.3'))
    for (const cap of list('CAPS', '0.25,0.3,0.4,0.5')) {
      const name = `${cap},${share},${cells}`;
      if (name !== '0.35,0.2,300') grid.push({ name, args: [`--predicates=${name}`] });
    }
reportFit(runDevGrid(grid, 18, [...DEV_SETS, ...BASIL_DEV_SETS]));
