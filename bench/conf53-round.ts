/**
 * Conflicts round 33 (docs/notes/conf53.md): a fresh blind round from a source no conflicts round read — US political
 * news of November 2019 from four outlets (bench/data/gbnews.ts: Breitbart, The New York Times and USA Today, dated by
 * the day in their addresses; HuffPost, dated by the time its article id holds; Fox News's addresses carry no date and
 * are left out). Each day of 1–23 November 2019 that two outlets or more wrote on is read as one reader's corpus: every
 * article of the day against a MemoryIndex of that day's articles (bench/conf37-owners.ts `outletRound`), rows keyed as
 * bench/conf37-round.ts keys them. The sheet shows neither the outlets nor the card's kind or flag; verdicts in
 * bench/data/conf53-round33.tsv (key, verdict, the judge's reason; no text). Read from the mirror at run time.
 *   npx tsx bench/conf53-round.ts --sheet SHEET.txt   the judging sheet
 *   npx tsx bench/conf53-round.ts [--list]            score against the verdicts
 */
import { outletRound, roundArgs } from './conf37-owners.ts';
import { GBNEWS_GIT, loadGbNews } from './data/gbnews.ts';

const { sheetPath } = roundArgs();
const loaded = loadGbNews();
if (!loaded) {
  console.log(`skipped: gbnews mirror absent (${GBNEWS_GIT}; fetch github:SaraDavis1991/Gender-Bias-Recognition-in-Political-News-Articles-for-Public-Release)`);
  process.exit(0);
}
/** The day an article was published: its address's /YYYY/MM/DD/, or the seconds a HuffPost id (a 24-hex object id) opens with. */
function day(url: string): string | null {
  const m = /\/(20\d\d)\/(\d\d)\/(\d\d)\//.exec(url);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const h = /_n_([0-9a-f]{24})$/.exec(url);
  return h ? new Date(parseInt(h[1]!.slice(0, 8), 16) * 1000).toISOString().slice(0, 10) : null;
}
const dated = loaded.flatMap((d) => {
  const k = day(d.url);
  return k && k >= '2019-11-01' && k <= '2019-11-23' ? [{ ...d, day: k }] : [];
});
const outletsOn = new Map<string, Set<string>>();
for (const d of dated) outletsOn.set(d.day, (outletsOn.get(d.day) ?? new Set()).add(d.outlet));
const docs = dated.filter((d) => outletsOn.get(d.day)!.size >= 2);
const verdicts = new URL('./data/conf53-round33.tsv', import.meta.url);
await outletRound('33', docs, (d) => d.day, (d) => d.outlet, sheetPath, verdicts, (groups, rows) => `${groups} days of November 2019, ${docs.length} articles of ${new Set(docs.map((d) => d.outlet)).size} outlets; ${rows} reported conflicts (unit pairs × kind)`);
