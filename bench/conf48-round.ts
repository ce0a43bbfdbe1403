/**
 * Conflicts round 27 (docs/notes/conf48.md): a fresh blind round from BASIL (bench/data/basil.ts: 100 events of
 * 2010-2019, each told by Fox News, The New York Times and The Huffington Post; no conflicts round read it). Each
 * article is read against its event's three articles (one MemoryIndex per triplet: the same-event pairs), rows keyed
 * as bench/conf37-round.ts keys them. The sheet shows neither the arm nor the card's kind or flag; verdicts in
 * bench/data/conf48-round27.tsv (key, verdict, the judge's reason; no text).
 *   npx tsx bench/conf48-round.ts --sheet SHEET.txt   the judging sheet
 *   npx tsx bench/conf48-round.ts [--list]            score against the verdicts
 */
import { finishRound, groupReadings, ROUND_SUBSETS, roundRows } from './conf37-owners.ts';
import { BASIL_GIT, loadBasil } from './data/basil.ts';

const sheetAt = process.argv.indexOf('--sheet');
const sheetPath = sheetAt >= 0 ? process.argv[sheetAt + 1] : undefined;

const docs = loadBasil();
if (!docs) {
  console.log(`skipped: BASIL mirror absent (${BASIL_GIT}; fetch github:launchnlp/BASIL)`);
  process.exit(0);
}
const { readings, byId, groups } = groupReadings(docs, (d) => d.triplet);
const t0 = Date.now();
const list = await roundRows(readings, byId);
const outletOf = new Map(docs.map((d) => [d.article.id, d.outlet]));
console.log(`round 27: ${groups} BASIL events, ${docs.length} articles; ${list.length} reported conflicts (unit pairs × kind); ${((Date.now() - t0) / 1000).toFixed(0)} s`);
finishRound('27', list, sheetPath, ROUND_SUBSETS, (r) => ` ${outletOf.get(r.a.id)}/${outletOf.get(r.b.id)}`, new URL('./data/conf48-round27.tsv', import.meta.url));
