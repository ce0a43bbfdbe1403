/**
 * rank66: run a bench with rank.ts's `RANK_RULES.shown` switched (docs/notes/rank66.md): an Added card's place and "the
 * lead of X" read from the sentence it shows only (on) or from its most prominent grouped source (off: main before).
 * The rest of the arguments go to bench/furn66-run.ts (which runs the bench named by --then). The arms `told` and
 * `lead` of the note were measured at commit ee02986c (`--lend=any|shown|told|lead` there).
 *
 *   ZYTE_HTML_DIR=… nice npx tsx bench/rank66-run.ts --shown=off --then=bench/cards63-cards.ts --dump=/tmp/x.json
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RANK_RULES } from '../lib/engine/rank.ts';

const arg = process.argv.find((a) => a.startsWith('--shown='))?.slice(8) ?? 'on';
if (arg !== 'on' && arg !== 'off') throw new Error(`--shown=${arg}: on or off`);
RANK_RULES.shown = arg === 'on';
console.error(`rank66: shown ${arg}`);
process.argv = process.argv.filter((a) => !a.startsWith('--shown='));
await import(pathToFileURL(resolve('bench/furn66-run.ts')).href);
