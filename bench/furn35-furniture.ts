/**
 * furn35: which report units the furniture forms touch on dev data (docs/notes/furn35.md). Prints, per set, every unit
 * the story stage keeps as a fact (`isFactUnit`) that the report drops (`reportFeatures`), and every unit closing with an
 * embedded post's signature (`postSignatureLength`). Texts go to the terminal only (Multi-News, GVC: research use, read
 * at run time; nothing committed). Run on this branch and on main (a `git archive`) and diff the two outputs:
 *
 *   ZYTE_HTML_DIR=/work/shared/data/zyte-article-extraction/html nice npx tsx bench/furn35-furniture.ts [--sets=mn,gvc,facts] > /tmp/x.txt
 */
import { postSignatureLength } from '../lib/nlp/actors.ts';
import { furnitureUnits } from './furn31-repeats.ts';

const argv = process.argv.slice(2);
const SETS = (argv.find((a) => a.startsWith('--sets='))?.slice(7) ?? 'mn,gvc,facts').split(',');

for await (const { set, docs, units } of furnitureUnits(SETS)) {
  let facts = 0;
  let dropped = 0;
  let signed = 0;
  for (const u of units) {
    if (u.story) facts++;
    if (u.story && !u.report) (dropped++, console.log(`${set} DROP ${u.id}#${u.i} ${u.text.slice(0, 300)}`));
    if (postSignatureLength(u.text) > 0) (signed++, console.log(`${set} SIGN ${u.id}#${u.i}${u.report ? '' : '(nf)'} ${u.text.slice(0, 300)}`));
  }
  console.log(`${set}: ${docs.length} articles, ${facts} story-stage fact units, ${dropped} dropped by the report, ${signed} with a post signature`);
}
