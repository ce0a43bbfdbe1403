/**
 * furn66: run a bench with lib/engine/rank.ts's furn66 rules switched (`RANK_RULES`; docs/notes/furn66.md), so the arms
 * are measured in one tree. The bench named by --then gets the remaining arguments.
 *
 *   ZYTE_HTML_DIR=… nice npx tsx bench/furn66-run.ts --unfinished=off --group=off --then=bench/cards63-cards.ts --dump=/tmp/x.json
 *   ZYTE_HTML_DIR=… nice npx tsx bench/furn66-run.ts --unfinished=off --group=off --then=bench/engine-identity.ts /tmp/id.json
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RANK_RULES } from '../lib/engine/rank.ts';

const rest: string[] = [];
let then: string | undefined;
for (const a of process.argv.slice(2)) {
  const m = /^--(unfinished|group|then)=(.*)$/.exec(a);
  if (!m) rest.push(a);
  else if (m[1] === 'then') then = m[2];
  else if (m[2] !== 'on' && m[2] !== 'off') throw new Error(`${a}: on or off`);
  else RANK_RULES[m[1] === 'group' ? 'byGroup' : 'unfinished'] = m[2] === 'on';
}
if (!then) throw new Error('--then=bench/….ts');
console.error(`furn66 rules: unfinished ${RANK_RULES.unfinished ? 'on' : 'off'}, by group ${RANK_RULES.byGroup ? 'on' : 'off'}`);
process.argv = [process.argv[0]!, resolve(then), ...rest];
await import(pathToFileURL(resolve(then)).href);
