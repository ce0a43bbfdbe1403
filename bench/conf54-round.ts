/**
 * Conflicts round 34 (docs/notes/conf54.md): a fresh blind round from a source no conflicts round read — the BuzzFeed-Webis
 * Fake News Corpus 2016 (bench/data/buzzfeedwebis.ts: what nine US publishers linked on Facebook in the week of 19–27 September
 * 2016), its three mainstream publishers (ABC News, CNN, Politico; the six hyperpartisan sites are left for a later round:
 * the whole week in one index did not finish in time at this stop's load). The week is one reader's corpus: every article
 * against one MemoryIndex of all of them (most addresses carry no date), rows keyed as bench/conf37-round.ts keys them. The sheet shows
 * neither the outlets nor the card's kind or flag; verdicts in bench/data/conf54-round34.tsv (key, verdict, the judge's
 * reason; no text). Read from the mirror at run time; nothing of the text is committed.
 *   npx tsx bench/conf54-round.ts --sheet SHEET.txt   the judging sheet
 *   npx tsx bench/conf54-round.ts [--list]            score against the verdicts
 */
import { outletRound, roundArgs } from './conf37-owners.ts';
import { BUZZFEED_WEBIS_GIT, loadBuzzFeedWebis } from './data/buzzfeedwebis.ts';

const { sheetPath } = roundArgs();
const loaded = loadBuzzFeedWebis();
if (!loaded) {
  console.log(`skipped: BuzzFeed-Webis mirror absent (${BUZZFEED_WEBIS_GIT}; fetch github:BotanB/Python_for_DS_FakeNewsDetection)`);
  process.exit(0);
}
const MAINSTREAM = new Set(['abc', 'cnn', 'politico']);
const docs = loaded.filter((d) => MAINSTREAM.has(d.outlet));
const verdicts = new URL('./data/conf54-round34.tsv', import.meta.url);
await outletRound('34', docs, () => 'week', (d) => d.outlet, sheetPath, verdicts, (_, rows) => `one week of September 2016, ${docs.length} articles of ${new Set(docs.map((d) => d.outlet)).size} outlets; ${rows} reported conflicts (unit pairs × kind)`);
