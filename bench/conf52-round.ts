/**
 * Conflicts round 32 (docs/notes/conf52.md): a fresh blind round from TAC 2010 (bench/data/tac.ts: 46 guided
 * summarization topics, document set A; only their AQUAINT-2 newswire stories — AFP, AP, LA Times-Washington Post,
 * NYT, Xinhua, CNA; 2004–2006 — and none that TAC 2009 or 2011 holds; no conflicts round read these topics). Each topic
 * is read whole, as a reader's corpus: every story against a MemoryIndex of its topic, rows keyed as
 * bench/conf37-round.ts keys them (`ducRound`). The sheet shows neither the outlets nor the card's kind or flag;
 * verdicts in bench/data/conf52-round32.tsv (key, verdict, the judge's reason; no text).
 *   npx tsx bench/conf52-round.ts [--sets=N] --sheet SHEET.txt   the judging sheet
 *   npx tsx bench/conf52-round.ts [--sets=N] [--list]            score against the verdicts
 */
import { ducRound, roundArgs } from './conf37-owners.ts';
import { TAC_GIT, loadTac } from './data/tac.ts';

const { sheetPath, firstSets } = roundArgs();
const loaded = loadTac(2010);
if (!loaded) {
  console.log(`skipped: TAC mirror absent (${TAC_GIT}; fetch github:cl-victor1/Multi-Document-Summarization)`);
  process.exit(0);
}
const docs = firstSets(loaded);
const verdicts = new URL('./data/conf52-round32.tsv', import.meta.url);
await ducRound('32', docs, sheetPath, verdicts, (groups, rows) => `${groups} TAC 2010 topics, ${docs.length} stories; ${rows} reported conflicts (unit pairs × kind)`);
