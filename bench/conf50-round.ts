/**
 * Conflicts round 30 (docs/notes/conf50.md): a fresh blind round from DUC 2006 (bench/data/duc-aquaint.ts: AQUAINT
 * newswire sets of 25 Associated Press, New York Times and Xinhua stories chosen for one question; no conflicts round
 * read them; stories DUC 2003 / 2004 hold are left out). Each set is read whole, as a reader's corpus: every story
 * against a MemoryIndex of its set, rows keyed as bench/conf37-round.ts keys them. `--sets=N` reads the first N sets
 * (path order). The sheet shows neither the outlets nor the card's kind or flag; verdicts in
 * bench/data/conf50-round30.tsv (key, verdict, the judge's reason; no text).
 *   npx tsx bench/conf50-round.ts [--sets=N] --sheet SHEET.txt   the judging sheet
 *   npx tsx bench/conf50-round.ts [--sets=N] [--list]            score against the verdicts
 * Round 30b (--part=2007): DUC 2007's main-task sets (45 questions, 25 AQUAINT stories each), read the same way
 * (verdicts in bench/data/conf50-round30b.tsv).
 */
import { ducRound, roundArgs } from './conf37-owners.ts';
import { AQUAINT_GIT, loadDucAquaint } from './data/duc-aquaint.ts';

const { sheetPath, firstSets } = roundArgs();
const year = process.argv.includes('--part=2007') ? 2007 : 2006;
const round = year === 2007 ? '30b' : '30';
const loaded = loadDucAquaint(year);
if (!loaded) {
  console.log(`skipped: DUC ${year} mirror absent (${AQUAINT_GIT}; fetch github:gsandeep1241/TextSummarizer)`);
  process.exit(0);
}
const docs = firstSets(loaded.docs);
const verdicts = new URL(`./data/conf50-round${round}.tsv`, import.meta.url);
await ducRound(round, docs, sheetPath, verdicts, (groups, rows) => `${groups} DUC ${year} sets, ${docs.length} stories (${loaded.dropped} left out: read by DUC 2003 / 2004); ${rows} reported conflicts (unit pairs × kind)`);
