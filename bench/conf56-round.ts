/**
 * Conflicts round 36 (docs/notes/conf56.md): a fresh blind round from Reuters-21578 (bench/data/reuters.ts: the 1987
 * Reuters newswire, read by speaker samples only, by no conflicts round). One outlet, but one story told again and again
 * over days (a company's results, a strike, a price, a ship attacked in the Gulf): the reader's corpus is a run of
 * consecutive stories — NEWID blocks of BLOCK stories (NEWIDs run in time order; a block is a few days of the wire),
 * every story against a MemoryIndex of its block, the engine deciding what is one story. `--blocks=N` reads the first N
 * blocks (default 2). Rows keyed as bench/conf37-round.ts keys them; the sheet shows neither the card's kind nor its
 * flag; verdicts in bench/data/conf56-round36.tsv (key, verdict, the judge's reason; no text). Read from the mirror at run
 * time; nothing of the text is committed.
 * Round 37 (`--round=37`): the next two blocks (NEWIDs 2001–4000), drawn on main after conf56's rule was committed, to read
 * it out of sample (verdicts in bench/data/conf56-round37.tsv).
 *   npx tsx bench/conf56-round.ts [--round=37] [--blocks=N] --sheet SHEET.txt   the judging sheet
 *   npx tsx bench/conf56-round.ts [--round=37] [--blocks=N] [--list]            score against the verdicts
 */
import { outletRound, roundArgs } from './conf37-owners.ts';
import { loadReuters, REUTERS_GIT } from './data/reuters.ts';

const BLOCK = 1000;
const { sheetPath } = roundArgs();
const blocks = Number(process.argv.find((a) => a.startsWith('--blocks='))?.slice(9) ?? 2);
const round = process.argv.includes('--round=37') ? '37' : '36';
const from = round === '37' ? 2 : 0;
const all = loadReuters();
if (!all) {
  console.log(`skipped: Reuters-21578 mirror absent (${REUTERS_GIT}; fetch github:loki86/ksr_zadanie1V2)`);
  process.exit(0);
}
const blockOf = (id: string) => Math.floor((Number(id.slice(4)) - 1) / BLOCK);
const docs = all.filter((d) => blockOf(d.id) >= from && blockOf(d.id) < from + blocks);
const verdicts = new URL(`./data/conf56-round${round}.tsv`, import.meta.url);
await outletRound(round, docs, (d) => `r87-block${blockOf(d.id)}`, () => 'reuters', sheetPath, verdicts, (groups, rows) => `${docs.length} Reuters-21578 stories in ${groups} blocks of ${BLOCK} NEWIDs; ${rows} reported conflicts (unit pairs × kind)`);
