/**
 * Conflicts round 29 (docs/notes/conf49.md): a fresh blind round from DUC 2004 task 2 (bench/data/duc.ts: 50 event
 * clusters of 1998, ten Associated Press and New York Times newswire stories each; no conflicts round read it). Each
 * cluster is read whole, as a reader's corpus of one event: every story against a MemoryIndex of its cluster (one
 * outlet's stories of several days among them), rows keyed as bench/conf37-round.ts keys them. The sheet shows neither
 * the outlets nor the card's kind or flag; verdicts in bench/data/conf49-round29.tsv (key, verdict, the judge's reason;
 * no text).
 *   npx tsx bench/conf49-round.ts --sheet SHEET.txt   the judging sheet
 *   npx tsx bench/conf49-round.ts [--list]            score against the verdicts
 * Round 29b (--part=2003): DUC 2003's task-4 clusters (30 TREC topics, Associated Press, New York Times and Xinhua
 * stories; `loadDuc2003`), read the same way, drawn and judged after conf49's rules were written (verdicts in
 * bench/data/conf49-round29b.tsv).
 */
import { ducRound, roundArgs } from './conf37-owners.ts';
import { DUC_GIT, loadDuc, loadDuc2003 } from './data/duc.ts';

const { sheetPath } = roundArgs();

const y2003 = process.argv.includes('--part=2003');
const round = y2003 ? '29b' : '29';
const docs = y2003 ? loadDuc2003() : loadDuc();
if (!docs) {
  console.log(`skipped: DUC mirror absent (${DUC_GIT}; fetch github:ayushoriginal/Multi-Document-Summarization)`);
  process.exit(0);
}
const verdicts = new URL(`./data/conf49-round${round}.tsv`, import.meta.url);
await ducRound(round, docs, sheetPath, verdicts, (groups, rows) => `${groups} DUC ${y2003 ? 2003 : 2004} clusters, ${docs.length} stories; ${rows} reported conflicts (unit pairs × kind)`);
