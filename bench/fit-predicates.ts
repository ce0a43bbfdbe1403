/**
 * The predicate veto (lib/engine/align.ts `PredicateVeto`) and synonyms in the unit similarity
 * (`SynonymUse`), measured on the DEV sets: each grid point is one run of `bench/eval.ts
 * --predicates=… --synonyms=…` over the nine dev sets (held-out sets are never read); the score of a
 * run is the mean over sets of the mean of added and left-out F1. Prints every point, the best in
 * sample, and leave one set out (each set scored at the point chosen on the other eight; ties go to
 * "off", then to the earlier point).
 *   SYN_DIR=/tmp npx tsx bench/fit-predicates.ts [--grid=predicates|synonyms]   (the synonyms grid runs without the veto)
 * The synonym cuts other than `full` are built first:
 *   MIN_TAGS=T MAX_SENSE=S npx tsx bench/build-synonyms.ts --out=$SYN_DIR/syn…ts (see facts-synonym-arg.ts).
 */
import { reportFit, runDevGrid } from './dev-grid.ts';

const which = process.argv.find((a) => a.startsWith('--grid='))?.slice(7) ?? 'predicates';
const grid: Array<{ name: string; args: string[] }> = [{ name: 'off', args: ['--predicates=off', '--synonyms=off'] }];
if (which === 'synonyms') {
  for (const cut of (process.env.CUTS ?? 'full,5,20,S1,S2,S3,5S1,5S2').split(',')) for (const w of (process.env.WEIGHTS ?? '1').split(',')) grid.push({ name: `syn ${cut} w${w}`, args: [`--synonyms=${cut},${w}`, "--predicates=off"] });
} else {
  for (const cells of (process.env.CELLS ?? '0,300').split(','))
    for (const cut of (process.env.CUTS ?? 'none,full').split(','))
      for (const share of (process.env.SHARES ?? '0.05,0.1,0.2').split(','))
        for (const cap of (process.env.CAPS ?? '0.2,0.25,0.3,2').split(',')) grid.push({ name: `veto cap ${cap} share ${share} ${cut} cells>${cells}`, args: [`--predicates=${cap},${share},${cells},${cut}`] });
}

reportFit(runDevGrid(grid, 40));
