/**
 * Conflicts round 39 (docs/notes/conf57.md): real left / right coverage of one event — PAC's train split
 * (bench/data/pac.ts: AllSides stories of 2012–2021, a left and a right outlet each, the stories of the annotation
 * folders; the split's data/train.json is not in the mirror). Every story read whole (round 28b read the 47 of them
 * no AllSides round had read, on main a1b9c05; this round reads all of the split on today's engine). PAC's dev and
 * test splits are the story bench's held data and are not read. Each article against a MemoryIndex of its story
 * (bench/conf37-owners.ts `outletRound`), every row main shows; the sheet shows neither the card's kind nor its tier.
 * Verdicts in bench/data/conf57-round39.tsv (key, verdict, the judge's reason; no text), judged blind on main
 * 0a6637b4 before any code change. Read from the mirror at run time; nothing of the text is committed.
 *   npx tsx bench/conf57-round.ts --sheet SHEET.txt   the judging sheet
 *   npx tsx bench/conf57-round.ts [--list]            score against the verdicts
 */
import { outletRound, roundArgs } from './conf37-owners.ts';
import { loadPac, PAC_GIT } from './data/pac.ts';

const { sheetPath } = roundArgs();
const docs = loadPac(['train']);
if (!docs) {
  console.log(`skipped: PAC mirror absent (${PAC_GIT}; fetch github:launchnlp/Partisan-Event-Dataset)`);
  process.exit(0);
}
const verdicts = new URL('./data/conf57-round39.tsv', import.meta.url);
await outletRound('39', docs, (d) => d.story, (d) => d.outlet, sheetPath, verdicts, (groups, rows) => `${groups} PAC train stories, ${docs.length} articles; ${rows} reported conflicts (unit pairs × kind)`);
