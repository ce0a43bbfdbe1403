/**
 * rank66: run a bench with rank.ts's `RANK_RULES.lend` set (docs/notes/rank66.md): which grouped sources of an Added
 * card lend it their prominence and "the lead of X" — any (main), only the shown one (`shown`), every one but a grouped
 * sentence this article tells in part (`told`: aligned with one of its units), or but one aligned with its lead (`lead`).
 * The rest of the arguments go to bench/furn66-run.ts (which runs the bench named by --then).
 *
 *   ZYTE_HTML_DIR=… nice npx tsx bench/rank66-run.ts --lend=shown --then=bench/cards63-cards.ts --dump=/tmp/x.json
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RANK_RULES } from '../lib/engine/rank.ts';

const lend = process.argv.find((a) => a.startsWith('--lend='))?.slice(7) ?? 'any';
if (!['any', 'shown', 'told', 'lead'].includes(lend)) throw new Error(`--lend=${lend}: any, shown, told or lead`);
RANK_RULES.lend = lend as typeof RANK_RULES.lend;
console.error(`rank66: lend ${lend}`);
process.argv = process.argv.filter((a) => !a.startsWith('--lend='));
await import(pathToFileURL(resolve('bench/furn66-run.ts')).href);
