/**
 * Conflicts round 31 (docs/notes/conf51.md): a fresh blind round from TAC 2011 (bench/data/tac.ts: 44 guided
 * summarization topics, document set A, ten AQUAINT-2 newswire stories each — AFP, AP, LA Times-Washington Post, NYT,
 * Xinhua; 2004–2006; no conflicts round read AQUAINT-2). Each topic is read whole, as a reader's corpus: every story
 * against a MemoryIndex of its topic, rows keyed as bench/conf37-round.ts keys them (`ducRound`). The sheet shows
 * neither the outlets nor the card's kind or flag; verdicts in bench/data/conf51-round31.tsv (key, verdict, the judge's
 * reason; no text).
 *   npx tsx bench/conf51-round.ts [--sets=N] --sheet SHEET.txt   the judging sheet
 *   npx tsx bench/conf51-round.ts [--sets=N] [--list]            score against the verdicts
 * Round 31b (--part=2009): TAC 2009's 44 update-task topics (set A), read the same way (verdicts in
 * bench/data/conf51-round31b.tsv).
 */
import { ducRound, roundArgs } from './conf37-owners.ts';
import { TAC_GIT, loadTac } from './data/tac.ts';

const { sheetPath, firstSets } = roundArgs();
const year = process.argv.includes('--part=2009') ? 2009 : 2011;
const round = year === 2009 ? '31b' : '31';
const loaded = loadTac(year);
if (!loaded) {
  console.log(`skipped: TAC mirror absent (${TAC_GIT}; fetch github:cl-victor1/Multi-Document-Summarization)`);
  process.exit(0);
}
const docs = firstSets(loaded);
const verdicts = new URL(`./data/conf51-round${round}.tsv`, import.meta.url);
await ducRound(round, docs, sheetPath, verdicts, (groups, rows) => `${groups} TAC ${year} topics, ${docs.length} stories; ${rows} reported conflicts (unit pairs × kind)`);
