/**
 * Conflicts round 38 (docs/notes/conf56b.md): the next two blocks of Reuters-21578 after rounds 36–37 (NEWIDs 4001–6000),
 * drawn as bench/conf56-round.ts draws them (one reader's corpus per block of 1,000 consecutive stories, every story against
 * a MemoryIndex of its block), on main f26ccc90 after conf56b's owner rule was committed, judged blind before the branch
 * read it. Verdicts in bench/data/conf56b-round38.tsv (key, verdict, the judge's reason; no text). Read from the mirror at
 * run time; nothing of the text is committed.
 *   npx tsx bench/conf56b-round.ts --sheet SHEET.txt   the judging sheet
 *   npx tsx bench/conf56b-round.ts [--list]            score against the verdicts
 */
import { outletRound, roundArgs } from './conf37-owners.ts';
import { loadReuters, REUTERS_GIT } from './data/reuters.ts';

const BLOCK = 1000;
const { sheetPath } = roundArgs();
const all = loadReuters();
if (!all) {
  console.log(`skipped: Reuters-21578 mirror absent (${REUTERS_GIT}; fetch github:loki86/ksr_zadanie1V2)`);
  process.exit(0);
}
const blockOf = (id: string) => Math.floor((Number(id.slice(4)) - 1) / BLOCK);
const docs = all.filter((d) => blockOf(d.id) >= 4 && blockOf(d.id) < 6);
const verdicts = new URL('./data/conf56b-round38.tsv', import.meta.url);
await outletRound('38', docs, (d) => `r87-block${blockOf(d.id)}`, () => 'reuters', sheetPath, verdicts, (groups, rows) => `${docs.length} Reuters-21578 stories in ${groups} blocks of ${BLOCK} NEWIDs; ${rows} reported conflicts (unit pairs × kind)`);
