/**
 * Conflicts round 41 (docs/notes/conf59.md): WikinewsSum's English sources (bench/data/wikinewssum.ts: the web pages English
 * Wikinews articles of 2004-05 cite, fetched from the Internet Archive), never read for conflicts before. Sources are grouped
 * into stories by the Wikinews article that cites them (`wikinewsSumStories`); each source's outlet is its host. Every story
 * read whole: each source against a MemoryIndex of its story (bench/conf37-owners.ts `groupReadings`, `roundRows`, as
 * `outletRound` reads a round), every row main shows; the sheet shows neither the card's kind nor its tier nor the row's half.
 *
 * Halves, fixed before any verdict: a row's story (the Wikinews title) by FNV-1a parity (`half` of bench/conflicts-data.ts):
 * even → dev (its false rows are read for causes), odd → sealed (read once, at the end, on main and on the branch).
 * Verdicts in bench/data/conf59-round41.tsv (key, verdict, the judge's reason; no text). Read from the mirror at run time;
 * nothing of the text is committed.
 *   npx tsx bench/conf59-round.ts --sheet SHEET.txt   the judging sheet (both halves, unmarked)
 *   npx tsx bench/conf59-round.ts [--list]            score the dev half against the verdicts
 *   npx tsx bench/conf59-round.ts --sealed [--list]   both halves (the sealed half: once, at the end)
 *   --dump ROWS.json / --from ROWS.json               keep the rows read / score kept rows (texts: keep them in /tmp)
 *   --half dev|held                                   with --sheet: only that half's rows (for bench/conf54-quotes.ts)
 */
import { groupReadings, roundRows, splitRound, type RoundRow } from './conf37-owners.ts';
import { half } from './conflicts-data.ts';
import { loadWikinewsSum, wikinewsSumStories, WIKINEWSSUM_GIT } from './data/wikinewssum.ts';

const stories = wikinewsSumStories();
const docs = loadWikinewsSum();
if (!stories || !docs?.length) {
  console.log(`skipped: WikinewsSum mirror or its commit absent (${WIKINEWSSUM_GIT}; fetch github:airKlizz/WikinewsSum)`);
  process.exit(0);
}
const storyOf = (id: string) => stories.get(id)!;
const { readings, byId, groups } = groupReadings(docs, (d) => storyOf(d.id));
const outletOf = new Map(docs.map((d) => [d.id, d.article.outlet ?? '']));
const halfOf = (r: RoundRow) => half(storyOf(r.a.id));
await splitRound(
  '41',
  () => roundRows(readings, byId),
  (n) => `${groups} Wikinews stories, ${docs.length} sources; ${n} reported conflicts (unit pairs × kind)`,
  halfOf,
  (r) => ` ${halfOf(r)} ${outletOf.get(r.a.id)}/${outletOf.get(r.b.id)} ${storyOf(r.a.id)}`,
  new URL('./data/conf59-round41.tsv', import.meta.url),
  [['two outlets', (r) => outletOf.get(r.a.id) !== outletOf.get(r.b.id)]],
);
