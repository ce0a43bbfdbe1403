/**
 * facts61: any bench script with the polarity veto (lib/engine/align.ts POLARITY, `opposedPolarity`) on or off for this
 * run only (shipped: on):
 *   npx tsx bench/facts61-run.ts --polarity=off|on|one [eval.ts arguments …]   (one: only when exactly one unit holds a negation)
 *   npx tsx bench/facts61-run.ts --polarity=off --then=bench/facts-causes.ts --sets=…   (any bench script: --then=FILE)
 * The variants measured before the ship (a reach of one run of content words; "only when one unit alone is negated") were
 * switches of a lib not committed, not kept: docs/notes/facts61.md gives their numbers.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { POLARITY } from '../lib/engine/align.ts';

const v = process.argv.find((a) => a.startsWith('--polarity='))?.slice(11);
if (v !== undefined && v !== 'on' && v !== 'off' && v !== 'one') throw new Error(`--polarity=${v}: on, one or off`);
if (v) Object.assign(POLARITY, { on: v !== 'off', oneSided: v === 'one' });
// The script run after the switch is set (default bench/eval.ts); it sees itself as the script run (argv[1]), since some
// (facts-causes.ts, facts61-why.ts) run their main only then.
const then = process.argv.find((a) => a.startsWith('--then='))?.slice(7) ?? 'bench/eval.ts';
process.argv[1] = resolve(then);
await import(pathToFileURL(resolve(then)).href);
